package io.medli.recipe.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.medli.recipe.BenchmarkStep;
import io.medli.recipe.DataRole;
import io.medli.recipe.DistillStep;
import io.medli.recipe.GoalMetric;
import io.medli.recipe.PruneStep;
import io.medli.recipe.QuantizeStep;
import io.medli.recipe.Recipe;
import io.medli.recipe.RecipePackage;
import io.medli.recipe.TargetKind;
import io.medli.recipe.Variant;
import io.medli.recipe.check.RecipeChecks;

class RecipeChecksTest {
    @TempDir
    Path dir;
    Recipe r;

    @BeforeEach
    void project() throws Exception {
        Recipes.project(dir);
        r = Recipes.int8();
    }

    private List<Diagnostic> problems() {
        return RecipeChecks.check(r, dir).getChildren();
    }

    /** The one error with {@code code}; its data names the object at fault. */
    private Diagnostic only(int code) {
        List<Diagnostic> d = problems().stream().filter(x -> x.getCode() == code && x.getSeverity() == Diagnostic.ERROR).toList();
        assertEquals(1, d.size(), () -> "problems: " + problems().stream().map(Diagnostic::getMessage).toList());
        return d.get(0);
    }

    @Test
    void aCompleteRecipeHasNoProblems() {
        assertEquals(List.of(), problems().stream().map(Diagnostic::getMessage).toList());
    }

    @Test
    void missingFilesAreNamed() {
        r.setSourceModel("gone.onnx");
        assertTrue(only(RecipeChecks.MISSING_FILE).getMessage().contains("gone.onnx"));
        r.setSourceModel("tiny.onnx");
        r.getDataSets().get(0).setPath("nowhere");
        Diagnostic d = only(RecipeChecks.MISSING_FILE);
        assertSame(r.getDataSets().get(0), d.getData().get(0));
        assertSame(RecipePackage.Literals.DATA_SET__PATH, d.getData().get(1));
        r.setSourceModel(null);
        assertEquals(1, problems().stream().filter(x -> x.getCode() == RecipeChecks.NO_SOURCE).count());
    }

    @Test
    void parametersOutOfRangeAreFlaggedOnTheirFeature() {
        PruneStep p = Recipes.F.createPruneStep();
        p.setName("prune");
        p.setRatio(0.95); // channels: at most 0.9
        r.getSteps().add(0, p);
        Diagnostic d = only(RecipeChecks.RANGE);
        assertSame(p, d.getData().get(0));
        assertSame(RecipePackage.Literals.PRUNE_STEP__RATIO, d.getData().get(1));
        p.setRatio(0.5);
        r.getGoals().get(0).setValue(1.5); // a relative size above 1
        assertTrue(only(RecipeChecks.RANGE).getMessage().contains("fraction"));
        r.getGoals().get(0).setValue(0.4);
        r.getDataSets().get(0).setMean("0.5,0.5");
        assertTrue(only(RecipeChecks.BAD_VALUE).getMessage().contains("three numbers"));
    }

    @Test
    void trainingAfterQuantizationIsFlagged() {
        DistillStep d = Recipes.F.createDistillStep();
        d.setName("student");
        r.getSteps().add(d); // after the Quantize step
        r.getDataSets().add(Recipes.data(DataRole.TRAIN, "cal"));
        r.getDataSets().get(2).setLabelled(true);
        Diagnostic e = only(RecipeChecks.ORDER);
        assertSame(d, e.getData().get(0));
        assertTrue(e.getMessage().contains("move it before"), e.getMessage());
        r.getSteps().move(0, d);
        assertEquals(0, problems().stream().filter(x -> x.getCode() == RecipeChecks.ORDER).count());
        // a second quantization of a quantized model
        QuantizeStep again = Recipes.F.createQuantizeStep();
        again.setName("again");
        again.setMode(io.medli.recipe.QuantizeMode.DYNAMIC);
        r.getSteps().add(again);
        assertSame(again, only(RecipeChecks.ORDER).getData().get(0));
    }

    @Test
    void stepsThatNeedDataOrLabelsSaySo() {
        r.getDataSets().remove(0); // no calibration data for static int8
        assertTrue(only(RecipeChecks.NO_DATA).getMessage().contains("calibration"));
        r.getDataSets().add(0, Recipes.data(DataRole.CALIBRATION, "cal"));
        DistillStep d = Recipes.F.createDistillStep();
        d.setName("student");
        r.getSteps().add(0, d);
        r.getDataSets().add(Recipes.data(DataRole.TRAIN, "cal")); // images without labels
        assertTrue(only(RecipeChecks.NO_LABELS).getMessage().contains("labelled"));
    }

    @Test
    void stepNamesAreUniqueAndVariantsNameRealParameters() {
        r.getSteps().get(2).setName("int8");
        only(RecipeChecks.DUPLICATE_NAME);
        r.getSteps().get(2).setName("speed");
        Variant v = Recipes.F.createVariant();
        v.setStep(r.getSteps().get(0));
        v.setParameter("ratio"); // a Quantize step has none
        v.getValues().add("0.5");
        r.getVariants().add(v);
        assertTrue(only(RecipeChecks.BAD_VARIANT).getMessage().contains("budgetDb"));
        v.setParameter("budgetDb");
        v.getValues().clear();
        v.getValues().addAll(List.of("20", "25", "loud"));
        // "loud" is no number; 20 and 25 are fine
        assertTrue(only(RecipeChecks.BAD_VARIANT).getMessage().contains("'loud'"));
        v.setParameter("mode");
        v.getValues().clear();
        v.getValues().addAll(List.of("dynamic", "static", "float16"));
        assertEquals(List.of(), problems().stream().map(Diagnostic::getMessage).toList());
    }

