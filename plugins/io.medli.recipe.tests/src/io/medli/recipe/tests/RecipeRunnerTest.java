package io.medli.recipe.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.medli.onnx.OnnxModel;
import io.medli.onnx.progress.Monitor;
import io.medli.recipe.GoalMetric;
import io.medli.recipe.QuantizeStep;
import io.medli.recipe.Recipe;
import io.medli.recipe.files.RecipeFiles;
import io.medli.recipe.run.Metrics;
import io.medli.recipe.run.RecipeRunException;
import io.medli.recipe.run.RecipeRunner;
import io.medli.recipe.run.RunComparison;
import io.medli.recipe.run.RunHistory;
import io.medli.recipe.run.RunResult;
import io.medli.recipe.run.Trainer;

/** The runner end to end on a real model (M-LSD tiny) and real photos: artefacts, reuse, cancel, bad input. */
class RecipeRunnerTest {
    @TempDir
    Path dir;
    Path file;
    final List<String> log = new ArrayList<>();

    @BeforeEach
    void project() throws Exception {
        Recipes.project(dir);
        file = dir.resolve("tiny.medlirecipe");
        RecipeFiles.save(Recipes.int8(), file);
    }

    private RunResult run(Monitor m) throws Exception {
        Recipe r = RecipeFiles.load(file);
        return RecipeRunner.run(r, file, new RecipeRunner.Options(1, Trainer.inProcess(), log::add, m));
    }

