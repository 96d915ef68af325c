package io.medli.onnx.edit;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import io.medli.onnx.check.ModelChecker;
import io.medli.onnx.check.Problem;
import io.medli.onnx.graph.GraphView;
import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.Dimension;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.ProtoCopy;
import io.medli.onnx.proto.TensorProto;
import io.medli.onnx.proto.TypeProto;
import io.medli.onnx.proto.ValueInfo;
import io.medli.onnx.shape.InferenceResult;
import io.medli.onnx.shape.ShapeInference;
import io.medli.onnx.shape.TensorType;

/**
 * The edits of the model-graph editor, on the main graph. Nodes are addressed by their index in
 * the graph's node list (names may be empty or repeated). Every edit is checked: one that would
 * add a problem the model did not have is refused with a message.
 */
public final class ModelEdits {
    private ModelEdits() {
    }

    /** Applies {@code edit} to a structural copy of {@code model}; the original is not touched. */
    public static ModelProto apply(ModelProto model, ModelEdit edit) throws EditException {
        ModelProto copy = ProtoCopy.model(model);
        edit.applyTo(copy);
        Set<String> before = errors(model);
        for (String e : errors(copy)) {
            if (!before.contains(e)) {
                throw new EditException(edit.label() + " would break the model: " + e);
            }
        }
        return copy;
    }

    private static Set<String> errors(ModelProto m) {
        Set<String> out = new LinkedHashSet<>();
        for (Problem p : ModelChecker.check(m)) {
            if (p.severity() == Problem.Severity.ERROR) out.add(p.message());
        }
        return out;
    }

    private static NodeProto node(ModelProto m, int index) throws EditException {
        List<NodeProto> nodes = m.graph().nodes();
        if (index < 0 || index >= nodes.size()) {
            throw new EditException("there is no node #" + index + " (the graph has " + nodes.size() + ")");
        }
        return nodes.get(index);
    }

    private static boolean tensorExists(GraphProto g, String name) {
        return GraphSurgery.usedNames(g).contains(name);
    }

    // --- renames ---

    public static ModelEdit renameNode(int index, String newName) {
        return new ModelEdit() {
            @Override
            public String label() {
                return "Rename node to " + newName;
            }

            @Override
            public void applyTo(ModelProto m) throws EditException {
                if (newName == null || newName.isBlank()) throw new EditException("a node name cannot be empty");
                NodeProto n = node(m, index);
                for (NodeProto other : m.graph().nodes()) {
                    if (other != n && other.name().equals(newName)) {
                        throw new EditException("another node is already named '" + newName + "'");
                    }
                }
                n.name(newName);
            }
        };
    }

    public static ModelEdit renameTensor(String from, String to) {
        return new ModelEdit() {
            @Override
            public String label() {
                return "Rename tensor " + from + " to " + to;
            }

            @Override
            public void applyTo(ModelProto m) throws EditException {
                if (to == null || to.isBlank()) throw new EditException("a tensor name cannot be empty");
                GraphProto g = m.graph();
                if (!tensorExists(g, from)) throw new EditException("there is no tensor '" + from + "'");
                if (!from.equals(to) && tensorExists(g, to)) throw new EditException("the name '" + to + "' is already used");
                GraphSurgery.renameTensor(g, from, to);
            }
        };
    }

    // --- structure ---

