package io.medli.onnx.proto;

/** {@code TensorShapeProto.Dimension}: a fixed size, a named symbolic size, or unknown. */
public final class Dimension extends ProtoMessage {
    private Long value;
    private String param;
    private String denotation;

    public static Dimension of(long v) { Dimension d = new Dimension(); d.value = v; return d; }
    public static Dimension of(String symbol) { Dimension d = new Dimension(); d.param = symbol; return d; }

    public boolean hasValue() { return value != null; }
    public long value() { return value == null ? 0 : value; }
    public Dimension value(Long v) { this.value = v; return this; }
    public boolean hasParam() { return param != null; }
    public String param() { return param; }
    public Dimension param(String p) { this.param = p; return this; }
    public String denotation() { return denotation; }
    public Dimension denotation(String d) { this.denotation = d; return this; }

    @Override
    public String toString() {
        return value != null ? Long.toString(value) : param != null && !param.isEmpty() ? param : "?";
    }
}