    @Test
    void anImageSizeTheModelWouldIgnoreIsFlagged() {
        r.getDataSets().get(1).setWidth(100);
        r.getDataSets().get(1).setHeight(50);
        Diagnostic d = only(RecipeChecks.DATA_FIT);
        assertTrue(d.getMessage().contains("320x320"), d.getMessage());
        assertSame(r.getDataSets().get(1), d.getData().get(0));
        r.getDataSets().get(1).setWidth(320);
        r.getDataSets().get(1).setHeight(320);
        assertEquals(List.of(), problems().stream().map(Diagnostic::getMessage).toList());
    }

    @Test
    void aBoardTargetNamesItsBoard() {
        r.getTarget().setKind(TargetKind.BOARD);
        only(RecipeChecks.NO_BOARD);
        r.getTarget().setBoard("pi");
        assertEquals(List.of(), problems().stream().map(Diagnostic::getMessage).toList());
    }

    @Test
    void aRecipeWithoutStepsIsAWarningNotAnError() {
        r.getSteps().clear();
        r.getGoals().removeIf(g -> g.getMetric() == GoalMetric.MIN_FIDELITY || g.getMetric() == GoalMetric.MAX_PEAK_MEMORY);
        List<Diagnostic> d = problems();
        assertEquals(1, d.size());
        assertEquals(Diagnostic.WARNING, d.get(0).getSeverity());
    }

    /** The fixes of the one error with {@code code}, applied one by one until it is gone. */
    private List<String> fix(int code) {
        Diagnostic e = only(code);
        List<io.medli.recipe.check.RecipeFixes.Fix> fixes = io.medli.recipe.check.RecipeFixes.of(r, dir, e);
        fixes.forEach(io.medli.recipe.check.RecipeFixes::apply);
        return fixes.stream().map(io.medli.recipe.check.RecipeFixes.Fix::label).toList();
    }

    @Test
    void obviousFixesFixAndTheOthersAreNotOffered() {
        BenchmarkStep b = (BenchmarkStep) r.getSteps().get(2);
        b.setRounds(0);
        assertEquals(List.of("Set rounds to its default, 20"), fix(RecipeChecks.RANGE));
        assertEquals(20, b.getRounds());
        assertTrue(problems().isEmpty(), () -> problems().toString());
        // a default that does not pass either is not offered: a speed-up goal's default, 0
        r.getGoals().add(Recipes.goal(GoalMetric.MIN_SPEEDUP, -1, false));
        assertEquals(List.of(), fix(RecipeChecks.RANGE));
        r.getGoals().remove(r.getGoals().size() - 1);
        // duplicate names, training after quantization, a second quantization
        r.getSteps().get(1).setName("int8");
        assertEquals(List.of("Rename this step to 'int8-2'"), fix(RecipeChecks.DUPLICATE_NAME));
        DistillStep d = Recipes.F.createDistillStep();
        d.setName("student");
        r.getSteps().add(d);
        r.getDataSets().add(Recipes.data(DataRole.TRAIN, "cal"));
        r.getDataSets().get(2).setLabelled(true);
        assertEquals(List.of("Move 'student' before 'int8'"), fix(RecipeChecks.ORDER));
        assertSame(d, r.getSteps().get(0));
        QuantizeStep again = Recipes.F.createQuantizeStep();
        again.setName("again");
        again.setMode(io.medli.recipe.QuantizeMode.DYNAMIC);
        r.getSteps().add(again);
        assertEquals(List.of("Turn 'again' off"), fix(RecipeChecks.ORDER));
        assertFalse(again.isEnabled());
        assertTrue(problems().stream().noneMatch(x -> x.getSeverity() >= Diagnostic.ERROR), () -> problems().toString());
        // a peak-memory goal with no step measuring memory: a warning, fixed by turning the measurement on
        BenchmarkStep speed = (BenchmarkStep) r.getSteps().stream().filter(BenchmarkStep.class::isInstance).findFirst().orElseThrow();
        speed.setMemory(false);
        Diagnostic w = problems().stream().filter(x -> x.getCode() == RecipeChecks.NOT_MEASURED).findFirst().orElseThrow();
        assertEquals(Diagnostic.WARNING, w.getSeverity());
        List<io.medli.recipe.check.RecipeFixes.Fix> m = io.medli.recipe.check.RecipeFixes.of(r, dir, w);
        assertEquals(List.of("Measure peak memory in '" + speed.getName() + "'"), m.stream().map(io.medli.recipe.check.RecipeFixes.Fix::label).toList());
        m.forEach(io.medli.recipe.check.RecipeFixes::apply);
        assertTrue(speed.isMemory());
        assertTrue(problems().stream().noneMatch(x -> x.getCode() == RecipeChecks.NOT_MEASURED));
        // a missing file has no obvious fix
        r.setSourceModel("gone.onnx");
        assertEquals(List.of(), io.medli.recipe.check.RecipeFixes.of(r, dir, only(RecipeChecks.MISSING_FILE)));
    }
}
