package io.medli.compress;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.medli.onnx.TensorData;
import io.medli.onnx.graph.GraphView;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.TensorProto;
import io.medli.onnx.shape.InferenceResult;
import io.medli.onnx.shape.ShapeInference;

/** Which nodes and tensors a quantization touches; computed from the graph and the options alone. */
final class QuantizationPlan {
    /** Quantized activations in graph order. */
    final Set<String> tensors = new LinkedHashSet<>();
    /** Activation -> activation whose parameters it reuses. */
    final Map<String, String> shared = new HashMap<>();
    /** ReLU/Clip nodes folded into their producer: activation node -> producer. */
    final Map<NodeProto, NodeProto> folded = new LinkedHashMap<>();
    /** Nodes whose weight (input 1) is quantized. */
    final List<NodeProto> weighted = new ArrayList<>();
    /** With {@link StaticQuantizer.Options#int8WeightsInFloat()}: nodes left in float whose weight is stored in int8 all the same. */
    final List<NodeProto> weightOnly = new ArrayList<>();
    final List<String> quantized = new ArrayList<>();
    final List<String> kept = new ArrayList<>();
    /** The quantized nodes, folded activations included. */
    final Set<NodeProto> nodes = new HashSet<>();
    /** Add/Mul nodes whose other operand is a float scalar initializer: node -> that initializer, stored 8-bit. */
    final Map<NodeProto, String> scalars = new HashMap<>();
    /** Nodes that read some quantized tensors' float values: see {@link ExactComparisons}. */
    final Map<NodeProto, Set<String>> floatReads = new HashMap<>();
    /** With {@link StaticQuantizer.Options#includeConnecting()}: operators whose readers are all quantized. */
    private final Set<NodeProto> leading = new HashSet<>();

    static QuantizationPlan of(ModelProto model, StaticQuantizer.Options o) {
        QuantizationPlan p = new QuantizationPlan();
        GraphProto g = model.graph();
        GraphView view = GraphView.of(g);
        InferenceResult types = ShapeInference.infer(model);
        if (o.includeConnecting() && !o.includeNodes().isEmpty()) p.findLeading(view, o);
        for (NodeProto n : view.topologicalOrder()) {
            String why = p.skip(n, o, view, types);
            if (why != null) {
                if (!why.isEmpty()) p.kept.add(n.opType() + " '" + n.displayName() + "': " + why);
                if (!why.isEmpty() && o.int8WeightsInFloat() && StaticQuantizer.WEIGHTED.contains(n.opType()) && n.inputs().size() > 1
                        && view.initializer(n.input(1)) != null && weightProblem(n, view.initializer(n.input(1))) == null) {
                    p.weightOnly.add(n);
                }
                continue;
            }
            String op = n.opType();
            List<String> acts = new ArrayList<>();
            boolean weighted = false;
            if (StaticQuantizer.WEIGHTED.contains(op) && n.inputs().size() > 1 && view.initializer(n.input(1)) != null) {
                TensorProto w = view.initializer(n.input(1));
                String reason = weightProblem(n, w);
                if (reason != null) {
                    p.kept.add(op + " '" + n.displayName() + "': " + reason);
                    continue;
                }
                weighted = true;
                acts.add(n.input(0));
            } else if (StaticQuantizer.ELEMENTWISE.contains(op) || StaticQuantizer.POOLING.contains(op)) {
                int count = StaticQuantizer.POOLING.contains(op) ? 1 : n.inputs().size();
                for (int i = 0; i < count; i++) acts.add(n.input(i));
            } else if (StaticQuantizer.DATA_MOVEMENT.contains(op)) {
                String in = n.input(0);
                if (p.tensors.contains(in) && isFloat(types, n.outputs().get(0)) && n.outputs().size() == 1
                        && !(op.equals("Pad") && !n.stringAttr("mode", "constant").equals("constant"))) {
                    String out = n.outputs().get(0);
                    p.tensors.add(out);
                    p.shared.put(out, p.shared.getOrDefault(in, in));
                    p.quantized.add(n.displayName());
                    p.nodes.add(n);
                }
                continue;
            } else {
                continue;
            }
            // Add/Mul of one float scalar (a shift, a scale, hard-swish's + 3) on a value quantized already: the scalar is
            // exact in 8 bits at a range of its own, and ONNX Runtime runs the node in int8 (QLinearAdd/QLinearMul) instead
            // of dequantizing around it. On a float value (a normalization of the input) it would only add a rounding.
            String scalar = null;
            if ((op.equals("Add") || op.equals("Mul")) && acts.size() == 2 && !acts.get(0).equals(acts.get(1))) {
                for (String a : acts) if (floatScalar(view, a) != null) scalar = a;
                if (scalar != null && !p.tensors.contains(acts.get(acts.get(0).equals(scalar) ? 1 : 0))) scalar = null;
                if (scalar != null) acts.remove(scalar);
            }
            boolean ok = !acts.isEmpty();
            for (String a : acts) ok &= !a.isEmpty() && isFloat(types, a) && !isConstant(view, a);
            if (ok && scalar != null) p.scalars.put(n, scalar);
            if (!ok) {
                if (!weighted) continue; // e.g. Add of a constant bias: not a quantization candidate
                p.kept.add(op + " '" + n.displayName() + "': its input is not a float activation");
                continue;
            }
            p.tensors.addAll(acts);
            for (String out : n.outputs()) if (isFloat(types, out)) p.tensors.add(out);
            if (weighted) p.weighted.add(n);
            p.quantized.add(n.displayName());
            p.nodes.add(n);
            p.foldActivation(n, view, o);
        }
        p.kept.addAll(ControlFlowBodies.keptInFloat(g, StaticQuantizer.WEIGHTED));
        // a value nobody reads (a graph output) stays exact: quantizing it would only lose precision
        p.tensors.removeIf(t -> view.consumers(t).isEmpty() && !p.isFoldedOutput(t));
        p.keepComparisonsExact(view);
        return p;
    }

