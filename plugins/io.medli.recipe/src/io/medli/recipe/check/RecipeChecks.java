package io.medli.recipe.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.medli.recipe.BenchmarkStep;
import io.medli.recipe.DataRole;
import io.medli.recipe.DataSet;
import io.medli.recipe.DistillStep;
import io.medli.recipe.EvaluateStep;
import io.medli.recipe.Goal;
import io.medli.recipe.MeasureStep;
import io.medli.recipe.GoalMetric;
import io.medli.recipe.PruneStep;
import io.medli.recipe.PruneStructure;
import io.medli.recipe.QuantizeMode;
import io.medli.recipe.QuantizeStep;
import io.medli.recipe.Recipe;
import io.medli.recipe.RecipePackage;
import io.medli.recipe.RetrainStep;
import io.medli.recipe.SpecializeStep;
import io.medli.recipe.Step;
import io.medli.recipe.Target;
import io.medli.recipe.TargetKind;
import io.medli.recipe.Variant;

/**
 * The rules a recipe must follow before it runs, as an EMF validator: EMF's own structural checks,
 * then parameter ranges, step order, files that exist, labels where a step needs them, and data for
 * each step. Each diagnostic's data holds the object and the feature at fault, so the editor can put
 * a marker on it and select it. Paths are resolved against {@link #BASE_DIR} in the context.
 */
public final class RecipeChecks extends EObjectValidator {
    public static final String SOURCE = "io.medli.recipe";
    /** Context key: the folder relative paths are resolved against (the recipe's folder), a {@link Path}. */
    public static final String BASE_DIR = "io.medli.recipe.baseDir";

    /** Problem codes, stable for quick fixes and tests. */
    public static final int NO_SOURCE = 1, MISSING_FILE = 2, RANGE = 3, ORDER = 4, NO_DATA = 5, NO_LABELS = 6, DUPLICATE_NAME = 7,
            BAD_VARIANT = 8, NO_STEPS = 9, NO_BOARD = 10, BAD_VALUE = 11, DATA_FIT = 12,
            NOT_MEASURED = 13;

    public static final RecipeChecks INSTANCE = new RecipeChecks();

    private static final RecipePackage P = RecipePackage.eINSTANCE;

    /** Every problem of {@code recipe}, paths resolved against {@code baseDir}. */
    public static Diagnostic check(Recipe recipe, Path baseDir) {
        EValidatorRegistryImpl registry = new EValidatorRegistryImpl();
        registry.put(P, INSTANCE);
        Diagnostician d = new Diagnostician(registry);
        Map<Object, Object> context = d.createDefaultContext();
        context.put(BASE_DIR, baseDir);
        BasicDiagnostic chain = d.createDefaultDiagnostic(recipe);
        d.validate(recipe, chain, context);
        return chain;
    }

    @Override
    public boolean validate(EClass eClass, EObject o, DiagnosticChain d, Map<Object, Object> context) {
        boolean ok = super.validate(eClass, o, d, context);
        Path base = context == null ? null : (Path) context.get(BASE_DIR);
        Problems p = new Problems(d);
        if (o instanceof Recipe r) recipe(r, base, p);
        else if (o instanceof DataSet s) dataSet(s, base, p);
        else if (o instanceof Target t) target(t, p);
        else if (o instanceof Goal g) goal(g, p);
        else if (o instanceof Variant v) variant(v, p);
        else if (o instanceof Step s) step(s, p);
        return ok && p.errors == 0;
    }

    private static void recipe(Recipe r, Path base, Problems p) {
        if (blank(r.getSourceModel())) p.error(NO_SOURCE, r, P.getRecipe_SourceModel(), "no source model: name the .onnx file to start from");
        else if (base != null && !Files.isRegularFile(base.resolve(r.getSourceModel()))) {
            p.error(MISSING_FILE, r, P.getRecipe_SourceModel(), "the source model " + r.getSourceModel() + " does not exist");
        }
        if (r.getSteps().isEmpty()) p.warning(NO_STEPS, r, P.getRecipe_Steps(), "the recipe has no steps: add Quantize, Prune or Distill");
        measured(r, p);
        Set<String> names = new HashSet<>();
        for (Step s : r.getSteps()) {
            if (s instanceof MeasureStep m && !blank(m.getReference()) && base != null && !Files.isRegularFile(base.resolve(m.getReference()))) {
                p.error(MISSING_FILE, s, P.getMeasureStep_Reference(), "the reference model " + m.getReference() + " of step '" + s.getName() + "' does not exist");
            }
            if (!blank(s.getName()) && !names.add(s.getName())) {
                p.error(DUPLICATE_NAME, s, P.getStep_Name(), "two steps are named '" + s.getName() + "': step names must be unique");
            }
        }
        order(r, p);
        data(r, p);
        if (base != null && !blank(r.getSourceModel()) && Files.isRegularFile(base.resolve(r.getSourceModel()))) {
            fit(r, base.resolve(r.getSourceModel()), p);
        }
    }

