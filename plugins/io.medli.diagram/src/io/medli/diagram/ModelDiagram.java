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
                if (w != null) ws.add(new DiagramNode.Weight(weightLabel(n.opType(), i), in, shape(w)));
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

    private static String weightLabel(String op, int input) {
        return switch (op) {
            case "Conv", "ConvTranspose", "Gemm" -> input == 1 ? "W" : input == 2 ? "B" : Integer.toString(input);
            case "BatchNormalization" -> switch (input) {
                case 1 -> "scale"; case 2 -> "B"; case 3 -> "mean"; case 4 -> "var"; default -> Integer.toString(input);
            };
            case "LayerNormalization" -> input == 1 ? "scale" : input == 2 ? "B" : Integer.toString(input);
            case "QuantizeLinear", "DequantizeLinear" -> input == 1 ? "scale" : input == 2 ? "zero point" : Integer.toString(input);
            default -> input == 1 ? "B" : Integer.toString(input);
        };
    }

    private static String shape(TensorProto t) {
        StringBuilder b = new StringBuilder(DataType.name(t.dataType())).append('[');
        long[] d = t.dims();
        for (int i = 0; i < d.length; i++) b.append(i > 0 ? "\u00d7" : "").append(d[i]);
        return b.append(']').toString();
    }

    /** "1×96×160×160", with the element type added when it is not float32. */
    static String label(TensorType t) {
        if (t == null || (t.elemType() == 0 && !t.hasShape())) return "";
        StringBuilder b = new StringBuilder();
        if (t.hasShape()) {
            for (int i = 0; i < t.rank(); i++) b.append(i > 0 ? "\u00d7" : "").append(t.dim(i));
        } else {
            b.append('?');
        }
        if (t.elemType() != DataType.FLOAT && t.elemType() != 0) b.append(' ').append(DataType.name(t.elemType()));
        return b.toString();
    }
}
