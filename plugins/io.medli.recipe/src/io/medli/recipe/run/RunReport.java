package io.medli.recipe.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A run's report: one self-contained HTML page (no scripts, charts as inline SVG) beside run.json,
 * for the IDE's browser and for a colleague's: what each step changed in size, fidelity, accuracy
 * and latency, each goal's verdict, and every step's notes.
 */
public final class RunReport {
    public static final String FILE = "report.html";

    private RunReport() {
    }

    /** Writes {@code report.html} into the run's folder (atomically) and returns it. */
    public static Path write(String recipeName, RunResult r, String status) throws IOException {
        return RunFolder.writeAtomically(r.dir().resolve(FILE), html(recipeName, r, status));
    }

    static String html(String recipeName, RunResult r, String status) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").append(esc(recipeName)).append(" - ").append(esc(r.dir().getFileName().toString()))
                .append("</title><style>body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse}"
                        + "td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}td.l,th.l{text-align:left}.met{color:#1a7f37}.miss{color:#c62828}"
                        + "svg text{font:12px sans-serif}</style></head><body>");
        b.append("<h1>").append(esc(recipeName)).append("</h1><p>Run ").append(esc(r.dir().getFileName().toString())).append(": ").append(esc(status))
                .append(String.format(Locale.ROOT, ", %.1f s, %d steps (%d reused).</p>", r.seconds(), r.steps().size(),
                        r.steps().stream().filter(RunResult.Step::reused).count()));
        if (!r.goals().isEmpty()) {
            b.append("<h2>Goals</h2><ul>");
            for (RunResult.Goal g : r.goals()) b.append("<li class=\"").append(g.met() ? "met\">met: " : "miss\">not met: ").append(esc(g.text())).append("</li>");
            b.append("</ul>");
        }
        b.append("<h2>After each step</h2>");
        List<String> labels = new ArrayList<>();
        List<Double> size = new ArrayList<>(), sqnr = new ArrayList<>(), acc = new ArrayList<>(), lat = new ArrayList<>();
        labels.add("source");
        size.add(r.baseline().getOrDefault(Metrics.SIZE_BYTES, Double.NaN) / 1e6);
        sqnr.add(Double.NaN);
        acc.add(Goals.last(r.steps(), Metrics.BASELINE_ACCURACY));
        lat.add(Goals.last(r.steps(), Metrics.BASELINE_LATENCY_MS));
        List<RunResult.Step> upTo = new ArrayList<>();
        for (RunResult.Step s : r.steps()) {
            upTo.add(s);
            labels.add(s.name());
            size.add(last(upTo, Metrics.SIZE_BYTES, size.get(0) * 1e6) / 1e6);
            sqnr.add(s.metrics().getOrDefault(Metrics.SQNR_DB, Double.NaN));
            acc.add(s.metrics().getOrDefault(Metrics.ACCURACY, Double.NaN));
            lat.add(s.metrics().getOrDefault(Metrics.LATENCY_MS, Double.NaN));
        }
        b.append(bars("model size (MB)", labels, size));
        if (sqnr.stream().anyMatch(Double::isFinite)) b.append(bars("SQNR against the source model (dB)", labels, sqnr));
        if (acc.stream().anyMatch(Double::isFinite)) b.append(bars("accuracy (%)", labels, acc));
        if (lat.stream().anyMatch(Double::isFinite)) b.append(bars("median latency (ms)", labels, lat));
        b.append("<table><tr><th class=\"l\">step</th><th class=\"l\">kind</th><th>size MB</th><th>SQNR dB</th><th>accuracy %</th>"
                + "<th>latency ms</th><th>speed-up</th><th>seconds</th><th class=\"l\">notes</th></tr>");
        for (int i = 0; i < r.steps().size(); i++) {
            RunResult.Step s = r.steps().get(i);
            b.append("<tr><td class=\"l\">").append(esc(s.name())).append("</td><td class=\"l\">").append(esc(s.kind())).append(s.reused() ? " (reused)" : "")
                    .append("</td>").append(cell(s, Metrics.SIZE_BYTES, 1e-6, "%.3f")).append(cell(s, Metrics.SQNR_DB, 1, "%.1f"))
                    .append(cell(s, Metrics.ACCURACY, 1, "%.2f")).append(cell(s, Metrics.LATENCY_MS, 1, "%.3f")).append(cell(s, Metrics.SPEEDUP, 1, "%.2fx"))
                    .append(String.format(Locale.ROOT, "<td>%.1f</td><td class=\"l\">", s.seconds()));
            for (String n : s.notes()) b.append(esc(n)).append("<br>");
            b.append("</td></tr>");
        }
        b.append("</table></body></html>\n");
        return b.toString();
    }

    private static double last(List<RunResult.Step> steps, String metric, double dflt) {
        double v = Goals.last(steps, metric);
        return Double.isNaN(v) ? dflt : v;
    }

    private static String cell(RunResult.Step s, String metric, double factor, String format) {
        Double v = s.metrics().get(metric);
        return v == null ? "<td></td>" : "<td>" + String.format(Locale.ROOT, format, v * factor) + "</td>";
    }

    /** A horizontal bar chart, one bar per label; NaN draws no bar. */
    private static String bars(String title, List<String> labels, List<Double> values) {
        double max = values.stream().filter(Double::isFinite).mapToDouble(Math::abs).max().orElse(1);
        if (!(max > 0)) max = 1;
        int rowH = 22, left = 160, width = 360, h = rowH * labels.size() + 30;
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "<h3>%s</h3><svg width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\">",
                esc(title), left + width + 90, h, esc(title)));
        for (int i = 0; i < labels.size(); i++) {
            int y = 10 + i * rowH;
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", left - 8, y + 14, esc(labels.get(i))));
            double v = values.get(i);
            if (!Double.isFinite(v)) continue;
            int w = (int) Math.round(width * Math.abs(v) / max);
            b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>", left, y, Math.max(1, w), rowH - 6,
                    i == 0 ? "#9e9e9e" : "#1565c0"));
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%.3g</text>", left + w + 6, y + 14, v));
        }
        return b.append("</svg>").toString();
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
