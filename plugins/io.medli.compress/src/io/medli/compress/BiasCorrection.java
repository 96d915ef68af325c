package io.medli.compress;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.medli.compress.calibrate.TensorTap;
import io.medli.compress.data.CalibrationData;
import io.medli.compress.data.CalibrationDataException;
import io.medli.onnx.graph.GraphView;
import io.medli.onnx.progress.Monitor;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.ProtoCopy;
import io.medli.onnx.proto.TensorProto;

/**
 * Empirical bias correction (Nagel et al., "Data-Free Quantization", 2019): rounding moves the mean
 * of a convolution's output channels - a channel whose values sit within one step of zero is
 * rounded to zero, a kernel's rounding error times an input that hard-swish or ReLU keeps positive
 * does not average out - and the shifts add up through the network. The mean of every int8
 * convolution's output channels is measured on the data, in the float model and in the quantized
 * one (run in float on its rounded values, as the integer kernels compute it), and the difference
 * is taken out of the quantized model's int32 bias. Convolutions are corrected in order of depth,
 * each measured with all those before it already corrected: corrected all at once, the upstream
 * corrections change the downstream shifts and the corrections overshoot. The corrections are kept
 * down to the depth where the outputs on the data came closest to the float ones; where no depth
 * helps, the model is returned as it was.
 */
public final class BiasCorrection {

    /**
     * @param model the quantized model with corrected biases
     * @param convolutions convolutions whose bias was corrected (0: none helped, the model is the one given)
     * @param sqnrBefore worst output SQNR of the quantized model before correction, on the data (dB)
     * @param sqnrAfter the same after correction (never below before)
     */
    public record Result(QuantizedModel model, int convolutions, double sqnrBefore, double sqnrAfter) {
    }

    private BiasCorrection() {
    }

    /**
     * Corrects the int32 biases of {@code quantized}'s convolutions against {@code model}, the float
     * model it was quantized from (the convolutions' outputs carry the same names in both).
     */
    public static Result correct(ModelProto model, QuantizedModel quantized, CalibrationData data, int threads, Monitor monitor)
            throws QuantizationException, CalibrationDataException {
        ModelProto q = ProtoCopy.model(quantized.model());
        TreeMap<Integer, List<String>> levels = levels(model, q);
        List<String> outputs = new ArrayList<>();
        model.graph().outputs().forEach(v -> outputs.add(v.name()));
        Set<String> all = new LinkedHashSet<>();
        levels.values().forEach(all::addAll);
        if (all.isEmpty()) return new Result(quantized, 0, Double.NaN, Double.NaN);
        int steps = levels.size() + 2, step = 0;
        Map<String, String> twins = floatTwins(model);
        Set<String> floatTaps = new LinkedHashSet<>();
        for (String t : all) floatTaps.add(twins.get(t));
        Means reference = means(model, floatTaps, outputs, null, data, threads, monitor, "the float model", step++, steps);
        for (String t : all) reference.channels.put(t, reference.channels.get(twins.get(t)));
        // each pass measures the outputs with the depths before it corrected: the best of these states is kept,
        // as a late correction can cost more than it gains (a mean matched before a sigmoid, say)
        double before = Double.NaN, best = Double.NEGATIVE_INFINITY;
        ModelProto bestModel = null;
        int corrected = 0, bestCorrected = 0;
        for (List<String> level : levels.values()) {
            Means m = means(q, new LinkedHashSet<>(level), outputs, reference, data, threads, monitor,
                    "convolutions at depth " + step, step++, steps);
            if (Double.isNaN(before)) before = m.sqnr();
            if (m.sqnr() > best) {
                best = m.sqnr();
                bestModel = ProtoCopy.model(q);
                bestCorrected = corrected;
            }
            try {
                corrected += shiftBiases(q, level, reference, m);
            } catch (IOException e) {
                throw new QuantizationException("cannot read a convolution's bias: " + e.getMessage());
            }
        }
        double last = means(q, Set.of(), outputs, reference, data, threads, monitor, "the corrected model", step, steps).sqnr();
        if (last > best) {
            best = last;
            bestModel = q;
            bestCorrected = corrected;
        }
        if (bestCorrected == 0) return new Result(quantized, 0, before, before);
        List<String> notes = new ArrayList<>(quantized.report().notes());
        notes.add(String.format(java.util.Locale.ROOT, "bias correction of %d convolutions%s: worst output SQNR on %s %.2f -> %.2f dB",
                bestCorrected, bestCorrected < corrected ? " (of " + corrected + "; correcting the deeper ones lost SQNR)" : "",
                data.description(), before, best));
        QuantizationReport r = quantized.report();
        return new Result(new QuantizedModel(bestModel, new QuantizationReport(r.quantized(), r.keptInFloat(), r.weightBytesBefore(),
                r.weightBytesAfter(), notes)), bestCorrected, before, best);
    }

    /**
     * The quantized model's convolutions with rounded weights, an int32 bias and a float twin in
     * {@code model}, grouped by how many such convolutions lie on the longest path before them.
     */
    static TreeMap<Integer, List<String>> levels(ModelProto model, ModelProto quantized) {
        Map<String, String> twins = floatTwins(model);
        GraphView qv = GraphView.of(quantized.graph());
        Map<String, Integer> depth = new HashMap<>();
        TreeMap<Integer, List<String>> levels = new TreeMap<>();
        for (NodeProto n : qv.topologicalOrder()) {
            int d = 0;
            for (String in : qv.allInputs(n)) d = Math.max(d, depth.getOrDefault(in, 0));
            if (n.opType().equals("Conv") && n.domain().isEmpty() && corrigible(n, qv) && twins.containsKey(n.outputs().get(0))) {
                d++;
                levels.computeIfAbsent(d, k -> new ArrayList<>()).add(n.outputs().get(0));
            }
            for (String out : n.outputs()) depth.put(out, d);
        }
        return levels;
    }