    /** An image size that a model with a fixed input size would ignore: the user meant something else. */
    private static void fit(Recipe r, Path model, Problems p) {
        long[] hw = ModelInputs.fixedImageSize(model);
        if (hw == null) return;
        for (DataSet d : r.getDataSets()) {
            if (d.getWidth() > 0 && d.getHeight() > 0 && (d.getWidth() != hw[1] || d.getHeight() != hw[0])) {
                p.error(DATA_FIT, d, P.getDataSet_Width(), String.format("the model takes %dx%d images, the %s data resizes them to %dx%d: "
                        + "set %dx%d or leave the size empty", hw[1], hw[0], d.getRole().getLiteral(), d.getWidth(), d.getHeight(), hw[1], hw[0]));
            }
        }
    }

    /** Training after quantization would train the int8 model's float twin and lose the grids; prune before quantizing too. */
    private static void order(Recipe r, Problems p) {
        Step quantize = null;
        for (Step s : enabled(r)) {
            boolean changesWeights = s instanceof DistillStep || s instanceof SpecializeStep || s instanceof RetrainStep || s instanceof PruneStep;
            if (quantize != null && changesWeights) {
                p.error(ORDER, s, null, label(s) + " comes after " + label(quantize) + ": it would change the weights that quantization rounded; "
                        + "move it before the quantization");
            }
            if (s instanceof QuantizeStep q && q.getMode() != QuantizeMode.NONE) {
                if (quantize != null) p.error(ORDER, s, null, label(s) + " quantizes a model that " + label(quantize) + " already quantized: keep one");
                else quantize = s;
            }
        }
    }

    private static void data(Recipe r, Problems p) {
        for (Step s : enabled(r)) {
            if (s instanceof QuantizeStep q && (q.getMode() == QuantizeMode.STATIC || q.getMode() == QuantizeMode.MIXED)) {
                need(r, DataRole.CALIBRATION, false, s, "static quantization needs calibration data: add a data set with the role 'calibration'", p);
            }
            if (s instanceof EvaluateStep) need(r, DataRole.VALIDATION, false, s, "evaluation needs validation data: add a data set with the role 'validation'", p);
            if (s instanceof DistillStep || s instanceof SpecializeStep) {
                need(r, DataRole.TRAIN, true, s, label(s) + " needs labelled training data: add a data set with the role 'train' and mark it labelled", p);
            }
            if (s instanceof RetrainStep) need(r, DataRole.TRAIN, false, s, "retraining needs training data (labels are not needed): add a data set with the role 'train'", p);
        }
    }

    private static void need(Recipe r, DataRole role, boolean labelled, Step s, String message, Problems p) {
        boolean any = false;
        for (DataSet d : r.getDataSets()) {
            if (d.getRole() == role) {
                any = true;
                if (!labelled || d.isLabelled()) return;
            }
        }
        p.error(any ? NO_LABELS : NO_DATA, s, null, message);
    }

    private static void dataSet(DataSet s, Path base, Problems p) {
        if (blank(s.getPath())) p.error(MISSING_FILE, s, P.getDataSet_Path(), "the " + s.getRole() + " data set names no folder");
        else if (base != null && !Files.exists(base.resolve(s.getPath()))) {
            p.error(MISSING_FILE, s, P.getDataSet_Path(), "the " + s.getRole() + " data " + s.getPath() + " does not exist");
        }
        if (s.getWidth() < 0 || s.getHeight() < 0) p.error(RANGE, s, P.getDataSet_Width(), "image sizes cannot be negative");
        if (s.getWidth() > 0 != s.getHeight() > 0) p.error(RANGE, s, P.getDataSet_Width(), "give both width and height, or neither (the input's size)");
        if (!(s.getScale() > 0)) p.error(RANGE, s, P.getDataSet_Scale(), "the pixel scale must be positive, e.g. 0.00392 (1/255)");
        triple(s, P.getDataSet_Mean(), s.getMean(), p);
        triple(s, P.getDataSet_Std(), s.getStd(), p);
        if (s.getLimit() < 0) p.error(RANGE, s, P.getDataSet_Limit(), "the sample limit cannot be negative (0: all samples)");
    }

