package io.medli.compress;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Map;

import io.medli.onnx.graph.GraphView;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.TensorProto;

/**
 * One convolution: its float weights and bias (the targets), its int8 codes, weight scales and
 * bias in the quantized model (rewritten), and per group the second moments of its augmented
 * input patches [x; 1]: H of the quantized ones, K of float times quantized, F of the float ones.
 */
final class RefitSite {
    /** Output positions per convolution and sample that enter the statistics (evenly spaced). */
    static final int POSITIONS = 2048;
    /** Ridge towards the float weights, as a share of the inputs' mean second moment: keeps rare inputs' weights. */
    static final double DAMPENING = 0.01;
    /**
     * Fewer patches than this per fitted value (an SE block's 1x1 convolution sees one per sample)
     * fit the calibration samples rather than the convolution: only its bias is corrected then.
     */
    static final int MIN_PATCHES_PER_VALUE = 8;
    /** Patches per block of the moment updates: one block of both inputs stays in cache. */
    private static final int BLOCK = 32;

    final String input, floatInput, output;
    final ConvPatches geometry;
    final TensorProto codes, weightScale, biasValues, biasScale;
    final float inputScale;
    final float[] weights, floatBias, scales, biasBefore;
    final int out, levels, d, d1;
    final double[][] h, k, f;
    long patches;

    private RefitSite(String output, String input, NodeProto floatConv, TensorProto codes, TensorProto weightScale, float[] weights, float[] floatBias,
            TensorProto biasValues, TensorProto biasScale, float inputScale, float[] biasBefore, long[] dims, int levels)
            throws IOException {
        this.input = input;
        this.floatInput = floatConv.input(0);
        this.output = output;
        this.geometry = new ConvPatches(floatConv, dims);
        this.codes = codes;
        this.weightScale = weightScale;
        this.weights = weights;
        this.floatBias = floatBias;
        this.biasValues = biasValues;
        this.biasScale = biasScale;
        this.inputScale = inputScale;
        this.biasBefore = biasBefore;
        this.scales = DynamicQuantizer.floats(weightScale);
        this.levels = levels;
        out = (int) dims[0];
        d = geometry.size();
        d1 = biasValues == null ? d : d + 1;
        h = new double[geometry.group][d1 * d1];
        k = new double[geometry.group][d1 * d1];
        f = new double[geometry.group][d1 * d1];
    }

