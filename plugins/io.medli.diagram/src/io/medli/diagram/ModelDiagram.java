package io.medli.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.medli.onnx.graph.GraphView;
import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.TensorProto;
import io.medli.onnx.proto.ValueInfo;
import io.medli.onnx.shape.InferenceResult;
import io.medli.onnx.shape.TensorType;

/**
 * What the graph editor draws for one graph, Netron's way: a box per operator with its weights
 * inside (initializers and Constant nodes are not boxes of their own), terminals for graph
 * inputs and outputs, and an edge per tensor use labelled with its shape.
 */
public final class ModelDiagram {
    private final GraphProto graph;
    private final List<DiagramNode> nodes = new ArrayList<>();
    private final List<DiagramEdge> edges = new ArrayList<>();
    private final Map<Integer, Integer> boxOfNode = new HashMap<>();

    private ModelDiagram(GraphProto graph) {
        this.graph = graph;
    }

    public static ModelDiagram of(GraphProto graph, InferenceResult types) {
        ModelDiagram d = new ModelDiagram(graph);
        d.build(types);
        return d;
    }

    public GraphProto graph() { return graph; }
    public List<DiagramNode> nodes() { return Collections.unmodifiableList(nodes); }
    public List<DiagramEdge> edges() { return Collections.unmodifiableList(edges); }

    /** The box showing the node at {@code nodeIndex} of the graph, or -1 (Constant nodes have none). */
    public int boxOfNode(int nodeIndex) {
        return boxOfNode.getOrDefault(nodeIndex, -1);
    }