    /**
     * Deletes a node. A pass-through node (its first output has the type and shape of its first
     * input, e.g. Relu, Dropout, Identity, BatchNormalization) is bridged: its consumers read its
     * input instead. Any other node is removed with everything that depends on it; outputs no
     * longer produced are dropped.
     */
    public static ModelEdit deleteNode(int index) {
        return new ModelEdit() {
            @Override
            public String label() {
                return "Delete node #" + index;
            }

            @Override
            public void applyTo(ModelProto m) throws EditException {
                GraphProto g = m.graph();
                NodeProto n = node(m, index);
                InferenceResult types = ShapeInference.infer(m);
                GraphView view = GraphView.of(g);
                String in = n.input(0);
                String out = n.outputs().isEmpty() ? "" : n.outputs().get(0);
                boolean otherOutputsUsed = false;
                for (int i = 1; i < n.outputs().size(); i++) {
                    String o = n.outputs().get(i);
                    if (!o.isEmpty() && (!view.consumers(o).isEmpty() || view.isGraphOutput(o))) otherOutputsUsed = true;
                }
                TensorType ti = types.type(in), to = types.type(out);
                boolean passThrough = !in.isEmpty() && !out.isEmpty() && !otherOutputsUsed && ti.hasShape()
                        && ti.equals(to) && !view.isInitializer(in);
                if (passThrough) {
                    g.nodes().remove(n);
                    if (view.isGraphOutput(out) && view.producer(in) != null && !view.isGraphOutput(in)) {
                        // keep the model's output name: the bridged tensor takes it
                        GraphSurgery.renameTensor(g, in, out);
                    } else {
                        for (NodeProto c : g.nodes()) {
                            for (int i = 0; i < c.inputs().size(); i++) if (c.inputs().get(i).equals(out)) c.inputs().set(i, in);
                        }
                        for (ValueInfo v : g.outputs()) if (v.name().equals(out)) v.name(in);
                    }
                    g.valueInfos().removeIf(v -> v.name().equals(out));
                    GraphSurgery.removeUnused(g, inputNames(g));
                    return;
                }
                // remove the node and what depends on it
                Set<String> dead = new HashSet<>(n.outputs());
                g.nodes().remove(n);
                boolean changed = true;
                while (changed) {
                    changed = false;
                    GraphView v = GraphView.of(g);
                    for (NodeProto c : new ArrayList<>(g.nodes())) {
                        if (v.allInputs(c).stream().anyMatch(dead::contains)) {
                            g.nodes().remove(c);
                            dead.addAll(c.outputs());
                            changed = true;
                        }
                    }
                }
                g.outputs().removeIf(v -> dead.contains(v.name()));
                if (g.outputs().isEmpty()) {
                    throw new EditException("deleting '" + n.displayName() + "' would remove every output of the model");
                }
                GraphSurgery.removeUnused(g, inputNames(g));
            }
        };
    }

    private static Set<String> inputNames(GraphProto g) {
        Set<String> s = new HashSet<>();
        for (ValueInfo v : g.inputs()) s.add(v.name());
        return s;
    }

    /**
     * Sets the shape of a graph input; {@code dims} holds Longs (fixed) and Strings (symbolic, e.g.
     * "batch"). Declared intermediate shapes are dropped and output shapes inferred again.
     */
    public static ModelEdit setInputShape(String input, List<Object> dims) {
        return new ModelEdit() {
            @Override
            public String label() {
                return "Change shape of input " + input;
            }

            @Override
            public void applyTo(ModelProto m) throws EditException {
                GraphProto g = m.graph();
                ValueInfo in = g.inputs().stream().filter(v -> v.name().equals(input)).findFirst()
                        .orElseThrow(() -> new EditException("there is no graph input '" + input + "'"));
                if (in.type() == null || in.type().kind() != TypeProto.Kind.TENSOR) {
                    throw new EditException("input '" + input + "' is not a tensor");
                }
                if (in.type().hasShape() && in.type().shape().size() != dims.size()) {
                    throw new EditException("input '" + input + "' has rank " + in.type().shape().size() + "; give "
                            + in.type().shape().size() + " dimensions, not " + dims.size());
                }
                List<Dimension> d = new ArrayList<>();
                for (Object o : dims) {
                    if (o instanceof Number num && num.longValue() > 0) d.add(Dimension.of(num.longValue()));
                    else if (o instanceof String s && !s.isBlank() && !s.chars().allMatch(Character::isDigit)) d.add(Dimension.of(s.trim()));
                    else throw new EditException("a dimension must be a positive size or a symbol name, not '" + o + "'");
                }
                in.type().shape(d);
                g.valueInfos().clear();
                refreshOutputTypes(m);
            }
        };
    }

