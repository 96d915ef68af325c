package io.medli.compress;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 * Error-compensating weight rounding (GPTQ: Frantar et al., "OPTQ: Accurate Quantization for
 * Generative Pre-trained Transformers", 2023). Rounding each weight to its nearest int8 step makes
 * each weight's error small, not a convolution's output error: on a network whose channels were
 * equalized, the columns that read small channels round to a few steps, and the errors of one
 * output channel's weights add up over its inputs. Here the weights of every int8 convolution are
 * rounded one input column at a time (the most active inputs first), and each column's rounding
 * error is moved onto the columns not yet rounded in the proportions that cancel it on the
 * calibration data: the second moment H of the convolution's input patches, as the quantized model
 * feeds them (on its activation grids), weighs the error as the output sees it. The scales stay as
 * the quantizer chose them; only the int8 values change.
 * <p>
 * Where the convolutions' outputs lose most to their activations' rounding rather than their
 * weights', this does not help (PP-OCRv4 det: 11.3 dB before and after, docs/benchmarks.md section 19).
 */
public final class WeightRounding {
    /** Input positions per convolution and sample that enter the input statistics (evenly spaced). */
    static final int POSITIONS = 4096;
    /** Dampening of H, as a share of its mean diagonal: keeps the inverse stable where inputs correlate. */
    static final double DAMPENING = 0.01;

    /**
     * @param model the quantized model with re-rounded int8 weights
     * @param convolutions convolutions whose weights were rounded again
     * @param errorBefore summed output error of the re-rounded convolutions on the data, nearest rounding (trace of E H E^T)
     * @param errorAfter the same after error-compensating rounding
     */
    public record Result(QuantizedModel model, int convolutions, double errorBefore, double errorAfter) {
        /** Reduction of the convolutions' output error on the data, in dB. */
        public double gainDb() {
            return errorAfter <= 0 || errorBefore <= 0 ? 0 : 10 * Math.log10(errorBefore / errorAfter);
        }
    }

    private WeightRounding() {
    }

    /**
     * Re-rounds the int8 convolution weights of {@code quantized} against {@code model}, the float
     * model it was quantized from (its convolutions' outputs carry the same names in both).
     */
    public static Result round(ModelProto model, QuantizedModel quantized, CalibrationData data, int threads, Monitor monitor)
            throws QuantizationException, CalibrationDataException {
        ModelProto q = ProtoCopy.model(quantized.model());
        GraphView fv = GraphView.of(model.graph()), qv = GraphView.of(q.graph());
        Map<String, String> twins = BiasCorrection.floatTwins(model);
        Map<String, Site> sites = new LinkedHashMap<>();
        for (NodeProto n : qv.topologicalOrder()) {
            if (!n.opType().equals("Conv") || !n.domain().isEmpty()) continue;
            String twin = twins.get(n.outputs().get(0));
            NodeProto f = twin == null ? null : fv.producer(twin);
            Site s = f == null ? null : Site.of(n, f, qv, fv);
            if (s != null) sites.put(s.floatConv.outputs().get(0), s);
        }
        if (sites.isEmpty()) {
            return new Result(withNote(quantized, quantized.model(), "error-compensating weight rounding: no 2-D convolution with int8 weights "
                    + "(MatMul and Gemm weights keep nearest rounding)"), 0, 0, 0);
        }
        Map<String, List<Site>> byInput = new LinkedHashMap<>();
        for (Site s : sites.values()) byInput.computeIfAbsent(s.input, k -> new ArrayList<>()).add(s);
        // the inputs as the int8 convolutions see them: rounded to the quantized model's activation grids
        try (TensorTap tap = TensorTap.open(quantized.model(), byInput.keySet(), threads)) {
            for (int i = 0; i < data.size(); i++) {
                monitor.checkCancelled();
                monitor.progress("Weight rounding: input statistics", i, data.size() + 1);
                tap.run(data.sample(i), (name, shape, values) -> {
                    for (Site s : byInput.getOrDefault(name, List.of())) s.accumulate(shape, values);
                });
            }
        }
        monitor.progress("Weight rounding: rounding", data.size(), data.size() + 1);
        double before = 0, after = 0;
        int count = 0;
        for (Site s : sites.values()) {
            monitor.checkCancelled();
            double[] e = s.round();
            if (e == null) continue;
            before += e[0];
            after += e[1];
            count++;
        }
        double gain = new Result(quantized, count, before, after).gainDb();
        return new Result(withNote(quantized, q, String.format(Locale.ROOT,
                "error-compensating weight rounding of %d convolutions: their output error on %s %.1f dB lower", count,
                data.description(), gain)), count, before, after);
    }

    private static QuantizedModel withNote(QuantizedModel quantized, ModelProto model, String note) {
        List<String> notes = new ArrayList<>(quantized.report().notes());
        notes.add(note);
        QuantizationReport r = quantized.report();
        return new QuantizedModel(model, new QuantizationReport(r.quantized(), r.keptInFloat(), r.weightBytesBefore(), r.weightBytesAfter(), notes));
    }

    /** One convolution: its float weights, its int8 values and scales, and its inputs' second moments per group. */
    private static final class Site {
        final NodeProto floatConv;
        final String input;
        final TensorProto codes;
        final float[] weights, scales;
        final ConvPatches geometry;
        final int out, group, inPerGroup, kh, kw, levels;
        final double[][] moments;
        long patches;

        private Site(String input, NodeProto floatConv, TensorProto codes, float[] weights, float[] scales, long[] dims, int levels) {
            this.input = input;
            this.floatConv = floatConv;
            this.codes = codes;
            this.weights = weights;
            this.scales = scales;
            this.levels = levels;
            out = (int) dims[0];
            inPerGroup = (int) dims[1];
            kh = (int) dims[2];
            kw = (int) dims[3];
            geometry = new ConvPatches(floatConv, dims);
            group = geometry.group;
            int d = inPerGroup * kh * kw;
            moments = new double[group][d * d];
        }

        /**
         * A 2-D convolution whose weight is int8 behind a DequantizeLinear (per output channel or per
         * tensor), its float twin's weight an initializer of the same shape, explicit or no padding.
         */
        static Site of(NodeProto q, NodeProto f, GraphView qv, GraphView fv) throws QuantizationException {
            if (q.inputs().size() < 2 || f.inputs().size() < 2) return null;
            if (!ConvPatches.supported(f)) return null;
            NodeProto dq = qv.producer(q.input(1));
            if (dq == null || !dq.opType().equals("DequantizeLinear")) return null;
            TensorProto codes = qv.initializer(dq.input(0)), scale = qv.initializer(dq.input(1)), w = fv.initializer(f.input(1));
            if (codes == null || codes.dataType() != DataType.INT8 || codes.rawData() == null || scale == null || w == null
                    || w.dataType() != DataType.FLOAT || w.dims().length != 4 || !java.util.Arrays.equals(w.dims(), codes.dims())) {
                return null;
            }
            try {
                float[] scales = DynamicQuantizer.floats(scale), weights = DynamicQuantizer.floats(w);
                if (scales.length != 1 && scales.length != w.dims()[0]) return null;
                // an int8 kernel's weights may keep 7 bits (Int8Kernels); a float node dequantizes all 8 itself
                NodeProto in = qv.producer(q.input(0));
                int levels = in != null && in.opType().equals("DequantizeLinear") ? Int8Kernels.weightMax() : 127;
                return new Site(q.input(0), f, codes, weights, scales, w.dims(), levels);
            } catch (IOException e) {
                throw new QuantizationException("cannot read the weights of " + f.name() + ": " + e.getMessage());
            }
        }

        /** Adds the input patches of one sample (evenly spaced output positions, at most POSITIONS) to the moments. */
        void accumulate(long[] shape, float[] x) {
            int[] positions = geometry.positions(shape, POSITIONS);
            if (positions == null) return;
            int d = geometry.size();
            double[] patch = new double[d];
            for (int b = 0; b < shape[0]; b++) {
                for (int p : positions) {
                    for (int g = 0; g < group; g++) if (geometry.patch(x, shape, b, p, g, patch, 0)) addOuter(moments[g], patch, d);
                    patches++;
                }
            }
        }

        private static void addOuter(double[] m, double[] v, int d) {
            for (int i = 0; i < d; i++) {
                double a = v[i];
                if (a == 0) continue;
                int row = i * d;
                for (int j = i; j < d; j++) m[row + j] += a * v[j];
            }
        }

        /** Rounds every group's weights again; {errors before, after}, or null when there were no inputs. */
        double[] round() {
            if (patches == 0) return null;
            int d = inPerGroup * kh * kw, rowsPerGroup = out / group;
            byte[] q = new byte[weights.length];
            double before = 0, after = 0;
            for (int g = 0; g < group; g++) {
                double[] h = Cholesky.symmetric(moments[g], d, patches);
                double[] e = roundGroup(h, g * rowsPerGroup, rowsPerGroup, d, q);
                before += e[0];
                after += e[1];
            }
            codes.rawData(ByteBuffer.wrap(q).asReadOnlyBuffer());
            return new double[] { before, after };
        }

        /** GPTQ on output channels [first, first + rows) of one group, writing their codes into {@code q}. */
        private double[] roundGroup(double[] h, int first, int rows, int d, byte[] q) {
            // most active inputs first (GPTQ's act-order): their errors have the most columns left to take them
            Integer[] order = new Integer[d];
            for (int i = 0; i < d; i++) order[i] = i;
            java.util.Arrays.sort(order, (a, b) -> Double.compare(h[b * d + b], h[a * d + a]));
            double mean = 0;
            for (int i = 0; i < d; i++) mean += h[i * d + i];
            mean /= d;
            double[] hp = new double[d * d];
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) hp[i * d + j] = h[order[i] * d + order[j]];
                // an input that is always zero: its weights round to nearest, nothing to move onto it
                hp[i * d + i] += mean > 0 ? DAMPENING * mean : 1;
                if (h[order[i] * d + order[i]] == 0) hp[i * d + i] = Math.max(hp[i * d + i], 1);
            }
            double[] u = Cholesky.upperOfInverse(hp, d);
            double before = 0, after = 0;
            double[] w = new double[d], err = new double[d], nearest = new double[d];
            for (int r = first; r < first + rows; r++) {
                double s = scales[scales.length == 1 ? 0 : r];
                int base = r * d;
                for (int i = 0; i < d; i++) {
                    w[i] = weights[base + order[i]];
                    nearest[i] = w[i] - s * clamp(Math.rint(w[i] / s));
                }
                if (u == null) { // H not positive definite even after dampening: keep nearest rounding
                    for (int i = 0; i < d; i++) q[base + order[i]] = (byte) clamp(Math.rint(w[i] / s));
                    continue;
                }
                for (int i = 0; i < d; i++) {
                    double code = clamp(Math.rint(w[i] / s));
                    q[base + order[i]] = (byte) code;
                    double e = (w[i] - code * s) / u[i * d + i];
                    for (int j = i + 1; j < d; j++) w[j] -= e * u[i * d + j];
                    err[i] = weights[base + order[i]] - code * s;
                }
                before += quadratic(hp, nearest, d);
                after += quadratic(hp, err, d);
            }
            return new double[] { before, after };
        }

        private double clamp(double code) {
            return Math.max(-levels, Math.min(levels, code));
        }

        private static double quadratic(double[] h, double[] v, int d) {
            double sum = 0;
            for (int i = 0; i < d; i++) {
                double a = 0;
                for (int j = 0; j < d; j++) a += h[i * d + j] * v[j];
                sum += v[i] * a;
            }
            return sum;
        }
    }

    /** Dense Cholesky factorizations for the small matrices (one convolution group's input patches) of GPTQ. */
    static final class Cholesky {
        private Cholesky() {
        }

        /**
         * The upper triangular U with U^T U = H^-1 for a symmetric positive definite H (d x d, row
         * major), or null when H is not positive definite.
         */
        static double[] upperOfInverse(double[] h, int d) {
            double[] l = lower(h, d);
            if (l == null) return null;
            // H^-1 = L^-T L^-1: invert L (lower triangular), then multiply
            double[] li = new double[d * d];
            for (int i = 0; i < d; i++) {
                li[i * d + i] = 1 / l[i * d + i];
                for (int j = 0; j < i; j++) {
                    double s = 0;
                    for (int k = j; k < i; k++) s += l[i * d + k] * li[k * d + j];
                    li[i * d + j] = -s / l[i * d + i];
                }
            }
            double[] inv = new double[d * d];
            for (int i = 0; i < d; i++) {
                for (int j = i; j < d; j++) {
                    double s = 0;
                    for (int k = j; k < d; k++) s += li[k * d + i] * li[k * d + j];
                    inv[i * d + j] = s;
                    inv[j * d + i] = s;
                }
            }
            double[] lo = lower(inv, d);
            if (lo == null) return null;
            double[] u = new double[d * d];
            for (int i = 0; i < d; i++) for (int j = i; j < d; j++) u[i * d + j] = lo[j * d + i];
            return u;
        }

        /** The full d x d matrix of summed moments kept as an upper triangle, divided by their {@code count}. */
        static double[] symmetric(double[] upper, int d, double count) {
            double[] m = new double[d * d];
            for (int i = 0; i < d; i++) {
                for (int j = i; j < d; j++) {
                    double v = upper[i * d + j] / count;
                    m[i * d + j] = v;
                    m[j * d + i] = v;
                }
            }
            return m;
        }

        /** x with L L^T x = b, for L from {@link #lower}. */
        static double[] solve(double[] l, double[] b, int n) {
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                double s = b[i];
                for (int k = 0; k < i; k++) s -= l[i * n + k] * y[k];
                y[i] = s / l[i * n + i];
            }
            double[] x = new double[n];
            for (int i = n - 1; i >= 0; i--) {
                double s = y[i];
                for (int k = i + 1; k < n; k++) s -= l[k * n + i] * x[k];
                x[i] = s / l[i * n + i];
            }
            return x;
        }

        /** Lower triangular L with L L^T = H, or null when H is not positive definite. */
        static double[] lower(double[] h, int d) {
            double[] l = new double[d * d];
            for (int j = 0; j < d; j++) {
                double s = h[j * d + j];
                for (int k = 0; k < j; k++) s -= l[j * d + k] * l[j * d + k];
                if (!(s > 0)) return null;
                double diag = Math.sqrt(s);
                l[j * d + j] = diag;
                for (int i = j + 1; i < d; i++) {
                    double t = h[i * d + j];
                    for (int k = 0; k < j; k++) t -= l[i * d + k] * l[j * d + k];
                    l[i * d + j] = t / diag;
                }
            }
            return l;
        }
    }
}
