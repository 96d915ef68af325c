package io.medli.train.arch;

import java.util.Arrays;
import java.util.List;

/**
 * A student network: its layers, the shape of one input sample (without the batch dimension)
 * and the number of classes it predicts.
 */
public record Architecture(String name, String description, int[] inputShape, int classes, List<Layer> layers) {
    public Architecture {
        inputShape = inputShape.clone();
        layers = List.copyOf(layers);
    }

    @Override
    public int[] inputShape() {
        return inputShape.clone();
    }

    @Override
    public String toString() {
        return name + " " + Arrays.toString(inputShape) + " -> " + classes + " classes";
    }
}
