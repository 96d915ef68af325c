package io.medli.runtime;

import java.util.Arrays;

/**
 * A model input as ONNX Runtime sees it.
 *
 * @param name input name
 * @param type ONNX element type ({@link io.medli.onnx.proto.DataType})
 * @param shape dimensions, -1 where symbolic or unknown
 * @param dimNames symbolic names ("" where fixed or unnamed)
 */
public record InputSpec(String name, int type, long[] shape, String[] dimNames) {
    /**
     * The shape to generate: {@code options.shapes()}' entry for this input when there is one (it
     * must keep the model's fixed sizes), else the symbolic sizes bound from {@code options.dims()},
     * the first axis (the batch) 1 when still open, and other open axes {@code options.openSize()};
     * -1 where a size stays open.
     *
     * @throws IllegalArgumentException when a given shape does not fit the input
     */
    public long[] shapeFor(RunOptions options) {
        long[] given = options.shapes().get(name);
        if (given != null) {
            if (given.length != shape.length) {
                throw new IllegalArgumentException("the shape given for '" + name + "' has " + given.length + " sizes, but the input is " + this);
            }
            for (int i = 0; i < shape.length; i++) {
                if (shape[i] >= 0 && given[i] != shape[i]) {
                    throw new IllegalArgumentException("the shape given for '" + name + "' sets axis " + i + " to " + given[i]
                            + ", but the model fixes it at " + shape[i] + " (" + this + ")");
                }
            }
            return given.clone();
        }
        long[] s = shape.clone();
        for (int i = 0; i < s.length; i++) {
            if (s[i] >= 0) continue;
            String n = i < dimNames.length ? dimNames[i] : "";
            Long v = n.isEmpty() ? null : options.dims().get(n);
            s[i] = v != null ? v : i == 0 ? 1 : options.openSize() > 0 ? options.openSize() : -1;
        }
        return s;
    }

    /** The sizes of this input left open by {@link #shapeFor}, as "H" or "axis 2", and how to set them; null when none is. */
    public String openSizes(RunOptions options) {
        long[] s = shapeFor(options);
        java.util.List<String> open = new java.util.ArrayList<>();
        StringBuilder example = new StringBuilder();
        for (int i = 0; i < s.length; i++) {
            if (s[i] < 0) open.add(i < dimNames.length && !dimNames[i].isEmpty() ? dimNames[i] : "axis " + i);
            example.append(i == 0 ? "" : "x").append(s[i] >= 0 ? Long.toString(s[i]) : "N");
        }
        if (open.isEmpty()) return null;
        return "input " + this + " leaves " + String.join(", ", open) + " open (e.g. --shape " + name + "=" + example + ")";
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(name).append(" ").append(io.medli.onnx.proto.DataType.name(type)).append('[');
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) b.append(',');
            b.append(shape[i] >= 0 ? Long.toString(shape[i]) : dimNames[i].isEmpty() ? "?" : dimNames[i]);
        }
        return b.append(']').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InputSpec s && s.name.equals(name) && s.type == type && Arrays.equals(s.shape, shape)
                && Arrays.equals(s.dimNames, dimNames);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(shape);
    }
}
