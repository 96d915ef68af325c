package io.medli.onnx.edit;

import java.util.Set;

import io.medli.onnx.proto.GraphProto;

/** Makes new tensor and node names that do not clash with any name of a graph (or with each other). */
public final class UniqueNames {
    private final Set<String> used;

    private UniqueNames(Set<String> used) {
        this.used = used;
    }

    /** Names unique within {@code g} as it is now. */
    public static UniqueNames of(GraphProto g) {
        return new UniqueNames(GraphSurgery.usedNames(g));
    }

    /** {@code base}, or {@code base_1}, {@code base_2}... whichever is free; it is taken from then on. */
    public String next(String base) {
        return GraphSurgery.unique(used, base);
    }
}