    private void build(InferenceResult types) {
        GraphView view = GraphView.of(graph);
        Map<String, TensorProto> weights = new HashMap<>();
        for (TensorProto t : graph.initializers()) weights.put(t.name(), t);
        List<NodeProto> all = graph.nodes();
        Map<NodeProto, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < all.size(); i++) index.put(all.get(i), i);
        for (NodeProto n : all) {
            if (isFoldedConstant(n)) weights.put(n.outputs().get(0), n.attribute("value").t());
        }
        Map<String, Integer> producerBox = new HashMap<>();
        for (ValueInfo in : view.realInputs()) {
            int id = add(DiagramNode.Kind.INPUT, -1, in.name(), "", "", List.of(), OperatorCategory.OTHER, List.of());
            producerBox.put(in.name(), id);
        }
        for (NodeProto n : view.topologicalOrder()) {
            if (isFoldedConstant(n)) continue;
            int nodeIndex = index.get(n);
            List<DiagramNode.Weight> ws = new ArrayList<>();
            for (int i = 0; i < n.inputs().size(); i++) {
                String in = n.inputs().get(i);
                TensorProto w = weights.get(in);
                if (w != null) ws.add(new DiagramNode.Weight(weightLabel(n.opType(), i), in, shape(w), smallValue(w)));
            }
            List<String> subs = new ArrayList<>();
            for (AttributeProto a : n.attributes()) if (!a.subgraphs().isEmpty()) subs.add(a.name());
            int id = add(DiagramNode.Kind.OPERATOR, nodeIndex, n.opType(), n.name(), AttributeSummary.of(n), ws,
                    OperatorCategory.of(n.opType()), subs);
            boxOfNode.put(nodeIndex, id);
            for (String o : n.outputs()) if (!o.isEmpty()) producerBox.put(o, id);
        }
        for (NodeProto n : view.topologicalOrder()) {
            Integer to = boxOfNode.get(index.get(n));
            if (to == null) continue;
            for (String in : view.allInputs(n)) {
                if (in.isEmpty() || weights.containsKey(in)) continue;
                Integer from = producerBox.get(in);
                if (from == null) {
                    // produced outside this graph (an outer scope): a terminal of its own
                    from = add(DiagramNode.Kind.INPUT, -1, in, "", "outer scope", List.of(), OperatorCategory.OTHER, List.of());
                    producerBox.put(in, from);
                }
                edges.add(new DiagramEdge(from, to, in, label(types.type(graph, in))));
            }
        }
        for (ValueInfo out : graph.outputs()) {
            int id = add(DiagramNode.Kind.OUTPUT, -1, out.name(), "", "", List.of(), OperatorCategory.OTHER, List.of());
            Integer from = producerBox.get(out.name());
            if (from != null) edges.add(new DiagramEdge(from, id, out.name(), label(types.type(graph, out.name()))));
        }
    }

    private int add(DiagramNode.Kind kind, int nodeIndex, String title, String name, String attrs,
            List<DiagramNode.Weight> weights, OperatorCategory cat, List<String> subs) {
        int id = nodes.size();
        nodes.add(new DiagramNode(id, kind, nodeIndex, title, name, attrs, List.copyOf(weights), cat, List.copyOf(subs)));
        return id;
    }

    /** Constant nodes become weights of their consumers, as initializers do. */
    private static boolean isFoldedConstant(NodeProto n) {
        return n.opType().equals("Constant") && n.domain().isEmpty() && n.outputs().size() == 1
                && n.attribute("value") != null && n.attribute("value").t() != null;
    }

    /** Names of operator inputs as the ONNX specification calls them, where they help. */
    private static final java.util.Map<String, String[]> INPUT_NAMES = java.util.Map.ofEntries(
            java.util.Map.entry("Conv", new String[] { "X", "W", "B" }),
            java.util.Map.entry("ConvTranspose", new String[] { "X", "W", "B" }),
            java.util.Map.entry("Gemm", new String[] { "A", "B", "C" }),
            java.util.Map.entry("BatchNormalization", new String[] { "X", "scale", "B", "mean", "var" }),
            java.util.Map.entry("LayerNormalization", new String[] { "X", "scale", "B" }),
            java.util.Map.entry("InstanceNormalization", new String[] { "X", "scale", "B" }),
            java.util.Map.entry("QuantizeLinear", new String[] { "x", "scale", "zero point" }),
            java.util.Map.entry("DequantizeLinear", new String[] { "x", "scale", "zero point" }),
            java.util.Map.entry("Clip", new String[] { "X", "min", "max" }),
            java.util.Map.entry("Reshape", new String[] { "data", "shape" }),
            java.util.Map.entry("Expand", new String[] { "X", "shape" }),
            java.util.Map.entry("Tile", new String[] { "X", "repeats" }),
            java.util.Map.entry("Slice", new String[] { "data", "starts", "ends", "axes", "steps" }),
            java.util.Map.entry("Pad", new String[] { "data", "pads", "value", "axes" }),
            java.util.Map.entry("Resize", new String[] { "X", "roi", "scales", "sizes" }),
            java.util.Map.entry("Upsample", new String[] { "X", "scales" }),
            java.util.Map.entry("Gather", new String[] { "data", "indices" }),
            java.util.Map.entry("Squeeze", new String[] { "data", "axes" }),
            java.util.Map.entry("Unsqueeze", new String[] { "data", "axes" }),
            java.util.Map.entry("Split", new String[] { "input", "split" }),
            java.util.Map.entry("TopK", new String[] { "X", "K" }),
            java.util.Map.entry("PRelu", new String[] { "X", "slope" }),
            java.util.Map.entry("LSTM", new String[] { "X", "W", "R", "B", "seq lens", "h0", "c0", "P" }),
            java.util.Map.entry("GRU", new String[] { "X", "W", "R", "B", "seq lens", "h0" }),
            java.util.Map.entry("RNN", new String[] { "X", "W", "R", "B", "seq lens", "h0" }),
            java.util.Map.entry("Where", new String[] { "condition", "X", "Y" }));

    private static String weightLabel(String op, int input) {
        String[] names = INPUT_NAMES.get(op);
        if (names != null && input < names.length) return names[input];
        if (op.startsWith("Reduce") && input == 1) return "axes";
        return input == 1 ? "B" : Integer.toString(input);
    }

    /** Values of tiny tensors (scalars, axes, clip bounds), formatted compactly; null otherwise. */
    private static String smallValue(TensorProto t) {
        long n = t.elementCount();
        if (n < 1 || n > 4 || t.dataType() == DataType.STRING) return null;
        try {
            double[] v = io.medli.onnx.TensorData.toDoubles(t, (int) n);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < v.length; i++) {
                if (i > 0) b.append(", ");
                b.append(v[i] == Math.rint(v[i]) && Math.abs(v[i]) < 1e15 ? Long.toString((long) v[i])
                        : String.format(java.util.Locale.ROOT, "%.4g", v[i]));
            }
            return t.dims().length == 0 ? b.toString() : "[" + b + "]";
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static String shape(TensorProto t) {
        StringBuilder b = new StringBuilder(DataType.name(t.dataType())).append('[');
        long[] d = t.dims();
        for (int i = 0; i < d.length; i++) b.append(i > 0 ? "\u00d7" : "").append(d[i]);
        return b.append(']').toString();
    }

    /** "f32 1×96×160×160": element type (short) and shape. */
    static String label(TensorType t) {
        if (t == null || (t.elemType() == 0 && !t.hasShape())) return "";
        StringBuilder b = new StringBuilder();
        if (t.elemType() != 0) b.append(shortType(t.elemType())).append(' ');
        if (t.hasShape()) {
            for (int i = 0; i < t.rank(); i++) b.append(i > 0 ? "\u00d7" : "").append(t.dim(i));
            if (t.rank() == 0) b.append("scalar");
        } else {
            b.append('?');
        }
        return b.toString();
    }

    /** Netron-style short element types: f32, f16, i64, u8, bool... */
    static String shortType(int type) {
        return switch (type) {
            case DataType.FLOAT -> "f32";
            case DataType.FLOAT16 -> "f16";
            case DataType.BFLOAT16 -> "bf16";
            case DataType.DOUBLE -> "f64";
            case DataType.INT64 -> "i64";
            case DataType.INT32 -> "i32";
            case DataType.INT16 -> "i16";
            case DataType.INT8 -> "i8";
            case DataType.UINT8 -> "u8";
            case DataType.UINT16 -> "u16";
            case DataType.UINT32 -> "u32";
            case DataType.UINT64 -> "u64";
            case DataType.BOOL -> "bool";
            default -> DataType.name(type);
        };
    }
}