    private void keepComparisonsExact(GraphView view) {
        floatReads.putAll(ExactComparisons.floatReads(view, tensors));
        for (NodeProto c : floatReads.keySet()) {
            if (ExactComparisons.COMPARISONS.contains(c.opType())) {
                kept.add(c.opType() + " '" + c.displayName() + "': compares float values, as quantizing one side only would change "
                        + "what it finds");
            }
        }
        // a tensor that only such readers read needs no quantization of its own
        for (String t : new ArrayList<>(tensors)) {
            List<NodeProto> readers = view.consumers(t);
            if (readers.isEmpty() || shared.containsValue(t) || isFoldedOutput(t)) continue;
            if (!readers.stream().allMatch(r -> floatReads.getOrDefault(r, Set.of()).contains(t))) continue;
            tensors.remove(t);
            shared.remove(t);
            NodeProto producer = view.producer(t);
            if (producer != null && nodes.remove(producer)) {
                quantized.remove(producer.displayName());
                kept.add(producer.opType() + " '" + producer.displayName() + "': feeds a comparison that reads float values");
            }
        }
    }

    private boolean isFoldedOutput(String t) {
        for (NodeProto act : folded.keySet()) if (act.outputs().get(0).equals(t)) return true;
        return false;
    }

    /** Null when {@code n} may be quantized; "" when it is not a candidate; else the reason it is kept. */
    private String skip(NodeProto n, StaticQuantizer.Options o, GraphView view, InferenceResult types) {
        boolean candidate = StaticQuantizer.WEIGHTED.contains(n.opType()) || StaticQuantizer.ELEMENTWISE.contains(n.opType()) || StaticQuantizer.POOLING.contains(n.opType())
                || StaticQuantizer.DATA_MOVEMENT.contains(n.opType());
        if (!candidate || !n.domain().isEmpty()) return "";
        // Slice, Concat, ... of shapes (int64): never a quantization candidate, so not worth a line in the report
        if (!StaticQuantizer.WEIGHTED.contains(n.opType()) && (n.inputs().isEmpty() || !isFloat(types, n.input(0)))) return "";
        if (!o.includeNodes().isEmpty() && !o.includeNodes().contains(n.name())
                && !(o.includeConnecting() && connectsQuantized(n, view, types))) {
            return "not in the include list";
        }
        if (o.excludeNodes().contains(n.name())) return "excluded by name";
        if (o.excludeOps().contains(n.opType())) return "excluded by operator type";
        return null;
    }

    /**
     * Marks the unweighted operators (and ReLU/Clip) whose outputs are read only by included nodes
     * or by operators so marked: quantizing one of them adds no dequantization after it.
     */
    private void findLeading(GraphView view, StaticQuantizer.Options o) {
        List<NodeProto> order = view.topologicalOrder();
        for (int i = order.size() - 1; i >= 0; i--) {
            NodeProto n = order.get(i);
            String op = n.opType();
            boolean glue = !StaticQuantizer.WEIGHTED.contains(op) && !op.equals("MatMul") && (StaticQuantizer.ELEMENTWISE.contains(op) || StaticQuantizer.POOLING.contains(op)
                    || StaticQuantizer.DATA_MOVEMENT.contains(op) || op.equals("Relu") || op.equals("Clip"));
            if (!glue || !n.domain().isEmpty() || o.excludeNodes().contains(n.name()) || o.excludeOps().contains(op)) continue;
            boolean leads = !n.outputs().isEmpty();
            for (String out : n.outputs()) {
                List<NodeProto> readers = view.consumers(out);
                leads &= !readers.isEmpty() && !view.isGraphOutput(out);
                for (NodeProto c : readers) {
                    leads &= leading.contains(c) || o.includeNodes().contains(c.name()) && !o.excludeNodes().contains(c.name());
                }
            }
            if (leads) leading.add(n);
        }
    }

