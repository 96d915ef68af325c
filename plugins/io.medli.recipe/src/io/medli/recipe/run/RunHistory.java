package io.medli.recipe.run;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The runs recorded beside a recipe, newest first, as the editor's Runs page and a Runs view list
 * them: each run's status, last figures and goals, read from its run.json.
 */
public final class RunHistory {
    /**
     * @param metrics the last figure of each kind over the run's steps
     * @param goalsMet null where the run has no goals
     */
    public record Entry(Path dir, String status, int steps, int reused, Map<String, Double> metrics, Boolean goalsMet, List<String> goals,
            Path report) {
    }

    private RunHistory() {
    }

    /** The runs under {@code recipeDir/runs}; a folder without a readable run.json is left out. */
    public static List<Entry> of(Path recipeDir) throws IOException {
        Path runs = recipeDir.resolve("runs");
        List<Entry> out = new ArrayList<>();
        if (!Files.isDirectory(runs)) return out;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(runs, Files::isDirectory)) {
            for (Path d : ds) {
                Entry e = read(d);
                if (e != null) out.add(e);
            }
        }
        out.sort(Comparator.comparing((Entry e) -> e.dir().getFileName().toString()).reversed());
        return out;
    }

    /**
     * A step of a recipe run that wrote a model.
     *
     * @param recipeDir the folder of the recipe (its runs are in {@code runs/} there)
     * @param recipe the recipe's name as the run recorded it, or null
     */
    public record Producer(Path recipeDir, Path run, Path step, String recipe) {
    }

    /**
     * The newest recipe run under {@code root} (any depth; hidden folders skipped) with a step whose
     * model has SHA-256 {@code sha256}, as the measurement store names models: how a row of the model
     * database finds the run that made it.
     */
    public static java.util.Optional<Producer> producerOf(Path root, String sha256) throws IOException {
        List<Producer> found = new ArrayList<>();
        if (sha256 == null || !Files.isDirectory(root)) return java.util.Optional.empty();
        Files.walkFileTree(root, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes attrs) throws IOException {
                String n = dir.getFileName() == null ? "" : dir.getFileName().toString();
                if (!dir.equals(root) && n.startsWith(".")) return java.nio.file.FileVisitResult.SKIP_SUBTREE;
                if (!n.equals("runs")) return java.nio.file.FileVisitResult.CONTINUE;
                producers(dir, sha256, found);
                return java.nio.file.FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                return java.nio.file.FileVisitResult.CONTINUE; // an unreadable folder is not the run looked for
            }
        });
        return found.stream().max(Comparator.comparing((Producer p) -> p.run().getFileName().toString()));
    }

    private static void producers(Path runs, String sha256, List<Producer> out) throws IOException {
        try (DirectoryStream<Path> rs = Files.newDirectoryStream(runs, p -> Files.isDirectory(p) && !p.getFileName().toString().startsWith("."))) {
            for (Path run : rs) {
                try (DirectoryStream<Path> ss = Files.newDirectoryStream(run, p -> Files.isRegularFile(p.resolve(RunFolder.STEP_FILE)))) {
                    for (Path step : ss) {
                        RunFolder.StepRecord r = RunFolder.read(step);
                        if (r == null || !sha256.equalsIgnoreCase(r.modelHash)) continue;
                        String recipe = null;
                        try {
                            recipe = RunSummary.read(run).recipe;
                        } catch (IOException e) {
                            // a run without its summary (stopped hard) still names the step
                        }
                        out.add(new Producer(runs.getParent(), run, step, recipe));
                    }
                }
            }
        }
    }

    /** The newest run that finished (not cancelled or failed), if any. */
    public static java.util.Optional<Entry> lastFinished(Path recipeDir) throws IOException {
        Path runs = recipeDir.resolve("runs");
        if (!Files.isDirectory(runs)) return java.util.Optional.empty();
        List<Path> dirs;
        try (var ds = Files.list(runs)) {
            dirs = ds.filter(Files::isDirectory).sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        }
        for (Path d : dirs) { // newest first, read only until one finished: called on every edit
            Entry e = read(d);
            if (e != null && "finished".equals(e.status())) return java.util.Optional.of(e);
        }
        return java.util.Optional.empty();
    }

    /**
     * Goals judged on a finished run's figures: what a run with every step reused would say, without
     * running - so that a goal added or changed after a run has its verdict at once.
     */
    public static List<RunResult.Goal> judge(Path runDir, List<io.medli.recipe.Goal> goals) throws IOException {
        RunSummary s = RunSummary.read(runDir);
        List<RunResult.Step> steps = new ArrayList<>();
        for (RunSummary.StepLine l : s.steps) {
            Map<String, Double> m = new java.util.LinkedHashMap<>();
            if (l.metrics != null) l.metrics.forEach((k, v) -> {
                if (v != null) m.put(k, v);
            });
            steps.add(new RunResult.Step(l.name, l.kind, l.reused, null, m, List.of(), 0));
        }
        return Goals.judge(goals, s.baseline == null ? Map.of() : s.baseline, steps);
    }

    static Entry read(Path dir) {
        RunSummary s;
        try {
            s = RunSummary.read(dir);
        } catch (IOException e) {
            return null;
        }
        Map<String, Double> last = new java.util.LinkedHashMap<>();
        int reused = 0;
        for (RunSummary.StepLine l : s.steps) {
            if (l.reused) reused++;
            if (l.metrics != null) last.putAll(l.metrics);
        }
        List<String> goals = s.goals == null ? List.of() : s.goals.stream().map(g -> (g.met() ? "met: " : "not met: ") + g.text()).toList();
        Boolean met = s.goals == null || s.goals.isEmpty() ? null : s.goals.stream().allMatch(RunResult.Goal::met);
        Path report = dir.resolve(RunReport.FILE);
        return new Entry(dir, s.status, s.steps.size(), reused, last, met, goals, Files.isRegularFile(report) ? report : null);
    }
}
