package io.medli.onnx.cost;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.medli.onnx.TensorData;
import io.medli.onnx.graph.GraphView;
import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.SparseTensorProto;
import io.medli.onnx.proto.TensorProto;
import io.medli.onnx.proto.ValueInfo;
import io.medli.onnx.shape.Dim;
import io.medli.onnx.shape.InferenceResult;
import io.medli.onnx.shape.ShapeInference;
import io.medli.onnx.shape.TensorType;

/** Parameters, multiply-accumulates, weight and activation bytes of a model, per node and in total. */
public final class CostModel {
    private final ModelProto model;
    private final InferenceResult shapes;
    private final Map<String, Long> bindings;

    private CostModel(ModelProto model, InferenceResult shapes, Map<String, Long> bindings) {
        this.model = model;
        this.shapes = shapes;
        this.bindings = bindings;
    }

    /** Symbolic dimensions not in {@code bindings} count as 1. */
    public static ModelCost analyze(ModelProto model, InferenceResult shapes, Map<String, Long> bindings) {
        return new CostModel(model, shapes, Map.copyOf(bindings)).run();
    }

    /** Costs with the bound sizes put into the inputs before shape inference, so that they reach every tensor. */
    public static ModelCost analyze(ModelProto model, Map<String, Long> bindings) {
        return analyze(model, ShapeInference.infer(model, bindings, Map.of()), bindings);
    }

    /** Names of the symbolic dimensions of the model's inputs, in order of appearance. */
    public static Set<String> inputSymbols(ModelProto model) {
        Set<String> out = new java.util.LinkedHashSet<>();
        GraphView v = GraphView.of(model.graph());
        for (ValueInfo in : v.realInputs()) {
            TensorType t = TensorType.of(in.type());
            if (t == null || !t.hasShape()) continue;
            for (Dim d : t.dims()) if (d.isSymbolic()) out.add(d.toString());
        }
        return out;
    }

    private ModelCost run() {
        GraphProto g = model.graph();
        GraphView view = GraphView.of(g);
        Map<String, TensorProto> weights = new HashMap<>();
        for (TensorProto t : g.initializers()) weights.put(t.name(), t);
        for (NodeProto n : g.nodes()) {
            if (n.opType().equals("Constant") && n.domain().isEmpty() && !n.outputs().isEmpty()) {
                AttributeProto v = n.attribute("value");
                if (v != null && v.t() != null) weights.put(n.outputs().get(0), v.t());
            }
        }
        Map<String, SparseTensorProto> sparse = new HashMap<>();
        if (g.hasSparseInitializers()) for (SparseTensorProto s : g.sparseInitializers()) sparse.put(s.name(), s);

        long totalParams = 0, totalWeightBytes = 0;
        for (TensorProto t : weights.values()) {
            totalWeightBytes += TensorData.byteSize(t);
            if (isParameter(t.dataType())) totalParams += Math.max(0, t.elementCount());
        }
        for (SparseTensorProto s : sparse.values()) {
            if (s.values() != null) {
                totalWeightBytes += TensorData.byteSize(s.values());
                if (isParameter(s.values().dataType())) totalParams += Math.max(0, s.values().elementCount());
            }
            if (s.indices() != null) totalWeightBytes += TensorData.byteSize(s.indices());
        }

        List<NodeProto> order = view.topologicalOrder();
        Set<String> counted = new HashSet<>();
        List<NodeCost> costs = new ArrayList<>(order.size());
        long macs = 0, activation = 0;
        Set<String> unknown = new TreeSet<>();
        for (NodeProto n : order) {
            long p = 0, wb = 0;
            for (String in : n.inputs()) {
                if (in.isEmpty() || !counted.add(in)) continue;
                TensorProto w = weights.get(in);
                if (w != null) {
                    wb += TensorData.byteSize(w);
                    if (isParameter(w.dataType())) p += Math.max(0, w.elementCount());
                } else if (sparse.containsKey(in) && sparse.get(in).values() != null) {
                    SparseTensorProto s = sparse.get(in);
                    wb += TensorData.byteSize(s.values()) + (s.indices() == null ? 0 : TensorData.byteSize(s.indices()));
                    p += Math.max(0, s.values().elementCount());
                }
            }
            long m = macs(n);
            if (m > 0) macs += m;
            long out = 0;
            if (!(n.opType().equals("Constant") && n.domain().isEmpty())) {
                for (String o : n.outputs()) {
                    if (o.isEmpty()) continue;
                    long b = bytes(o);
                    if (b < 0) { unknown.add(o); out = -1; break; }
                    out += b;
                }
                if (out > 0) activation += out;
            }
            costs.add(new NodeCost(n, p, m, wb, out));
        }
        long peak = peak(view, order, weights.keySet(), unknown);
        return new ModelCost(costs, totalParams, macs, totalWeightBytes, activation, peak, unknown.size(), bindings);
    }

    /** Shape constants (int64 axes, shapes, indices) and flags are not learned parameters. */
    private static boolean isParameter(int type) {
        return type != DataType.INT64 && type != DataType.BOOL && type != DataType.STRING && type != DataType.UNDEFINED;
    }