    private static void triple(DataSet s, EAttribute f, String v, Problems p) {
        if (blank(v)) return;
        String[] parts = v.split(",");
        boolean ok = parts.length == 3;
        for (int i = 0; ok && i < 3; i++) {
            try {
                double x = Double.parseDouble(parts[i].trim());
                ok = Double.isFinite(x) && (f != P.getDataSet_Std() || x > 0);
            } catch (NumberFormatException e) {
                ok = false;
            }
        }
        if (!ok) p.error(BAD_VALUE, s, f, f.getName() + " is three numbers R,G,B" + (f == P.getDataSet_Std() ? ", each above 0" : "") + ", got '" + v + "'");
    }

    private static void target(Target t, Problems p) {
        if (t.getKind() == TargetKind.BOARD && (t.getBoard() == null || t.getBoard().isBlank())) {
            p.error(NO_BOARD, t, P.getTarget_Board(), "name the board the Benchmark steps measure on (one of the Boards view, or 'medli board list')");
        }
        if (t.getThreads() < 0) p.error(RANGE, t, P.getTarget_Threads(), "threads cannot be negative (0: ONNX Runtime's default)");
    }

    /** A peak-memory goal needs a Benchmark step that measures memory (it starts a process per model, so it is asked for). */
    private static void measured(Recipe r, Problems p) {
        boolean memoryGoal = r.getGoals().stream().anyMatch(g -> g.getMetric() == GoalMetric.MAX_PEAK_MEMORY);
        if (!memoryGoal) return;
        List<BenchmarkStep> benchmarks = enabled(r).stream().filter(BenchmarkStep.class::isInstance).map(BenchmarkStep.class::cast).toList();
        if (benchmarks.stream().anyMatch(BenchmarkStep::isMemory)) return;
        if (benchmarks.isEmpty()) {
            p.warning(NOT_MEASURED, r, P.getRecipe_Goals(), "the peak-memory goal cannot be judged: add a Benchmark step and set its memory option");
        } else {
            BenchmarkStep b = benchmarks.get(benchmarks.size() - 1);
            p.warning(NOT_MEASURED, b, P.getBenchmarkStep_Memory(), "the peak-memory goal cannot be judged: set the memory option of step '" + b.getName() + "'");
        }
    }

    private static void goal(Goal g, Problems p) {
        double v = g.getValue();
        GoalMetric m = g.getMetric();
        boolean ok = switch (m) {
            case MIN_FIDELITY -> v > 0 && v <= 100;
            case MAX_ACCURACY_DROP -> v >= 0 && v <= 100;
            case MIN_SPEEDUP -> v > 0;
            case MAX_LATENCY, MAX_PEAK_MEMORY -> v > 0;
            case MAX_SIZE -> g.isRelative() ? v > 0 && v <= 1 : v > 0;
        };
        if (!ok) {
            String range = switch (m) {
                case MIN_FIDELITY -> "an SQNR in dB between 0 and 100";
                case MAX_ACCURACY_DROP -> "a drop in percentage points between 0 and 100";
                case MIN_SPEEDUP -> "a factor above 0, e.g. 1.5";
                case MAX_SIZE -> g.isRelative() ? "a fraction of the source model's size in (0, 1], e.g. 0.4" : "a size in MB above 0";
                default -> "a value above 0";
            };
            p.error(RANGE, g, P.getGoal_Value(), "goal " + m.getLiteral() + ": " + v + " is not " + range);
        }
    }

