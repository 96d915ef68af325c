package io.medli.onnx.proto;

import java.util.function.Consumer;

/** Visits every graph and every tensor of a model: main graph, subgraphs, functions, attributes. */
public final class ProtoWalk {
    private ProtoWalk() {
    }

    /** Every graph, the main graph first, then subgraphs depth-first (function bodies are not graphs). */
    public static void graphs(ModelProto m, Consumer<GraphProto> visitor) {
        if (m.graph() != null) {
            graphs(m.graph(), visitor);
        }
        for (FunctionProto f : m.functions()) {
            for (NodeProto n : f.nodes()) {
                subgraphsOf(n, visitor);
            }
        }
    }

    public static void graphs(GraphProto g, Consumer<GraphProto> visitor) {
        visitor.accept(g);
        for (NodeProto n : g.nodes()) {
            subgraphsOf(n, visitor);
        }
    }

    private static void subgraphsOf(NodeProto n, Consumer<GraphProto> visitor) {
        for (AttributeProto a : n.attributes()) {
            for (GraphProto sub : a.subgraphs()) {
                graphs(sub, visitor);
            }
        }
    }

    /** Every tensor: initializers, sparse initializers' parts, and tensor attributes. */
    public static void tensors(ModelProto m, Consumer<TensorProto> visitor) {
        graphs(m, g -> {
            g.initializers().forEach(visitor);
            if (g.hasSparseInitializers()) {
                for (SparseTensorProto s : g.sparseInitializers()) {
                    sparse(s, visitor);
                }
            }
            for (NodeProto n : g.nodes()) {
                attributeTensors(n, visitor);
            }
        });
        for (FunctionProto f : m.functions()) {
            for (NodeProto n : f.nodes()) {
                attributeTensors(n, visitor);
            }
        }
    }

    private static void attributeTensors(NodeProto n, Consumer<TensorProto> visitor) {
        for (AttributeProto a : n.attributes()) {
            if (a.t() != null) visitor.accept(a.t());
            a.tensors().forEach(visitor);
            if (a.sparseTensor() != null) sparse(a.sparseTensor(), visitor);
            for (SparseTensorProto s : a.sparseTensors()) sparse(s, visitor);
        }
    }

    private static void sparse(SparseTensorProto s, Consumer<TensorProto> visitor) {
        if (s.values() != null) visitor.accept(s.values());
        if (s.indices() != null) visitor.accept(s.indices());
    }
}
