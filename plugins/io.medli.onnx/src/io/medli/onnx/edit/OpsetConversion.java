package io.medli.onnx.edit;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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

/**
 * Raises a model's default-domain opset from 7 or newer to any opset from 11 up to {@link #NEWEST},
 * rewriting the operators whose form changed on the way: to 11, attributes that became inputs
 * (Slice, Pad, Clip, TopK), Upsample and Resize-10 to Resize-11 (same sampling), Scatter to
 * ScatterElements, BatchNormalization's spatial flag; to 13, {@link OpsetUpgrade}; to 18, the
 * axes of the Reduce operators as inputs and Split's output count. Converting down is refused.
 */
public final class OpsetConversion {
    /** The newest opset this converts to. */
    public static final int NEWEST = 21;

    private static final Set<String> REDUCE_18 = Set.of("ReduceMean", "ReduceMax", "ReduceMin", "ReduceProd", "ReduceL1", "ReduceL2",
            "ReduceLogSum", "ReduceLogSumExp", "ReduceSumSquare");

    private OpsetConversion() {
    }

    /** A copy of {@code model} at opset {@code target}; the model itself when it already is at {@code target}. */
    public static ModelProto to(ModelProto model, int target) throws EditException {
        long from = model.defaultOpset();
        if (from == target) return model;
        if (target < from) {
            throw new EditException("the model is at opset " + from + "; converting down to " + target + " is not supported (only up)");
        }
        if (target > NEWEST) throw new EditException("opset " + target + " is beyond the newest this converts to (" + NEWEST + ")");
        if (from < 7) throw new EditException("converting from opset " + from + " is not supported (7 and newer are)");
        if (target < 11) throw new EditException("converting to opset " + target + " is not supported; convert to 11 or newer");
        ModelProto m = ProtoCopy.model(model);
        if (from < 11) {
            InferenceResult types = ShapeInference.infer(m);
            List<EditException> failures = new ArrayList<>();
            ProtoWalk.graphs(m, g -> {
                try {
                    toEleven(g, types, from);
                } catch (EditException e) {
                    failures.add(e);
                }
            });
            if (!failures.isEmpty()) throw failures.get(0);
            setOpset(m, 11);
        }
        if (target >= 13) m = OpsetUpgrade.to13(m);
        if (target >= 18 && m.defaultOpset() < 18) {
            ProtoWalk.graphs(m, OpsetConversion::toEighteen);
        }
        if (target >= 21 && m.defaultOpset() < 21) {
            for (NodeProto n : allNodes(m)) {
                if (n.domain().isEmpty() && (n.opType().equals("GroupNormalization") || n.opType().equals("DFT"))) {
                    throw new EditException(n.opType() + " '" + n.displayName() + "' changed its meaning before opset " + target
                            + "; convert to 20 or lower");
                }
            }
        }
        setOpset(m, target);
        long ir = target <= 12 ? (target <= 10 ? 5 : target == 11 ? 6 : 7) : target <= 14 ? 7 : target <= 18 ? 8 : target <= 20 ? 9 : 10;
        if (m.irVersion() < ir) m.irVersion(ir);
        return m;
    }

    private static List<NodeProto> allNodes(ModelProto m) {
        List<NodeProto> all = new ArrayList<>();
        ProtoWalk.graphs(m, g -> all.addAll(g.nodes()));
        return all;
    }

    private static void setOpset(ModelProto m, long v) {
        for (OperatorSetId o : m.opsetImports()) {
            if (o.domain().isEmpty() || o.domain().equals("ai.onnx")) o.version(v);
        }
    }

