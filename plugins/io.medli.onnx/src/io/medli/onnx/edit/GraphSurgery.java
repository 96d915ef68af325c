package io.medli.onnx.edit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.medli.onnx.graph.GraphView;
import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.SparseTensorProto;
import io.medli.onnx.proto.TensorAnnotation;
import io.medli.onnx.proto.TensorProto;
import io.medli.onnx.proto.ValueInfo;

/** Low-level graph rewrites shared by the edits: renaming, pruning, unique names. */
final class GraphSurgery {
    private GraphSurgery() {
    }

    /** Every name used in the graph (tensors and nodes), for making new names unique. */
    static Set<String> usedNames(GraphProto g) {
        Set<String> names = new HashSet<>();
        for (ValueInfo v : g.inputs()) names.add(v.name());
        for (ValueInfo v : g.outputs()) names.add(v.name());
        for (TensorProto t : g.initializers()) names.add(t.name());
        for (NodeProto n : g.nodes()) {
            names.add(n.name());
            names.addAll(n.inputs());
            names.addAll(n.outputs());
        }
        return names;
    }

    static String unique(Set<String> used, String base) {
        String name = base;
        for (int i = 1; used.contains(name); i++) name = base + "_" + i;
        used.add(name);
        return name;
    }

    /** Renames a tensor everywhere it is referenced, including subgraphs that do not shadow it. */
    static void renameTensor(GraphProto g, String from, String to) {
        for (ValueInfo v : g.inputs()) if (v.name().equals(from)) v.name(to);
        for (ValueInfo v : g.outputs()) if (v.name().equals(from)) v.name(to);
        for (ValueInfo v : g.valueInfos()) if (v.name().equals(from)) v.name(to);
        for (TensorProto t : g.initializers()) if (t.name().equals(from)) t.name(to);
        if (g.hasSparseInitializers()) {
            for (SparseTensorProto s : g.sparseInitializers()) {
                if (s.values() != null && s.values().name().equals(from)) s.values().name(to);
            }
        }
        if (g.hasQuantizationAnnotations()) {
            for (TensorAnnotation a : g.quantizationAnnotations()) {
                if (a.tensorName().equals(from)) a.tensorName(to);
                a.quantParameterTensorNames().forEach(e -> { if (e.value().equals(from)) e.value(to); });
            }
        }
        for (NodeProto n : g.nodes()) {
            replaceAll(n.inputs(), from, to);
            replaceAll(n.outputs(), from, to);
            for (AttributeProto a : n.attributes()) {
                for (GraphProto sub : a.subgraphs()) {
                    if (!defines(sub, from)) renameTensor(sub, from, to);
                }
            }
        }
    }

    private static void replaceAll(List<String> l, String from, String to) {
        for (int i = 0; i < l.size(); i++) if (l.get(i).equals(from)) l.set(i, to);
    }

    /** True when a subgraph defines {@code name} itself (so outer references to it are shadowed). */
    static boolean defines(GraphProto g, String name) {
        for (ValueInfo v : g.inputs()) if (v.name().equals(name)) return true;
        for (TensorProto t : g.initializers()) if (t.name().equals(name)) return true;
        for (NodeProto n : g.nodes()) if (n.outputs().contains(name)) return true;
        return false;
    }

    /**
     * Keeps only the nodes that graph outputs depend on, then drops initializers, inputs and
     * value_info that nothing uses any more. Inputs listed in {@code keepInputs} stay.
     */
    static void prune(GraphProto g, Set<String> keepInputs) {
        Set<NodeProto> live = GraphView.of(g).upstream(g.outputs().stream().map(ValueInfo::name).toList(), Set.of()).nodes();
        g.nodes().removeIf(n -> !live.contains(n));
        removeUnused(g, keepInputs);
    }

    /** Drops initializers, non-kept inputs and value_info that no node or output refers to. */
    static int removeUnused(GraphProto g, Set<String> keepInputs) {
        Set<String> used = new HashSet<>();
        GraphView view = GraphView.of(g);
        for (NodeProto n : g.nodes()) used.addAll(view.allInputs(n));
        for (ValueInfo v : g.outputs()) used.add(v.name());
        Set<String> produced = new HashSet<>();
        for (NodeProto n : g.nodes()) produced.addAll(n.outputs());
        int before = g.initializers().size() + (g.hasSparseInitializers() ? g.sparseInitializers().size() : 0);
        g.initializers().removeIf(t -> !used.contains(t.name()));
        if (g.hasSparseInitializers()) g.sparseInitializers().removeIf(s -> !used.contains(s.name()));
        int removed = before - g.initializers().size() - (g.hasSparseInitializers() ? g.sparseInitializers().size() : 0);
        g.inputs().removeIf(v -> !used.contains(v.name()) && !keepInputs.contains(v.name()));
        g.valueInfos().removeIf(v -> !used.contains(v.name()) && !produced.contains(v.name()));
        if (g.hasQuantizationAnnotations()) {
            g.quantizationAnnotations().removeIf(a -> !used.contains(a.tensorName()) && !produced.contains(a.tensorName()));
        }
        return removed;
    }
}
