package io.medli.compress;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.medli.compress.calibrate.ActivationCollector;
import io.medli.compress.calibrate.ActivationHistogram;
import io.medli.compress.calibrate.RangeMethod;
import io.medli.compress.data.CalibrationData;
import io.medli.compress.data.CalibrationDataException;
import io.medli.compress.data.DataFit;
import io.medli.onnx.progress.Monitor;
import io.medli.onnx.edit.EditException;
import io.medli.onnx.edit.ModelEdits;
import io.medli.onnx.edit.OpsetUpgrade;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.ProtoCopy;

/**
 * Static int8 quantization in QDQ format: activation ranges come from calibration data; every
 * quantized activation gets a QuantizeLinear -> DequantizeLinear pair after its producer (read by
 * all its consumers); weights are stored as int8 (per output channel or per tensor) behind a
 * DequantizeLinear, biases as int32 with scale = input scale x weight scale. ONNX Runtime fuses
 * these patterns into integer kernels (QLinearConv, QLinearAdd, ...).
 * <p>
 * ReLU and Clip nodes right after a quantized producer are folded into the quantization range of
 * their output (saturation does the clipping), as long as activations are asymmetric. Data
 * movement operators (MaxPool, Resize, Reshape, Pad, ...) give their output the parameters of
 * their input, which is what lets the runtime drop the Q/DQ pair around them.
 */
public final class StaticQuantizer {

    public enum ActivationType {
        UINT8, INT8
    }

    /**
     * @param method how activation ranges are chosen from the calibration histograms
     * @param symmetricActivations zero point in the middle of the range (else the range is fitted)
     * @param activations 8-bit type of activations (uint8 is the fast path of x86 CPUs)
     * @param perChannel one weight scale per output channel (needs opset 13; 11 and 12 are upgraded)
     * @param includeNodes when not empty, only these nodes are quantized
     * @param excludeNodes nodes left in float
     * @param excludeOps operator types left in float
     * @param threads ONNX Runtime threads for calibration (0 = its default)
     * @param includeConnecting with an include list, also the operators between included nodes
     *        (see {@link #withIncludeConnecting})
     * @param int8WeightsInFloat nodes left in float still store int8 weights (see {@link #withInt8WeightsInFloat})
     */
    public record Options(RangeMethod method, boolean symmetricActivations, ActivationType activations, boolean perChannel,
            Set<String> includeNodes, Set<String> excludeNodes, Set<String> excludeOps, int threads, boolean includeConnecting,
            boolean int8WeightsInFloat) {

        public Options(RangeMethod method, boolean symmetricActivations, ActivationType activations, boolean perChannel,
                Set<String> includeNodes, Set<String> excludeNodes, Set<String> excludeOps, int threads, boolean includeConnecting) {
            this(method, symmetricActivations, activations, perChannel, includeNodes, excludeNodes, excludeOps, threads, includeConnecting,
                    false);
        }

        public Options(RangeMethod method, boolean symmetricActivations, ActivationType activations, boolean perChannel,
                Set<String> includeNodes, Set<String> excludeNodes, Set<String> excludeOps, int threads) {
            this(method, symmetricActivations, activations, perChannel, includeNodes, excludeNodes, excludeOps, threads, false);
        }

        public static Options defaults() {
            return new Options(new RangeMethod.MinMax(), false, ActivationType.UINT8, true, Set.of(), Set.of(), Set.of(), 0);
        }

        /**
         * With an include list, also quantizes the operators between included nodes (Add, Concat,
         * pooling, Resize, Pad, ...) whose every input is already quantized: a float Add between two
         * int8 convolutions costs a dequantize and a quantize of whole feature maps, often more than
         * the int8 kernels save.
         */
        public Options withIncludeConnecting(boolean c) {
            return new Options(method, symmetricActivations, activations, perChannel, includeNodes, excludeNodes,
                    excludeOps, threads, c, int8WeightsInFloat);
        }

        public Options withMethod(RangeMethod m) {
            return new Options(m, symmetricActivations, activations, perChannel, includeNodes, excludeNodes, excludeOps,
                    threads, includeConnecting, int8WeightsInFloat);
        }

        public Options withSymmetricActivations(boolean s) {
            return new Options(method, s, activations, perChannel, includeNodes, excludeNodes, excludeOps, threads,
                    includeConnecting, int8WeightsInFloat);
        }

        public Options withActivations(ActivationType t) {
            return new Options(method, symmetricActivations, t, perChannel, includeNodes, excludeNodes, excludeOps, threads,
                    includeConnecting, int8WeightsInFloat);
        }

        public Options withPerChannel(boolean p) {
            return new Options(method, symmetricActivations, activations, p, includeNodes, excludeNodes, excludeOps,
                    threads, includeConnecting, int8WeightsInFloat);
        }

        public Options withInclude(Set<String> nodes) {
            return new Options(method, symmetricActivations, activations, perChannel, Set.copyOf(nodes), excludeNodes, excludeOps,
                    threads, includeConnecting, int8WeightsInFloat);
        }

        public Options withExclude(Set<String> nodes, Set<String> ops) {
            return new Options(method, symmetricActivations, activations, perChannel, includeNodes, Set.copyOf(nodes),
                    Set.copyOf(ops), threads, includeConnecting, int8WeightsInFloat);
        }

        public Options withThreads(int t) {
            return new Options(method, symmetricActivations, activations, perChannel, includeNodes, excludeNodes,
                    excludeOps, t, includeConnecting, int8WeightsInFloat);
        }

        /**
         * Convolutions and matrix products left in float (excluded, or by a budget search) still
         * store int8 weights, dequantized as they run: the file shrinks as if all were int8, the
         * activations of those nodes stay exact, their weights round as int8 weights do.
         */
        public Options withInt8WeightsInFloat(boolean w) {
            return new Options(method, symmetricActivations, activations, perChannel, includeNodes, excludeNodes, excludeOps, threads,
                    includeConnecting, w);
        }
    }

