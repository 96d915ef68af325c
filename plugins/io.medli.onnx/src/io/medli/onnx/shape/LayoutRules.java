package io.medli.onnx.shape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.DataType;

/** Operators that reshape, join, cut, pick or pad tensors; values of small integer tensors flow through them. */
final class LayoutRules extends RuleContext {
    LayoutRules(RuleContext c) {
        super(c);
    }

    TensorType reshape() {
        TensorType x = in(0);
        Dim[] shape = opset < 5 ? toDims(intsAttr("shape")) : val(1);
        if (shape == null) {
            TensorType s = in(1);
            int r = s.hasShape() && s.rank() == 1 && s.dim(0).isKnown() ? (int) s.dim(0).value() : -1;
            return new TensorType(x.elemType(), r >= 0 ? unknownDims(r) : null);
        }
        boolean allowZero = intAttr("allowzero", 0) != 0;
        List<Dim> out = new ArrayList<>();
        int inferIdx = -1;
        Dim known = Dim.of(1);
        for (int i = 0; i < shape.length; i++) {
            Dim d = shape[i];
            if (d.isKnown() && d.value() == 0 && !allowZero) {
                d = x.hasShape() && i < x.rank() ? x.dim(i) : Dim.unknown();
            }
            if (d.isKnown() && d.value() == -1) {
                inferIdx = i;
                out.add(Dim.unknown());
                continue;
            }
            out.add(d.isKnown() && d.value() < 0 ? Dim.unknown() : d);
            known = known.times(out.get(i));
        }
        if (inferIdx >= 0 && x.hasShape()) {
            Dim total = Dim.of(1);
            for (Dim d : x.dims()) total = total.times(d);
            out.set(inferIdx, total.dividedBy(known));
        }
        setValue(0, x.hasShape() && x.rank() <= 1 ? val(0) : null);
        return new TensorType(x.elemType(), out);
    }

    static Dim[] toDims(long[] v) {
        if (v == null) return null;
        Dim[] d = new Dim[v.length];
        for (int i = 0; i < v.length; i++) d[i] = Dim.constant(v[i]);
        return d;
    }

    TensorType concat() {
        int count = n.inputs().size();
        TensorType first = in(0);
        int rank = -1;
        for (int i = 0; i < count; i++) if (in(i).hasShape()) { rank = in(i).rank(); break; }
        // values: concatenation of 1-D constants
        List<Dim> v = new ArrayList<>();
        boolean allValues = true;
        for (int i = 0; i < count; i++) {
            Dim[] x = val(i);
            if (x == null) { allValues = false; break; }
            v.addAll(Arrays.asList(x));
        }
        if (allValues) setValue(0, v.toArray(new Dim[0]));
        if (rank < 0) return new TensorType(first.elemType(), null);
        int axis = axis(intAttr("axis", 0), rank);
        List<Dim> out = null;
        for (int i = 0; i < count; i++) {
            TensorType t = in(i);
            if (!t.hasShape() || t.rank() != rank) {
                if (out == null) out = unknownDims(rank);
                out.set(axis, Dim.unknown());
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(t.dims());
            } else {
                for (int d = 0; d < rank; d++) {
                    if (d == axis) out.set(d, out.get(d).plus(t.dim(d)));
                    else if (out.get(d).isUnknown()) out.set(d, t.dim(d));
                }
            }
        }
        return new TensorType(first.elemType(), out);
    }

    List<TensorType> split() {
        TensorType x = in(0);
        int outs = n.outputs().size();
        List<TensorType> res = new ArrayList<>();
        if (!x.hasShape()) {
            for (int i = 0; i < outs; i++) res.add(x);
            return res;
        }
        int axis = axis(intAttr("axis", 0), x.rank());
        long[] parts = opset >= 13 ? (has(1) ? longs(val(1)) : null) : intsAttr("split");
        Dim total = x.dim(axis);
        for (int i = 0; i < outs; i++) {
            Dim d;
            if (parts != null && i < parts.length) d = Dim.of(parts[i]);
            else if (has(1) && opset >= 13) d = Dim.unknown();
            else if (total.isKnown()) {
                long chunk = SpatialRules.ceilDiv(total.value(), outs);
                d = Dim.of(i < outs - 1 ? chunk : total.value() - chunk * (outs - 1));
            } else d = total.dividedBy(Dim.of(outs));
            List<Dim> dd = new ArrayList<>(x.dims());
            dd.set(axis, d);
            res.add(x.withDims(dd));
        }
        Dim[] v = val(0);
        if (v != null && x.rank() == 1) {
            int at = 0;
            for (int i = 0; i < outs; i++) {
                Dim d = res.get(i).dim(0);
                if (!d.isKnown() || at + d.value() > v.length) break;
                setValue(i, Arrays.copyOfRange(v, at, at + (int) d.value()));
                at += (int) d.value();
            }
        }
        return res;
    }

