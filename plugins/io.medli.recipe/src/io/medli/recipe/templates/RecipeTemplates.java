package io.medli.recipe.templates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.medli.onnx.OnnxModel;
import io.medli.recipe.BenchmarkStep;
import io.medli.recipe.DataRole;
import io.medli.recipe.DataSet;
import io.medli.recipe.DistillStep;
import io.medli.recipe.EvaluateStep;
import io.medli.recipe.Goal;
import io.medli.recipe.GoalMetric;
import io.medli.recipe.OptimizeStep;
import io.medli.recipe.PruneStep;
import io.medli.recipe.PruneStructure;
import io.medli.recipe.QuantizeMode;
import io.medli.recipe.QuantizeStep;
import io.medli.recipe.Recipe;
import io.medli.recipe.RecipeFactory;
import io.medli.recipe.Step;
import io.medli.recipe.files.RecipeFiles;
import io.medli.train.data.IdxFiles;

/**
 * New recipes with defaults that follow the model and the data around it: what Compress... proposes,
 * and the one-step recipes behind Quantize..., Prune... and Compare With.... Paths in the recipe are
 * relative to the folder the recipe is saved in.
 */
public final class RecipeTemplates {
    private static final RecipeFactory F = RecipeFactory.eINSTANCE;
    /** Calibration needs a few hundred samples, not a whole training set. */
    static final int CALIBRATION_LIMIT = 200;

    /** What the defaults were made from: the model's kind and the data found for it. */
    public record Facts(ModelKind kind, ProjectData data, Path labelled, Path images, List<String> notes) {
    }

    private RecipeTemplates() {
    }

    /**
     * Looks at {@code model} and the data under {@code projectRoot}. A 28x28 one-channel classifier
     * with no labelled data in the project gets Debian's Fashion-MNIST where it is installed.
     */
    public static Facts inspect(Path model, Path projectRoot) throws IOException {
        ModelKind kind = ModelKind.of(OnnxModel.read(model).proto());
        ProjectData data = ProjectData.find(projectRoot);
        List<String> notes = new ArrayList<>();
        notes.add(model.getFileName() + " looks like an " + kind);
        Path labelled = data.labelledSets().isEmpty() ? null : data.labelledSets().get(0);
        if (labelled == null && kind == ModelKind.CLASSIFIER && IdxFiles.present(IdxFiles.DEBIAN_FASHION_MNIST, "train")) {
            labelled = IdxFiles.DEBIAN_FASHION_MNIST;
            notes.add("no labelled data in the project: Fashion-MNIST from " + labelled + " is proposed");
        }
        Path images = data.imageFolders().isEmpty() ? null : data.imageFolders().get(0);
        if (labelled != null) notes.add("labelled data: " + labelled);
        if (images != null) notes.add("images: " + images);
        if (labelled == null && images == null) notes.add("no data found: add a calibration folder on the Overview page for int8");
        return new Facts(kind, data, labelled, images, notes);
    }

    /**
     * The full path for the model's kind. A classifier with labelled data: a distilled student, int8,
     * measured against accuracy and speed goals. An image model with images: optimized, int8,
     * measured against fidelity and speed. A sequence model: dynamic int8 (its weights are in
     * MatMuls), measured. Without data: what runs without it, and a problem marker that asks for it.
     */
    public static Recipe compress(Path recipeDir, Path model, Facts f) {
        Recipe r = base(recipeDir, model, model.getFileName().toString().replaceFirst("\\.onnx$", "") + " compressed");
        List<Step> steps = r.getSteps();
        boolean classify = f.kind() == ModelKind.CLASSIFIER && f.labelled() != null;
        if (classify) {
            r.getDataSets().add(data(recipeDir, DataRole.TRAIN, f.labelled(), true, 0));
            r.getDataSets().add(data(recipeDir, DataRole.CALIBRATION, f.labelled(), true, CALIBRATION_LIMIT));
            r.getDataSets().add(data(recipeDir, DataRole.VALIDATION, f.labelled(), true, 0));
            DistillStep d = F.createDistillStep();
            d.setName("distill");
            steps.add(d);
            steps.add(quantize(QuantizeMode.STATIC));
            r.getGoals().add(goal(GoalMetric.MAX_ACCURACY_DROP, 2, false));
        } else if (f.kind() == ModelKind.SEQUENCE) {
            steps.add(quantize(QuantizeMode.DYNAMIC));
            r.getGoals().add(goal(GoalMetric.MAX_SIZE, 0.5, true));
        } else {
            if (f.images() != null) {
                r.getDataSets().add(data(recipeDir, DataRole.CALIBRATION, f.images(), false, CALIBRATION_LIMIT));
                r.getDataSets().add(data(recipeDir, DataRole.VALIDATION, f.images(), false, 0));
            } else {
                r.getDataSets().add(data(recipeDir, DataRole.CALIBRATION, null, false, CALIBRATION_LIMIT));
            }
            OptimizeStep o = F.createOptimizeStep();
            o.setName("optimize");
            steps.add(o);
            steps.add(quantize(QuantizeMode.STATIC));
            r.getGoals().add(goal(GoalMetric.MIN_FIDELITY, 20, false));
        }
        if (r.getDataSets().stream().anyMatch(d -> d.getRole() == DataRole.VALIDATION)) steps.add(evaluate(null));
        steps.add(benchmark(null));
        r.getGoals().add(goal(GoalMetric.MIN_SPEEDUP, 1.2, false));
        return r;
    }