    /** Declares graph outputs with the types inference gives now. */
    static void refreshOutputTypes(ModelProto m) {
        InferenceResult types = ShapeInference.infer(m);
        for (ValueInfo v : m.graph().outputs()) {
            TensorType t = types.type(v.name());
            if (t.elemType() != 0 && (v.type() == null || v.type().kind() == TypeProto.Kind.TENSOR)) {
                v.type(t.hasShape() ? t.toProto() : TypeProto.tensor(t.elemType(), null));
            }
        }
    }

    /** Makes {@code tensor} a graph output, keeping the others. */
    public static ModelEdit addOutput(String tensor) {
        return new ModelEdit() {
            @Override
            public String label() {
                return "Make " + tensor + " an output";
            }

            @Override
            public void applyTo(ModelProto m) throws EditException {
                GraphProto g = m.graph();
                if (GraphView.of(g).isGraphOutput(tensor)) throw new EditException("'" + tensor + "' is already an output");
                if (!tensorExists(g, tensor)) throw new EditException("there is no tensor '" + tensor + "'");
                g.outputs().add(new ValueInfo(tensor, declaredType(m, tensor)));
            }
        };
    }

    /**
     * Cuts the model at {@code tensor}: it becomes the only output and everything after it is
     * removed - a feature extractor.
     */
    public static ModelEdit cutAt(String tensor) {
        return new ModelEdit() {
            @Override
            public String label() {
                return "Cut the model at " + tensor;
            }

            @Override
            public void applyTo(ModelProto m) throws EditException {
                GraphProto g = m.graph();
                if (!tensorExists(g, tensor)) throw new EditException("there is no tensor '" + tensor + "'");
                TypeProto type = declaredType(m, tensor);
                g.outputs().clear();
                g.outputs().add(new ValueInfo(tensor, type));
                GraphSurgery.prune(g, Set.of());
            }
        };
    }

    private static TypeProto declaredType(ModelProto m, String tensor) throws EditException {
        TensorType t = ShapeInference.infer(m).type(tensor);
        if (t.elemType() == 0) {
            throw new EditException("the type of '" + tensor + "' is unknown, so it cannot be declared as an output");
        }
        return t.hasShape() ? t.toProto() : TypeProto.tensor(t.elemType(), null);
    }

    /** Sets (adds or replaces) an attribute of a node. */
    public static ModelEdit setAttribute(int index, AttributeProto attribute) {
        return new ModelEdit() {
            @Override
            public String label() {
                return "Set attribute " + attribute.name();
            }

            @Override
            public void applyTo(ModelProto m) throws EditException {
                NodeProto n = node(m, index);
                if (attribute.name().isEmpty()) throw new EditException("an attribute needs a name");
                List<AttributeProto> attrs = n.attributes();
                for (int i = 0; i < attrs.size(); i++) {
                    if (attrs.get(i).name().equals(attribute.name())) {
                        AttributeProto old = attrs.get(i);
                        if (old.type() != attribute.type() && old.type() != AttributeProto.UNDEFINED) {
                            throw new EditException("attribute '" + attribute.name() + "' of '" + n.displayName()
                                    + "' holds " + typeName(old.type()) + ", not " + typeName(attribute.type()));
                        }
                        attrs.set(i, ProtoCopy.attribute(attribute));
                        return;
                    }
                }
                attrs.add(ProtoCopy.attribute(attribute));
            }
        };
    }

    private static String typeName(int t) {
        return switch (t) {
            case AttributeProto.FLOAT -> "a float";
            case AttributeProto.INT -> "an int";
            case AttributeProto.STRING -> "a string";
            case AttributeProto.FLOATS -> "a list of floats";
            case AttributeProto.INTS -> "a list of ints";
            case AttributeProto.STRINGS -> "a list of strings";
            case AttributeProto.TENSOR -> "a tensor";
            case AttributeProto.GRAPH -> "a graph";
            default -> "a value of type " + t;
        };
    }