    /** Activation histograms of the float model, reusable for several quantizations of it. */
    public record Calibration(Map<String, ActivationHistogram> histograms, String data, boolean synthetic, int samples) {
    }

    static final Set<String> WEIGHTED = Set.of("Conv", "ConvTranspose", "MatMul", "Gemm");
    static final Set<String> ELEMENTWISE = Set.of("Add", "Mul", "Concat", "MatMul");
    static final Set<String> POOLING = Set.of("AveragePool", "GlobalAveragePool");
    /** Operators that only move or select values: their output can reuse their input's parameters. */
    static final Set<String> DATA_MOVEMENT = Set.of("MaxPool", "Resize", "Reshape", "Transpose", "Flatten", "Squeeze",
            "Unsqueeze", "Pad", "Slice", "GlobalMaxPool", "DepthToSpace", "SpaceToDepth");

    private StaticQuantizer() {
    }

    /** Calibrates on {@code data} and quantizes: the usual one-step use. */
    public static QuantizedModel quantize(ModelProto model, CalibrationData data, Options options, Monitor monitor)
            throws QuantizationException, CalibrationDataException {
        return quantize(model, calibrate(model, data, options, monitor), options);
    }

    /**
     * Runs the float model on {@code data} and records the ranges of the activations that
     * {@code options} would quantize. Data that does not fit the model is rejected before it runs.
     */
    public static Calibration calibrate(ModelProto model, CalibrationData data, Options options, Monitor monitor)
            throws QuantizationException, CalibrationDataException {
        checkOpset(model, options);
        DataFit.check(model, data);
        QuantizationPlan plan = QuantizationPlan.of(model, options);
        // shared ranges and the outputs of producers before a folded ReLU/Clip are observed too: leaving a
        // node in float later (the debugger, an exclude list) can make them quantized tensors of their own
        Set<String> observed = new LinkedHashSet<>(plan.tensors);
        for (NodeProto producer : plan.folded.values()) observed.add(producer.outputs().get(0));
        Map<String, ActivationHistogram> h = ActivationCollector.collect(model, observed, data, options.threads(), monitor);
        return new Calibration(h, data.description(), data.synthetic(), data.size());
    }

