package io.medli.train.internal;

import java.util.Map;
import java.util.Set;

import ai.djl.ndarray.NDArray;
import io.medli.onnx.proto.NodeProto;
import io.medli.train.OutputMatching;

/**
 * Int8 quantization simulated in float (quantization-aware training): the activations that the
 * quantized model stores in 8 bits are rounded to their grid and clipped to their range, and the
 * weights of the convolutions it runs in int8 are rounded per output channel, symmetric, to 127
 * steps (63 for a model with 7-bit weights) - as the static quantizer writes them. Gradients pass
 * the rounding unchanged (straight-through) and stop where a value is clipped.
 */
final class FakeQuantization {
    private final Map<String, OutputMatching.ActivationGrid> activations;
    private final Set<String> int8Weights;
    private final int weightMax;

    FakeQuantization(Map<String, OutputMatching.ActivationGrid> activations, Set<String> int8Weights, int weightMax) {
        this.activations = Map.copyOf(activations);
        this.int8Weights = Set.copyOf(int8Weights);
        this.weightMax = weightMax;
    }

    /** {@code x} on its 8-bit grid when the quantized model stores tensor {@code name} in 8 bits, else unchanged. */
    NDArray activation(String name, NDArray x) {
        OutputMatching.ActivationGrid g = activations.get(name);
        if (g == null) return x;
        NDArray c = x.clip((g.min() - g.zeroPoint()) * g.scale(), (g.max() - g.zeroPoint()) * g.scale());
        NDArray r = c.div(Scalars.of(c, g.scale())).round().mul(Scalars.of(c, g.scale()));
        return c.add(r.sub(c).stopGradient());
    }

    boolean quantizesWeightsOf(NodeProto n) {
        return n.opType().equals("Conv") && int8Weights.contains(n.name());
    }

    /** A convolution's weight [out, in, k...] rounded per output channel to weightMax steps of its largest magnitude. */
    NDArray weight(NDArray w) {
        long[] perChannel = new long[(int) w.getShape().dimension()];
        java.util.Arrays.fill(perChannel, 1);
        perChannel[0] = w.getShape().get(0);
        // PyTorch's max takes one axis: over the flattened rest of each output channel
        NDArray scale = w.abs().reshape(perChannel[0], -1).max(new int[] { 1 }, true).reshape(new ai.djl.ndarray.types.Shape(perChannel))
                .div(Scalars.of(w, weightMax)).maximum(Scalars.of(w, 1e-12f)).stopGradient();
        NDArray r = w.div(scale).round().clip(-weightMax, weightMax).mul(scale);
        return w.add(r.sub(w).stopGradient());
    }
}
