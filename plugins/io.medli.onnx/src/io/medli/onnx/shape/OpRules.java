package io.medli.onnx.shape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.NodeProto;

/** Shape and type rules of the ONNX operators, for one node. Returns null for unknown operators. */
final class OpRules extends RuleContext {
    OpRules(NodeProto n, ShapeInference.Scope scope, long opset, ShapeInference engine, int depth) {
        super(n, scope, opset, engine, depth);
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
                return one(new SpatialRules(this).conv(in(0), in(q ? 3 : 1), type));
            }
            case "ConvTranspose" -> {
                return one(new SpatialRules(this).convTranspose());
            }
            case "MaxPool", "AveragePool", "LpPool", "QLinearAveragePool" -> {
                TensorType y = new SpatialRules(this).pool(in(0));
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
                return one(new LayoutRules(this).reshape());
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
                return one(new LayoutRules(this).concat());
            }
            case "Split" -> {
                return new LayoutRules(this).split();
            }
            case "Slice" -> {
                return one(new LayoutRules(this).slice());
            }
            case "Gather" -> {
                return one(new LayoutRules(this).gather());
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
                return one(new LayoutRules(this).squeeze());
            }
            case "Unsqueeze" -> {
                return one(new LayoutRules(this).unsqueeze());
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
                return one(new LayoutRules(this).constant());
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
                return one(new LayoutRules(this).pad());
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
                return one(new SpatialRules(this).resize());
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
                return new ControlFlowRules(this).recurrent(op);
            }
            case "If" -> {
                return new ControlFlowRules(this).ifBranches();
            }
            case "Loop" -> {
                return new ControlFlowRules(this).loop();
            }
            case "Scan" -> {
                return new ControlFlowRules(this).scan();
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

}