    private static void checkOpset(ModelProto model, Options options) throws QuantizationException {
        long opset = model.defaultOpset();
        if (opset < 10) {
            throw new QuantizationException("static quantization needs opset 10 or newer (QuantizeLinear); the model imports "
                    + "opset " + opset + ". Convert it to a newer opset first.");
        }
        if (opset == 10 && options.perChannel()) {
            throw new QuantizationException("per-channel weights need opset 13 and a model at opset 10 cannot be upgraded "
                    + "here; quantize per tensor, or convert the model to opset 11 or newer first");
        }
    }

    /** Quantizes a copy of {@code model} with ranges from {@code calibration}; the original is not touched. */
    public static QuantizedModel quantize(ModelProto model, Calibration calibration, Options options)
            throws QuantizationException {
        checkOpset(model, options);
        long before = DynamicQuantizer.weightBytes(model.graph());
        ModelProto copy;
        try {
            copy = options.perChannel() && model.defaultOpset() < 13 ? OpsetUpgrade.to13(model) : ProtoCopy.model(model);
        } catch (EditException e) {
            throw new QuantizationException("cannot raise the model to opset 13 for per-channel weights: " + e.getMessage()
                    + "; quantize per tensor instead");
        }
        QuantizationPlan plan = QuantizationPlan.of(copy, options);
        QdqBuilder b = new QdqBuilder(copy, plan, calibration, options);
        try {
            b.build();
        } catch (IOException e) {
            throw new QuantizationException("cannot read weights: " + e.getMessage());
        }
        ModelProto out;
        try {
            out = ModelEdits.apply(copy, ModelEdits.removeUnusedWeights());
        } catch (EditException e) {
            throw new QuantizationException(e.getMessage());
        }
        Set<String> errorsBefore = DynamicQuantizer.errors(model);
        for (String e : DynamicQuantizer.errors(out)) {
            if (!errorsBefore.contains(e)) throw new QuantizationException("quantization produced an invalid model: " + e);
        }
        List<String> notes = new ArrayList<>();
        notes.add("calibrated on " + calibration.data() + " with " + describe(options));
        if (b.saturated > 0) {
            notes.add(b.saturated + (b.saturated == 1 ? " tensor read" : " tensors read") + " only by Sigmoid, Tanh or HardSigmoid: "
                    + "int8 range cut to where those functions change");
        }
        if (Int8Kernels.reducedRange()) {
            notes.add("weights of int8 kernels in 7 bits (-63..63): this CPU (x86-64 without VNNI) adds uint8 x int8 products in 16 bits, "
                    + "which 8-bit weights overflow; set -Dmedli.int8.weightBits=8 for a model meant for a VNNI or ARM device");
        }
        if (calibration.synthetic()) {
            notes.add("WARNING: calibrated on random data, not real data - activation ranges, and so accuracy, may be far "
                    + "off; calibrate on a few hundred real samples before deploying");
        }
        if (!plan.weightOnly.isEmpty()) {
            int k = plan.weightOnly.size();
            notes.add(k + (k == 1 ? " node left in float stores" : " nodes left in float store") + " int8 weights, dequantized as they run");
        }
        if (copy.defaultOpset() != model.defaultOpset()) {
            notes.add("opset raised from " + model.defaultOpset() + " to " + copy.defaultOpset() + " for per-channel weights");
        }
        return new QuantizedModel(out, new QuantizationReport(List.copyOf(plan.quantized), List.copyOf(plan.kept), before,
                DynamicQuantizer.weightBytes(out.graph()), notes));
    }

    private static String describe(Options o) {
        String m = switch (o.method()) {
            case RangeMethod.MinMax x -> "MinMax";
            case RangeMethod.Percentile p -> "Percentile " + p.percentile();
            case RangeMethod.Entropy e -> "Entropy";
        };
        return m + " ranges, " + (o.symmetricActivations() ? "symmetric " : "asymmetric ")
                + o.activations().name().toLowerCase(java.util.Locale.ROOT) + " activations, int8 weights "
                + (o.perChannel() ? "per channel" : "per tensor");
    }


}
