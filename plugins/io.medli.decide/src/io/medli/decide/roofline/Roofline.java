package io.medli.decide.roofline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.medli.onnx.cost.CostModel;
import io.medli.onnx.cost.ModelCost;
import io.medli.onnx.cost.NodeCost;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.TensorProto;
import io.medli.onnx.shape.InferenceResult;
import io.medli.onnx.shape.ShapeInference;
import io.medli.onnx.shape.TensorType;

/**
 * A model's roofline on a device: per node, the time its arithmetic needs at the device's peak
 * (operations / peak ops) and the time its DRAM traffic needs at the peak bandwidth; the node's
 * floor is the larger of the two, and the model's floor the sum over its nodes (ONNX Runtime runs
 * them one after another). DRAM traffic is what cannot stay in the last-level cache: an activation
 * larger than half of it (written, then read by the next node), and the weights when all of them
 * together do not fit (read once a run). No kernel is faster than its floor; how close a measured
 * time comes to it is the efficiency.
 */
public final class Roofline {
    /** Operators whose arithmetic is int8 as written. */
    private static final Set<String> INTEGER_OPS = Set.of("QLinearConv", "QLinearMatMul", "ConvInteger", "MatMulInteger", "DynamicQuantizeMatMul",
            "MatMulIntegerToFloat", "QGemm", "DynamicQuantizeLSTM", "QAttention");
    /** Float operators that ONNX Runtime runs as int8 when their inputs are dequantized int8 (QDQ). */
    private static final Set<String> QDQ_FUSABLE = Set.of("Conv", "MatMul", "Gemm", "ConvTranspose");

    private Roofline() {
    }

    /**
     * One node on the roofline.
     *
     * @param ops operations (2 per multiply-accumulate)
     * @param bytes DRAM traffic (what cannot stay in the last-level cache); -1 where a tensor's size is unknown
     * @param computeSeconds ops at the peak of the node's precision
     * @param memorySeconds bytes at the peak bandwidth (0 where unknown)
     */
    public record Node(String name, String opType, Peaks.Precision precision, long ops, long bytes, double computeSeconds, double memorySeconds) {
        public double floorSeconds() {
            return Math.max(computeSeconds, memorySeconds);
        }

        public boolean memoryBound() {
            return memorySeconds > computeSeconds;
        }

        /** Operations per byte moved; NaN where the bytes are unknown. */
        public double intensity() {
            return bytes > 0 ? (double) ops / bytes : Double.NaN;
        }
    }

    /** A model's roofline: its nodes in execution order and the sums. */
    public record Result(List<Node> nodes, Peaks peaks, int unknownSizes) {
        public double floorSeconds() {
            return nodes.stream().mapToDouble(Node::floorSeconds).sum();
        }

        public double computeSeconds() {
            return nodes.stream().mapToDouble(Node::computeSeconds).sum();
        }

        public double memorySeconds() {
            return nodes.stream().mapToDouble(Node::memorySeconds).sum();
        }

        /** The floor as a share of a measured time: 1 is at the roof, 0.5 half as fast as the roof allows. */
        public double efficiency(double measuredSeconds) {
            return floorSeconds() / measuredSeconds;
        }
    }

    /** The roofline of {@code model} with its symbolic dimensions bound to {@code bindings} (unbound ones count as 1). */
    public static Result of(ModelProto model, Map<String, Long> bindings, Peaks peaks) {
        InferenceResult shapes = ShapeInference.infer(model, bindings, Map.of());
        ModelCost cost = CostModel.analyze(model, shapes, bindings);
        Set<String> weights = new HashSet<>();
        for (TensorProto t : model.graph().initializers()) weights.add(t.name());
        Map<String, NodeProto> producer = new HashMap<>();
        for (NodeProto n : model.graph().nodes()) {
            if (n.opType().equals("Constant")) weights.addAll(n.outputs());
            for (String o : n.outputs()) producer.put(o, n);
        }
        List<Node> out = new ArrayList<>();
        int unknown = 0;
        long half = peaks.cacheBytes() / 2;
        boolean weightsStream = peaks.cacheBytes() == 0 || cost.weightBytes() > half;
        for (NodeCost c : cost.nodes()) {
            NodeProto n = c.node();
            if (n.opType().equals("Constant")) continue;
            Peaks.Precision p = precision(n, producer, shapes);
            long ops = Math.max(0, c.macs()) * 2;
            boolean known = c.outputBytes() >= 0;
            long bytes = weightsStream ? c.weightBytes() : 0;
            bytes += spills(c.outputBytes(), half);
            for (String in : n.inputs()) {
                if (in.isEmpty() || weights.contains(in)) continue;
                long b = bytes(shapes.type(in), bindings);
                if (b < 0) known = false;
                else bytes += spills(b, half);
            }
            if (!known) unknown++;
            out.add(new Node(n.name(), n.opType(), p, ops, known ? bytes : -1, ops / peaks.opsPerSecond(p), known ? bytes / peaks.bytesPerSecond() : 0));
        }
        return new Result(List.copyOf(out), peaks, unknown);
    }

    /** The DRAM bytes of a tensor of {@code bytes}: all of them when it cannot stay in the cache ({@code half} of it), none when it can. */
    private static long spills(long bytes, long half) {
        return bytes > 0 && (half == 0 || bytes > half) ? bytes : 0;
    }

    static Peaks.Precision precision(NodeProto n, Map<String, NodeProto> producer, InferenceResult shapes) {
        if (INTEGER_OPS.contains(n.opType())) return Peaks.Precision.INT8;
        if (QDQ_FUSABLE.contains(n.opType()) && n.inputs().size() >= 2) {
            NodeProto x = producer.get(n.inputs().get(0)), w = producer.get(n.inputs().get(1));
            if (dequantizesInt8(x, shapes) && dequantizesInt8(w, shapes)) return Peaks.Precision.INT8;
        }
        return Peaks.Precision.FLOAT;
    }

    private static boolean dequantizesInt8(NodeProto dq, InferenceResult shapes) {
        if (dq == null || !dq.opType().equals("DequantizeLinear") || dq.inputs().isEmpty()) return false;
        TensorType t = shapes.type(dq.inputs().get(0));
        int e = t == null ? 0 : t.elemType();
        return e == DataType.INT8 || e == DataType.UINT8;
    }

    private static long bytes(TensorType t, Map<String, Long> bindings) {
        if (t == null || t.elemType() == 0) return -1;
        long n = t.elementCount(bindings);
        return n < 0 ? -1 : DataType.bytes(t.elemType(), n);
    }
}