    /** One Quantize step (static and mixed take their calibration from {@code calibration}), then the size and speed it gave. */
    public static Recipe quantize(Path recipeDir, Path model, QuantizeMode mode, Path calibration) {
        Recipe r = base(recipeDir, model, model.getFileName() + " " + mode);
        if (calibration != null) r.getDataSets().add(data(recipeDir, DataRole.CALIBRATION, calibration, false, CALIBRATION_LIMIT));
        r.getSteps().add(quantize(mode));
        return r;
    }

    /** One Prune step at {@code ratio}. */
    public static Recipe prune(Path recipeDir, Path model, PruneStructure structure, double ratio) {
        Recipe r = base(recipeDir, model, model.getFileName() + " pruned " + ratio);
        PruneStep p = F.createPruneStep();
        p.setName("prune");
        p.setStructure(structure);
        p.setRatio(ratio);
        r.getSteps().add(p);
        return r;
    }

    /**
     * {@code model} measured against {@code reference}: fidelity (and accuracy where the data is
     * labelled) on {@code validation}, when given, and latency side by side.
     */
    public static Recipe compare(Path recipeDir, Path model, Path reference, Path validation, boolean labelled) {
        Recipe r = base(recipeDir, model, model.getFileName() + " vs " + reference.getFileName());
        String ref = relative(recipeDir, reference);
        if (validation != null) {
            r.getDataSets().add(data(recipeDir, DataRole.VALIDATION, validation, labelled, labelled ? 0 : CALIBRATION_LIMIT));
            r.getSteps().add(evaluate(ref));
        }
        r.getSteps().add(benchmark(ref));
        return r;
    }

    /** A file name beside {@code dir} that does not exist yet: {@code stem.medlirecipe}, else {@code stem-2.medlirecipe}... */
    public static Path freeName(Path dir, String stem) {
        Path p = dir.resolve(stem + "." + RecipeFiles.EXTENSION);
        for (int i = 2; Files.exists(p); i++) p = dir.resolve(stem + "-" + i + "." + RecipeFiles.EXTENSION);
        return p;
    }

    private static Recipe base(Path recipeDir, Path model, String name) {
        Recipe r = RecipeFiles.create(name);
        r.setSourceModel(relative(recipeDir, model));
        return r;
    }

    private static QuantizeStep quantize(QuantizeMode mode) {
        QuantizeStep q = F.createQuantizeStep();
        q.setName("int8");
        if (mode == QuantizeMode.FLOAT16) q.setName("float16");
        q.setMode(mode);
        return q;
    }

    private static EvaluateStep evaluate(String reference) {
        EvaluateStep e = F.createEvaluateStep();
        e.setName("evaluate");
        e.setReference(reference);
        return e;
    }

    private static BenchmarkStep benchmark(String reference) {
        BenchmarkStep b = F.createBenchmarkStep();
        b.setName("benchmark");
        b.setReference(reference);
        return b;
    }

    private static DataSet data(Path recipeDir, DataRole role, Path path, boolean labelled, int limit) {
        DataSet d = F.createDataSet();
        d.setRole(role);
        d.setPath(path == null ? "" : relative(recipeDir, path));
        d.setLabelled(labelled);
        d.setLimit(limit);
        return d;
    }

    private static Goal goal(GoalMetric m, double value, boolean relative) {
        Goal g = F.createGoal();
        g.setMetric(m);
        g.setValue(value);
        g.setRelative(relative);
        return g;
    }

    /** Relative where the file is inside the recipe's folder tree, so that the project can move; absolute otherwise. */
    static String relative(Path dir, Path p) {
        Path a = p.toAbsolutePath().normalize(), d = dir.toAbsolutePath().normalize();
        return a.startsWith(d) ? d.relativize(a).toString() : a.toString();
    }
}