    /** Removes initializers that nothing reads. */
    public static ModelEdit removeUnusedWeights() {
        return new ModelEdit() {
            @Override
            public String label() {
                return "Remove unused weights";
            }

            @Override
            public void applyTo(ModelProto m) throws EditException {
                Set<String> keep = new HashSet<>();
                GraphProto g = m.graph();
                Set<String> inits = new HashSet<>();
                for (TensorProto t : g.initializers()) inits.add(t.name());
                for (ValueInfo v : g.inputs()) if (!inits.contains(v.name())) keep.add(v.name());
                GraphSurgery.removeUnused(g, keep);
            }
        };
    }

    /** Kind of classifier that {@link #replaceHead} appends. */
    public enum Head {
        /** Pooling as needed, then Gemm: [N, classes]. */
        GEMM,
        /** 1x1 convolution on [N, C, H, W]: [N, classes, H, W]. */
        CONV_1X1
    }

    /**
     * Cuts the model at {@code tensor} and appends a new classifier with {@code classes} outputs,
     * initialised with Xavier-uniform weights (seeded) and zero biases - the starting point of
     * transfer learning. For GEMM, a rank-4 feature map is global-average-pooled and a rank-3
     * sequence is mean-pooled over its second axis first.
     */
    public static ModelEdit replaceHead(String tensor, int classes, Head kind, long seed) {
        return new ModelEdit() {
            @Override
            public String label() {
                return "Replace the head at " + tensor + " (" + classes + " classes)";
            }

            @Override
            public void applyTo(ModelProto m) throws EditException {
                if (classes < 1) throw new EditException("the new head needs at least one class");
                GraphProto g = m.graph();
                if (!tensorExists(g, tensor)) throw new EditException("there is no tensor '" + tensor + "'");
                TensorType t = ShapeInference.infer(m).type(tensor);
                if (!t.hasShape() || t.elemType() != DataType.FLOAT) {
                    throw new EditException("'" + tensor + "' must be a float32 tensor of known rank, it is " + t);
                }
                int rank = t.rank();
                int channelAxis = kind == Head.CONV_1X1 || rank == 4 ? 1 : rank - 1;
                if (kind == Head.CONV_1X1 && rank != 4) {
                    throw new EditException("a 1x1 convolution head needs a [N, C, H, W] feature map; '" + tensor + "' is " + t);
                }
                if (rank < 2 || rank > 4) throw new EditException("'" + tensor + "' has rank " + rank + "; a head needs rank 2 to 4");
                if (!t.dim(channelAxis).isKnown()) {
                    throw new EditException("the number of features of '" + tensor + "' (axis " + channelAxis + ") is not known");
                }
                long features = t.dim(channelAxis).value();
                Set<String> used = GraphSurgery.usedNames(g);
                String x = tensor;
                long opset = m.defaultOpset();
                if (kind == Head.GEMM && rank == 4) {
                    String pooled = GraphSurgery.unique(used, "head/pooled");
                    g.nodes().add(new NodeProto("GlobalAveragePool", GraphSurgery.unique(used, "head/GlobalAveragePool"), List.of(x), List.of(pooled)));
                    String flat = GraphSurgery.unique(used, "head/flat");
                    g.nodes().add(new NodeProto("Flatten", GraphSurgery.unique(used, "head/Flatten"), List.of(pooled), List.of(flat)));
                    x = flat;
                } else if (kind == Head.GEMM && rank == 3) {
                    String mean = GraphSurgery.unique(used, "head/mean");
                    NodeProto reduce = new NodeProto("ReduceMean", GraphSurgery.unique(used, "head/ReduceMean"), List.of(x), List.of(mean));
                    if (opset >= 18) {
                        String axes = GraphSurgery.unique(used, "head/axes");
                        g.initializers().add(new TensorProto().name(axes).dataType(DataType.INT64).dims(1).int64Data(new long[] { 1 }));
                        reduce.inputs().add(axes);
                    } else {
                        reduce.attributes().add(AttributeProto.ofInts("axes", 1));
                    }
                    reduce.attributes().add(AttributeProto.ofInt("keepdims", 0));
                    g.nodes().add(reduce);
                    x = mean;
                }
                Random rnd = new Random(seed);
                double limit = Math.sqrt(6.0 / (features + classes));
                String w = GraphSurgery.unique(used, "head/weight"), b = GraphSurgery.unique(used, "head/bias");
                String out = GraphSurgery.unique(used, kind == Head.GEMM ? "logits" : "scores");
                long[] wDims = kind == Head.GEMM ? new long[] { classes, features } : new long[] { classes, features, 1, 1 };
                g.initializers().add(floats(w, (int) (classes * features), rnd, limit, wDims));
                g.initializers().add(floats(b, classes, null, 0, classes));
                NodeProto head = kind == Head.GEMM
                        ? new NodeProto("Gemm", GraphSurgery.unique(used, "head/Gemm"), List.of(x, w, b), List.of(out))
                        : new NodeProto("Conv", GraphSurgery.unique(used, "head/Conv"), List.of(x, w, b), List.of(out));
                if (kind == Head.GEMM) head.attributes().add(AttributeProto.ofInt("transB", 1));
                else head.attributes().add(AttributeProto.ofInts("kernel_shape", 1, 1));
                g.nodes().add(head);
                g.outputs().clear();
                g.outputs().add(new ValueInfo(out, null));
                GraphSurgery.prune(g, Set.of());
                g.outputs().get(0).type(declaredType(m, out));
            }
        };
    }