    private long bytes(String tensor) {
        TensorType t = shapes.type(tensor);
        long n = t.elementCount(bindings);
        if (n < 0 || t.elemType() == 0) return -1;
        return DataType.bytes(t.elemType(), n);
    }

    private long count(TensorType t) {
        return t.elementCount(bindings);
    }

    private Dim dim(TensorType t, int i) {
        return i < 0 || !t.hasShape() || i >= t.rank() ? Dim.unknown() : t.dim(i);
    }

    private long val(Dim d) {
        return d.evaluate(bindings);
    }

    /** Multiply-accumulates of one node; 0 for operators without them, -1 when shapes are unknown. */
    long macs(NodeProto n) {
        TensorType out = n.outputs().isEmpty() ? TensorType.UNKNOWN : shapes.type(n.outputs().get(0));
        switch (n.opType()) {
            case "Conv", "ConvInteger", "QLinearConv", "FusedConv" -> {
                TensorType w = shapes.type(n.input(n.opType().equals("QLinearConv") ? 3 : 1));
                long o = count(out), we = count(w), m = val(dim(w, 0));
                return o < 0 || we < 0 || m <= 0 ? -1 : o * (we / m);
            }
            case "ConvTranspose" -> {
                TensorType x = shapes.type(n.input(0)), w = shapes.type(n.input(1));
                long xe = count(x), we = count(w), cin = val(dim(w, 0));
                return xe < 0 || we < 0 || cin <= 0 ? -1 : xe * (we / cin);
            }
            case "MatMul", "MatMulInteger", "QLinearMatMul", "FusedMatMul", "MatMulIntegerToFloat" -> {
                TensorType a = shapes.type(n.input(0));
                long k = a.hasShape() && a.rank() > 0 ? val(a.dim(a.rank() - 1)) : -1;
                long o = count(out);
                return o < 0 || k < 0 ? -1 : o * k;
            }
            case "Gemm" -> {
                TensorType a = shapes.type(n.input(0));
                long k = val(dim(a, n.intAttr("transA", 0) != 0 ? 0 : 1));
                long o = count(out);
                return o < 0 || k < 0 ? -1 : o * k;
            }
            case "LSTM", "GRU", "RNN" -> {
                TensorType x = shapes.type(n.input(0)), w = shapes.type(n.input(1)), r = shapes.type(n.input(2));
                boolean bf = n.intAttr("layout", 0) != 0;
                long seq = val(dim(x, bf ? 1 : 0)), batch = val(dim(x, bf ? 0 : 1));
                long we = count(w), re = count(r);
                return seq < 0 || batch < 0 || we < 0 || re < 0 ? -1 : seq * batch * (we + re);
            }
            case "Einsum" -> {
                return einsumMacs(n);
            }
            default -> {
                return 0;
            }
        }
    }

    private long einsumMacs(NodeProto n) {
        String eq = n.stringAttr("equation", "").replace(" ", "");
        String lhs = eq.split("->", -1)[0];
        String[] terms = lhs.split(",", -1);
        Map<Character, Long> sizes = new LinkedHashMap<>();
        for (int t = 0; t < terms.length; t++) {
            TensorType x = shapes.type(n.input(t));
            String term = terms[t];
            if (!x.hasShape() || term.contains("...")) return term.contains("...") ? 0 : -1;
            for (int c = 0; c < term.length() && c < x.rank(); c++) {
                long v = val(x.dim(c));
                if (v < 0) return -1;
                sizes.merge(term.charAt(c), v, Math::max);
            }
        }
        if (terms.length < 2) return 0;
        long p = 1;
        try {
            for (long v : sizes.values()) p = Math.multiplyExact(p, v);
        } catch (ArithmeticException e) {
            return -1; // sizes from a malformed model; unknown rather than wrong
        }
        return p;
    }

    /** Most activation bytes alive at once when running {@code order}. */
    private long peak(GraphView view, List<NodeProto> order, Set<String> weights, Set<String> unknown) {
        Map<String, Integer> lastUse = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            for (String in : view.allInputs(order.get(i))) if (!in.isEmpty()) lastUse.put(in, i);
        }
        long live = 0, peak = 0;
        Map<String, Long> alive = new HashMap<>();
        for (ValueInfo in : view.realInputs()) {
            long b = bytes(in.name());
            if (b > 0) { alive.put(in.name(), b); live += b; }
        }
        peak = live;
        for (int i = 0; i < order.size(); i++) {
            NodeProto n = order.get(i);
            boolean constant = n.opType().equals("Constant") && n.domain().isEmpty();
            for (String o : n.outputs()) {
                if (o.isEmpty() || constant || weights.contains(o)) continue;
                long b = bytes(o);
                if (b > 0 && alive.putIfAbsent(o, b) == null) live += b;
            }
            peak = Math.max(peak, live);
            for (String in : view.allInputs(n)) {
                if (!in.isEmpty() && lastUse.getOrDefault(in, -1) == i && !view.isGraphOutput(in)) {
                    Long b = alive.remove(in);
                    if (b != null) live -= b;
                }
            }
            for (String o : n.outputs()) {
                if (!o.isEmpty() && !lastUse.containsKey(o) && !view.isGraphOutput(o)) {
                    Long b = alive.remove(o);
                    if (b != null) live -= b;
                }
            }
        }
        return peak;
    }
}
