package io.medli.onnx.shape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.TensorProto;

/** Convolution, pooling and resize: output sizes from kernels, strides, pads, dilations and scales. */
final class SpatialRules extends RuleContext {
    SpatialRules(RuleContext c) {
        super(c);
    }

    List<Dim> spatialOut(TensorType x, long[] kernel, boolean transposed) {
        int sp = x.rank() - 2;
        long[] strides = orOnes(intsAttr("strides"), sp);
        long[] dil = orOnes(intsAttr("dilations"), sp);
        long[] pads = intsAttr("pads");
        String autoPad = strAttr("auto_pad", "NOTSET");
        boolean ceil = intAttr("ceil_mode", 0) != 0;
        List<Dim> out = new ArrayList<>();
        for (int i = 0; i < sp; i++) {
            Dim in = x.dim(i + 2);
            if (kernel == null || i >= kernel.length) { out.add(Dim.unknown()); continue; }
            long k = (kernel[i] - 1) * dil[i] + 1;
            if (autoPad.startsWith("SAME")) {
                out.add(in.isKnown() ? Dim.of(ceilDiv(in.value(), strides[i])) : strides[i] == 1 ? in : Dim.unknown());
                continue;
            }
            long p = autoPad.equals("VALID") || pads == null ? 0 : pads[i] + pads[i + sp];
            if (!in.isKnown()) {
                out.add(strides[i] == 1 && p == k - 1 ? in : Dim.unknown());
                continue;
            }
            long num = in.value() + p - k;
            long o = (ceil ? ceilDiv(num, strides[i]) : Math.floorDiv(num, strides[i])) + 1;
            if (ceil && (o - 1) * strides[i] >= in.value() + (pads == null ? 0 : pads[i])) o--;
            out.add(Dim.of(Math.max(0, o)));
        }
        return out;
    }

    static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    static long[] orOnes(long[] v, int n) {
        if (v != null && v.length >= n) return v;
        long[] o = new long[n];
        Arrays.fill(o, 1);
        return o;
    }

    TensorType conv(TensorType x, TensorType w, int type) {
        if (!x.hasShape() || x.rank() < 3) return new TensorType(type, null);
        long[] kernel = intsAttr("kernel_shape");
        if (kernel == null && w.hasShape() && w.isFullyKnown() && w.rank() == x.rank()) {
            kernel = new long[w.rank() - 2];
            for (int i = 0; i < kernel.length; i++) kernel[i] = w.dim(i + 2).value();
        } else if (kernel == null && w.hasShape() && w.rank() == x.rank()) {
            kernel = new long[w.rank() - 2];
            for (int i = 0; i < kernel.length; i++) kernel[i] = w.dim(i + 2).isKnown() ? w.dim(i + 2).value() : -1;
            for (long k : kernel) if (k < 0) kernel = null;
        }
        List<Dim> out = new ArrayList<>();
        out.add(x.dim(0));
        out.add(w.hasShape() && w.rank() > 0 ? w.dim(0) : Dim.unknown());
        out.addAll(spatialOut(x, kernel, false));
        return new TensorType(type, out);
    }

    TensorType convTranspose() {
        TensorType x = in(0), w = in(1);
        if (!x.hasShape() || x.rank() < 3) return new TensorType(x.elemType(), null);
        int sp = x.rank() - 2;
        long group = intAttr("group", 1);
        List<Dim> out = new ArrayList<>();
        out.add(x.dim(0));
        out.add(w.hasShape() && w.rank() > 1 ? w.dim(1).times(Dim.of(group)) : Dim.unknown());
        long[] outputShape = intsAttr("output_shape");
        if (outputShape != null) {
            for (int i = 0; i < sp; i++) out.add(Dim.of(outputShape[outputShape.length - sp + i]));
            return x.withDims(out);
        }
        long[] kernel = intsAttr("kernel_shape");
        long[] strides = orOnes(intsAttr("strides"), sp), dil = orOnes(intsAttr("dilations"), sp);
        long[] pads = intsAttr("pads"), outPad = intsAttr("output_padding");
        String autoPad = strAttr("auto_pad", "NOTSET");
        for (int i = 0; i < sp; i++) {
            Dim in = x.dim(i + 2);
            long k = kernel != null ? kernel[i] : w.hasShape() && w.dim(i + 2).isKnown() ? w.dim(i + 2).value() : -1;
            if (!in.isKnown() || k < 0) { out.add(Dim.unknown()); continue; }
            if (autoPad.startsWith("SAME")) { out.add(Dim.of(in.value() * strides[i])); continue; }
            long p = pads == null ? 0 : pads[i] + pads[i + sp];
            long op = outPad == null ? 0 : outPad[i];
            out.add(Dim.of(strides[i] * (in.value() - 1) + op + (k - 1) * dil[i] + 1 - p));
        }
        return x.withDims(out);
    }

    TensorType pool(TensorType x) {
        if (!x.hasShape() || x.rank() < 3) return x;
        List<Dim> out = new ArrayList<>(x.dims().subList(0, 2));
        out.addAll(spatialOut(x, intsAttr("kernel_shape"), false));
        return x.withDims(out);
    }

    TensorType resize() {
        TensorType x = in(0);
        if (!x.hasShape()) return x;
        boolean upsample = n.opType().equals("Upsample");
        int scalesIdx = upsample || opset < 11 ? 1 : 2;
        int sizesIdx = upsample || opset < 11 ? -1 : 3;
        long[] axes = intsAttr("axes");
        List<Dim> out = new ArrayList<>(x.dims());
        if (sizesIdx > 0 && has(sizesIdx)) {
            long[] sizes = longs(val(sizesIdx));
            if (sizes == null) return x.withDims(unknownDims(x.rank()));
            for (int i = 0; i < sizes.length; i++) {
                int ax = axes == null ? i : axis(axes[i], x.rank());
                if (ax >= 0 && ax < out.size()) out.set(ax, Dim.of(sizes[i]));
            }
            return x.withDims(out);
        }
        float[] scales = upsample && opset < 9 ? floatsAttr("scales") : floatInput(scalesIdx);
        if (scales == null) return x.withDims(unknownDims(x.rank()));
        for (int i = 0; i < scales.length; i++) {
            int ax = axes == null ? i : axis(axes[i], x.rank());
            if (ax < 0 || ax >= out.size()) continue;
            Dim d = out.get(ax);
            float s = scales[i];
            if (d.isKnown()) out.set(ax, Dim.of((long) Math.floor(d.value() * (double) s)));
            else if (s == Math.rint(s) && s >= 1) out.set(ax, d.times(Dim.of((long) s)));
            else out.set(ax, Dim.unknown());
        }
        return x.withDims(out);
    }

    float[] floatsAttr(String name) {
        AttributeProto a = attr(name);
        return a == null || a.rawFloats() == null ? null : a.floats();
    }

    /** A float initializer or Constant input, read as floats; null when not constant. */
    float[] floatInput(int i) {
        if (!has(i)) return null;
        TensorProto t = constantTensor(n.input(i));
        if (t == null || t.elementCount() > 64 || t.elementCount() < 0) return null;
        try {
            double[] d = io.medli.onnx.TensorData.toDoubles(t, (int) t.elementCount());
            float[] f = new float[d.length];
            for (int k = 0; k < d.length; k++) f[k] = (float) d[k];
            return f;
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