    /**
     * A 2-D convolution whose weight is int8 behind a DequantizeLinear, its float twin's weight
     * an initializer of the same shape; its bias int32 behind a DequantizeLinear whose input
     * scale is known, a float initializer, or none in both models; scales used by it alone.
     */
    static RefitSite of(NodeProto q, NodeProto f, GraphView qv, GraphView fv, Map<String, Integer> uses) throws QuantizationException {
        if (q.inputs().size() < 2 || f.inputs().size() < 2 || !ConvPatches.supported(f)) return null;
        NodeProto dq = qv.producer(q.input(1));
        if (dq == null || !dq.opType().equals("DequantizeLinear")) return null;
        TensorProto codes = qv.initializer(dq.input(0)), scale = qv.initializer(dq.input(1)), w = fv.initializer(f.input(1));
        if (codes == null || codes.dataType() != DataType.INT8 || codes.rawData() == null || scale == null
                || scale.dataType() != DataType.FLOAT || w == null || w.dataType() != DataType.FLOAT || w.dims().length != 4
                || !Arrays.equals(w.dims(), codes.dims()) || uses.getOrDefault(dq.input(0), 0) != 1
                || uses.getOrDefault(dq.input(1), 0) != 1) {
            return null;
        }
        try {
            float[] weights = DynamicQuantizer.floats(w);
            int out = (int) w.dims()[0];
            long scaleCount = scale.dims().length == 0 ? 1 : scale.dims()[0];
            if (scaleCount != 1 && scaleCount != out) return null;
            NodeProto in = qv.producer(q.input(0));
            boolean int8Input = in != null && in.opType().equals("DequantizeLinear");
            int levels = int8Input ? Int8Kernels.weightMax() : 127;
            boolean qBias = q.inputs().size() > 2 && !q.input(2).isEmpty(), fBias = f.inputs().size() > 2 && !f.input(2).isEmpty();
            if (qBias != fBias) return null;
            if (!qBias) return new RefitSite(q.outputs().get(0), q.input(0), f, codes, scale, weights, null, null, null, 0, null, w.dims(), levels);
            TensorProto fb = fv.initializer(f.input(2));
            if (fb == null || fb.dataType() != DataType.FLOAT) return null;
            float[] floatBias = DynamicQuantizer.floats(fb);
            if (floatBias.length != out) return null;
            NodeProto bdq = qv.producer(q.input(2));
            if (bdq == null) { // a float bias, as a float convolution with int8 weights keeps it
                TensorProto b = qv.initializer(q.input(2));
                if (b == null || b.dataType() != DataType.FLOAT || uses.getOrDefault(q.input(2), 0) != 1) return null;
                float[] before = DynamicQuantizer.floats(b);
                if (before.length != out) return null;
                return new RefitSite(q.outputs().get(0), q.input(0), f, codes, scale, weights, floatBias, b, null, 0, before, w.dims(), levels);
            }
            if (!bdq.opType().equals("DequantizeLinear") || !int8Input) return null;
            TensorProto bv = qv.initializer(bdq.input(0)), bs = qv.initializer(bdq.input(1)), xs = qv.initializer(in.input(1));
            if (bv == null || bv.dataType() != DataType.INT32 || bv.rawData() == null || bs == null || bs.dataType() != DataType.FLOAT
                    || xs == null || xs.dataType() != DataType.FLOAT || uses.getOrDefault(bdq.input(0), 0) != 1
                    || uses.getOrDefault(bdq.input(1), 0) != 1) {
                return null;
            }
            float[] bScales = DynamicQuantizer.floats(bs), xScale = DynamicQuantizer.floats(xs);
            if (xScale.length != 1 || bScales.length != scaleCount) return null;
            ByteBuffer raw = bv.rawData().order(ByteOrder.LITTLE_ENDIAN);
            if (raw.remaining() != out * 4) return null;
            float[] before = new float[out];
            for (int c = 0; c < out; c++) before[c] = raw.getInt(raw.position() + 4 * c) * bScales[bScales.length == 1 ? 0 : c];
            return new RefitSite(q.outputs().get(0), q.input(0), f, codes, scale, weights, floatBias, bv, bs, xScale[0], before, w.dims(), levels);
        } catch (IOException e) {
            throw new QuantizationException("cannot read the weights of " + f.name() + ": " + e.getMessage());
        }
    }

    /** Adds one sample's patches (the same positions of the float and the quantized input) to the moments. */
    void accumulate(long[] fShape, float[] fx, long[] qShape, float[] qx) {
        if (fx == null || qx == null || !Arrays.equals(fShape, qShape)) return;
        int[] positions = geometry.positions(qShape, POSITIONS);
        if (positions == null) return;
        double[][] af = new double[BLOCK][d1], aq = new double[BLOCK][d1];
        for (int b = 0; b < qShape[0]; b++) {
            for (int g = 0; g < geometry.group; g++) {
                for (int start = 0; start < positions.length; start += BLOCK) {
                    int n = Math.min(BLOCK, positions.length - start);
                    for (int p = 0; p < n; p++) {
                        geometry.patch(fx, fShape, b, positions[start + p], g, af[p], 0);
                        geometry.patch(qx, qShape, b, positions[start + p], g, aq[p], 0);
                        if (d1 > d) {
                            af[p][d] = 1;
                            aq[p][d] = 1;
                        }
                    }
                    add(h[g], k[g], f[g], af, aq, n);
                }
            }
            patches += positions.length;
        }
    }

    /** H += aq aq^T (upper half), K += af aq^T, F += af af^T (upper half) over n patches. */
    private void add(double[] hm, double[] km, double[] fm, double[][] af, double[][] aq, int n) {
        for (int i = 0; i < d1; i++) {
            int row = i * d1;
            for (int p = 0; p < n; p++) {
                double[] q = aq[p], x = af[p];
                double a = q[i], c = x[i];
                if (a != 0) for (int j = i; j < d1; j++) hm[row + j] += a * q[j];
                if (c != 0) {
                    for (int j = 0; j < d1; j++) km[row + j] += c * q[j];
                    for (int j = i; j < d1; j++) fm[row + j] += c * x[j];
                }
            }
        }
    }