    @Test
    void aRunWritesEachStepsArtefactsAndJudgesTheGoals() throws Exception {
        RunResult r = run(Monitor.NONE);
        assertEquals(3, r.steps().size());
        RunResult.Step q = r.steps().get(0);
        assertFalse(q.reused());
        assertTrue(Files.isRegularFile(q.model()));
        assertTrue(q.model().startsWith(r.dir().resolve("01-int8")));
        OnnxModel.read(q.model()); // a whole model
        double size = q.metrics().get(Metrics.SIZE_BYTES);
        assertEquals(Files.size(q.model()), size, 0);
        assertTrue(size < 0.4 * Files.size(dir.resolve("tiny.onnx")), "int8 weights: under 40 % of the float file");
        RunResult.Step e = r.steps().get(1);
        assertNull(e.model());
        double sqnr = e.metrics().get(Metrics.SQNR_DB);
        assertTrue(Double.isFinite(sqnr) && sqnr < 99, "a measured SQNR: " + sqnr);
        double speedup = r.steps().get(2).metrics().get(Metrics.SPEEDUP);
        assertTrue(speedup > 0 && Double.isFinite(speedup));
        assertEquals(q.model(), r.finalModel());
        // goals: the size is met, 99 dB is not, and the verdict says by how much
        assertTrue(r.goals().get(0).met(), r.goals().get(0).text());
        assertFalse(r.goals().get(1).met());
        assertTrue(r.goals().get(1).text().contains("short by"), r.goals().get(1).text());
        // peak memory (Linux): what loading and one run added, both models, and the goal judged on it
        double peak = r.steps().get(2).metrics().get(Metrics.PEAK_MEMORY_BYTES), sourcePeak = r.steps().get(2).metrics().get(Metrics.BASELINE_PEAK_MEMORY_BYTES);
        assertTrue(peak > 1e6 && peak < 2e9 && sourcePeak > 1e6 && sourcePeak < 2e9, peak + " and " + sourcePeak + " bytes");
        assertTrue(r.goals().get(2).met(), r.goals().get(2).text());
        assertTrue(Files.isRegularFile(r.dir().resolve("run.json")));
        String html = Files.readString(r.dir().resolve("report.html"));
        assertTrue(html.contains("<svg") && html.contains("not met: min-fidelity-db"), html);
        assertTrue(Files.readString(r.dir().resolve("run.json")).contains("\"status\": \"finished\""));
        for (String step : List.of("01-int8", "02-fidelity", "03-speed")) {
            assertTrue(Files.isRegularFile(r.dir().resolve(step).resolve("step.json")), step);
            assertTrue(Files.isRegularFile(r.dir().resolve(step).resolve("log.txt")), step);
        }
        // the goals judged again on the run's figures, without a run: the same verdicts, and a new goal at once
        Recipe changed = RecipeFiles.load(file);
        assertEquals(r.goals(), RunHistory.judge(r.dir(), changed.getGoals()));
        assertEquals(r.dir(), RunHistory.lastFinished(dir).orElseThrow().dir());
        changed.getGoals().add(Recipes.goal(GoalMetric.MAX_LATENCY, 1e-6, false));
        RunResult.Goal latency = RunHistory.judge(r.dir(), changed.getGoals()).get(3);
        assertFalse(latency.met());
        assertEquals(r.steps().get(2).metrics().get(Metrics.LATENCY_MS), latency.value(), 0);
        // a model found again by its checksum (as the measurement store names it): the run and step that made it
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(q.model())));
        RunHistory.Producer p = RunHistory.producerOf(dir, sha).orElseThrow();
        assertEquals(r.dir(), p.run());
        assertEquals(dir, p.recipeDir());
        assertEquals(r.dir().resolve("01-int8"), p.step());
        assertEquals(RecipeFiles.load(file).getName(), p.recipe());
        assertTrue(RunHistory.producerOf(dir, "0".repeat(64)).isEmpty());
    }

    @Test
    void anUnchangedRecipeReusesEveryStepAndAChangedParameterRerunsFromThere() throws Exception {
        RunResult first = run(Monitor.NONE);
        long t = System.nanoTime();
        RunResult again = run(Monitor.NONE);
        double seconds = (System.nanoTime() - t) / 1e9;
        assertTrue(again.steps().stream().allMatch(RunResult.Step::reused), () -> "log: " + log);
        assertTrue(seconds < 2, "an unchanged rerun takes " + seconds + " s");
        assertFalse(first.dir().equals(again.dir()));
        assertEquals(Files.size(first.finalModel()), Files.size(again.finalModel()));
        assertEquals(first.steps().get(1).metrics(), again.steps().get(1).metrics());
        // side by side: the steps differ (run, then reused), the figures do not
        RunComparison.Table table = RunComparison.of(List.of(first.dir(), again.dir()));
        assertEquals(List.of(first.dir().getFileName().toString(), again.dir().getFileName().toString()), table.runs());
        java.util.Map<String, RunComparison.Row> rows = new java.util.HashMap<>();
        table.rows().forEach(x -> rows.put(x.label(), x));
        assertTrue(rows.get("step 1").differs() && rows.get("step 1").values().get(1).endsWith("(reused)"), RunComparison.format(table));
        assertFalse(rows.get("size MB").differs(), RunComparison.format(table));
        assertFalse(rows.get("SQNR dB").differs());
        assertEquals(rows.get("goal max-size").values().get(0), rows.get("goal max-size").values().get(1));
        assertTrue(rows.get("goal max-size").values().get(0).startsWith("met"), RunComparison.format(table));

        // renaming a step keeps its result; a new parameter value runs it and everything after it again
        Recipe r = RecipeFiles.load(file);
        r.getSteps().get(2).setName("timing");
        RecipeFiles.save(r, file);
        assertTrue(run(Monitor.NONE).steps().stream().allMatch(RunResult.Step::reused));
        r = RecipeFiles.load(file);
        ((QuantizeStep) r.getSteps().get(0)).setMethod(io.medli.recipe.RangeMethod.PERCENTILE);
        RecipeFiles.save(r, file);
        RunResult changed = run(Monitor.NONE);
        assertTrue(changed.steps().stream().noneMatch(RunResult.Step::reused), () -> "log: " + log);
    }

    @Test
    void cancellingLeavesNoHalfWrittenStepAndKeepsTheFinishedOnesReusable() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        Monitor m = new Monitor() {
            @Override
            public void progress(String task, int done, int total) {
                if (task.startsWith("Comparing") || task.contains("Evaluate")) stop.set(true); // during the second step
            }

            @Override
            public boolean cancelled() {
                return stop.get();
            }
        };
        assertThrows(CancellationException.class, () -> run(m));
        Path runDir;
        try (var runs = Files.list(dir.resolve("runs"))) {
            runDir = runs.findFirst().orElseThrow();
        }
        try (var steps = Files.list(runDir)) {
            List<String> names = steps.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of("01-int8", "report.html", "run.json"), names, "only the finished step, no .partial folder");
        }
        assertTrue(Files.readString(runDir.resolve("run.json")).contains("\"status\": \"cancelled\""));
        RunResult r = run(Monitor.NONE);
        assertTrue(r.steps().get(0).reused());
        assertFalse(r.steps().get(1).reused());
    }

    @Test
    void aRecipeWithProblemsDoesNotStart() throws Exception {
        Recipe r = RecipeFiles.load(file);
        r.getDataSets().get(0).setPath("no-such-folder");
        RecipeRunException e = assertThrows(RecipeRunException.class,
                () -> RecipeRunner.run(r, file, new RecipeRunner.Options(1, Trainer.inProcess(), log::add, Monitor.NONE)));
        assertTrue(e.getMessage().contains("no-such-folder"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("runs")), "nothing written");
    }

    @Test
    void dataTheStepCannotReadFailsItWithAMessageAndNoArtefact() throws Exception {
        try (var images = Files.list(dir.resolve("cal"))) {
            for (Path p : images.toList()) Files.delete(p);
        }
        Files.writeString(dir.resolve("cal").resolve("notes.txt"), "no images here");
        RecipeRunException e = assertThrows(RecipeRunException.class, () -> run(Monitor.NONE));
        assertTrue(e.getMessage().contains("int8"), e.getMessage());
        try (var runs = Files.list(dir.resolve("runs")); var steps = Files.list(runs.findFirst().orElseThrow())) {
            assertEquals(List.of("report.html", "run.json"), steps.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
