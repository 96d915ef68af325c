package io.medli.recipe.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs side by side: one column per run, one row per figure - status and time, each step (its
 * kind, whether it was reused, its seconds), the last value of each metric, and each goal's
 * verdict - so that what changed between two runs of a recipe (or of two recipes) shows at a glance.
 */
public final class RunComparison {
    /** One figure across the runs; {@code differs} when the runs do not all show the same value. */
    public record Row(String label, List<String> values, boolean differs) {
    }

    public record Table(List<String> runs, List<Row> rows) {
    }

    private static final Map<String, String> LABELS = Map.of(Metrics.SIZE_BYTES, "size MB", Metrics.SQNR_DB, "SQNR dB", Metrics.COSINE, "cosine",
            Metrics.ACCURACY, "accuracy %", Metrics.BASELINE_ACCURACY, "source accuracy %", Metrics.LATENCY_MS, "latency p50 ms",
            Metrics.BASELINE_LATENCY_MS, "source latency p50 ms", Metrics.SPEEDUP, "speed-up", Metrics.PEAK_MEMORY_BYTES, "peak memory MB",
            Metrics.BASELINE_PEAK_MEMORY_BYTES, "source peak memory MB");

    private RunComparison() {
    }

    /** The runs in {@code dirs} (each a runs/<timestamp> folder), in that order; a folder without a readable run.json is refused. */
    public static Table of(List<Path> dirs) throws IOException {
        List<RunSummary> runs = new ArrayList<>();
        for (Path d : dirs) runs.add(RunSummary.read(d));
        List<String> names = dirs.stream().map(d -> d.getFileName().toString()).toList();
        List<Row> rows = new ArrayList<>();
        rows.add(row("recipe", runs, s -> s.recipe));
        rows.add(row("status", runs, s -> s.status));
        rows.add(row("seconds", runs, s -> String.format(Locale.ROOT, "%.1f", s.seconds)));
        int steps = runs.stream().mapToInt(s -> s.steps.size()).max().orElse(0);
        for (int i = 0; i < steps; i++) {
            int k = i;
            rows.add(row("step " + (i + 1), runs, s -> k >= s.steps.size() ? "" : step(s.steps.get(k))));
        }
        Set<String> metrics = new LinkedHashSet<>();
        for (RunSummary s : runs) for (RunSummary.StepLine l : s.steps) if (l.metrics != null) metrics.addAll(l.metrics.keySet());
        for (String m : metrics) rows.add(row(LABELS.getOrDefault(m, m), runs, s -> value(m, last(s, m))));
        Set<String> goals = new LinkedHashSet<>();
        for (RunSummary s : runs) if (s.goals != null) s.goals.forEach(g -> goals.add(g.metric()));
        for (String g : goals) {
            rows.add(row("goal " + g, runs, s -> s.goals == null ? "" : s.goals.stream().filter(x -> x.metric().equals(g))
                    .map(x -> (x.met() ? "met" : "NOT met") + (Double.isNaN(x.value()) ? "" : String.format(Locale.ROOT, " (%.4g)", x.value())))
                    .findFirst().orElse("")));
        }
        return new Table(names, rows);
    }

    private static Row row(String label, List<RunSummary> runs, java.util.function.Function<RunSummary, String> cell) {
        List<String> values = runs.stream().map(s -> {
            String v = cell.apply(s);
            return v == null ? "" : v;
        }).toList();
        return new Row(label, values, values.stream().distinct().count() > 1);
    }

    private static String step(RunSummary.StepLine l) {
        return l.kind + " '" + l.name + "'" + (l.reused ? " (reused)" : String.format(Locale.ROOT, " %.1f s", l.seconds));
    }

    private static Double last(RunSummary s, String metric) {
        Double v = null;
        for (RunSummary.StepLine l : s.steps) if (l.metrics != null && l.metrics.containsKey(metric)) v = l.metrics.get(metric);
        return v;
    }

    private static String value(String metric, Double v) {
        if (v == null) return "";
        if (metric.equals(Metrics.SIZE_BYTES) || metric.equals(Metrics.PEAK_MEMORY_BYTES) || metric.equals(Metrics.BASELINE_PEAK_MEMORY_BYTES)) return String.format(Locale.ROOT, "%.3f", v / 1e6);
        if (metric.equals(Metrics.SPEEDUP)) return String.format(Locale.ROOT, "%.2fx", v);
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.1f" : "%.4g", v);
    }

    /** The table as text, one line per row (for the console and tests). */
    public static String format(Table t) {
        int w = Math.max(12, t.rows().stream().mapToInt(r -> r.label().length()).max().orElse(0) + 2);
        Map<Integer, Integer> widths = new LinkedHashMap<>();
        for (int c = 0; c < t.runs().size(); c++) {
            int k = c;
            widths.put(c, Math.max(t.runs().get(c).length(), t.rows().stream().mapToInt(r -> r.values().get(k).length()).max().orElse(0)) + 2);
        }
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-" + w + "s", ""));
        for (int c = 0; c < t.runs().size(); c++) b.append(String.format(Locale.ROOT, "%-" + widths.get(c) + "s", t.runs().get(c)));
        b.append('\n');
        for (Row r : t.rows()) {
            b.append(String.format(Locale.ROOT, "%-" + w + "s", (r.differs() ? "* " : "  ") + r.label()));
            for (int c = 0; c < r.values().size(); c++) b.append(String.format(Locale.ROOT, "%-" + widths.get(c) + "s", r.values().get(c)));
            b.append('\n');
        }
        return b.toString();
    }
}
