package io.medli.train.arch;

import java.util.List;

/**
 * One layer of a student network. The same list of layers is turned into a trainable DJL block
 * and into an ONNX graph, so the two cannot drift apart. Convolutions work on [N, C, H, W]
 * ({@code Conv}) or [N, C, L] ({@code Conv1d}) tensors.
 */
public sealed interface Layer {
    /** 2-D convolution, square kernel; {@code groups == input channels == filters} is depthwise. */
    record Conv(int filters, int kernel, int stride, int padding, int groups, boolean bias) implements Layer {
    }

    /** 1-D convolution over [N, C, L]. */
    record Conv1d(int filters, int kernel, int stride, int padding) implements Layer {
    }

    /** Batch normalization over the channel axis (epsilon 1e-5). */
    record BatchNorm() implements Layer {
    }

    record Relu() implements Layer {
    }

    /** min(max(x, 0), 6), as in MobileNetV2. */
    record Relu6() implements Layer {
    }

    /** Max pooling with a square window (or a 1-D window over [N, C, L]). */
    record MaxPool(int kernel, int stride, boolean oneDimensional) implements Layer {
    }

    /** Average over all spatial positions, then flattened to [N, C]. */
    record GlobalAvgPool() implements Layer {
    }

    /** [N, ...] to [N, product]. */
    record Flatten() implements Layer {
    }

    /** Fully connected layer (y = x W^T + b). */
    record Dense(int units) implements Layer {
    }

    /** Dropout while training; nothing at inference, so it is not exported. */
    record Dropout(float rate) implements Layer {
    }

    /** body(x) + x: the body must keep the shape. */
    record Residual(List<Layer> body) implements Layer {
        public Residual {
            body = List.copyOf(body);
        }
    }
}
