package io.medli.onnx.proto;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code TypeProto}: the type of a value - a tensor (element type and optional shape), a sparse
 * tensor, a sequence, a map or an optional. Exactly one kind is set in a valid model.
 */
public final class TypeProto extends ProtoMessage {
    public enum Kind { TENSOR, SPARSE_TENSOR, SEQUENCE, MAP, OPTIONAL, NONE }

    private Kind kind = Kind.NONE;
    /** For TENSOR and SPARSE_TENSOR; null = absent. */
    private Integer elemType;
    /** For TENSOR and SPARSE_TENSOR: null = shape unknown (rank too). */
    private List<Dimension> shape;
    /** For SEQUENCE, OPTIONAL (element) and MAP (value). */
    private TypeProto inner;
    /** For MAP. */
    private Integer mapKeyType;
    private String denotation;
    /** Unknown fields inside the kind-specific sub-message (kept for round trips). */
    private List<java.nio.ByteBuffer> kindUnknown;
    private List<java.nio.ByteBuffer> shapeUnknown;

    public static TypeProto tensor(int elemType, List<Dimension> shape) {
        TypeProto t = new TypeProto();
        t.kind = Kind.TENSOR;
        t.elemType = elemType;
        t.shape = shape == null ? null : new ArrayList<>(shape);
        return t;
    }

    public Kind kind() { return kind; }
    public TypeProto kind(Kind k) { this.kind = k; return this; }
    public int elemType() { return elemType == null ? 0 : elemType; }
    public Integer rawElemType() { return elemType; }
    public TypeProto elemType(Integer t) { this.elemType = t; return this; }
    public boolean hasShape() { return shape != null; }
    /** Dimensions, or null when the rank is unknown. */
    public List<Dimension> shape() { return shape; }
    public TypeProto shape(List<Dimension> s) { this.shape = s; return this; }
    public TypeProto inner() { return inner; }
    public TypeProto inner(TypeProto t) { this.inner = t; return this; }
    public int mapKeyType() { return mapKeyType == null ? 0 : mapKeyType; }
    public Integer rawMapKeyType() { return mapKeyType; }
    public TypeProto mapKeyType(Integer k) { this.mapKeyType = k; return this; }
    public String denotation() { return denotation; }
    public TypeProto denotation(String d) { this.denotation = d; return this; }

    public List<java.nio.ByteBuffer> kindUnknownFields() {
        if (kindUnknown == null) kindUnknown = new ArrayList<>(0);
        return kindUnknown;
    }

    public List<java.nio.ByteBuffer> shapeUnknownFields() {
        if (shapeUnknown == null) shapeUnknown = new ArrayList<>(0);
        return shapeUnknown;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case TENSOR, SPARSE_TENSOR -> (kind == Kind.SPARSE_TENSOR ? "sparse " : "")
                    + DataType.name(elemType()) + (shape == null ? "[?]" : shape.toString().replace(" ", ""));
            case SEQUENCE -> "seq(" + inner + ")";
            case OPTIONAL -> "optional(" + inner + ")";
            case MAP -> "map(" + DataType.name(mapKeyType()) + "," + inner + ")";
            case NONE -> "?";
        };
    }
}
