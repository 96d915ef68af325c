package io.medli.recipe.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.GsonBuilder;

/**
 * A search's record beside its candidates' runs: {@code search-<stamp>.json} (every candidate with its
 * values, figures, goals and lineage - the run folder that holds its steps) and {@code .html} (the
 * candidates on a quality/size chart, the Pareto front joined, and the table).
 */
public final class SearchReport {
    private SearchReport() {
    }

    /** Writes both files into {@code runs} as {@code name}.json/.html and returns the HTML one. */
    public static Path write(Path runs, String name, String recipeName, RecipeSearch.Result r) throws IOException {
        Files.createDirectories(runs);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RecipeSearch.Candidate c : r.candidates()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("candidate", c.index() + 1);
            m.put("values", c.values());
            m.put("pareto", r.pareto().contains(c.index()));
            m.put("best", r.best() == c.index());
            m.put("closest", r.closest() == c.index());
            if (c.ran()) {
                double[] o = RecipeSearch.objectives(c);
                m.put("quality", o[0]);
                m.put("latency_ms", o[1]);
                m.put("size_bytes", o[2]);
                m.put("goalsMet", c.result().goalsMet());
                m.put("goals", c.result().goals());
                m.put("run", runs.relativize(c.result().dir()).toString());
                m.put("steps", c.result().steps().stream().map(s -> s.name() + (s.reused() ? " (reused)" : "")).toList());
            } else {
                m.put("failure", c.failure());
            }
            rows.add(m);
        }
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("recipe", recipeName);
        all.put("combinations", r.combinations());
        all.put("verdict", r.verdict());
        all.put("candidates", rows);
        RunFolder.writeAtomically(runs.resolve(name + ".json"), new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeSpecialFloatingPointValues().create().toJson(all));
        return RunFolder.writeAtomically(runs.resolve(name + ".html"), html(recipeName, r, runs));
    }


    private static String html(String recipeName, RecipeSearch.Result r, Path runs) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").append(esc(recipeName))
                .append(" - search</title><style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;"
                        + "padding:4px 8px;text-align:right}td.l,th.l{text-align:left}tr.best{background:#e8f5e9}tr.closest{background:#fff8e1}"
                        + "svg text{font:12px sans-serif}</style></head><body>");
        b.append("<h1>").append(esc(recipeName)).append(": ").append(r.candidates().size()).append(" of ").append(r.combinations())
                .append(" candidates</h1><p>").append(esc(r.verdict())).append("</p>");
        b.append(chart(r));
        b.append("<table><tr><th>#</th><th class=\"l\">values</th><th>quality</th><th>latency ms</th><th>size MB</th><th>goals</th>"
                + "<th>Pareto</th><th class=\"l\">run</th></tr>");
        for (RecipeSearch.Candidate c : r.candidates()) {
            String cls = r.best() == c.index() ? " class=\"best\"" : r.closest() == c.index() ? " class=\"closest\"" : "";
            b.append("<tr").append(cls).append("><td>").append(c.index() + 1).append("</td><td class=\"l\">").append(esc(c.values().toString())).append("</td>");
            if (!c.ran()) {
                b.append("<td colspan=\"6\" class=\"l\">failed: ").append(esc(c.failure())).append("</td></tr>");
                continue;
            }
            double[] o = RecipeSearch.objectives(c);
            b.append(String.format(Locale.ROOT, "<td>%.2f</td><td>%s</td><td>%.3f</td><td>%s</td><td>%s</td>", o[0],
                    Double.isNaN(o[1]) ? "" : String.format(Locale.ROOT, "%.3f", o[1]), o[2] / 1e6, c.result().goalsMet() ? "met" : "not met",
                    r.pareto().contains(c.index()) ? "yes" : ""));
            String run = runs.relativize(c.result().dir()).toString();
            b.append("<td class=\"l\"><a href=\"").append(esc(run)).append("/report.html\">").append(esc(run)).append("</a></td></tr>");
        }
        return b.append("</table></body></html>\n").toString();
    }

    /** Quality against size: every candidate a dot, the Pareto front in colour and joined. */
    private static String chart(RecipeSearch.Result r) {
        List<double[]> pts = new ArrayList<>();
        for (RecipeSearch.Candidate c : r.candidates()) {
            if (!c.ran()) continue;
            double[] o = RecipeSearch.objectives(c);
            if (Double.isFinite(o[0]) && Double.isFinite(o[2])) pts.add(new double[] { o[2] / 1e6, o[0], c.index() });
        }
        if (pts.isEmpty()) return "";
        double x0 = pts.stream().mapToDouble(p -> p[0]).min().orElse(0), x1 = pts.stream().mapToDouble(p -> p[0]).max().orElse(1);
        double y0 = pts.stream().mapToDouble(p -> p[1]).min().orElse(0), y1 = pts.stream().mapToDouble(p -> p[1]).max().orElse(1);
        if (x1 - x0 < 1e-12) x1 = x0 + 1;
        if (y1 - y0 < 1e-12) y1 = y0 + 1;
        int w = 480, h = 300, m = 50;
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "<svg width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"quality against size\">", w + 2 * m, h + 2 * m));
        b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>",
                m, h + m, w + m, h + m, m, m, m, h + m));
        b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">size (MB) %.3g - %.3g</text>", m + w / 2, h + m + 35, x0, x1));
        b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">quality %.3g - %.3g</text>", m, m - 10, y0, y1));
        List<double[]> front = new ArrayList<>();
        for (double[] p : pts) {
            double px = m + (p[0] - x0) / (x1 - x0) * w, py = m + h - (p[1] - y0) / (y1 - y0) * h;
            boolean onFront = r.pareto().contains((int) p[2]);
            if (onFront) front.add(new double[] { px, py });
            b.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\"><title>candidate %d</title></circle>", px, py,
                    onFront ? "#1565c0" : "#bdbdbd", (int) p[2] + 1));
            b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">%d</text>", px + 7, py - 5, (int) p[2] + 1));
        }
        front.sort((a, c) -> Double.compare(a[0], c[0]));
        if (front.size() > 1) {
            b.append("<polyline fill=\"none\" stroke=\"#1565c0\" points=\"");
            for (double[] p : front) b.append(String.format(Locale.ROOT, "%.1f,%.1f ", p[0], p[1]));
            b.append("\"/>");
        }
        return b.append("</svg>").toString();
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
