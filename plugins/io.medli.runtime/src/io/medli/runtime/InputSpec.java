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
    /** The shape with symbolic dimensions bound from {@code dims} (unbound ones become 1). */
    public long[] concreteShape(java.util.Map<String, Long> dims) {
        long[] s = shape.clone();
        for (int i = 0; i < s.length; i++) {
            if (s[i] < 0) {
                String n = i < dimNames.length ? dimNames[i] : "";
                s[i] = dims.getOrDefault(n, 1L);
            }
        }
        return s;
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
