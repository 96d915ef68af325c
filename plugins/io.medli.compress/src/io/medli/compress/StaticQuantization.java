package io.medli.compress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import io.medli.compress.data.CalibrationData;
import io.medli.compress.data.CalibrationDataException;
import io.medli.onnx.progress.Monitor;
import io.medli.onnx.proto.ModelProto;

/**
 * Static int8 from a prepared model, as {@code medli quantize --static} and a recipe's Quantize
 * step do it: channel equalization, calibration, one quantization or a budget search, then the
 * weight rounding and bias correction asked for. One sequence, so that the command line and the
 * recipes cannot drift apart.
 */
public final class StaticQuantization {
    public enum Search {
        HEAVIEST, NOISIEST, SENSITIVE
    }

    public enum Rounding {
        NEAREST, GPTQ, REFIT
    }

    /**
     * @param budgetDb null for plain int8; else the SQNR the budget search keeps on the data
     * @param budgetTensors where the budget applies (empty: every output)
     */
    public record Plan(StaticQuantizer.Options options, boolean equalize, Double budgetDb, List<String> budgetTensors, Search search,
            Rounding rounding, boolean biasCorrection, int threads) {
        public Plan {
            budgetTensors = List.copyOf(budgetTensors);
            if (search == null) search = Search.HEAVIEST;
            if (rounding == null) rounding = Rounding.NEAREST;
        }

        public static Plan of(StaticQuantizer.Options options) {
            return new Plan(options, false, null, List.of(), Search.HEAVIEST, Rounding.NEAREST, false, 0);
        }

        public Plan withEqualize(boolean e) {
            return new Plan(options, e, budgetDb, budgetTensors, search, rounding, biasCorrection, threads);
        }

        public Plan withBudget(Double db, List<String> tensors, Search s) {
            return new Plan(options, equalize, db, tensors, s, rounding, biasCorrection, threads);
        }

        public Plan withRounding(Rounding r, boolean bias) {
            return new Plan(options, equalize, budgetDb, budgetTensors, search, r, bias, threads);
        }

        public Plan withThreads(int t) {
            return new Plan(options, equalize, budgetDb, budgetTensors, search, rounding, biasCorrection, t);
        }
    }

    /**
     * @param model the int8 model, its report carrying the notes of every stage
     * @param budget the budget search's outcome in one line, or null without a budget
     */
    public record Result(QuantizedModel model, String budget) {
    }

    private StaticQuantization() {
    }

    /**
     * Quantizes {@code prepared} (see {@link QuantizationPrep}); {@code notes} are put first in the
     * report. {@code floatModel} receives the float model the int8 one is made from (equalized where
     * asked), e.g. to write it as the student of quantization-aware training; it may be null.
     */
    public static Result quantize(ModelProto prepared, CalibrationData data, Plan plan, List<String> notes, Consumer<ModelProto> floatModel,
            Monitor monitor) throws QuantizationException, CalibrationDataException {
        List<String> all = new ArrayList<>(notes);
        ModelProto proto = prepared;
        if (plan.equalize()) {
            ChannelEqualization.Result e = ChannelEqualization.equalize(proto, data, plan.threads(), monitor);
            proto = e.model();
            all.add(e.note());
        }
        if (floatModel != null) floatModel.accept(proto);
        StaticQuantizer.Options o = plan.options();
        StaticQuantizer.Calibration c = StaticQuantizer.calibrate(proto, data, o, monitor);
        if (plan.budgetDb() == null) return new Result(corrected(proto, StaticQuantizer.quantize(proto, c, o), data, plan, monitor).withNotes(all), null);
        double db = plan.budgetDb();
        QuantizationDebugger.BudgetResult r = switch (plan.search()) {
            case NOISIEST -> QuantizationDebugger.meetBudget(proto, c, o, data, db, plan.budgetTensors(), 200, monitor);
            case SENSITIVE -> QuantizationSensitivity.meetBudget(proto, c, o, data, db, plan.budgetTensors(), monitor);
            case HEAVIEST -> QuantizationDebugger.quantizeHeaviestFirst(proto, c, o, data, db, plan.budgetTensors(), monitor);
        };
        String line = String.format(Locale.ROOT, "SQNR budget %.1f dB %s: worst %.1f dB with %d nodes left in float%s", db,
                r.met() ? "met" : "NOT met", r.outputSqnr(), r.excluded().size(),
                r.excluded().isEmpty() ? "" : " (" + String.join(", ", r.excluded()) + ")");
        return new Result(corrected(proto, r.model(), data, plan, monitor).withNotes(all), line);
    }

    private static QuantizedModel corrected(ModelProto proto, QuantizedModel q, CalibrationData data, Plan plan, Monitor monitor)
            throws QuantizationException, CalibrationDataException {
        if (plan.rounding() == Rounding.GPTQ) q = WeightRounding.round(proto, q, data, plan.threads(), monitor).model();
        if (plan.rounding() == Rounding.REFIT) q = WeightRefit.refit(proto, q, data, plan.threads(), monitor).model();
        return plan.biasCorrection() ? BiasCorrection.correct(proto, q, data, plan.threads(), monitor).model() : q;
    }
}