    /**
     * Float tensor that a quantized convolution's output stands for, by the quantized output's name:
     * the Conv's own output, or where the quantizer folded a Relu or Clip after it into the output's
     * range (the quantized Conv then writes the Relu's output name), the Conv's output before it.
     */
    static Map<String, String> floatTwins(ModelProto model) {
        GraphView view = GraphView.of(model.graph());
        Map<String, String> twins = new HashMap<>();
        for (NodeProto n : model.graph().nodes()) {
            if (!n.domain().isEmpty()) continue;
            String out = n.outputs().get(0);
            if (n.opType().equals("Conv")) {
                twins.putIfAbsent(out, out);
            } else if ((n.opType().equals("Relu") || n.opType().equals("Clip")) && !n.inputs().isEmpty()) {
                NodeProto p = view.producer(n.input(0));
                if (p != null && p.opType().equals("Conv") && p.domain().isEmpty()) twins.put(out, n.input(0));
            }
        }
        return twins;
    }

    /** Rounded weights, and a bias of int32 values behind a DequantizeLinear of one scale per channel or one in all. */
    private static boolean corrigible(NodeProto conv, GraphView view) {
        if (conv.inputs().size() < 3) return false;
        NodeProto w = view.producer(conv.input(1)), b = view.producer(conv.input(2));
        if (w == null || !w.opType().equals("DequantizeLinear") || b == null || !b.opType().equals("DequantizeLinear")) return false;
        TensorProto values = view.initializer(b.input(0)), scale = view.initializer(b.input(1));
        return values != null && values.dataType() == DataType.INT32 && values.rawData() != null && values.dims().length == 1
                && scale != null && scale.dataType() == DataType.FLOAT;
    }

    /** Takes each channel's mean shift (quantized minus float) out of the int32 bias of the Conv that makes it. */
    private static int shiftBiases(ModelProto q, List<String> tensors, Means reference, Means quantized) throws IOException {
        GraphView view = GraphView.of(q.graph());
        int count = 0;
        for (String y : tensors) {
            NodeProto conv = view.producer(y);
            double[] f = reference.channels.get(y), m = quantized.channels.get(y);
            if (conv == null || f == null || m == null || f.length != m.length) continue;
            NodeProto dq = view.producer(conv.input(2));
            TensorProto values = view.initializer(dq.input(0));
            float[] scales = DynamicQuantizer.floats(view.initializer(dq.input(1)));
            ByteBuffer raw = values.rawData().order(ByteOrder.LITTLE_ENDIAN);
            int channels = raw.remaining() / 4;
            if (channels != f.length) continue;
            ByteBuffer shifted = ByteBuffer.allocate(channels * 4).order(ByteOrder.LITTLE_ENDIAN);
            for (int c = 0; c < channels; c++) {
                double s = scales[scales.length == 1 ? 0 : c];
                double v = raw.getInt() - Math.rint((m[c] - f[c]) / s);
                shifted.putInt((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v)));
            }
            shifted.flip();
            values.rawData(shifted);
            count++;
        }
        return count;
    }

    /** Per-channel means of the tapped tensors over the data, and the outputs' SQNR against a reference. */
    private static final class Means {
        final Map<String, double[]> channels = new HashMap<>();
        final Map<String, ErrorSums> errors = new HashMap<>();
        final List<Map<String, float[]>> outputs = new ArrayList<>();

        double sqnr() {
            double worst = Double.POSITIVE_INFINITY;
            for (ErrorSums e : errors.values()) worst = Math.min(worst, e.sqnr());
            return worst;
        }
    }

    private static Means means(ModelProto model, Set<String> convs, List<String> outputs, Means reference, CalibrationData data,
            int threads, Monitor monitor, String what, int step, int steps) throws QuantizationException, CalibrationDataException {
        Means m = new Means();
        Map<String, Long> counts = new HashMap<>();
        Set<String> taps = new LinkedHashSet<>(convs);
        taps.addAll(outputs);
        try (TensorTap tap = TensorTap.open(model, taps, threads)) {
            for (int i = 0; i < data.size(); i++) {
                monitor.checkCancelled();
                monitor.progress("Bias correction: " + what, step * data.size() + i, steps * data.size());
                Map<String, float[]> outs = new HashMap<>();
                int sample = i;
                tap.run(data.sample(i), (name, shape, values) -> {
                    if (outputs.contains(name)) {
                        // the reference keeps its outputs (one per sample) to measure the quantized models against
                        if (reference == null) outs.put(name, values);
                        else m.errors.computeIfAbsent(name, k -> new ErrorSums()).add(reference.outputs.get(sample).get(name), values);
                    }
                    if (shape.length < 2 || !convs.contains(name)) return;
                    int c = (int) shape[1];
                    int inner = (int) (values.length / Math.max(1, shape[0] * c));
                    double[] sum = m.channels.computeIfAbsent(name, k -> new double[c]);
                    for (int n = 0; n < shape[0]; n++) {
                        for (int ch = 0; ch < c; ch++) {
                            double s = 0;
                            int off = (n * c + ch) * inner;
                            for (int k = 0; k < inner; k++) s += values[off + k];
                            sum[ch] += s;
                        }
                    }
                    counts.merge(name, shape[0] * (long) inner, Long::sum);
                });
                if (reference == null) m.outputs.add(outs);
            }
        }
        for (var e : m.channels.entrySet()) {
            long n = counts.get(e.getKey());
            for (int c = 0; c < e.getValue().length; c++) e.getValue()[c] /= n;
        }
        return m;
    }
}
