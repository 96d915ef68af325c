package io.medli.onnx.shape;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.Dimension;
import io.medli.onnx.proto.TypeProto;

/** Element type and shape of a tensor; the shape may be unknown (null), or have unknown dims. */
public record TensorType(int elemType, List<Dim> dims) {

    public static final TensorType UNKNOWN = new TensorType(0, null);

    public TensorType {
        dims = dims == null ? null : Collections.unmodifiableList(new ArrayList<>(dims));
    }

    public static TensorType of(int elemType, long... shape) {
        List<Dim> d = new ArrayList<>(shape.length);
        for (long s : shape) d.add(Dim.of(s));
        return new TensorType(elemType, d);
    }

    /** From a declared type; null for non-tensor types (sequences, maps). */
    public static TensorType of(TypeProto t) {
        if (t == null || (t.kind() != TypeProto.Kind.TENSOR && t.kind() != TypeProto.Kind.SPARSE_TENSOR)) return null;
        if (!t.hasShape()) return new TensorType(t.elemType(), null);
        List<Dim> d = new ArrayList<>();
        for (Dimension dim : t.shape()) {
            d.add(dim.hasValue() ? Dim.of(dim.value()) : dim.hasParam() ? Dim.symbol(dim.param()) : Dim.unknown());
        }
        return new TensorType(t.elemType(), d);
    }

    public boolean hasShape() { return dims != null; }
    public int rank() { return dims == null ? -1 : dims.size(); }
    public Dim dim(int i) { return dims.get(i); }

    public TensorType withElemType(int t) { return new TensorType(t, dims); }
    public TensorType withDims(List<Dim> d) { return new TensorType(elemType, d); }

    /** Element count with symbols bound (unbound ones are 1); -1 when any dim or the rank is unknown. */
    public long elementCount(Map<String, Long> bindings) {
        if (dims == null) return -1;
        long n = 1;
        for (Dim d : dims) {
            long v = d.evaluate(bindings);
            if (v < 0) return -1;
            try {
                n = Math.multiplyExact(n, v);
            } catch (ArithmeticException e) {
                return Long.MAX_VALUE;
            }
        }
        return n;
    }

    public boolean isFullyKnown() {
        if (dims == null) return false;
        for (Dim d : dims) if (!d.isKnown()) return false;
        return true;
    }

    /** As an ONNX type (unknown dims become dimensions without value or name). */
    public TypeProto toProto() {
        List<Dimension> ds = null;
        if (dims != null) {
            ds = new ArrayList<>();
            for (Dim d : dims) {
                ds.add(d.isKnown() ? Dimension.of(d.value()) : d.isSymbolic() ? Dimension.of(d.toString()) : new Dimension());
            }
        }
        return TypeProto.tensor(elemType, ds);
    }

    @Override
    public String toString() {
        return DataType.name(elemType) + (dims == null ? "[?]" : dims.toString().replace(" ", ""));
    }
}
