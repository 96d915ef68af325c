package io.medli.recipe.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a run of a recipe did: its folder, the source model's figures, each step's figures, and each
 * goal's verdict.
 *
 * @param finalModel the last model a step wrote (the source model where no step wrote one)
 */
public record RunResult(Path dir, Map<String, Double> baseline, List<Step> steps, List<Goal> goals, Path finalModel, double seconds) {
    public RunResult {
        baseline = Map.copyOf(baseline);
        steps = List.copyOf(steps);
        goals = List.copyOf(goals);
    }

    /**
     * @param reused the step's artefacts came from an earlier run with the same inputs and parameters
     * @param model the model the step wrote, or null (Evaluate, Benchmark)
     * @param metrics e.g. {@link Metrics#SIZE_BYTES}, {@link Metrics#SQNR_DB}
     */
    public record Step(String name, String kind, boolean reused, Path model, Map<String, Double> metrics, List<String> notes, double seconds) {
        public Step {
            metrics = Map.copyOf(metrics);
            notes = List.copyOf(notes);
        }
    }

    /**
     * @param value the measured figure (NaN where nothing measured it)
     * @param text the verdict in words, with the margin or what to add to measure it
     */
    public record Goal(String metric, boolean met, double value, double limit, String text) {
    }

    /** Whether every goal is met (true without goals). */
    public boolean goalsMet() {
        return goals.stream().allMatch(Goal::met);
    }
}
