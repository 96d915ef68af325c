package io.medli.onnx.edit;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.OperatorSetId;
import io.medli.onnx.proto.ProtoCopy;
import io.medli.onnx.proto.ProtoWalk;
import io.medli.onnx.proto.TensorProto;
import io.medli.onnx.shape.InferenceResult;
import io.medli.onnx.shape.ShapeInference;
import io.medli.onnx.shape.TensorType;

/**
 * Raises the default-domain opset of a model from 11 or 12 to 13, rewriting the operators whose
 * meaning changed in between (per-channel DequantizeLinear, for one, needs opset 13):
 * Split, Squeeze, Unsqueeze and ReduceSum take their axes as inputs; Dropout its ratio; Softmax,
 * LogSoftmax and Hardmax normalise along one axis instead of over a flattened tail.
 */
public final class OpsetUpgrade {
    private OpsetUpgrade() {
    }

    /** A copy of {@code model} at opset 13; the model itself when it already is at 13 or newer. */
    public static ModelProto to13(ModelProto model) throws EditException {
        long from = model.defaultOpset();
        if (from >= 13) return model;
        if (from < 11) {
            throw new EditException("upgrading from opset " + from + " is not supported (11 and 12 are); "
                    + "convert the model to opset 11 or newer with its exporter");
        }
        ModelProto copy = ProtoCopy.model(model);
        InferenceResult shapes = ShapeInference.infer(copy);
        List<EditException> failures = new ArrayList<>();
        ProtoWalk.graphs(copy, g -> {
            try {
                upgrade(g, shapes);
            } catch (EditException e) {
                failures.add(e);
            }
        });
        if (!failures.isEmpty()) throw failures.get(0);
        for (OperatorSetId o : copy.opsetImports()) {
            if (o.domain().isEmpty() || o.domain().equals("ai.onnx")) o.version(13L);
        }
        if (copy.irVersion() < 7) copy.irVersion(7L); // opset 13 needs IR 7
        return copy;
    }

    private static void upgrade(GraphProto g, InferenceResult shapes) throws EditException {
        UniqueNames used = UniqueNames.of(g);
        List<NodeProto> out = new ArrayList<>(g.nodes().size());
        for (NodeProto n : g.nodes()) {
            if (!n.domain().isEmpty()) {
                out.add(n);
                continue;
            }
            switch (n.opType()) {
                case "Split" -> attributeToInput(g, n, "split", 1, used);
                case "Squeeze", "Unsqueeze", "ReduceSum" -> attributeToInput(g, n, "axes", 1, used);
                case "Dropout" -> {
                    AttributeProto ratio = n.attribute("ratio");
                    if (ratio != null) {
                        n.attributes().remove(ratio);
                        String name = used.next(n.displayName() + "_ratio");
                        g.initializers().add(scalar(name, ratio.f()));
                        while (n.inputs().size() < 2) n.inputs().add("");
                        n.inputs().set(1, name);
                    }
                }
                case "Softmax", "LogSoftmax", "Hardmax" -> {
                    out.addAll(softmax(g, n, shapes, used));
                    continue;
                }
                case "Resize" -> {
                    if (n.stringAttr("coordinate_transformation_mode", "").equals("tf_half_pixel_for_nn")) {
                        throw new EditException("Resize '" + n.displayName() + "' uses coordinate_transformation_mode "
                                + "tf_half_pixel_for_nn, which opset 13 no longer has");
                    }
                }
                default -> {
                }
            }
            out.add(n);
        }
        g.nodes().clear();
        g.nodes().addAll(out);
    }

    private static void attributeToInput(GraphProto g, NodeProto n, String attr, int index, UniqueNames used) {
        AttributeProto a = n.attribute(attr);
        if (a == null) return;
        n.attributes().remove(a);
        String name = used.next(n.displayName() + "_" + attr);
        long[] v = a.ints();
        ByteBuffer b = ByteBuffer.allocate(v.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (long x : v) b.putLong(x);
        b.flip();
        g.initializers().add(new TensorProto().name(name).dataType(DataType.INT64).dims(v.length).rawData(b));
        while (n.inputs().size() <= index) n.inputs().add("");
        n.inputs().set(index, name);
    }

    /**
     * Before 13 these flattened the input to 2-D at {@code axis} (default 1) and normalised each row;
     * from 13 they normalise along {@code axis} (default -1). The two agree when the axis is the last
     * one; otherwise the old meaning is kept by flattening, normalising the rows and reshaping back.
     */
    private static List<NodeProto> softmax(GraphProto g, NodeProto n, InferenceResult shapes, UniqueNames used)
            throws EditException {
        long axis = n.intAttr("axis", 1);
        TensorType t = shapes.type(g, n.input(0));
        int rank = t.rank();
        if (rank < 0) {
            throw new EditException(n.opType() + " '" + n.displayName() + "': the rank of its input is unknown, so its "
                    + "pre-13 meaning cannot be kept");
        }
        long a = axis < 0 ? axis + rank : axis;
        n.attributes().removeIf(x -> x.name().equals("axis"));
        if (a == rank - 1) {
            n.attributes().add(AttributeProto.ofInt("axis", rank - 1));
            return List.of(n);
        }
        String in = n.input(0), out = n.outputs().get(0), base = n.displayName();
        String flat = used.next(base + "_flat"), normed = used.next(base + "_rows"), shape = used.next(base + "_shape");
        NodeProto flatten = new NodeProto("Flatten", used.next(base + "_Flatten"), List.of(in), List.of(flat));
        flatten.attributes().add(AttributeProto.ofInt("axis", a));
        n.inputs().set(0, flat);
        n.outputs().set(0, normed);
        n.attributes().add(AttributeProto.ofInt("axis", 1));
        NodeProto shapeOf = new NodeProto("Shape", used.next(base + "_Shape"), List.of(in), List.of(shape));
        NodeProto reshape = new NodeProto("Reshape", used.next(base + "_Reshape"), List.of(normed, shape), List.of(out));
        return List.of(flatten, n, shapeOf, reshape);
    }

    private static TensorProto scalar(String name, float v) {
        ByteBuffer b = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(v);
        b.flip();
        return new TensorProto().name(name).dataType(DataType.FLOAT).dims(new long[0]).rawData(b);
    }

}