    /** Refits and rounds every output channel; {errors before, after}, or null when there were no inputs. */
    double[] solve() throws QuantizationException {
        if (patches == 0) return null;
        if (patches < MIN_PATCHES_PER_VALUE * (long) d1) return shiftBias(); // too few patches for a fit
        int rowsPerGroup = out / geometry.group;
        double[][] fitted = new double[out][];
        double[][] hs = new double[geometry.group][], ks = new double[geometry.group][], fs = new double[geometry.group][];
        for (int g = 0; g < geometry.group; g++) {
            hs[g] = WeightRounding.Cholesky.symmetric(h[g], d1, patches);
            fs[g] = WeightRounding.Cholesky.symmetric(f[g], d1, patches);
            ks[g] = new double[d1 * d1];
            for (int i = 0; i < d1 * d1; i++) ks[g][i] = k[g][i] / patches;
            double lambda = dampening(hs[g]);
            double[] a = hs[g].clone();
            for (int i = 0; i < d1; i++) a[i * d1 + i] += lambda;
            double[] l = WeightRounding.Cholesky.lower(a, d1);
            for (int r = g * rowsPerGroup; r < (g + 1) * rowsPerGroup; r++) {
                double[] target = target(r);
                if (l == null) { // not positive definite even with the ridge: keep the float weights as targets
                    fitted[r] = target;
                    continue;
                }
                double[] m = new double[d1];
                for (int i = 0; i < d1; i++) {
                    double t = target[i];
                    if (t == 0) continue;
                    for (int j = 0; j < d1; j++) m[j] += t * ks[g][i * d1 + j];
                }
                for (int j = 0; j < d1; j++) m[j] += lambda * target[j];
                fitted[r] = WeightRounding.Cholesky.solve(l, m, d1);
            }
        }
        float[] newScales = scales(fitted);
        byte[] q = new byte[weights.length];
        double[][] rounded = new double[out][];
        for (int g = 0; g < geometry.group; g++) round(hs[g], g * rowsPerGroup, rowsPerGroup, fitted, newScales, q, rounded);
        double before = 0, after = 0;
        for (int g = 0; g < geometry.group; g++) {
            for (int r = g * rowsPerGroup; r < (g + 1) * rowsPerGroup; r++) {
                double[] w = target(r), v0 = new double[d1];
                ByteBuffer old = codes.rawData();
                for (int i = 0; i < d; i++) v0[i] = old.get(old.position() + r * d + i) * (double) scales[scales.length == 1 ? 0 : r];
                if (d1 > d) v0[d] = biasBefore[r];
                before += error(w, v0, hs[g], ks[g], fs[g]);
                after += error(w, rounded[r], hs[g], ks[g], fs[g]);
            }
        }
        if (!(after < before)) return new double[] { before, before }; // keep what the quantizer made
        write(q, newScales, rounded);
        return new double[] { before, after };
    }

    /** Only the output's mean: the bias takes the difference of float and quantized outputs' means on the data. */
    private double[] shiftBias() {
        if (d1 == d) return null;
        int rowsPerGroup = out / geometry.group;
        byte[] q = new byte[weights.length];
        codes.rawData().duplicate().get(q);
        double[][] shifted = new double[out][];
        double before = 0, after = 0;
        for (int g = 0; g < geometry.group; g++) {
            double[] hs = WeightRounding.Cholesky.symmetric(h[g], d1, patches), fs = WeightRounding.Cholesky.symmetric(f[g], d1, patches), ks = new double[d1 * d1];
            for (int i = 0; i < d1 * d1; i++) ks[i] = k[g][i] / patches;
            for (int r = g * rowsPerGroup; r < (g + 1) * rowsPerGroup; r++) {
                double[] w = target(r), v = new double[d1];
                double shift = w[d];
                for (int i = 0; i < d; i++) {
                    v[i] = q[r * d + i] * (double) scales[scales.length == 1 ? 0 : r];
                    shift += w[i] * ks[i * d1 + d] - v[i] * hs[i * d1 + d];
                }
                v[d] = biasBefore[r];
                before += error(w, v, hs, ks, fs);
                double bs = biasScale == null ? 0 : (float) (inputScale * scales[scales.length == 1 ? 0 : r]);
                v[d] = bs == 0 ? (float) shift : Math.rint(shift / bs) * bs;
                after += error(w, v, hs, ks, fs);
                shifted[r] = v;
            }
        }
        if (!(after < before)) return new double[] { before, before };
        write(q, scales, shifted);
        return new double[] { before, after };
    }