    private static TensorProto floats(String name, int count, Random rnd, double limit, long... dims) {
        ByteBuffer b = ByteBuffer.allocate(count * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < count; i++) b.putFloat(rnd == null ? 0f : (float) ((rnd.nextDouble() * 2 - 1) * limit));
        b.flip();
        return new TensorProto().name(name).dataType(DataType.FLOAT).dims(dims).rawData(b.asReadOnlyBuffer());
    }

    /**
     * A new model made of what lies between {@code inputs} and {@code outputs}: the inputs become
     * graph inputs (with their inferred types), the weights used come along.
     */
    public static ModelProto extract(ModelProto model, List<String> inputs, List<String> outputs) throws EditException {
        if (outputs.isEmpty()) throw new EditException("choose at least one output tensor");
        ModelProto m = ProtoCopy.model(model);
        GraphProto g = m.graph();
        InferenceResult types = ShapeInference.infer(model);
        GraphView view = GraphView.of(g);
        for (String t : inputs) {
            if (!tensorExists(g, t)) throw new EditException("there is no tensor '" + t + "'");
        }
        Set<String> boundary = new HashSet<>(inputs);
        GraphView.Upstream up = view.upstream(outputs, boundary);
        for (String t : up.sources()) {
            if (!view.isInitializer(t)) throw new EditException("'" + t + "' is needed to compute the outputs but is not among the chosen inputs");
        }
        Set<NodeProto> needed = up.nodes();
        g.nodes().removeIf(n -> !needed.contains(n));
        g.inputs().clear();
        for (String t : inputs) {
            TensorType tt = types.type(t);
            if (tt.elemType() == 0) throw new EditException("the type of input '" + t + "' is unknown");
            g.inputs().add(new ValueInfo(t, tt.hasShape() ? tt.toProto() : TypeProto.tensor(tt.elemType(), null)));
        }
        g.outputs().clear();
        for (String t : outputs) {
            TensorType tt = types.type(t);
            if (tt.elemType() == 0) throw new EditException("the type of output '" + t + "' is unknown");
            g.outputs().add(new ValueInfo(t, tt.hasShape() ? tt.toProto() : TypeProto.tensor(tt.elemType(), null)));
        }
        GraphSurgery.removeUnused(g, boundary);
        Set<String> errs = errors(m);
        if (!errs.isEmpty()) throw new EditException("the extracted model is not valid: " + errs.iterator().next());
        return m;
    }
}
