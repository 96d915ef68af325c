package io.medli.compress;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.medli.onnx.cost.CostModel;
import io.medli.onnx.cost.NodeCost;
import io.medli.onnx.graph.GraphView;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.shape.InferenceResult;
import io.medli.onnx.shape.ShapeInference;

/**
 * A rough run time of a mixed-precision model on a CPU, in float multiply-accumulates: int8
 * kernels do a MAC in a third of the time, and every quantized tensor that a float node
 * writes or reads costs a quantize or dequantize pass over it. Mixed precision is only faster
 * where the int8 regions are large: an int8 convolution between float ones pays two passes over
 * its feature maps, often more than its kernel saves (M-LSD's early 1x1 convolutions: 39 M MACs,
 * 2.5 M output values). The constants come from ONNX Runtime's profiles of M-LSD on an x86 CPU
 * (docs/benchmarks.md section 15); only the comparison between plans of one model matters.
 */
final class Int8CostEstimate {
    /** Int8 convolution and matrix kernels against float ones, per MAC. */
    static final double INT8_SPEEDUP = 3;
    /** One quantize or dequantize of a value, in float MACs (0.35 ns against 5 ns per 1000 MACs). */
    static final double CONVERSION_MACS = 64;

    private final ModelProto model;
    private final GraphView view;
    private final InferenceResult types;
    private final Map<NodeProto, Long> macs = new HashMap<>();

    Int8CostEstimate(ModelProto model) {
        this.model = model;
        this.view = GraphView.of(model.graph());
        this.types = ShapeInference.infer(model);
        for (NodeCost c : CostModel.analyze(model, Map.of()).nodes()) macs.put(c.node(), Math.max(0, c.macs()));
    }

    /** The cost of quantizing {@code include} (and the operators between them) with {@code options}. */
    double cost(StaticQuantizer.Options options, Set<String> include) {
        if (include.isEmpty()) return floatCost();
        QuantizationPlan plan = QuantizationPlan.of(model, options.withInclude(include).withIncludeConnecting(true));
        double cost = 0;
        for (Map.Entry<NodeProto, Long> e : macs.entrySet()) {
            boolean int8 = plan.weighted.contains(e.getKey());
            cost += int8 ? e.getValue() / INT8_SPEEDUP : e.getValue();
        }
        for (String t : plan.tensors) {
            long values = values(t);
            NodeProto producer = view.producer(t);
            if (producer == null || !plan.nodes.contains(producer)) cost += CONVERSION_MACS * values;
            List<NodeProto> readers = view.consumers(t);
            boolean allInt8 = !view.isGraphOutput(t);
            for (NodeProto r : readers) allInt8 &= plan.nodes.contains(r);
            if (!allInt8) cost += CONVERSION_MACS * values;
        }
        return cost;
    }

    double floatCost() {
        double cost = 0;
        for (long m : macs.values()) cost += m;
        return cost;
    }

    /** Values in a tensor; a symbolic dimension (the batch) counts as 1. */
    private long values(String tensor) {
        return Math.max(0, types.type(tensor).elementCount(Map.of()));
    }
}
