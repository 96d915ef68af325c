package io.medli.decide.kb;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The knowledge base as an HTML page of the manual: devices with their figures, compilers with
 * what they take, published results - each figure with its source, so that the manual says no more
 * than the base does.
 */
public final class KnowledgeReport {
    private static final List<String> ORDER = List.of("cores", "clockMHz", "peakInt8Gops", "peakFp16Gflops", "peakFp32Gflops", "memoryKB", "memoryMB", "flashKB",
            "onChipMB", "cacheMB", "bandwidthGBs", "powerW", "priceUsd");

    private KnowledgeReport() {
    }

    public static String html(KnowledgeBase kb) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n<title>Devices, compilers and published results</title>\n")
                .append("<link rel=\"stylesheet\" href=\"style.css\">\n</head>\n<body>\n");
        b.append("<h1>Devices, compilers and published results</h1>\n");
        b.append("<p>Generated from MEDLI's knowledge base (").append(esc(KnowledgeBase.SCHEMA)).append(", version ").append(kb.version())
                .append("). Every figure names its source: [n] refers to the list at the end; <em>measured</em> sources are this project's own runs, "
                        + "<em>derived</em> figures say how they follow from sourced ones. A blank cell is a figure the base has no source for.</p>\n");
        Map<String, Integer> refs = new TreeMap<>();
        for (int i = 0; i < kb.sources().size(); i++) refs.put(kb.sources().get(i).id(), i + 1);
        b.append("<h2>Devices</h2>\n<table>\n<tr><th>Device</th><th>OS</th><th>CPU</th><th>SIMD</th><th>Accelerator</th>");
        for (String f : ORDER) b.append("<th>").append(esc(f)).append(unit(f)).append("</th>");
        b.append("</tr>\n");
        for (KnowledgeBase.Device d : kb.devices()) {
            b.append("<tr><td>").append(esc(d.name())).append("</td><td>").append(esc(d.os())).append("</td><td>").append(esc(d.cpu())).append("</td><td>")
                    .append(esc(d.simd())).append("</td><td>").append(esc(d.accelerator())).append("</td>");
            for (String f : ORDER) {
                KnowledgeBase.Figure x = d.figures().get(f);
                b.append("<td>");
                if (x != null) {
                    b.append(num(x.value())).append(" <sup>[").append(refs.getOrDefault(x.source(), 0)).append("]</sup>");
                    String note = x.derived() != null ? "derived: " + x.derived() : x.note();
                    if (note != null) b.append("<br><small>").append(esc(note)).append("</small>");
                }
                b.append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n<h2>Compilers and runtimes</h2>\n<table>\n<tr><th>Compiler</th><th>Devices</th><th>Inputs</th><th>Quantization</th>"
                + "<th>OS</th><th>Licence</th><th>Setup</th><th>Operators</th></tr>\n");
        for (KnowledgeBase.Compiler c : kb.compilers()) {
            List<String> names = c.devices().stream().map(id -> kb.device(id).map(KnowledgeBase.Device::name).orElse(id)).toList();
            KnowledgeBase.Operators o = c.operators();
            String ops = o == null ? "not in the base" : Boolean.TRUE.equals(o.all()) ? "all ONNX operators" + (o.domains().isEmpty() ? "" : " and " + String.join(", ", o.domains()))
                    : o.supported().size() + " ONNX operators; others " + ("cpu".equals(o.otherwise()) ? "run on the CPU" : "are not supported");
            if (o != null) ops += " [" + refs.getOrDefault(o.source(), 0) + "]";
            b.append("<tr><td>").append(esc(c.name())).append(" <sup>[").append(refs.getOrDefault(c.source(), 0)).append("]</sup></td><td>")
                    .append(esc(String.join(", ", names))).append("</td><td>").append(esc(String.join(", ", c.inputs()))).append("</td><td>")
                    .append(esc(c.quantization())).append("</td><td>").append(esc(c.os())).append("</td><td>").append(esc(c.licence())).append("</td><td>")
                    .append(esc(c.setup())).append("</td><td>").append(esc(ops)).append("</td></tr>\n");
        }
        b.append("</table>\n<h2>Published results</h2>\n<table>\n<tr><th>Benchmark</th><th>Model</th><th>Device</th><th>Software stack</th>"
                + "<th>Latency (ms)</th><th>Energy (uJ)</th><th>RAM (kB)</th><th>Flash (kB)</th><th>Where</th></tr>\n");
        for (KnowledgeBase.PublishedResult r : kb.results()) {
            b.append("<tr><td>").append(esc(r.benchmark())).append("</td><td>").append(esc(r.model())).append("</td><td>")
                    .append(esc(kb.device(r.device()).map(KnowledgeBase.Device::name).orElse(r.device()))).append("</td><td>").append(esc(r.stack()))
                    .append(r.unit() == null ? "" : " (" + esc(r.unit()) + ")")
                    .append("</td><td>").append(r.latencyMs() == null ? "" : num(r.latencyMs())).append("</td><td>")
                    .append(r.energyUj() == null ? "" : num(r.energyUj())).append("</td><td>").append(r.ramKB() == null ? "" : num(r.ramKB())).append("</td><td>")
                    .append(r.flashKB() == null ? "" : num(r.flashKB())).append("</td><td>").append(esc(r.file())).append(" <sup>[")
                    .append(refs.getOrDefault(r.source(), 0)).append("]</sup></td></tr>\n");
        }
        b.append("</table>\n<h2>Sources</h2>\n<ol>\n");
        for (KnowledgeBase.Source s : kb.sources()) {
            b.append("<li id=\"").append(esc(s.id())).append("\"><em>").append(esc(s.kind())).append("</em>: ").append(esc(s.title())).append(". ")
                    .append(esc(s.where())).append(s.note() == null ? "" : ". " + esc(s.note())).append("</li>\n");
        }
        b.append("</ol>\n</body>\n</html>\n");
        return b.toString();
    }

    private static String unit(String figure) {
        String u = KnowledgeBase.FIGURES.getOrDefault(figure, "");
        return u.isEmpty() ? "" : " (" + u + ")";
    }

    private static String num(Double v) {
        return v == null ? "" : KnowledgeBase.plain(v);
    }

    private static String esc(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
