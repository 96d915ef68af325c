package io.medli.ui.internal.editor;

import java.nio.charset.StandardCharsets;

import io.medli.onnx.proto.AttributeProto;

/** Parses what a user typed into an attribute of the same type as the old one. */
final class AttributeValues {
    private AttributeValues() {
    }

    static AttributeProto parse(AttributeProto old, String text) {
        String s = text.trim();
        AttributeProto a = new AttributeProto().name(old.name()).type(old.type());
        try {
            switch (old.type()) {
                case AttributeProto.INT -> a.i(Long.parseLong(s));
                case AttributeProto.FLOAT -> a.f(Float.parseFloat(s));
                case AttributeProto.STRING -> a.s((s.startsWith("\"") && s.endsWith("\"") && s.length() >= 2
                        ? s.substring(1, s.length() - 1) : s).getBytes(StandardCharsets.UTF_8));
                case AttributeProto.INTS -> {
                    String[] p = list(s);
                    long[] v = new long[p.length];
                    for (int i = 0; i < p.length; i++) v[i] = Long.parseLong(p[i].trim());
                    a.ints(v);
                }
                case AttributeProto.FLOATS -> {
                    String[] p = list(s);
                    float[] v = new float[p.length];
                    for (int i = 0; i < p.length; i++) v[i] = Float.parseFloat(p[i].trim());
                    a.floats(v);
                }
                default -> throw new IllegalArgumentException("attribute '" + old.name() + "' cannot be edited as text");
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid value for " + old.name() + " (was " + old.valueString() + ")");
        }
        return a;
    }

    private static String[] list(String s) {
        String inner = s.startsWith("[") && s.endsWith("]") ? s.substring(1, s.length() - 1) : s;
        return inner.isBlank() ? new String[0] : inner.split("[,\\s]+");
    }
}
