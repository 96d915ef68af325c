package io.medli.recipe.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.medli.recipe.BenchmarkStep;
import io.medli.recipe.DataRole;
import io.medli.recipe.DataSet;
import io.medli.recipe.EvaluateStep;
import io.medli.recipe.Goal;
import io.medli.recipe.GoalMetric;
import io.medli.recipe.QuantizeMode;
import io.medli.recipe.QuantizeStep;
import io.medli.recipe.Recipe;
import io.medli.recipe.RecipeFactory;
import io.medli.recipe.files.RecipeFiles;

/** Recipes and real data for the tests: M-LSD tiny and the calibration images that tools/fetch-models.sh unpacks. */
final class Recipes {
    static final RecipeFactory F = RecipeFactory.eINSTANCE;

    private Recipes() {
    }

    static Path models() {
        Path p = Path.of(System.getProperty("medli.models.dir", "build/models"));
        if (!Files.isRegularFile(p.resolve("mlsd_320x320_tiny.onnx"))) {
            throw new IllegalStateException("missing test model in " + p + "; run tools/fetch-models.sh (the test command does)");
        }
        return p;
    }

    /** A folder with M-LSD tiny, {@code cal/} (6 photos) and {@code val/} (3 others), as a user's project would hold them. */
    static Path project(Path dir) throws IOException {
        Path m = models();
        Files.copy(m.resolve("mlsd_320x320_tiny.onnx"), dir.resolve("tiny.onnx"));
        Path images = m.resolveSibling("data").resolve("images").resolve("ukui");
        var files = Files.list(images).sorted().toList();
        Files.createDirectories(dir.resolve("cal"));
        Files.createDirectories(dir.resolve("val"));
        for (int i = 0; i < 9; i++) Files.copy(files.get(i), dir.resolve(i < 6 ? "cal" : "val").resolve(files.get(i).getFileName()));
        return dir;
    }

    static DataSet data(DataRole role, String path) {
        DataSet d = F.createDataSet();
        d.setRole(role);
        d.setPath(path);
        d.setScale(1); // M-LSD takes pixels 0..255
        return d;
    }

    static Goal goal(GoalMetric m, double v, boolean relative) {
        Goal g = F.createGoal();
        g.setMetric(m);
        g.setValue(v);
        g.setRelative(relative);
        return g;
    }

    /** M-LSD tiny to static int8, then its fidelity and speed, with three goals. */
    static Recipe int8() {
        Recipe r = RecipeFiles.create("M-LSD tiny int8");
        r.setSourceModel("tiny.onnx");
        r.getDataSets().add(data(DataRole.CALIBRATION, "cal"));
        r.getDataSets().add(data(DataRole.VALIDATION, "val"));
        QuantizeStep q = F.createQuantizeStep();
        q.setName("int8");
        q.setMode(QuantizeMode.STATIC);
        EvaluateStep e = F.createEvaluateStep();
        e.setName("fidelity");
        BenchmarkStep b = F.createBenchmarkStep();
        b.setName("speed");
        b.setRounds(3);
        b.setWarmup(1);
        b.setMemory(true);
        r.getSteps().add(q);
        r.getSteps().add(e);
        r.getSteps().add(b);
        r.getGoals().add(goal(GoalMetric.MAX_SIZE, 0.4, true));
        r.getGoals().add(goal(GoalMetric.MIN_FIDELITY, 99, false)); // out of int8's reach: a failed goal to report
        r.getGoals().add(goal(GoalMetric.MAX_PEAK_MEMORY, 2000, false)); // MB: M-LSD tiny needs far less
        return r;
    }
}
