package io.medli.onnx.shape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.TensorProto;
import io.medli.onnx.proto.ValueInfo;

/** Shape and type rules of the ONNX operators, for one node. Returns null for unknown operators. */
final class OpRules {
    private final NodeProto n;
    private final ShapeInference.Scope scope;
    private final long opset;
    private final ShapeInference engine;
    private final int depth;

    OpRules(NodeProto n, ShapeInference.Scope scope, long opset, ShapeInference engine, int depth) {
        this.n = n;
        this.scope = scope;
        this.opset = opset == 0 ? 21 : opset;
        this.engine = engine;
        this.depth = depth;
    }

    // --- helpers ---

    TensorType in(int i) {
        TensorType t = scope.type(n.input(i));
        return t == null ? TensorType.UNKNOWN : t;
    }

    boolean has(int i) {
        return !n.input(i).isEmpty();
    }

    Dim[] val(int i) {
        return scope.value(n.input(i));
    }

    void setValue(int out, Dim[] v) {
        if (v != null && out < n.outputs().size() && v.length <= ShapeInference.MAX_VALUE_ELEMENTS) {
            scope.values.put(n.outputs().get(out), v);
        }
    }

    AttributeProto attr(String name) {
        AttributeProto a = n.attribute(name);
        if (a != null && a.refAttrName() != null && scope.callerAttrs != null) {
            return scope.callerAttrs.get(a.refAttrName());
        }
        return a;
    }

    long intAttr(String name, long dflt) {
        AttributeProto a = attr(name);
        return a == null || !a.hasI() ? dflt : a.i();
    }

    long[] intsAttr(String name) {
        AttributeProto a = attr(name);
        return a == null || a.rawInts() == null ? null : a.ints();
    }

    String strAttr(String name, String dflt) {
        AttributeProto a = attr(name);
        return a == null || a.s() == null ? dflt : a.sAsString();
    }