    TensorType slice() {
        TensorType x = in(0);
        long[] starts, ends, axes, steps;
        if (opset < 10) {
            starts = intsAttr("starts");
            ends = intsAttr("ends");
            axes = intsAttr("axes");
            steps = null;
        } else {
            starts = longs(val(1));
            ends = longs(val(2));
            axes = has(3) ? longs(val(3)) : null;
            steps = has(4) ? longs(val(4)) : null;
            if ((has(3) && axes == null) || (has(4) && steps == null)) starts = null;
        }
        if (!x.hasShape()) return x;
        if (starts != null && ends == null && opset >= 10 && val(2) != null && val(2).length == 1
                && starts.length == 1 && starts[0] == 0 && (steps == null || steps[0] == 1)) {
            // x[0:n] with a symbolic n (e.g. position ids sliced to the sequence length)
            int ax = axis(axes == null ? 0 : axes[0], x.rank());
            Dim end = val(2)[0];
            if (ax >= 0 && ax < x.rank() && end.isSymbolic()) {
                List<Dim> out = new ArrayList<>(x.dims());
                out.set(ax, end);
                return x.withDims(out);
            }
        }
        if (starts == null || ends == null) {
            return x.withDims(unknownDims(x.rank()));
        }
        List<Dim> out = new ArrayList<>(x.dims());
        Dim[] value = val(0);
        for (int i = 0; i < starts.length; i++) {
            int ax = axis(axes == null ? i : axes[i], x.rank());
            if (ax < 0 || ax >= x.rank()) return x.withDims(unknownDims(x.rank()));
            long step = steps == null ? 1 : steps[i];
            Dim d = x.dim(ax);
            if (!d.isKnown()) {
                // slicing a symbolic dim from 0 to "the end" keeps it
                boolean whole = starts[i] == 0 && ends[i] >= Integer.MAX_VALUE && step == 1;
                out.set(ax, whole ? d : Dim.unknown());
                value = null;
                continue;
            }
            long len = d.value();
            long[] r = sliceRange(starts[i], ends[i], step, len);
            long count = step > 0 ? Math.max(0, SpatialRules.ceilDiv(r[1] - r[0], step)) : Math.max(0, SpatialRules.ceilDiv(r[0] - r[1], -step));
            out.set(ax, Dim.of(count));
            if (value != null && x.rank() == 1 && step != 0) {
                List<Dim> v = new ArrayList<>();
                for (long k = r[0]; step > 0 ? k < r[1] : k > r[1]; k += step) v.add(value[(int) k]);
                setValue(0, v.toArray(new Dim[0]));
            }
        }
        return x.withDims(out);
    }

    static long[] sliceRange(long start, long end, long step, long len) {
        if (start < 0) start += len;
        if (end < 0) end += len;
        if (step > 0) {
            start = Math.max(0, Math.min(len, start));
            end = Math.max(0, Math.min(len, end));
        } else {
            start = Math.max(-1, Math.min(len - 1, start));
            end = Math.max(-1, Math.min(len - 1, end));
        }
        return new long[] { start, end };
    }

    TensorType gather() {
        TensorType data = in(0), idx = in(1);
        if (!data.hasShape() || !idx.hasShape()) return new TensorType(data.elemType(), null);
        int axis = axis(intAttr("axis", 0), data.rank());
        List<Dim> out = new ArrayList<>(data.dims().subList(0, axis));
        out.addAll(idx.dims());
        out.addAll(data.dims().subList(Math.min(data.rank(), axis + 1), data.rank()));
        Dim[] v = val(0);
        long[] ix = longs(val(1));
        if (v != null && ix != null && data.rank() == 1) {
            Dim[] g = new Dim[ix.length];
            for (int i = 0; i < ix.length; i++) {
                long k = ix[i] < 0 ? ix[i] + v.length : ix[i];
                if (k < 0 || k >= v.length) return new TensorType(data.elemType(), out);
                g[i] = v[(int) k];
            }
            setValue(0, g);
        }
        return new TensorType(data.elemType(), out);
    }

