package io.medli.recipe.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.medli.recipe.Goal;

/** A recipe's goals judged on a run: the last figure of each kind against the goal, absolute or relative to the source model. */
final class Goals {
    private Goals() {
    }

    static List<RunResult.Goal> judge(List<Goal> goals, Map<String, Double> baseline, List<RunResult.Step> steps) {
        List<RunResult.Goal> out = new ArrayList<>();
        for (Goal g : goals) out.add(judge(g, baseline, steps));
        return out;
    }

    private static RunResult.Goal judge(Goal g, Map<String, Double> baseline, List<RunResult.Step> steps) {
        double v = g.getValue();
        String name = g.getMetric().getLiteral();
        return switch (g.getMetric()) {
            case MIN_FIDELITY -> {
                double s = last(steps, Metrics.SQNR_DB);
                yield atLeast(name, s, v, "%.1f dB", "add an Evaluate step with validation data");
            }
            case MAX_ACCURACY_DROP -> {
                double acc = last(steps, Metrics.ACCURACY), base = last(steps, Metrics.BASELINE_ACCURACY);
                double drop = g.isRelative() ? (base - acc) / base * 100 : base - acc;
                yield atMost(name, drop, v, g.isRelative() ? "%.2f %% of the source's accuracy" : "%.2f points",
                        "add an Evaluate step with labelled validation data");
            }
            case MIN_SPEEDUP -> atLeast(name, last(steps, Metrics.SPEEDUP), v, "%.2fx", "add a Benchmark step");
            case MAX_LATENCY -> {
                double l = last(steps, Metrics.LATENCY_MS);
                yield g.isRelative() ? atMost(name, l / last(steps, Metrics.BASELINE_LATENCY_MS), v, "%.3f of the source's latency", "add a Benchmark step")
                        : atMost(name, l, v, "%.3f ms", "add a Benchmark step");
            }
            case MAX_SIZE -> {
                double size = last(steps, Metrics.SIZE_BYTES);
                if (Double.isNaN(size)) size = baseline.getOrDefault(Metrics.SIZE_BYTES, Double.NaN);
                yield g.isRelative() ? atMost(name, size / baseline.getOrDefault(Metrics.SIZE_BYTES, Double.NaN), v, "%.3f of the source's size", "")
                        : atMost(name, size / 1e6, v, "%.3f MB", "");
            }
            case MAX_PEAK_MEMORY -> {
                double peak = last(steps, Metrics.PEAK_MEMORY_BYTES);
                yield g.isRelative() ? atMost(name, peak / last(steps, Metrics.BASELINE_PEAK_MEMORY_BYTES), v, "%.3f of the source's peak memory",
                        "set the memory option of a Benchmark step (measured on Linux)")
                        : atMost(name, peak / 1e6, v, "%.1f MB", "set the memory option of a Benchmark step (measured on Linux)");
            }
        };
    }

    /** The figure of the last step that measured {@code metric}, or NaN. */
    static double last(List<RunResult.Step> steps, String metric) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            Double d = steps.get(i).metrics().get(metric);
            if (d != null) return d;
        }
        return Double.NaN;
    }

    private static RunResult.Goal atLeast(String name, double value, double limit, String format, String howToMeasure) {
        if (Double.isNaN(value)) return unmeasured(name, limit, howToMeasure);
        boolean met = value >= limit;
        return new RunResult.Goal(name, met, value, limit, String.format(Locale.ROOT, "%s: " + format + " against at least " + format + "%s", name, value, limit,
                met ? "" : String.format(Locale.ROOT, " (short by " + format + ")", limit - value)));
    }

    private static RunResult.Goal atMost(String name, double value, double limit, String format, String howToMeasure) {
        if (Double.isNaN(value)) return unmeasured(name, limit, howToMeasure);
        boolean met = value <= limit;
        return new RunResult.Goal(name, met, value, limit, String.format(Locale.ROOT, "%s: " + format + " against at most " + format + "%s", name, value, limit,
                met ? "" : String.format(Locale.ROOT, " (over by " + format + ")", value - limit)));
    }

    private static RunResult.Goal unmeasured(String name, double limit, String howToMeasure) {
        return new RunResult.Goal(name, false, Double.NaN, limit, name + ": not measured" + (howToMeasure.isEmpty() ? "" : "; " + howToMeasure));
    }
}
