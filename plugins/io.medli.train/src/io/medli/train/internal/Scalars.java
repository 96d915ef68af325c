package io.medli.train.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * Constants for arithmetic that autograd records. DJL's PyTorch {@code x.div(2f)} (and mul, add,
 * sub, minimum, pow with a number) wraps the number in a tensor over a Java direct buffer and
 * closes it at once; the graph keeps that tensor for the backward pass, but once a garbage
 * collection frees the buffer, backward reads whatever reuses the memory: wrong gradients (seen as
 * 1e30), training that collapses or turns NaN at random steps. A tensor made by PyTorch itself
 * owns its memory, so the graph's reference keeps it valid.
 */
public final class Scalars {
    private Scalars() {
    }

    /** {@code value} as a 0-dimensional tensor of {@code like}'s type, on its manager, owned by PyTorch. */
    public static NDArray of(NDArray like, float value) {
        return like.getManager().full(new Shape(), value, like.getDataType());
    }
}