    private double dampening(double[] hm) {
        double mean = 0;
        for (int i = 0; i < d; i++) mean += hm[i * d1 + i];
        mean /= d;
        return mean > 0 ? DAMPENING * mean : 1;
    }

    /** Float weights and bias of output channel r. */
    private double[] target(int r) {
        double[] t = new double[d1];
        for (int i = 0; i < d; i++) t[i] = weights[r * d + i];
        if (d1 > d) t[d] = floatBias[r];
        return t;
    }

    /** Weight scales for the fitted weights (largest magnitude to the largest code), wide enough for an int32 bias. */
    private float[] scales(double[][] fitted) {
        float[] s = new float[scales.length];
        for (int r = 0; r < out; r++) {
            int c = scales.length == 1 ? 0 : r;
            double max = 0;
            for (int i = 0; i < d; i++) max = Math.max(max, Math.abs(fitted[r][i]));
            s[c] = Math.max(s[c], (float) (max / levels));
        }
        for (int c = 0; c < s.length; c++) if (s[c] == 0) s[c] = scales[c];
        if (biasScale != null) { // half of int32's range, for headroom (as the quantizer leaves it)
            double limit = (double) inputScale * (1 << 30);
            for (int r = 0; r < out; r++) {
                int c = scales.length == 1 ? 0 : r;
                s[c] = Math.max(s[c], (float) (Math.abs(fitted[r][d]) / limit));
            }
        }
        return s;
    }

    /**
     * Nearest rounding of rows [first, first + rows); the bias keeps each output's mean on the data
     * ({@code h}: the inputs' moments, whose last column holds their means).
     */
    private void round(double[] h, int first, int rows, double[][] fitted, float[] s, byte[] q, double[][] rounded) {
        for (int r = first; r < first + rows; r++) {
            double scale = s[s.length == 1 ? 0 : r];
            double[] w = fitted[r], v = new double[d1];
            double shift = 0;
            for (int i = 0; i < d; i++) {
                double code = clamp(Math.rint(w[i] / scale));
                q[r * d + i] = (byte) code;
                v[i] = code * scale;
                if (d1 > d) shift += (w[i] - v[i]) * h[i * d1 + d];
            }
            if (d1 > d) {
                double bias = w[d] + shift, bs = biasScale == null ? 0 : (float) (inputScale * (float) scale);
                v[d] = bs == 0 ? (float) bias : Math.rint(bias / bs) * bs;
            }
            rounded[r] = v;
        }
    }

    private double clamp(double code) {
        return Math.max(-levels, Math.min(levels, code));
    }

    /** E|w af - v aq|^2 = w F w^T - 2 w K v^T + v H v^T. */
    private double error(double[] w, double[] v, double[] hm, double[] km, double[] fm) {
        return quadratic(fm, w, w) - 2 * quadratic(km, w, v) + quadratic(hm, v, v);
    }

    private double quadratic(double[] m, double[] x, double[] y) {
        double sum = 0;
        for (int i = 0; i < d1; i++) {
            if (x[i] == 0) continue;
            double t = 0;
            for (int j = 0; j < d1; j++) t += m[i * d1 + j] * y[j];
            sum += x[i] * t;
        }
        return sum;
    }

    private void write(byte[] q, float[] s, double[][] rounded) {
        codes.rawData(ByteBuffer.wrap(q).asReadOnlyBuffer());
        weightScale.rawData(WeightQuantization.floats(s));
        if (biasValues == null) return;
        if (biasScale == null) {
            float[] b = new float[out];
            for (int r = 0; r < out; r++) b[r] = (float) rounded[r][d];
            biasValues.rawData(WeightQuantization.floats(b));
            return;
        }
        float[] bs = new float[s.length];
        for (int c = 0; c < s.length; c++) bs[c] = inputScale * s[c];
        ByteBuffer values = ByteBuffer.allocate(out * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int r = 0; r < out; r++) {
            double v = Math.rint(rounded[r][d] / bs[bs.length == 1 ? 0 : r]);
            values.putInt((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v)));
        }
        values.flip();
        biasValues.rawData(values);
        biasScale.rawData(WeightQuantization.floats(bs));
    }
}