    private static void variant(Variant v, Problems p) {
        Step s = v.getStep();
        if (s == null) return; // EMF's own multiplicity check reports it
        EStructuralFeature f = blank(v.getParameter()) ? null : s.eClass().getEStructuralFeature(v.getParameter());
        if (!(f instanceof EAttribute a) || a == P.getStep_Name()) {
            p.error(BAD_VARIANT, v, P.getVariant_Parameter(), "'" + v.getParameter() + "' is not a parameter of " + label(s) + "; it has "
                    + String.join(", ", parameters(s.eClass())));
            return;
        }
        if (v.getValues().isEmpty()) p.error(BAD_VARIANT, v, P.getVariant_Values(), "the variant of " + label(s) + "." + a.getName() + " lists no values");
        EDataType type = a.getEAttributeType();
        for (String value : v.getValues()) {
            try {
                Object parsed = EcoreUtil.createFromString(type, value.trim());
                if (parsed == null) throw new IllegalArgumentException();
                EObject probe = EcoreUtil.copy(s);
                probe.eSet(a, a.isMany() ? List.of(parsed) : parsed);
                Problems inner = new Problems(new BasicDiagnostic());
                step((Step) probe, inner);
                if (inner.errors > 0) throw new IllegalArgumentException(inner.first);
            } catch (RuntimeException e) {
                p.error(BAD_VARIANT, v, P.getVariant_Values(), "value '" + value + "' does not fit " + label(s) + "." + a.getName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            }
        }
    }

    private static List<String> parameters(EClass c) {
        return c.getEAllAttributes().stream().filter(a -> a != P.getStep_Name() && a != P.getStep_Enabled()).map(EAttribute::getName).toList();
    }

    private static void step(Step s, Problems p) {
        if (blank(s.getName())) p.error(BAD_VALUE, s, P.getStep_Name(), "a step needs a name (variants and runs refer to it)");
        if (s instanceof PruneStep x) {
            double max = x.getStructure() == PruneStructure.CHANNELS ? 0.9 : 0.99;
            if (!(x.getRatio() > 0 && x.getRatio() <= max)) {
                p.error(RANGE, s, P.getPruneStep_Ratio(), "prune ratio " + x.getRatio() + " is outside (0, " + max + "]");
            }
        } else if (s instanceof QuantizeStep x) {
            if (!(x.getPercentile() > 50 && x.getPercentile() <= 100)) p.error(RANGE, s, P.getQuantizeStep_Percentile(), "percentile is in (50, 100], e.g. 99.99");
            if (x.getMode() == QuantizeMode.MIXED && !(x.getBudgetDb() > 0 && x.getBudgetDb() <= 80)) {
                p.error(RANGE, s, P.getQuantizeStep_BudgetDb(), "the SQNR budget is in (0, 80] dB, e.g. 25");
            }
        } else if (s instanceof DistillStep x) {
            positive(s, P.getDistillStep_Epochs(), x.getEpochs(), p);
            if (!(x.getTemperature() > 0)) p.error(RANGE, s, P.getDistillStep_Temperature(), "the temperature must be above 0, e.g. 4");
            if (!(x.getAlpha() >= 0 && x.getAlpha() <= 1)) p.error(RANGE, s, P.getDistillStep_Alpha(), "alpha weighs the teacher's loss, in [0, 1]");
        } else if (s instanceof SpecializeStep x) {
            positive(s, P.getSpecializeStep_Epochs(), x.getEpochs(), p);
            if (blank(x.getCut())) p.error(BAD_VALUE, s, P.getSpecializeStep_Cut(), "name the tensor where the backbone is cut");
        } else if (s instanceof RetrainStep x) {
            positive(s, P.getRetrainStep_Epochs(), x.getEpochs(), p);
            positive(s, P.getRetrainStep_Batch(), x.getBatch(), p);
            if (!(x.getLearningRate() > 0 && x.getLearningRate() < 1)) p.error(RANGE, s, P.getRetrainStep_LearningRate(), "the learning rate is in (0, 1), e.g. 0.001");
        } else if (s instanceof BenchmarkStep x) {
            positive(s, P.getBenchmarkStep_Rounds(), x.getRounds(), p);
            if (x.getWarmup() < 0) p.error(RANGE, s, P.getBenchmarkStep_Warmup(), "warm-up runs cannot be negative");
        }
    }

    private static void positive(Step s, EAttribute f, int v, Problems p) {
        if (v < 1) p.error(RANGE, s, f, f.getName() + " must be at least 1, got " + v);
    }

    private static List<Step> enabled(Recipe r) {
        return r.getSteps().stream().filter(Step::isEnabled).toList();
    }

    private static String label(Step s) {
        String kind = s.eClass().getName().replace("Step", "");
        return blank(s.getName()) ? kind : kind + " '" + s.getName() + "'";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Collects diagnostics with the object and feature at fault as their data. */
    private static final class Problems {
        private final DiagnosticChain chain;
        int errors;
        String first;

        Problems(DiagnosticChain chain) {
            this.chain = chain;
        }

        void error(int code, EObject o, EStructuralFeature f, String message) {
            errors++;
            if (first == null) first = message;
            add(Diagnostic.ERROR, code, o, f, message);
        }

        void warning(int code, EObject o, EStructuralFeature f, String message) {
            add(Diagnostic.WARNING, code, o, f, message);
        }

        private void add(int severity, int code, EObject o, EStructuralFeature f, String message) {
            if (chain != null) chain.add(new BasicDiagnostic(severity, SOURCE, code, message, f == null ? new Object[] { o } : new Object[] { o, f }));
        }
    }
}
