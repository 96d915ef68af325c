package io.medli.onnx.cost;

import java.util.List;
import java.util.Map;

/**
 * Cost of a model's main graph.
 *
 * @param nodes per node, in execution (topological) order
 * @param params parameter count (elements of all weight tensors, shape constants excluded)
 * @param macs multiply-accumulates for one inference at the bound dimensions
 * @param weightBytes bytes of all initializers and constant tensors
 * @param activationBytes bytes of all intermediate tensors together
 * @param peakActivationBytes most bytes of activations alive at once in execution order
 * @param unknownShapes tensors whose size is unknown (then the byte figures are lower bounds)
 * @param bindings values used for symbolic dimensions
 */
public record ModelCost(List<NodeCost> nodes, long params, long macs, long weightBytes, long activationBytes,
        long peakActivationBytes, int unknownShapes, Map<String, Long> bindings) {
}
