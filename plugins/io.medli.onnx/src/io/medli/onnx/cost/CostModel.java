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
    private final Map<GraphProto, GraphProto> parent = new java.util.IdentityHashMap<>();
    private Map<String, TensorProto> weights = new HashMap<>();
    /** Nesting of function bodies analysed for their callers (a recursive function stops here). */
    private int functionDepth;

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
        for (TensorProto t : g.initializers()) weights.put(t.name(), t);
        for (NodeProto n : g.nodes()) {
            if (n.opType().equals("Constant") && n.domain().isEmpty() && !n.outputs().isEmpty()) {
                AttributeProto v = n.attribute("value");
                if (v != null && v.t() != null) weights.put(n.outputs().get(0), v.t());
            }
        }
        // weights inside If/Loop/Scan bodies: stored in the file, read by the control-flow node
        Map<NodeProto, long[]> bodyWeights = new HashMap<>();
        for (NodeProto n : g.nodes()) {
            long[] pw = new long[2];
            for (AttributeProto a : n.attributes()) {
                for (GraphProto sub : a.subgraphs()) {
                    io.medli.onnx.proto.ProtoWalk.graphs(sub, x -> {
                        parent.putIfAbsent(x, x == sub ? g : parentOf(x, sub));
                        for (TensorProto t : x.initializers()) add(pw, t);
                        for (NodeProto c : x.nodes()) {
                            if (c.opType().equals("Constant") && c.domain().isEmpty() && c.attribute("value") != null && c.attribute("value").t() != null) {
                                add(pw, c.attribute("value").t());
                            }
                        }
                    });
                }
            }
            if (pw[0] > 0 || pw[1] > 0) bodyWeights.put(n, pw);
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

        // weights held in model-local functions (Constant nodes of their bodies): stored once, on the first call's node
        Set<io.medli.onnx.proto.FunctionProto> seenFunctions = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (NodeProto n : g.nodes()) {
            io.medli.onnx.proto.FunctionProto f = function(n);
            if (f == null || !seenFunctions.add(f)) continue;
            long[] pw = bodyWeights.computeIfAbsent(n, k -> new long[2]);
            for (NodeProto c : f.nodes()) {
                if (c.opType().equals("Constant") && c.domain().isEmpty() && c.attribute("value") != null && c.attribute("value").t() != null) {
                    add(pw, c.attribute("value").t());
                }
            }
        }
        for (long[] pw : bodyWeights.values()) {
            totalParams += pw[0];
            totalWeightBytes += pw[1];
        }
        List<NodeProto> order = view.topologicalOrder();
        Set<String> counted = new HashSet<>();
        List<NodeCost> costs = new ArrayList<>(order.size());
        long macs = 0, activation = 0;
        Set<String> unknown = new TreeSet<>();
        for (NodeProto n : order) {
            long p = 0, wb = 0;
            long[] body = bodyWeights.get(n);
            if (body != null) {
                p += body[0];
                wb += body[1];
            }
            for (String in : view.allInputs(n)) {
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
            long m = macs(n, g);
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

    private void add(long[] pw, TensorProto t) {
        pw[1] += TensorData.byteSize(t);
        if (isParameter(t.dataType())) pw[0] += Math.max(0, t.elementCount());
    }

    /** The graph whose node holds {@code g} as an attribute, searched from {@code root}. */
    private static GraphProto parentOf(GraphProto g, GraphProto root) {
        GraphProto[] found = new GraphProto[1];
        io.medli.onnx.proto.ProtoWalk.graphs(root, x -> {
            for (NodeProto n : x.nodes()) for (AttributeProto a : n.attributes()) if (a.subgraphs().contains(g)) found[0] = x;
        });
        return found[0];
    }

    /** A tensor's type as seen from graph {@code g}: its own, else the enclosing graphs'. */
    private TensorType type(GraphProto g, String name) {
        for (GraphProto x = g; x != null; x = parent.get(x)) {
            TensorType t = shapes.type(x, name);
            if (t.hasShape() || t.elemType() != 0) return t;
        }
        return TensorType.UNKNOWN;
    }

    /**
     * Multiply-accumulates of a body: the sum over its nodes (control flow nested in it included),
     * counting what is known.
     */
    private long bodyMacs(GraphProto body) {
        long sum = 0;
        for (NodeProto c : body.nodes()) {
            long m = macs(c, body);
            if (m > 0) sum += m;
        }
        return sum;
    }

    /** The model-local function {@code n} calls, or null. */
    private io.medli.onnx.proto.FunctionProto function(NodeProto n) {
        if (model.functions().isEmpty()) return null;
        for (io.medli.onnx.proto.FunctionProto f : model.functions()) {
            if (f.name().equals(n.opType()) && f.domain().equals(n.domain()) && java.util.Objects.equals(f.overload(), n.overload())) return f;
        }
        return null;
    }

    /**
     * Multiply-accumulates of one call of a model-local function: its body as a graph of its own,
     * fed the caller's input types (the caller's attributes referenced in the body stay unknown).
     */
    private long functionMacs(NodeProto call, io.medli.onnx.proto.FunctionProto f, GraphProto g) {
        if (functionDepth > 8) return -1;
        GraphProto body = new GraphProto().name(f.name());
        for (int i = 0; i < f.inputs().size(); i++) {
            TensorType t = i < call.inputs().size() && !call.input(i).isEmpty() ? type(g, call.input(i)) : TensorType.UNKNOWN;
            body.inputs().add(new ValueInfo(f.inputs().get(i), t.hasShape() || t.elemType() != 0 ? t.toProto() : null));
        }
        for (String o : f.outputs()) body.outputs().add(new ValueInfo(o, null));
        body.nodes().addAll(f.nodes());
        ModelProto mini = new ModelProto().irVersion(model.irVersion()).graph(body);
        mini.opsetImports().addAll(model.opsetImports());
        mini.functions().addAll(model.functions());
        CostModel inner = new CostModel(mini, ShapeInference.infer(mini, bindings, Map.of()), bindings);
        inner.functionDepth = functionDepth + 1;
        ModelCost c = inner.run();
        return c.unknownShapes() > 0 && c.macs() == 0 ? -1 : c.macs();
    }

    private GraphProto subgraph(NodeProto n, String attr) {
        AttributeProto a = n.attribute(attr);
        return a == null ? null : a.g();
    }

    /**
     * If: the larger branch. Loop: the body times the trip count when it is a known constant, else
     * one iteration. Scan: the body times the sequence length.
     */
    private long controlFlowMacs(NodeProto n, GraphProto g) {
        switch (n.opType()) {
            case "If" -> {
                GraphProto a = subgraph(n, "then_branch"), b = subgraph(n, "else_branch");
                return Math.max(a == null ? 0 : bodyMacs(a), b == null ? 0 : bodyMacs(b));
            }
            case "Loop" -> {
                GraphProto body = subgraph(n, "body");
                if (body == null) return 0;
                long per = bodyMacs(body), trips = -1;
                if (!n.input(0).isEmpty()) {
                    TensorProto m = weights.get(n.input(0));
                    if (m != null && m.elementCount() == 1) {
                        try {
                            trips = (long) TensorData.toDoubles(m, 1)[0];
                        } catch (java.io.IOException e) {
                            trips = -1;
                        }
                    }
                }
                return trips > 0 ? per * trips : per;
            }
            case "Scan" -> {
                GraphProto body = subgraph(n, "body");
                if (body == null) return 0;
                long per = bodyMacs(body);
                int numScan = (int) n.intAttr("num_scan_inputs", 0);
                boolean batched = model.opset("") < 9 && model.opset("") > 0;
                int firstScan = n.inputs().size() - numScan;
                long seq = -1;
                if (numScan > 0 && firstScan < n.inputs().size()) {
                    TensorType x = type(g, n.input(firstScan));
                    long[] axes = n.attribute("scan_input_axes") == null ? null : n.attribute("scan_input_axes").ints();
                    int ax = batched ? 1 : axes != null && axes.length > 0 ? (int) (axes[0] < 0 ? axes[0] + Math.max(0, x.rank()) : axes[0]) : 0;
                    seq = val(dim(x, ax));
                }
                return seq > 0 ? per * seq : per;
            }
            default -> {
                return 0;
            }
        }
    }

    /** Multiply-accumulates of one node; 0 for operators without them, -1 when shapes are unknown. */
    long macs(NodeProto n) {
        return macs(n, model.graph());
    }

    private long macs(NodeProto n, GraphProto g) {
        if (n.domain().isEmpty() && (n.opType().equals("If") || n.opType().equals("Loop") || n.opType().equals("Scan"))) {
            return controlFlowMacs(n, g);
        }
        io.medli.onnx.proto.FunctionProto f = function(n);
        if (f != null) return functionMacs(n, f, g);
        TensorType out = n.outputs().isEmpty() ? TensorType.UNKNOWN : type(g, n.outputs().get(0));
        switch (n.opType()) {
            case "Conv", "ConvInteger", "QLinearConv", "FusedConv" -> {
                TensorType w = type(g, n.input(n.opType().equals("QLinearConv") ? 3 : 1));
                long o = count(out), we = count(w), m = val(dim(w, 0));
                return o < 0 || we < 0 || m <= 0 ? -1 : o * (we / m);
            }
            case "ConvTranspose" -> {
                TensorType x = type(g, n.input(0)), w = type(g, n.input(1));
                long xe = count(x), we = count(w), cin = val(dim(w, 0));
                return xe < 0 || we < 0 || cin <= 0 ? -1 : xe * (we / cin);
            }
            case "MatMul", "MatMulInteger", "QLinearMatMul", "FusedMatMul", "MatMulIntegerToFloat" -> {
                TensorType a = type(g, n.input(0));
                long k = a.hasShape() && a.rank() > 0 ? val(a.dim(a.rank() - 1)) : -1;
                long o = count(out);
                return o < 0 || k < 0 ? -1 : o * k;
            }
            case "Gemm" -> {
                TensorType a = type(g, n.input(0));
                long k = val(dim(a, n.intAttr("transA", 0) != 0 ? 0 : 1));
                long o = count(out);
                return o < 0 || k < 0 ? -1 : o * k;
            }
            case "LSTM", "GRU", "RNN" -> {
                TensorType x = type(g, n.input(0)), w = type(g, n.input(1)), r = type(g, n.input(2));
                boolean bf = n.intAttr("layout", 0) != 0;
                long seq = val(dim(x, bf ? 1 : 0)), batch = val(dim(x, bf ? 0 : 1));
                long we = count(w), re = count(r);
                return seq < 0 || batch < 0 || we < 0 || re < 0 ? -1 : seq * batch * (we + re);
            }
            case "Einsum" -> {
                return einsumMacs(n, g);
            }
            default -> {
                return 0;
            }
        }
    }

    private long einsumMacs(NodeProto n, GraphProto g) {
        String eq = n.stringAttr("equation", "").replace(" ", "");
        String lhs = eq.split("->", -1)[0];
        String[] terms = lhs.split(",", -1);
        Map<Character, Long> sizes = new LinkedHashMap<>();
        for (int t = 0; t < terms.length; t++) {
            TensorType x = type(g, n.input(t));
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