    private static void toEleven(GraphProto g, InferenceResult types, long from) throws EditException {
        UniqueNames used = UniqueNames.of(g);
        for (NodeProto n : g.nodes()) {
            if (!n.domain().isEmpty()) continue;
            String name = n.displayName();
            switch (n.opType()) {
                case "Upsample", "Resize" -> {
                    String mode = n.stringAttr("mode", "nearest");
                    if (!mode.equals("nearest") && !mode.equals("linear")) {
                        throw new EditException(n.opType() + " '" + name + "' uses mode " + mode + ", which Resize-11 has not");
                    }
                    String scales;
                    AttributeProto a = n.attribute("scales");
                    if (a != null) { // Upsample-7
                        n.attributes().remove(a);
                        scales = used.next(name + "_scales");
                        g.initializers().add(floats(scales, a.floats()));
                    } else {
                        if (n.inputs().size() < 2) throw new EditException(n.opType() + " '" + name + "' has no scales");
                        scales = n.input(1);
                    }
                    String roi = used.next(name + "_roi");
                    g.initializers().add(new TensorProto().name(roi).dataType(DataType.FLOAT).dims(0).rawData(ByteBuffer.allocate(0)));
                    String x = n.input(0);
                    n.opType("Resize");
                    n.inputs().clear();
                    n.inputs().addAll(List.of(x, roi, scales));
                    // Upsample and Resize-10 sample at x_out / scale, and nearest rounds down
                    n.attributes().add(AttributeProto.ofString("coordinate_transformation_mode", "asymmetric"));
                    if (mode.equals("nearest")) n.attributes().add(AttributeProto.ofString("nearest_mode", "floor"));
                }
                case "Slice" -> {
                    if (from < 10) {
                        long[] starts = ints(n, "starts"), ends = ints(n, "ends");
                        AttributeProto axes = n.attribute("axes");
                        n.attributes().clear();
                        n.inputs().add(int64(g, used.next(name + "_starts"), starts));
                        n.inputs().add(int64(g, used.next(name + "_ends"), ends));
                        if (axes != null) n.inputs().add(int64(g, used.next(name + "_axes"), axes.ints()));
                    }
                }
                case "Pad" -> {
                    long[] pads = ints(n, "pads");
                    float value = n.floatAttr("value", 0f);
                    n.attributes().removeIf(x -> x.name().equals("pads") || x.name().equals("value"));
                    n.inputs().add(int64(g, used.next(name + "_pads"), pads));
                    if (value != 0f) n.inputs().add(scalar(g, used.next(name + "_value"), value, elemType(types, g, n)));
                }
                case "Clip" -> {
                    AttributeProto lo = n.attribute("min"), hi = n.attribute("max");
                    n.attributes().removeIf(x -> x.name().equals("min") || x.name().equals("max"));
                    int type = elemType(types, g, n);
                    n.inputs().add(lo == null ? "" : scalar(g, used.next(name + "_min"), lo.f(), type));
                    if (hi != null) n.inputs().add(scalar(g, used.next(name + "_max"), hi.f(), type));
                }
                case "TopK" -> {
                    if (from < 10) {
                        long k = n.intAttr("k", -1);
                        n.attributes().removeIf(x -> x.name().equals("k"));
                        n.inputs().add(int64(g, used.next(name + "_k"), new long[] { k }));
                    }
                }
                case "Scatter" -> n.opType("ScatterElements");
                case "BatchNormalization" -> {
                    if (n.intAttr("spatial", 1) != 1) {
                        throw new EditException("BatchNormalization '" + name + "' normalises per element (spatial 0), which opset 9 dropped");
                    }
                    n.attributes().removeIf(x -> x.name().equals("spatial") || x.name().equals("is_test") || x.name().equals("consumed_inputs"));
                }
                default -> {
                }
            }
        }
    }

    private static void toEighteen(GraphProto g) {
        UniqueNames used = UniqueNames.of(g);
        for (NodeProto n : g.nodes()) {
            if (!n.domain().isEmpty()) continue;
            if (REDUCE_18.contains(n.opType())) {
                AttributeProto axes = n.attribute("axes");
                if (axes == null) continue;
                n.attributes().remove(axes);
                while (n.inputs().size() < 2) n.inputs().add("");
                n.inputs().set(1, int64(g, used.next(n.displayName() + "_axes"), axes.ints()));
            } else if (n.opType().equals("Split") && (n.inputs().size() < 2 || n.input(1).isEmpty())) {
                n.attributes().add(AttributeProto.ofInt("num_outputs", n.outputs().size()));
            }
        }
    }

    private static long[] ints(NodeProto n, String attr) throws EditException {
        AttributeProto a = n.attribute(attr);
        if (a == null) throw new EditException(n.opType() + " '" + n.displayName() + "' has no attribute " + attr);
        return a.ints();
    }

    private static int elemType(InferenceResult types, GraphProto g, NodeProto n) {
        int t = types.type(g, n.input(0)).elemType();
        return t == DataType.UNDEFINED ? DataType.FLOAT : t;
    }

    private static String int64(GraphProto g, String name, long[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (long x : v) b.putLong(x);
        b.flip();
        g.initializers().add(new TensorProto().name(name).dataType(DataType.INT64).dims(v.length).rawData(b));
        return name;
    }

    private static TensorProto floats(String name, float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float x : v) b.putFloat(x);
        b.flip();
        return new TensorProto().name(name).dataType(DataType.FLOAT).dims(v.length).rawData(b);
    }

    /** A 0-d tensor of {@code type} holding {@code v}. */
    private static String scalar(GraphProto g, String name, float v, int type) throws EditException {
        ByteBuffer b = switch (type) {
            case DataType.FLOAT -> ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(v);
            case DataType.DOUBLE -> ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(v);
            case DataType.INT32 -> ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) v);
            case DataType.INT64 -> ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong((long) v);
            case DataType.INT8, DataType.UINT8 -> ByteBuffer.allocate(1).put((byte) v);
            default -> throw new EditException("cannot write a " + DataType.name(type) + " constant for '" + name + "'");
        };
        b.flip();
        g.initializers().add(new TensorProto().name(name).dataType(type).dims(new long[0]).rawData(b));
        return name;
    }
}