    /** An unweighted operator between quantized nodes: every input quantized already, every reader quantized. */
    private boolean connectsQuantized(NodeProto n, GraphView view, InferenceResult types) {
        if (!leading.contains(n)) return false; // never a weighted node or a MatMul
        int count = StaticQuantizer.ELEMENTWISE.contains(n.opType()) ? n.inputs().size() : 1;
        for (int i = 0; i < count; i++) {
            String a = n.input(i);
            if (a.isEmpty() || !isFloat(types, a) || isConstant(view, a) || !tensors.contains(a)) return false;
        }
        return true;
    }

    /** Folds a ReLU/Clip that alone reads {@code producer}'s output into that output's range. */
    private void foldActivation(NodeProto producer, GraphView view, StaticQuantizer.Options o) {
        if (o.symmetricActivations() || producer.outputs().size() != 1 || !StaticQuantizer.WEIGHTED.contains(producer.opType())
                && !producer.opType().equals("Add")) {
            return;
        }
        String x = producer.outputs().get(0);
        List<NodeProto> readers = view.consumers(x);
        if (readers.size() != 1 || view.isGraphOutput(x)) return;
        NodeProto act = readers.get(0);
        if (view.isGraphOutput(act.outputs().get(0))) return; // the output must stay clipped
        if (!act.domain().isEmpty() || o.excludeNodes().contains(act.name()) || o.excludeOps().contains(act.opType())) return;
        boolean foldable = switch (act.opType()) {
            case "Relu" -> true;
            case "Clip" -> clipContainsZero(act, view);
            default -> false;
        };
        if (!foldable) return;
        String y = act.outputs().get(0);
        tensors.remove(x);
        tensors.add(y);
        folded.put(act, producer);
        quantized.add(act.displayName() + " (folded into the range of '" + producer.displayName() + "')");
        nodes.add(act);
    }

    private static boolean clipContainsZero(NodeProto clip, GraphView view) {
        double lo = clip.floatAttr("min", Float.NEGATIVE_INFINITY), hi = clip.floatAttr("max", Float.POSITIVE_INFINITY);
        for (int i = 1; i <= 2 && i < clip.inputs().size(); i++) {
            String b = clip.input(i);
            if (b.isEmpty()) continue;
            TensorProto t = view.initializer(b);
            if (t == null || t.dataType() != DataType.FLOAT || t.elementCount() != 1) return false;
            try {
                double v = TensorData.toDoubles(t, 1)[0];
                if (i == 1) lo = v; else hi = v;
            } catch (IOException e) {
                return false;
            }
        }
        return lo <= 0 && hi >= 0;
    }

    private static String weightProblem(NodeProto n, TensorProto w) {
        if (w.dataType() != DataType.FLOAT) return "weights of type " + DataType.name(w.dataType()) + ", not float32";
        int rank = w.dims().length;
        switch (n.opType()) {
            case "Conv", "ConvTranspose" -> {
                if (rank < 3) return "weights of rank " + rank;
            }
            case "Gemm" -> {
                if (rank != 2) return "weights of rank " + rank;
                if (n.intAttr("transA", 0) != 0) return "Gemm with transA";
            }
            default -> {
                if (rank != 2) return "weights of rank " + rank + " (MatMul weights are quantized as matrices)";
            }
        }
        return null;
    }

    private static boolean isFloat(InferenceResult types, String t) {
        return types.type(t).elemType() == DataType.FLOAT;
    }

    /** The value of a float initializer of one element, or null. */
    static Float floatScalar(GraphView view, String t) {
        io.medli.onnx.proto.TensorProto c = view.initializer(t);
        if (c == null || c.dataType() != io.medli.onnx.proto.DataType.FLOAT || java.util.Arrays.stream(c.dims()).reduce(1, (a, b) -> a * b) != 1) {
            return null;
        }
        try {
            float v = DynamicQuantizer.floats(c)[0];
            return Float.isFinite(v) ? v : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static boolean isConstant(GraphView view, String t) {
        if (view.isInitializer(t)) return true;
        NodeProto p = view.producer(t);
        return p != null && p.opType().equals("Constant");
    }
}