    TensorType squeeze() {
        TensorType x = in(0);
        long[] axes = opset >= 13 ? (has(1) ? longs(val(1)) : null) : intsAttr("axes");
        if (!x.hasShape()) return x;
        if (opset >= 13 && has(1) && axes == null) return new TensorType(x.elemType(), null);
        List<Dim> out = new ArrayList<>();
        boolean[] drop = new boolean[x.rank()];
        if (axes == null) {
            for (int i = 0; i < x.rank(); i++) {
                if (!x.dim(i).isKnown()) return new TensorType(x.elemType(), null);
                drop[i] = x.dim(i).value() == 1;
            }
        } else {
            for (long a : axes) {
                int ax = axis(a, x.rank());
                if (ax >= 0 && ax < drop.length) drop[ax] = true;
            }
        }
        for (int i = 0; i < x.rank(); i++) if (!drop[i]) out.add(x.dim(i));
        Dim[] v = val(0);
        if (v != null && out.size() <= 1) setValue(0, v);
        return x.withDims(out);
    }

    TensorType unsqueeze() {
        TensorType x = in(0);
        long[] axes = opset >= 13 ? longs(val(1)) : intsAttr("axes");
        if (!x.hasShape()) return x;
        if (axes == null) return new TensorType(x.elemType(), null);
        int r = x.rank() + axes.length;
        boolean[] ins = new boolean[r];
        for (long a : axes) {
            int ax = axis(a, r);
            if (ax >= 0 && ax < r) ins[ax] = true;
        }
        List<Dim> out = new ArrayList<>();
        int j = 0;
        for (int i = 0; i < r; i++) out.add(ins[i] ? Dim.of(1) : j < x.rank() ? x.dim(j++) : Dim.unknown());
        Dim[] v = val(0);
        if (v != null) setValue(0, v);
        return x.withDims(out);
    }

    TensorType constant() {
        for (AttributeProto a : n.attributes()) {
            AttributeProto r = a.refAttrName() != null && scope.callerAttrs != null ? scope.callerAttrs.get(a.refAttrName()) : a;
            if (r == null) continue;
            switch (a.name()) {
                case "value" -> {
                    if (r.t() == null) return TensorType.UNKNOWN;
                    if (!n.outputs().isEmpty()) scope.tensors.put(n.outputs().get(0), r.t());
                    Dim[] v = ShapeInference.constantValue(r.t());
                    setValue(0, v);
                    return ShapeInference.tensorType(r.t());
                }
                case "sparse_value" -> {
                    var s = r.sparseTensor();
                    return s == null || s.values() == null ? TensorType.UNKNOWN : TensorType.of(s.values().dataType(), s.dims());
                }
                case "value_float" -> { return TensorType.of(DataType.FLOAT); }
                case "value_floats" -> { return TensorType.of(DataType.FLOAT, r.floats().length); }
                case "value_int" -> {
                    setValue(0, new Dim[] { Dim.constant(r.i()) });
                    return TensorType.of(DataType.INT64);
                }
                case "value_ints" -> {
                    setValue(0, toDims(r.ints()));
                    return TensorType.of(DataType.INT64, r.ints().length);
                }
                case "value_string" -> { return TensorType.of(DataType.STRING); }
                case "value_strings" -> { return TensorType.of(DataType.STRING, r.strings().size()); }
                default -> { }
            }
        }
        return TensorType.UNKNOWN;
    }

    TensorType pad() {
        TensorType x = in(0);
        if (!x.hasShape()) return x;
        long[] pads = opset >= 11 ? longs(val(1)) : intsAttr(opset < 2 ? "paddings" : "pads");
        if (pads == null) return x.withDims(unknownDims(x.rank()));
        long[] axes = opset >= 18 && has(3) ? longs(val(3)) : null;
        int np = pads.length / 2;
        List<Dim> out = new ArrayList<>(x.dims());
        for (int i = 0; i < np; i++) {
            int ax = axes == null ? i : axis(axes[i], x.rank());
            if (ax < 0 || ax >= out.size()) continue;
            long add = pads[i] + pads[i + np];
            Dim d = out.get(ax);
            out.set(ax, d.isKnown() ? Dim.of(d.value() + add) : add == 0 ? d : Dim.unknown());
        }
        return x.withDims(out);
    }
}
