package io.medli.recipe.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.medli.onnx.progress.Monitor;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.Dimension;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.TypeProto;
import io.medli.onnx.proto.ValueInfo;
import io.medli.recipe.DataRole;
import io.medli.recipe.DataSet;
import io.medli.recipe.QuantizeMode;
import io.medli.recipe.Recipe;
import io.medli.recipe.Step;
import io.medli.recipe.check.RecipeChecks;
import io.medli.recipe.files.RecipeFiles;
import io.medli.recipe.run.Metrics;
import io.medli.recipe.run.RecipeRunner;
import io.medli.recipe.run.RunResult;
import io.medli.recipe.run.Trainer;
import io.medli.recipe.templates.ModelKind;
import io.medli.recipe.templates.RecipeTemplates;

/** New recipes whose defaults follow the model and the data beside it; the one-step recipes run for real. */
class RecipeTemplatesTest {
    @TempDir
    Path dir;

    private static ModelProto model(int inputType, List<long[]> in, List<long[]> out) {
        GraphProto g = new GraphProto();
        for (int i = 0; i < in.size(); i++) g.inputs().add(new ValueInfo("in" + i, TypeProto.tensor(inputType, dims(in.get(i)))));
        for (int i = 0; i < out.size(); i++) g.outputs().add(new ValueInfo("out" + i, TypeProto.tensor(DataType.FLOAT, dims(out.get(i)))));
        return new ModelProto().graph(g);
    }

    private static List<Dimension> dims(long[] d) {
        return java.util.Arrays.stream(d).mapToObj(Dimension::of).toList();
    }

    @Test
    void theKindFollowsInputsAndOutputs() {
        assertEquals(ModelKind.CLASSIFIER, ModelKind.of(model(DataType.FLOAT, List.of(new long[] { 1, 1, 28, 28 }), List.of(new long[] { 1, 10 }))));
        assertEquals(ModelKind.CLASSIFIER, ModelKind.of(model(DataType.FLOAT, List.of(new long[] { 1, 3, 224, 224 }), List.of(new long[] { 1, 1000, 1, 1 }))));
        assertEquals(ModelKind.DETECTOR, ModelKind.of(model(DataType.FLOAT, List.of(new long[] { 1, 3, 640, 640 }), List.of(new long[] { 1, 84, 8400 }))));
        assertEquals(ModelKind.DETECTOR, ModelKind.of(model(DataType.FLOAT, List.of(new long[] { 1, 320, 320, 4 }),
                List.of(new long[] { 1, 160, 160, 4 }, new long[] { 1, 160, 160, 1 }))));
        assertEquals(ModelKind.DENSE, ModelKind.of(model(DataType.FLOAT, List.of(new long[] { 1, 3, 256, 256 }), List.of(new long[] { 1, 2, 256, 256 }))));
        assertEquals(ModelKind.SEQUENCE, ModelKind.of(model(DataType.INT64, List.of(new long[] { 1, 128 }, new long[] { 1, 128 }), List.of(new long[] { 1, 128, 384 }))));
        assertEquals(ModelKind.SEQUENCE, ModelKind.of(model(DataType.FLOAT, List.of(new long[] { 1, 100, 40 }), List.of(new long[] { 1, 2 }))));
        assertEquals(ModelKind.OTHER, ModelKind.of(model(DataType.FLOAT, List.of(new long[] { 1, 7 }), List.of(new long[] { 1, 1 }))));
    }

    @Test
    void aDetectorInAProjectWithImagesGetsOptimizeInt8EvaluateAndBenchmark() throws Exception {
        Recipes.project(dir);
        Files.createDirectories(dir.resolve("runs").resolve("old").resolve("cal"));
        RecipeTemplates.Facts f = RecipeTemplates.inspect(dir.resolve("tiny.onnx"), dir);
        assertEquals(ModelKind.DETECTOR, f.kind());
        assertEquals(List.of(dir.resolve("cal"), dir.resolve("val")), f.data().imageFolders(), "the runs folder is not searched");
        assertNull(f.labelled());
        Recipe r = RecipeTemplates.compress(dir, dir.resolve("tiny.onnx"), f);
        assertEquals("tiny.onnx", r.getSourceModel(), "relative to the recipe's folder");
        assertEquals(List.of("OptimizeStep", "QuantizeStep", "EvaluateStep", "BenchmarkStep"), kinds(r));
        assertEquals("cal", r.getDataSets().get(0).getPath());
        Diagnostic d = RecipeChecks.check(r, dir);
        assertTrue(d.getSeverity() < Diagnostic.ERROR, d.toString());
    }

