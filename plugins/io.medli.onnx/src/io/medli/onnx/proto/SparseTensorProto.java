package io.medli.onnx.proto;

/** {@code SparseTensorProto}: values, their indices, and the dense shape. */
public final class SparseTensorProto extends ProtoMessage {
    private TensorProto values;
    private TensorProto indices;
    private long[] dims = new long[0];

    public TensorProto values() { return values; }
    public SparseTensorProto values(TensorProto v) { this.values = v; return this; }
    public TensorProto indices() { return indices; }
    public SparseTensorProto indices(TensorProto i) { this.indices = i; return this; }
    public long[] dims() { return dims; }
    public SparseTensorProto dims(long... d) { this.dims = d; return this; }

    /** The name of the dense tensor (that of {@code values}). */
    public String name() {
        return values == null ? "" : values.name();
    }
}
