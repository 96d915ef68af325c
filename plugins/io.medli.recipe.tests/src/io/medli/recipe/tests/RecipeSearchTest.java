package io.medli.recipe.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.medli.onnx.progress.Monitor;
import io.medli.recipe.GoalMetric;
import io.medli.recipe.PruneStep;
import io.medli.recipe.PruneStructure;
import io.medli.recipe.Recipe;
import io.medli.recipe.Variant;
import io.medli.recipe.files.RecipeFiles;
import io.medli.recipe.run.Metrics;
import io.medli.recipe.run.RecipeRunner;
import io.medli.recipe.run.RecipeSearch;
import io.medli.recipe.run.RunResult;
import io.medli.recipe.run.SearchReport;
import io.medli.recipe.run.Trainer;

class RecipeSearchTest {
    @TempDir
    Path dir;

    private static RecipeSearch.Candidate candidate(int i, double sqnr, double size, boolean met) {
        RunResult.Step s = new RunResult.Step("s", "Evaluate", false, null, Map.of(Metrics.SQNR_DB, sqnr, Metrics.SIZE_BYTES, size), List.of(), 0);
        RunResult.Goal g = new RunResult.Goal("min-fidelity-db", met, sqnr, 20, "min-fidelity-db: " + sqnr);
        return new RecipeSearch.Candidate(i, Map.of("v", "" + i), new RunResult(Path.of("runs", "c" + i), Map.of(), List.of(s), List.of(g),
                Path.of("m"), 0), null);
    }

    @Test
    void theParetoFrontBestAndClosestAreTheOnesWorkedOutByHand() {
        // (SQNR up, size down): 0 (30, 4) and 2 (25, 2) and 3 (10, 1) are not dominated; 1 (20, 4) is dominated by 0, 4 (10, 3) by 2 and 3
        List<RecipeSearch.Candidate> c = List.of(candidate(0, 30, 4, true), candidate(1, 20, 4, true), candidate(2, 25, 2, true),
                candidate(3, 10, 1, false), candidate(4, 10, 3, false));
        RecipeSearch.Result r = RecipeSearch.judge("s", c, 5);
        assertEquals(List.of(0, 2, 3), r.pareto());
        assertEquals(0, r.best()); // the highest quality among those meeting the goals
        assertEquals(-1, r.closest());
        // none meets the goals: the closest is the one with the smallest relative shortfall
        RecipeSearch.Result none = RecipeSearch.judge("s", List.of(candidate(0, 12, 4, false), candidate(1, 18, 4, false), candidate(2, 5, 1, false)), 3);
        assertEquals(-1, none.best());
        assertEquals(1, none.closest());
        assertTrue(none.verdict().startsWith("no candidate meets every goal; closest: candidate 2"), none.verdict());
    }

    /** M-LSD tiny: prune ratio {0.2, 0.6} x quantization {none, dynamic, static}, judged on quality and size. */
    private Recipe sixCombinations() throws Exception {
        Recipes.project(dir);
        Recipe r = Recipes.int8();
        r.getSteps().remove(2); // no benchmark: quality and size decide
        r.getGoals().clear();
        r.getGoals().add(Recipes.goal(GoalMetric.MAX_SIZE, 0.5, true));
        PruneStep p = Recipes.F.createPruneStep();
        p.setName("prune");
        p.setStructure(PruneStructure.WEIGHTS);
        r.getSteps().add(0, p);
        Variant ratio = Recipes.F.createVariant();
        ratio.setStep(p);
        ratio.setParameter("ratio");
        ratio.getValues().addAll(List.of("0.2", "0.6"));
        Variant mode = Recipes.F.createVariant();
        mode.setStep(r.getSteps().get(1));
        mode.setParameter("mode");
        mode.getValues().addAll(List.of("none", "dynamic", "static"));
        r.getVariants().addAll(List.of(ratio, mode));
        return r;
    }