    @Test
    void aSequenceModelGetsDynamicInt8AndAnImageModelWithoutDataIsToldToAddSome() throws Exception {
        Path minilm = Recipes.models().resolve("all-minilm-l6-v2.onnx");
        Files.copy(minilm, dir.resolve("minilm.onnx"));
        RecipeTemplates.Facts f = RecipeTemplates.inspect(dir.resolve("minilm.onnx"), dir);
        assertEquals(ModelKind.SEQUENCE, f.kind());
        Recipe r = RecipeTemplates.compress(dir, dir.resolve("minilm.onnx"), f);
        assertEquals(List.of("QuantizeStep", "BenchmarkStep"), kinds(r));
        assertTrue(RecipeChecks.check(r, dir).getSeverity() < Diagnostic.ERROR);

        Files.copy(Recipes.models().resolve("mlsd_320x320_tiny.onnx"), dir.resolve("tiny.onnx"));
        f = RecipeTemplates.inspect(dir.resolve("tiny.onnx"), dir);
        assertTrue(f.notes().stream().anyMatch(n -> n.contains("no data found")), f.notes().toString());
        Diagnostic d = RecipeChecks.check(RecipeTemplates.compress(dir, dir.resolve("tiny.onnx"), f), dir);
        assertEquals(Diagnostic.ERROR, d.getSeverity(), "the empty calibration folder is a problem to fix");
        assertTrue(d.getChildren().stream().anyMatch(c -> c.getMessage().contains("calibration")), d.toString());
    }

    @Test
    void aOneStepQuantizeThenACompareWithTheSourceMeasureTheInt8Model() throws Exception {
        Recipes.project(dir);
        Recipe q = RecipeTemplates.quantize(dir, dir.resolve("tiny.onnx"), QuantizeMode.STATIC, dir.resolve("cal"));
        // the usual measurement, for the comparison below: an Evaluate against the source on val/
        q.getDataSets().add(Recipes.data(DataRole.VALIDATION, "val"));
        q.getDataSets().forEach(s -> s.setScale(1)); // M-LSD takes pixels 0..255
        io.medli.recipe.EvaluateStep usual = Recipes.F.createEvaluateStep();
        usual.setName("usual");
        q.getSteps().add(usual);
        Path qf = RecipeTemplates.freeName(dir, "tiny-int8");
        RecipeFiles.save(q, qf);
        assertEquals(dir.resolve("tiny-int8-2.medlirecipe"), RecipeTemplates.freeName(dir, "tiny-int8"), "never over an existing recipe");
        RunResult int8 = RecipeRunner.run(q, qf, new RecipeRunner.Options(1, Trainer.inProcess(), s -> { }, Monitor.NONE));
        Path model = int8.finalModel();
        assertTrue(Files.size(model) < 0.4 * Files.size(dir.resolve("tiny.onnx")));

        Recipe c = RecipeTemplates.compare(dir, model, dir.resolve("tiny.onnx"), dir.resolve("val"), false);
        c.getDataSets().forEach(s -> {
            s.setScale(1);
            s.setLimit(0);
        });
        assertTrue(c.getSourceModel().startsWith("runs/"), c.getSourceModel());
        assertEquals(List.of("EvaluateStep", "BenchmarkStep"), kinds(c));
        Path cf = dir.resolve("compare.medlirecipe");
        RecipeFiles.save(c, cf);
        RunResult r = RecipeRunner.run(RecipeFiles.load(cf), cf, new RecipeRunner.Options(1, Trainer.inProcess(), s -> { }, Monitor.NONE));
        double sqnr = r.steps().get(0).metrics().get(Metrics.SQNR_DB);
        // M-LSD's sparse score map is below 0 dB in int8 (docs/benchmarks.md, section 10): the check is that Compare With measures what the usual Evaluate does
        assertEquals(int8.steps().get(1).metrics().get(Metrics.SQNR_DB), sqnr, 1e-9, "the int8 model against its float source, not against itself");
        assertTrue(sqnr < 60);
        assertTrue(r.steps().get(1).notes().get(0).contains("tiny.onnx"), r.steps().get(1).notes().toString());

        // the reference is part of the step's key: another reference, another measurement
        Files.copy(model, dir.resolve("copy.onnx"));
        c.getSteps().forEach(s -> ((io.medli.recipe.MeasureStep) s).setReference("copy.onnx"));
        RecipeFiles.save(c, cf);
        RunResult self = RecipeRunner.run(c, cf, new RecipeRunner.Options(1, Trainer.inProcess(), s -> { }, Monitor.NONE));
        assertTrue(self.steps().stream().noneMatch(RunResult.Step::reused));
        assertEquals(200, self.steps().get(0).metrics().get(Metrics.SQNR_DB), 0, "a model against its own copy");
        Files.delete(dir.resolve("copy.onnx"));
        Diagnostic d = RecipeChecks.check(c, dir);
        assertTrue(d.getChildren().stream().anyMatch(x -> x.getMessage().contains("reference model copy.onnx")), d.toString());
    }

    private static List<String> kinds(Recipe r) {
        return r.getSteps().stream().map(Step::eClass).map(c -> c.getName()).toList();
    }

    static DataSet first(Recipe r, DataRole role) {
        return r.getDataSets().stream().filter(d -> d.getRole() == role).findFirst().orElseThrow();
    }
}
