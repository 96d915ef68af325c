package io.medli.compress;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.NodeProto;

/**
 * Weighted operators inside If/Loop/Scan bodies. The quantizers work on the main graph (its
 * calibration and its readers); what sits in a body stays in float, and the report says so
 * instead of leaving a model's whole network silently unquantized.
 */
final class ControlFlowBodies {
    private ControlFlowBodies() {
    }

    /** A report line for each node of {@code ops} inside a body of a node of {@code main}. */
    static List<String> keptInFloat(GraphProto main, Set<String> ops) {
        List<String> out = new ArrayList<>();
        for (NodeProto n : main.nodes()) {
            for (AttributeProto a : n.attributes()) {
                for (GraphProto body : a.subgraphs()) collect(body, a.name() + " of " + n.opType() + " '" + n.displayName() + "'", ops, out);
            }
        }
        return out;
    }

    private static void collect(GraphProto body, String where, Set<String> ops, List<String> out) {
        for (NodeProto n : body.nodes()) {
            if (n.domain().isEmpty() && ops.contains(n.opType())) {
                out.add(n.opType() + " '" + n.displayName() + "': inside the " + where + "; weights in control-flow bodies stay float");
            }
            for (AttributeProto a : n.attributes()) {
                for (GraphProto sub : a.subgraphs()) collect(sub, a.name() + " of " + n.opType() + " '" + n.displayName() + "'", ops, out);
            }
        }
    }
}
