package io.medli.recipe.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import io.medli.compress.ChannelPruner;
import io.medli.compress.CompressionException;
import io.medli.compress.DynamicQuantizer;
import io.medli.compress.Float16Converter;
import io.medli.compress.GraphOptimizer;
import io.medli.compress.MagnitudePruner;
import io.medli.compress.ModelComparison;
import io.medli.compress.QuantizationPrep;
import io.medli.compress.QuantizedModel;
import io.medli.compress.StaticQuantization;
import io.medli.compress.StaticQuantizer;
import io.medli.compress.calibrate.RangeMethod;
import io.medli.compress.data.CalibrationData;
import io.medli.compress.data.CalibrationDataException;
import io.medli.onnx.OnnxModel;
import io.medli.onnx.progress.Monitor;
import io.medli.onnx.proto.ModelProto;
import io.medli.recipe.BenchmarkStep;
import io.medli.recipe.DataRole;
import io.medli.recipe.DistillStep;
import io.medli.recipe.EvaluateStep;
import io.medli.recipe.Norm;
import io.medli.recipe.OptimizeLevel;
import io.medli.recipe.OptimizeStep;
import io.medli.recipe.PruneStep;
import io.medli.recipe.PruneStructure;
import io.medli.recipe.QuantizeMode;
import io.medli.recipe.QuantizeStep;
import io.medli.recipe.RetrainStep;
import io.medli.recipe.SpecializeStep;
import io.medli.recipe.Step;

/**
 * One step of a recipe, run by the engines on the current model: what it writes goes to
 * {@code out/model.onnx}, what it measures into the outcome's metrics. The runner decides order,
 * reuse and where the folder lies.
 */
final class StepExecution {
    /** What a step made: a model (or null) and its figures and notes. */
    record Outcome(Path model, Map<String, Double> metrics, List<String> notes) {
    }

    /**
     * Everything a step reads besides its own parameters.
     *
     * @param board the board a Benchmark step measures on, or null for this machine
     */
    record Context(Path source, Path current, Path out, RecipeData data, int threads, Trainer trainer, Consumer<String> log, Monitor monitor, String board,
            Boards boards) {
    }

    private StepExecution() {
    }

    static Outcome run(Step step, Context c) throws RecipeRunException, IOException {
        try {
            return switch (step) {
                case QuantizeStep q -> quantize(q, c);
                case PruneStep p -> prune(p, c);
                case OptimizeStep o -> written(c, GraphOptimizer.optimize(read(c.current()),
                        o.getLevel() == OptimizeLevel.EXTENDED ? GraphOptimizer.Level.EXTENDED : GraphOptimizer.Level.BASIC).model(), List.of());
                case EvaluateStep e -> Evaluation.evaluate(e, c);
                case BenchmarkStep b -> Evaluation.benchmark(b, c);
                case DistillStep d -> TrainingSteps.distill(d, c);
                case SpecializeStep s -> TrainingSteps.specialize(s, c);
                case RetrainStep r -> TrainingSteps.retrain(r, c);
                default -> throw new IllegalStateException("a step of an unknown kind: " + step.eClass().getName());
            };
        } catch (CompressionException e) {
            throw new RecipeRunException(step.getName() + ": " + e.getMessage(), e);
        } catch (CalibrationDataException e) {
            throw new RecipeRunException(step.getName() + ": the data does not fit the model: " + e.getMessage(), e);
        }
    }

    private static Outcome quantize(QuantizeStep q, Context c) throws CompressionException, CalibrationDataException, IOException, RecipeRunException {
        ModelProto proto = read(c.current());
        HashSet<String> excludes = new HashSet<>(q.getExcludes());
        QuantizedModel m = switch (q.getMode()) {
            case NONE -> null;
            case DYNAMIC -> DynamicQuantizer.quantize(proto, new DynamicQuantizer.Options(true, excludes, java.util.Set.of()));
            case FLOAT16 -> Float16Converter.convert(proto, Float16Converter.Options.defaults().withKeep(excludes, java.util.Set.of()));
            case STATIC, MIXED -> {
                QuantizationPrep.Prepared p = QuantizationPrep.prepare(proto);
                CalibrationData data = c.data().open(DataRole.CALIBRATION, p.model());
                RangeMethod method = switch (q.getMethod()) {
                    case MINMAX -> new RangeMethod.MinMax();
                    case ENTROPY -> new RangeMethod.Entropy();
                    case PERCENTILE -> new RangeMethod.Percentile(q.getPercentile());
                };
                StaticQuantizer.Options o = StaticQuantizer.Options.defaults().withMethod(method).withIncludeConnecting(true)
                        .withExclude(excludes, java.util.Set.of()).withThreads(c.threads());
                StaticQuantization.Plan plan = StaticQuantization.Plan.of(o).withEqualize(q.isEqualize())
                        .withBudget(q.getMode() == QuantizeMode.MIXED ? q.getBudgetDb() : null, List.of(), StaticQuantization.Search.HEAVIEST)
                        .withRounding(StaticQuantization.Rounding.valueOf(q.getWeightRounding().name()), q.isBiasCorrection()).withThreads(c.threads());
                StaticQuantization.Result r = StaticQuantization.quantize(p.model(), data, plan, p.notes(), null, c.monitor());
                if (r.budget() != null) c.log().accept(r.budget());
                yield r.model();
            }
        };
        if (m == null) return new Outcome(null, Map.of(), List.of("quantization 'none': the model is passed on as it is"));
        List<String> notes = new ArrayList<>();
        notes.add(String.format(Locale.ROOT, "%d nodes quantized (%s); weights %.2f -> %.2f MB", m.report().quantized().size(), q.getMode().getLiteral(),
                m.report().weightBytesBefore() / 1e6, m.report().weightBytesAfter() / 1e6));
        notes.addAll(m.report().notes());
        if (!m.report().keptInFloat().isEmpty()) notes.add("kept in float: " + String.join(", ", m.report().keptInFloat()));
        return written(c, m.model(), notes);
    }

    private static Outcome prune(PruneStep p, Context c) throws CompressionException, IOException {
        ModelProto proto = read(c.current());
        HashSet<String> excludes = new HashSet<>(p.getExcludes());
        if (p.getStructure() == PruneStructure.CHANNELS) {
            ChannelPruner.Result r = ChannelPruner.prune(proto, ChannelPruner.Options.of(p.getRatio())
                    .withNorm(p.getNorm() == Norm.L2 ? ChannelPruner.Norm.L2 : ChannelPruner.Norm.L1).withExclude(excludes));
            return written(c, r.model(), List.of(ChannelPruner.summary(r)));
        }
        MagnitudePruner.Result r = MagnitudePruner.prune(proto, MagnitudePruner.Options.of(p.getRatio())
                .withScope(p.isPerLayer() ? MagnitudePruner.Scope.PER_LAYER : MagnitudePruner.Scope.GLOBAL).withExclude(excludes));
        List<String> notes = new ArrayList<>(r.notes());
        notes.add(0, r.layers().size() + " layers pruned to " + Math.round(p.getRatio() * 100) + " % zeros");
        return written(c, r.model(), notes);
    }

    private static Outcome written(Context c, ModelProto model, List<String> notes) throws IOException {
        Path out = c.out().resolve("model.onnx");
        OnnxModel.of(model).write(out);
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(Metrics.SIZE_BYTES, (double) Files.size(out));
        return new Outcome(out, m, notes);
    }

    static ModelProto read(Path model) throws IOException {
        return OnnxModel.read(model).proto();
    }
}
