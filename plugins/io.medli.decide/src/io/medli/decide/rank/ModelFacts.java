package io.medli.decide.rank;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.medli.decide.roofline.Peaks;
import io.medli.decide.roofline.Roofline;
import io.medli.onnx.cost.CostModel;
import io.medli.onnx.cost.ModelCost;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;

/**
 * What a recommendation needs to know of a model: its operators, its arithmetic, its weights and
 * largest live activations, and its number format.
 *
 * @param operators operator types, those of a domain other than ONNX's as "domain:Op"
 * @param int8 true when most of its multiply-accumulates are int8 (integer operators or QDQ around a fusable one)
 * @param model the model, for a per-node roofline; null where only the facts are known
 */
public record ModelFacts(Set<String> operators, long params, long macs, long weightBytes, long peakActivationBytes, boolean int8, ModelProto model,
        Map<String, Long> bindings) {

    /** Weights plus the largest live activations: what the device must hold. */
    public long memoryBytes() {
        return weightBytes + peakActivationBytes;
    }

    public static ModelFacts of(ModelProto m, Map<String, Long> bindings) {
        ModelCost cost = CostModel.analyze(m, bindings);
        Set<String> ops = new TreeSet<>();
        for (NodeProto n : m.graph().nodes()) ops.add(n.domain().isEmpty() || n.domain().equals("ai.onnx") ? n.opType() : n.domain() + ":" + n.opType());
        // int8 when int8 arithmetic carries most operations, as the roofline counts it
        Peaks any = new Peaks(1, 1, 1, 0, "unit");
        long int8 = 0, all = 0;
        for (Roofline.Node n : Roofline.of(m, bindings, any).nodes()) {
            all += n.ops();
            if (n.precision() == Peaks.Precision.INT8) int8 += n.ops();
        }
        return new ModelFacts(ops, cost.params(), cost.macs(), cost.weightBytes(), cost.peakActivationBytes(), all > 0 && int8 * 2 > all, m, bindings);
    }
}