    /** Known integers of a value, or null if any is not a known constant. */
    static long[] longs(Dim[] v) {
        if (v == null) return null;
        long[] out = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            if (!v[i].isKnown()) return null;
            out[i] = v[i].value();
        }
        return out;
    }

    /** Known ints from an input (opset >= 13 style) or else from an attribute. */
    long[] intsFromInputOrAttr(int input, String attrName) {
        if (has(input)) return longs(val(input));
        return intsAttr(attrName);
    }

    static List<TensorType> one(TensorType t) {
        List<TensorType> l = new ArrayList<>(1);
        l.add(t);
        return l;
    }

    static int axis(long a, int rank) {
        return (int) (a < 0 ? a + rank : a);
    }

    private static List<Dim> dims(long... d) {
        List<Dim> l = new ArrayList<>();
        for (long x : d) l.add(Dim.of(x));
        return l;
    }

    static List<Dim> unknownDims(int rank) {
        List<Dim> l = new ArrayList<>();
        for (int i = 0; i < rank; i++) l.add(Dim.unknown());
        return l;
    }

    private TensorType broadcastAll(int from, int to, int elemType) {
        List<Dim> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (!has(i)) continue;
            TensorType t = in(i);
            if (!t.hasShape()) return new TensorType(elemType, null);
            out = broadcast(out, t.dims());
        }
        return new TensorType(elemType, out);
    }

    static List<Dim> broadcast(List<Dim> a, List<Dim> b) {
        int r = Math.max(a.size(), b.size());
        List<Dim> out = new ArrayList<>(r);
        for (int i = 0; i < r; i++) {
            int ia = a.size() - r + i, ib = b.size() - r + i;
            Dim da = ia >= 0 ? a.get(ia) : Dim.of(1);
            Dim db = ib >= 0 ? b.get(ib) : Dim.of(1);
            out.add(Dim.broadcast(da, db));
        }
        return out;
    }

    TensorType sameAs(int i) {
        return in(i);
    }

    // --- rules ---

    List<TensorType> infer() {
        String op = n.opType();
        switch (op) {
            case "Add", "Sub", "Mul", "Div", "Pow", "Max", "Min", "Sum", "Mean", "Mod", "BitShift",
                    "BitwiseAnd", "BitwiseOr", "BitwiseXor" -> {
                TensorType t = broadcastAll(0, n.inputs().size(), in(0).elemType());
                arithmeticValue(op);
                return one(t);
            }
            case "And", "Or", "Xor", "Equal", "Less", "Greater", "LessOrEqual", "GreaterOrEqual" -> {
                return one(broadcastAll(0, n.inputs().size(), DataType.BOOL));
            }
            case "Where" -> {
                return one(broadcastAll(0, 3, in(1).elemType()));
            }
            case "PRelu", "Relu", "Sigmoid", "Tanh", "LeakyRelu", "Elu", "Selu", "Celu", "HardSigmoid", "HardSwish", "Gelu",
                    "FastGelu", "BiasGelu", "QuickGelu", "Erf", "Exp", "Log", "Sqrt", "Abs", "Neg", "Reciprocal",
                    "Floor", "Ceil", "Round", "Clip", "Softplus", "Softsign", "Mish", "Sin", "Cos", "Tan", "Asin",
                    "Acos", "Atan", "Sinh", "Cosh", "Asinh", "Acosh", "Atanh", "Sign", "ThresholdedRelu", "Shrink",
                    "Softmax", "LogSoftmax", "Hardmax", "LRN", "InstanceNormalization", "GroupNormalization",
                    "MeanVarianceNormalization", "CumSum", "Trilu", "BitwiseNot", "Not", "Swish", "Det" -> {
                if (op.equals("Det")) {
                    TensorType x = in(0);
                    return one(x.hasShape() && x.rank() >= 2 ? x.withDims(x.dims().subList(0, x.rank() - 2)) : x);
                }
                if (op.equals("Neg") || op.equals("Abs")) setValue(0, null);
                return one(sameAs(0));
            }
            case "Identity" -> {
                setValue(0, val(0));
                return one(sameAs(0));
            }
            case "IsNaN", "IsInf" -> {
                return one(in(0).withElemType(DataType.BOOL));
            }
            case "Dropout" -> {
                setValue(0, val(0));
                return List.of(in(0), in(0).withElemType(DataType.BOOL));
            }
            case "BatchNormalization" -> {
                TensorType x = in(0);
                TensorType c = x.hasShape() && x.rank() > 1 ? new TensorType(x.elemType(), List.of(x.dim(1)))
                        : new TensorType(x.elemType(), null);
                return List.of(x, c, c, c, c);
            }
            case "LayerNormalization", "SkipLayerNormalization", "SimplifiedLayerNormalization",
                    "SkipSimplifiedLayerNormalization" -> {
                TensorType x = in(0);
                long axis = intAttr("axis", -1);
                TensorType stat = TensorType.UNKNOWN;
                if (x.hasShape()) {
                    List<Dim> d = new ArrayList<>(x.dims());
                    for (int i = axis(axis, x.rank()); i < d.size(); i++) d.set(i, Dim.of(1));
                    stat = new TensorType(DataType.FLOAT, d);
                }
                return List.of(x, stat, stat, x);
            }
            case "Cast" -> {
                setValue(0, val(0));
                return one(in(0).withElemType((int) intAttr("to", 0)));
            }
            case "CastLike" -> {
                setValue(0, val(0));
                return one(in(0).withElemType(in(1).elemType()));
            }
            case "QuantizeLinear" -> {
                int t = has(2) ? in(2).elemType() : (int) intAttr("output_dtype", DataType.UINT8);
                if (t == 0) t = DataType.UINT8;
                return one(in(0).withElemType(t));
            }
            case "DequantizeLinear" -> {
                int t = in(1).elemType() != 0 ? in(1).elemType() : DataType.FLOAT;
                return one(in(0).withElemType(t));
            }
            case "DynamicQuantizeLinear" -> {
                return List.of(in(0).withElemType(DataType.UINT8), TensorType.of(DataType.FLOAT),
                        TensorType.of(DataType.UINT8));
            }
            case "MatMul", "MatMulInteger", "QLinearMatMul", "FusedMatMul", "MatMulIntegerToFloat" -> {
                int ia = op.equals("QLinearMatMul") ? 0 : 0, ib = op.equals("QLinearMatMul") ? 3 : 1;
                int type = switch (op) {
                    case "MatMulInteger" -> DataType.INT32;
                    case "QLinearMatMul" -> in(7).elemType();
                    case "MatMulIntegerToFloat" -> DataType.FLOAT;
                    default -> in(0).elemType();
                };
                return one(matmul(in(ia), in(ib), type));
            }
            case "Gemm" -> {
                TensorType a = in(0), b = in(1);
                if (!a.hasShape() || !b.hasShape() || a.rank() != 2 || b.rank() != 2) {
                    return one(new TensorType(a.elemType(), a.hasShape() && b.hasShape() ? unknownDims(2) : null));
                }
                Dim m = intAttr("transA", 0) != 0 ? a.dim(1) : a.dim(0);
                Dim nn = intAttr("transB", 0) != 0 ? b.dim(0) : b.dim(1);
                return one(new TensorType(a.elemType(), List.of(m, nn)));
            }
            case "Conv", "ConvInteger", "QLinearConv", "FusedConv", "NhwcConv" -> {
                boolean q = op.equals("QLinearConv");
                int type = op.equals("ConvInteger") ? DataType.INT32 : q ? in(7).elemType() : in(0).elemType();
                return one(conv(in(0), in(q ? 3 : 1), type));
            }
            case "ConvTranspose" -> {
                return one(convTranspose());
            }
            case "MaxPool", "AveragePool", "LpPool", "QLinearAveragePool" -> {
                TensorType y = pool(in(0));
                return op.equals("MaxPool") ? List.of(y, y.withElemType(DataType.INT64)) : one(y);
            }
            case "GlobalAveragePool", "GlobalMaxPool", "GlobalLpPool", "QLinearGlobalAveragePool" -> {
                TensorType x = in(0);
                if (!x.hasShape() || x.rank() < 2) return one(x);
                List<Dim> d = new ArrayList<>(x.dims().subList(0, 2));
                for (int i = 2; i < x.rank(); i++) d.add(Dim.of(1));
                return one(x.withDims(d));
            }
            case "Flatten" -> {
                TensorType x = in(0);
                if (!x.hasShape()) return one(new TensorType(x.elemType(), unknownDims(2)));
                int axis = axis(intAttr("axis", 1), x.rank());
                Dim a = Dim.of(1), b = Dim.of(1);
                for (int i = 0; i < x.rank(); i++) {
                    if (i < axis) a = a.times(x.dim(i)); else b = b.times(x.dim(i));
                }
                return one(x.withDims(List.of(a, b)));
            }
            case "Reshape" -> {
                return one(reshape());
            }
            case "Transpose" -> {
                TensorType x = in(0);
                if (!x.hasShape()) return one(x);
                long[] perm = intsAttr("perm");
                List<Dim> d = new ArrayList<>();
                for (int i = 0; i < x.rank(); i++) {
                    int p = perm == null ? x.rank() - 1 - i : (int) perm[i];
                    d.add(p >= 0 && p < x.rank() ? x.dim(p) : Dim.unknown());
                }
                return one(x.withDims(d));
            }
            case "Concat" -> {
                return one(concat());
            }
            case "Split" -> {
                return split();
            }
            case "Slice" -> {
                return one(slice());
            }
            case "Gather" -> {
                return one(gather());
            }
            case "GatherElements" -> {
                return one(in(1).withElemType(in(0).elemType()));
            }
            case "GatherND" -> {
                TensorType data = in(0), idx = in(1);
                if (!data.hasShape() || !idx.hasShape() || !idx.dim(idx.rank() - 1).isKnown()) {
                    return one(new TensorType(data.elemType(), null));
                }
                int b = (int) intAttr("batch_dims", 0);
                int last = (int) idx.dim(idx.rank() - 1).value();
                List<Dim> d = new ArrayList<>(idx.dims().subList(0, idx.rank() - 1));
                d.addAll(data.dims().subList(Math.min(data.rank(), b + last), data.rank()));
                return one(data.withDims(d));
            }
            case "ScatterND", "ScatterElements", "Scatter" -> {
                return one(in(0));
            }
            case "Squeeze" -> {
                return one(squeeze());
            }
            case "Unsqueeze" -> {
                return one(unsqueeze());
            }
            case "Shape" -> {
                TensorType x = in(0);
                if (!x.hasShape()) return one(new TensorType(DataType.INT64, unknownDims(1)));
                int r = x.rank();
                int start = Math.max(0, Math.min(r, axis(intAttr("start", 0), r)));
                AttributeProto endA = attr("end");
                int end = endA == null ? r : Math.max(0, Math.min(r, axis(endA.i(), r)));
                List<Dim> v = x.dims().subList(start, Math.max(start, end));
                setValue(0, v.toArray(new Dim[0]));
                return one(TensorType.of(DataType.INT64, v.size()));
            }
            case "Size" -> {
                TensorType x = in(0);
                if (x.hasShape()) {
                    Dim p = Dim.of(1);
                    for (Dim d : x.dims()) p = p.times(d);
                    setValue(0, new Dim[] { p });
                }
                return one(TensorType.of(DataType.INT64));
            }
            case "Constant" -> {
                return one(constant());
            }
            case "ConstantOfShape" -> {
                AttributeProto v = attr("value");
                int type = v != null && v.t() != null ? v.t().dataType() : DataType.FLOAT;
                long[] shape = longs(val(0));
                Dim[] sv = val(0);
                if (sv != null) {
                    List<Dim> d = new ArrayList<>(Arrays.asList(sv));
                    return one(new TensorType(type, d));
                }
                TensorType s = in(0);
                int rank = s.hasShape() && s.rank() == 1 && s.dim(0).isKnown() ? (int) s.dim(0).value() : -1;
                return one(new TensorType(type, rank >= 0 && shape == null ? unknownDims(rank) : null));
            }
            case "Expand" -> {
                TensorType x = in(0);
                Dim[] shape = val(1);
                if (x.hasShape() && shape != null) return one(x.withDims(broadcast(x.dims(), Arrays.asList(shape))));
                TensorType s = in(1);
                int r = s.hasShape() && s.rank() == 1 && s.dim(0).isKnown() ? (int) s.dim(0).value() : -1;
                return one(new TensorType(x.elemType(), r >= 0 && x.hasShape() ? unknownDims(Math.max(r, x.rank())) : null));
            }
            case "Tile" -> {
                TensorType x = in(0);
                long[] reps = longs(val(1));
                if (!x.hasShape()) return one(x);
                List<Dim> d = new ArrayList<>();
                for (int i = 0; i < x.rank(); i++) d.add(reps == null ? Dim.unknown() : x.dim(i).times(Dim.of(reps[i])));
                return one(x.withDims(d));
            }
            case "Pad" -> {
                return one(pad());
            }
            case "Range" -> {
                long[] s = longs(val(0)), l = longs(val(1)), dl = longs(val(2));
                int type = in(0).elemType();
                if (s != null && l != null && dl != null && dl.length == 1 && dl[0] != 0) {
                    long count = Math.max(0, (long) Math.ceil((double) (l[0] - s[0]) / dl[0]));
                    return one(TensorType.of(type, count));
                }
                return one(new TensorType(type, unknownDims(1)));
            }
            case "TopK" -> {
                TensorType x = in(0);
                long[] k = longs(val(1));
                if (!x.hasShape()) return List.of(x, x.withElemType(DataType.INT64));
                List<Dim> d = new ArrayList<>(x.dims());
                int axis = axis(intAttr("axis", -1), x.rank());
                d.set(axis, opset < 10 ? Dim.of(intAttr("k", 0)) : k == null ? Dim.unknown() : Dim.of(k[0]));
                return List.of(x.withDims(d), new TensorType(DataType.INT64, d));
            }
            case "NonZero" -> {
                TensorType x = in(0);
                return one(new TensorType(DataType.INT64, List.of(x.hasShape() ? Dim.of(x.rank()) : Dim.unknown(), Dim.unknown())));
            }
            case "OneHot" -> {
                TensorType idx = in(0);
                long[] depth = longs(val(1));
                if (!idx.hasShape()) return one(new TensorType(in(2).elemType(), null));
                List<Dim> d = new ArrayList<>(idx.dims());
                int axis = axis(intAttr("axis", -1), idx.rank() + 1);
                d.add(Math.max(0, Math.min(d.size(), axis)), depth == null ? Dim.unknown() : Dim.of(depth[0]));
                return one(new TensorType(in(2).elemType(), d));
            }
            case "DepthToSpace", "SpaceToDepth" -> {
                TensorType x = in(0);
                if (!x.hasShape() || x.rank() != 4) return one(x);
                Dim b = Dim.of(intAttr("blocksize", 1));
                Dim bb = b.times(b);
                boolean d2s = op.equals("DepthToSpace");
                return one(x.withDims(List.of(x.dim(0), d2s ? x.dim(1).dividedBy(bb) : x.dim(1).times(bb),
                        d2s ? x.dim(2).times(b) : x.dim(2).dividedBy(b), d2s ? x.dim(3).times(b) : x.dim(3).dividedBy(b))));
            }
            case "Resize", "Upsample" -> {
                return one(resize());
            }
            case "ReduceMean", "ReduceSum", "ReduceMax", "ReduceMin", "ReduceProd", "ReduceL1", "ReduceL2",
                    "ReduceLogSum", "ReduceLogSumExp", "ReduceSumSquare" -> {
                boolean axesAsInput = op.equals("ReduceSum") ? opset >= 13 : opset >= 18;
                long[] axes = axesAsInput ? (has(1) ? longs(val(1)) : new long[0]) : intsAttr("axes");
                if (axesAsInput && has(1) && axes == null) return one(new TensorType(in(0).elemType(), null));
                return one(reduce(in(0), axes == null ? new long[0] : axes, intAttr("keepdims", 1) != 0,
                        intAttr("noop_with_empty_axes", 0) != 0, in(0).elemType()));
            }
            case "ArgMax", "ArgMin" -> {
                return one(reduce(in(0), new long[] { intAttr("axis", 0) }, intAttr("keepdims", 1) != 0, false,
                        DataType.INT64));
            }
            case "Einsum" -> {
                return one(einsum());
            }
            case "LSTM", "GRU", "RNN" -> {
                return recurrent(op);
            }
            case "If" -> {
                return ifBranches();
            }
            case "Loop" -> {
                return loop();
            }
            case "Scan" -> {
                return scan();
            }
            case "EyeLike" -> {
                return one(in(0).withElemType((int) intAttr("dtype", in(0).elemType())));
            }
            case "Attention", "MultiHeadAttention" -> {
                return one(in(0));
            }
            default -> {
                return new MoreOpRules(this, n, opset).infer();
            }
        }
    }

    private void arithmeticValue(String op) {
        Dim[] a = val(0), b = val(1);
        if (a == null || b == null || n.inputs().size() != 2) return;
        int len = Math.max(a.length, b.length);
        if ((a.length != len && a.length != 1) || (b.length != len && b.length != 1)) return;
        Dim[] out = new Dim[len];
        for (int i = 0; i < len; i++) {
            Dim x = a[a.length == 1 ? 0 : i], y = b[b.length == 1 ? 0 : i];
            out[i] = switch (op) {
                case "Mul" -> x.times(y);
                case "Div" -> x.isKnown() && y.isKnown() && y.value() != 0 ? Dim.constant(Math.floorDiv(x.value(), y.value()))
                        : x.dividedBy(y);
                case "Add" -> x.plus(y);
                case "Sub" -> x.isKnown() && y.isKnown() ? Dim.constant(x.value() - y.value())
                        : y.isKnown() && y.value() == 0 ? x : Dim.unknown();
                case "Max" -> x.isKnown() && y.isKnown() ? Dim.constant(Math.max(x.value(), y.value())) : Dim.unknown();
                case "Min" -> x.isKnown() && y.isKnown() ? Dim.constant(Math.min(x.value(), y.value())) : Dim.unknown();
                default -> Dim.unknown();
            };
        }
        setValue(0, out);
    }

    private static TensorType matmul(TensorType a, TensorType b, int type) {
        if (!a.hasShape() || !b.hasShape() || a.rank() == 0 || b.rank() == 0) return new TensorType(type, null);
        List<Dim> da = new ArrayList<>(a.dims()), db = new ArrayList<>(b.dims());
        boolean va = da.size() == 1, vb = db.size() == 1;
        if (va) da.add(0, Dim.of(1));
        if (vb) db.add(Dim.of(1));
        List<Dim> batch = broadcast(da.subList(0, da.size() - 2), db.subList(0, db.size() - 2));
        List<Dim> out = new ArrayList<>(batch);
        if (!va) out.add(da.get(da.size() - 2));
        if (!vb) out.add(db.get(db.size() - 1));
        return new TensorType(type, out);
    }

    private List<Dim> spatialOut(TensorType x, long[] kernel, boolean transposed) {
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

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    private static long[] orOnes(long[] v, int n) {
        if (v != null && v.length >= n) return v;
        long[] o = new long[n];
        Arrays.fill(o, 1);
        return o;
    }

    private TensorType conv(TensorType x, TensorType w, int type) {
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

    private TensorType convTranspose() {
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

    private TensorType pool(TensorType x) {
        if (!x.hasShape() || x.rank() < 3) return x;
        List<Dim> out = new ArrayList<>(x.dims().subList(0, 2));
        out.addAll(spatialOut(x, intsAttr("kernel_shape"), false));
        return x.withDims(out);
    }

    private TensorType reshape() {
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

    private static Dim[] toDims(long[] v) {
        if (v == null) return null;
        Dim[] d = new Dim[v.length];
        for (int i = 0; i < v.length; i++) d[i] = Dim.constant(v[i]);
        return d;
    }

    private TensorType concat() {
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

    private List<TensorType> split() {
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
                long chunk = ceilDiv(total.value(), outs);
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

    private TensorType slice() {
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
            long count = step > 0 ? Math.max(0, ceilDiv(r[1] - r[0], step)) : Math.max(0, ceilDiv(r[0] - r[1], -step));
            out.set(ax, Dim.of(count));
            if (value != null && x.rank() == 1 && step != 0) {
                List<Dim> v = new ArrayList<>();
                for (long k = r[0]; step > 0 ? k < r[1] : k > r[1]; k += step) v.add(value[(int) k]);
                setValue(0, v.toArray(new Dim[0]));
            }
        }
        return x.withDims(out);
    }

    private static long[] sliceRange(long start, long end, long step, long len) {
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

    private TensorType gather() {
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

    private TensorType squeeze() {
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

    private TensorType unsqueeze() {
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

    private TensorType constant() {
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

    private TensorType pad() {
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

    private TensorType resize() {
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

    private float[] floatsAttr(String name) {
        AttributeProto a = attr(name);
        return a == null || a.rawFloats() == null ? null : a.floats();
    }

    /** A float initializer or Constant input, read as floats; null when not constant. */
    private float[] floatInput(int i) {
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

    private TensorProto constantTensor(String name) {
        return scope.tensor(name);
    }

    private TensorType reduce(TensorType x, long[] axes, boolean keep, boolean noopEmpty, int type) {
        if (!x.hasShape()) return new TensorType(type, null);
        boolean[] red = new boolean[x.rank()];
        if (axes.length == 0) {
            if (noopEmpty) return x.withElemType(type);
            Arrays.fill(red, true);
        }
        for (long a : axes) {
            int ax = axis(a, x.rank());
            if (ax >= 0 && ax < red.length) red[ax] = true;
        }
        List<Dim> out = new ArrayList<>();
        for (int i = 0; i < x.rank(); i++) {
            if (!red[i]) out.add(x.dim(i));
            else if (keep) out.add(Dim.of(1));
        }
        return new TensorType(type, out);
    }

    private TensorType einsum() {
        String eq = strAttr("equation", "").replace(" ", "");
        int type = in(0).elemType();
        String[] sides = eq.split("->", -1);
        String[] terms = sides[0].split(",", -1);
        java.util.Map<Character, Dim> sizes = new java.util.HashMap<>();
        List<Dim> ellipsis = null;
        for (int t = 0; t < terms.length; t++) {
            TensorType x = in(t);
            if (!x.hasShape()) return new TensorType(type, null);
            String term = terms[t];
            int ell = term.indexOf("...");
            int letters = term.replace("...", "").length();
            int ellRank = x.rank() - letters;
            int d = 0;
            for (int c = 0; c < term.length(); c++) {
                if (ell == c) {
                    List<Dim> e = x.dims().subList(d, d + Math.max(0, ellRank));
                    ellipsis = ellipsis == null ? new ArrayList<>(e) : broadcast(ellipsis, e);
                    d += Math.max(0, ellRank);
                    c += 2;
                    continue;
                }
                if (d >= x.rank()) return new TensorType(type, null);
                Dim size = x.dim(d++);
                sizes.merge(term.charAt(c), size, (a, b) -> a.isKnown() && a.value() == 1 ? b : a);
            }
        }
        String outTerm;
        if (sides.length > 1) {
            outTerm = sides[1];
        } else {
            // implicit mode: letters appearing once, alphabetically
            StringBuilder b = new StringBuilder(ellipsis != null ? "..." : "");
            String all = sides[0].replace(",", "").replace("...", "");
            all.chars().distinct().sorted().filter(ch -> all.indexOf(ch) == all.lastIndexOf(ch))
                    .forEach(ch -> b.append((char) ch));
            outTerm = b.toString();
        }
        List<Dim> out = new ArrayList<>();
        for (int c = 0; c < outTerm.length(); c++) {
            if (outTerm.startsWith("...", c)) {
                if (ellipsis != null) out.addAll(ellipsis);
                c += 2;
            } else {
                Dim s = sizes.get(outTerm.charAt(c));
                out.add(s == null ? Dim.unknown() : s);
            }
        }
        return new TensorType(type, out);
    }

    private List<TensorType> recurrent(String op) {
        TensorType x = in(0);
        long hidden = intAttr("hidden_size", -1);
        String dir = strAttr("direction", "forward");
        long dirs = dir.equals("bidirectional") ? 2 : 1;
        int type = x.elemType();
        Dim h = hidden > 0 ? Dim.of(hidden) : Dim.unknown();
        if (hidden <= 0 && in(2).hasShape() && in(2).rank() == 3) {
            Dim r = in(2).dim(2); // R: [dirs, gates*hidden, hidden]
            h = r;
        }
        if (!x.hasShape() || x.rank() != 3) {
            return List.of(new TensorType(type, null), new TensorType(type, null), new TensorType(type, null));
        }
        boolean batchFirst = intAttr("layout", 0) != 0;
        Dim seq = batchFirst ? x.dim(1) : x.dim(0), batch = batchFirst ? x.dim(0) : x.dim(1);
        Dim nd = Dim.of(dirs);
        TensorType y = new TensorType(type, batchFirst ? List.of(batch, seq, nd, h) : List.of(seq, nd, batch, h));
        TensorType yh = new TensorType(type, batchFirst ? List.of(batch, nd, h) : List.of(nd, batch, h));
        return op.equals("LSTM") ? List.of(y, yh, yh) : List.of(y, yh);
    }

    private GraphProto graphAttr(String name) {
        AttributeProto a = attr(name);
        return a == null ? null : a.g();
    }

    private List<TensorType> ifBranches() {
        GraphProto then = graphAttr("then_branch"), els = graphAttr("else_branch");
        List<TensorType> a = subgraphOutputs(then, List.of());
        List<TensorType> b = subgraphOutputs(els, List.of());
        List<TensorType> out = new ArrayList<>();
        for (int i = 0; i < n.outputs().size(); i++) {
            TensorType x = i < a.size() ? a.get(i) : TensorType.UNKNOWN, y = i < b.size() ? b.get(i) : TensorType.UNKNOWN;
            out.add(unify(x, y));
        }
        return out;
    }

    /** What two branches agree on. */
    private static TensorType unify(TensorType a, TensorType b) {
        if (a.equals(b)) return a;
        int type = a.elemType() == b.elemType() ? a.elemType() : 0;
        if (!a.hasShape() || !b.hasShape() || a.rank() != b.rank()) return new TensorType(type, null);
        List<Dim> d = new ArrayList<>();
        for (int i = 0; i < a.rank(); i++) d.add(a.dim(i).equals(b.dim(i)) ? a.dim(i) : Dim.unknown());
        return new TensorType(type, d);
    }

    private List<TensorType> loop() {
        GraphProto body = graphAttr("body");
        int carried = Math.max(0, n.inputs().size() - 2);
        List<TensorType> bodyIns = new ArrayList<>();
        bodyIns.add(TensorType.of(DataType.INT64));
        bodyIns.add(TensorType.of(DataType.BOOL));
        for (int i = 0; i < carried; i++) bodyIns.add(in(i + 2));
        List<TensorType> outs = subgraphOutputs(body, bodyIns);
        List<TensorType> res = new ArrayList<>();
        for (int i = 0; i < n.outputs().size(); i++) {
            int bi = i + 1; // body outputs: cond, carried..., scan outputs...
            TensorType t = bi < outs.size() ? outs.get(bi) : TensorType.UNKNOWN;
            if (i >= carried) {
                List<Dim> d = new ArrayList<>();
                d.add(Dim.unknown());
                if (t.hasShape()) d.addAll(t.dims());
                t = new TensorType(t.elemType(), t.hasShape() ? d : null);
            }
            res.add(t);
        }
        return res;
    }

    /**
     * Scan-8 takes sequence_lens first and a batch axis before the sequence axis; from 9 there is no
     * batch, and scan_input_axes / scan_output_axes say where the sequence axis is (default 0).
     */
    private List<TensorType> scan() {
        GraphProto body = graphAttr("body");
        int numScan = (int) intAttr("num_scan_inputs", 0);
        boolean batched = opset < 9;
        int first = batched ? 1 : 0;
        int states = Math.max(0, n.inputs().size() - first - numScan);
        long[] inAxes = intsAttr("scan_input_axes"), outAxes = intsAttr("scan_output_axes");
        List<TensorType> bodyIns = new ArrayList<>();
        Dim seq = Dim.unknown(), batch = Dim.unknown();
        for (int i = first; i < n.inputs().size(); i++) {
            TensorType t = in(i);
            int j = i - first;
            if (t.hasShape()) {
                List<Dim> d = new ArrayList<>(t.dims());
                if (batched && !d.isEmpty()) batch = d.remove(0);
                if (j >= states && !d.isEmpty()) {
                    int ax = batched || inAxes == null || j - states >= inAxes.length ? 0 : axis(inAxes[j - states], d.size());
                    if (ax >= 0 && ax < d.size()) seq = d.remove(ax);
                }
                t = t.withDims(d);
            }
            bodyIns.add(t);
        }
        List<TensorType> outs = subgraphOutputs(body, bodyIns);
        List<TensorType> res = new ArrayList<>();
        for (int i = 0; i < n.outputs().size(); i++) {
            TensorType t = i < outs.size() ? outs.get(i) : TensorType.UNKNOWN;
            if (t.hasShape()) {
                List<Dim> d = new ArrayList<>(t.dims());
                if (i >= states) {
                    int ax = batched || outAxes == null || i - states >= outAxes.length ? 0 : axis(outAxes[i - states], d.size() + 1);
                    d.add(Math.max(0, Math.min(ax, d.size())), seq);
                }
                if (batched) d.add(0, batch);
                t = t.withDims(d);
            }
            res.add(t);
        }
        return res;
    }

    /** Infers a subgraph (with its inputs' types where the file leaves them out) and returns its outputs' types. */
    private List<TensorType> subgraphOutputs(GraphProto g, List<TensorType> inputTypes) {
        if (g == null) return List.of();
        ShapeInference.Scope sub = new ShapeInference.Scope(scope, engine.partial().typesOf(g), scope.callerAttrs);
        for (int i = 0; i < Math.min(inputTypes.size(), g.inputs().size()); i++) {
            ValueInfo v = g.inputs().get(i);
            TensorType declared = TensorType.of(v.type());
            sub.types.put(v.name(), ShapeInference.merge(declared, inputTypes.get(i)));
        }
        engine.inferGraph(g, sub, depth + 1);
        List<TensorType> outs = new ArrayList<>();
        for (ValueInfo v : g.outputs()) {
            TensorType t = sub.types.get(v.name());
            if (t == null) t = scope.type(v.name());
            outs.add(t == null ? TensorType.UNKNOWN : t);
        }
        return outs;
    }
}