    @Test
    void sixCandidatesRunShareTheirFirstStepAndAreAllKept() throws Exception {
        Recipe r = sixCombinations();
        Path file = dir.resolve("search.medlirecipe");
        RecipeFiles.save(r, file);
        assertEquals(6, RecipeSearch.combinations(r));

        List<String> log = new ArrayList<>();
        RecipeRunner.Options o = new RecipeRunner.Options(1, Trainer.inProcess(), log::add, Monitor.NONE);
        RecipeSearch.Result s = RecipeSearch.search(RecipeFiles.load(file), file, (c, f, name) -> RecipeRunner.run(c, f, o.named(name)), log::add);
        assertEquals(6, s.candidates().size());
        assertTrue(s.candidates().stream().allMatch(RecipeSearch.Candidate::ran), () -> String.join("\n", log));
        // the prune step ran once per ratio; the other four candidates took it from an earlier one
        long pruned = s.candidates().stream().filter(c -> !c.result().steps().get(0).reused()).count();
        assertEquals(2, pruned);
        // the front, checked against the figures by brute force
        for (RecipeSearch.Candidate a : s.candidates()) {
            double[] x = RecipeSearch.objectives(a);
            boolean dominated = s.candidates().stream().anyMatch(b -> {
                double[] y = RecipeSearch.objectives(b);
                return b != a && y[0] >= x[0] && y[2] <= x[2] && (y[0] > x[0] || y[2] < x[2]);
            });
            assertEquals(!dominated, s.pareto().contains(a.index()), "candidate " + a.values());
        }
        // only static int8 is under half the size: M-LSD is convolutions, which dynamic int8 (MatMul/Gemm) leaves in float
        for (RecipeSearch.Candidate c : s.candidates()) {
            assertEquals(c.values().get("int8.mode").equals("static"), c.result().goalsMet(), c.values().toString());
        }
        assertTrue(s.best() >= 0 && s.candidates().get(s.best()).values().get("int8.mode").equals("static"));
        Path html = SearchReport.write(dir.resolve("runs"), s.name(), r.getName(), s);
        assertTrue(Files.readString(html).contains("6 of 6 candidates"));
        assertTrue(Files.readString(html.resolveSibling(s.name() + ".json")).contains("\"pareto\": true"));
        assertFalse(s.verdict().isEmpty());
    }

    @Test
    void anEvolutionarySearchRunsDistinctCandidatesWithinItsBudgetRepeatably() throws Exception {
        Recipe r = sixCombinations();
        io.medli.recipe.Search search = Recipes.F.createSearch();
        search.setStrategy(io.medli.recipe.SearchStrategy.EVOLUTIONARY);
        search.setMaxTrials(4);
        search.setSeed(11);
        r.setSearch(search);
        Path file = dir.resolve("evolve.medlirecipe");
        RecipeFiles.save(r, file);
        List<String> log = new ArrayList<>();
        RecipeRunner.Options o = new RecipeRunner.Options(1, Trainer.inProcess(), log::add, Monitor.NONE);
        RecipeSearch.Result s = RecipeSearch.search(RecipeFiles.load(file), file, (c, f, name) -> RecipeRunner.run(c, f, o.named(name)), log::add);
        assertEquals(4, s.candidates().size(), () -> String.join("\n", log));
        assertEquals(4, s.candidates().stream().map(RecipeSearch.Candidate::values).distinct().count(), "each combination runs once");
        assertTrue(s.candidates().stream().allMatch(RecipeSearch.Candidate::ran), () -> String.join("\n", log));
        assertFalse(s.pareto().isEmpty());
        // the same seed picks the same candidates in the same order (all reused now)
        RecipeSearch.Result again = RecipeSearch.search(RecipeFiles.load(file), file, (c, f, name) -> RecipeRunner.run(c, f, o.named(name)), log::add);
        assertEquals(s.candidates().stream().map(RecipeSearch.Candidate::values).toList(), again.candidates().stream().map(RecipeSearch.Candidate::values).toList());
    }
}
