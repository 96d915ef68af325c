package io.medli.onnx.proto;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** {@code AttributeProto}: a named attribute of a node or a function. */
public final class AttributeProto extends ProtoMessage {
    public static final int UNDEFINED = 0, FLOAT = 1, INT = 2, STRING = 3, TENSOR = 4, GRAPH = 5, FLOATS = 6,
            INTS = 7, STRINGS = 8, TENSORS = 9, GRAPHS = 10, SPARSE_TENSOR = 11, SPARSE_TENSORS = 12,
            TYPE_PROTO = 13, TYPE_PROTOS = 14;

    private String name;
    private String refAttrName;
    private String docString;
    private Integer type;
    private Float f;
    private Long i;
    private byte[] s;
    private TensorProto t;
    private GraphProto g;
    private SparseTensorProto sparseTensor;
    private TypeProto tp;
    private float[] floats;
    private long[] ints;
    private List<byte[]> strings;
    private List<TensorProto> tensors;
    private List<GraphProto> graphs;
    private List<SparseTensorProto> sparseTensors;
    private List<TypeProto> typeProtos;

    public static AttributeProto ofInt(String name, long v) {
        AttributeProto a = new AttributeProto();
        a.name = name; a.type = INT; a.i = v;
        return a;
    }

    public static AttributeProto ofInts(String name, long... v) {
        AttributeProto a = new AttributeProto();
        a.name = name; a.type = INTS; a.ints = v;
        return a;
    }

    public static AttributeProto ofFloat(String name, float v) {
        AttributeProto a = new AttributeProto();
        a.name = name; a.type = FLOAT; a.f = v;
        return a;
    }

    public static AttributeProto ofString(String name, String v) {
        AttributeProto a = new AttributeProto();
        a.name = name; a.type = STRING; a.s = v.getBytes(StandardCharsets.UTF_8);
        return a;
    }

    public static AttributeProto ofTensor(String name, TensorProto v) {
        AttributeProto a = new AttributeProto();
        a.name = name; a.type = TENSOR; a.t = v;
        return a;
    }

    public static AttributeProto ofGraph(String name, GraphProto v) {
        AttributeProto a = new AttributeProto();
        a.name = name; a.type = GRAPH; a.g = v;
        return a;
    }

    public String name() { return name == null ? "" : name; }
    public String rawName() { return name; }
    public AttributeProto name(String n) { this.name = n; return this; }
    public String refAttrName() { return refAttrName; }
    public AttributeProto refAttrName(String r) { this.refAttrName = r; return this; }
    public String docString() { return docString; }
    public AttributeProto docString(String d) { this.docString = d; return this; }
    public int type() { return type == null ? UNDEFINED : type; }
    public Integer rawType() { return type; }
    public AttributeProto type(Integer t) { this.type = t; return this; }
    public boolean hasF() { return f != null; }
    public float f() { return f == null ? 0f : f; }
    public Float rawF() { return f; }
    public AttributeProto f(Float v) { this.f = v; return this; }
    public boolean hasI() { return i != null; }
    public long i() { return i == null ? 0 : i; }
    public Long rawI() { return i; }
    public AttributeProto i(Long v) { this.i = v; return this; }
    public byte[] s() { return s; }
    public String sAsString() { return s == null ? "" : new String(s, StandardCharsets.UTF_8); }
    public AttributeProto s(byte[] v) { this.s = v; return this; }
    public TensorProto t() { return t; }
    public AttributeProto t(TensorProto v) { this.t = v; return this; }
    public GraphProto g() { return g; }
    public AttributeProto g(GraphProto v) { this.g = v; return this; }
    public SparseTensorProto sparseTensor() { return sparseTensor; }
    public AttributeProto sparseTensor(SparseTensorProto v) { this.sparseTensor = v; return this; }
    public TypeProto tp() { return tp; }
    public AttributeProto tp(TypeProto v) { this.tp = v; return this; }
    public float[] floats() { return floats == null ? new float[0] : floats; }
    public float[] rawFloats() { return floats; }
    public AttributeProto floats(float[] v) { this.floats = v; return this; }
    public long[] ints() { return ints == null ? new long[0] : ints; }
    public long[] rawInts() { return ints; }
    public AttributeProto ints(long[] v) { this.ints = v; return this; }
    public List<byte[]> strings() { if (strings == null) strings = new ArrayList<>(0); return strings; }
    public List<TensorProto> tensors() { if (tensors == null) tensors = new ArrayList<>(0); return tensors; }
    public List<GraphProto> graphs() { if (graphs == null) graphs = new ArrayList<>(0); return graphs; }
    public List<SparseTensorProto> sparseTensors() {
        if (sparseTensors == null) sparseTensors = new ArrayList<>(0);
        return sparseTensors;
    }
    public List<TypeProto> typeProtos() { if (typeProtos == null) typeProtos = new ArrayList<>(0); return typeProtos; }

    /** Subgraphs held by this attribute (GRAPH or GRAPHS). */
    public List<GraphProto> subgraphs() {
        List<GraphProto> out = new ArrayList<>(1);
        if (g != null) out.add(g);
        if (graphs != null) out.addAll(graphs);
        return out;
    }

    /** A short human-readable value, e.g. {@code [3, 3]} or {@code 0.5}. */
    public String valueString() {
        return switch (type()) {
            case FLOAT -> Float.toString(f());
            case INT -> Long.toString(i());
            case STRING -> '"' + sAsString() + '"';
            case FLOATS -> java.util.Arrays.toString(floats());
            case INTS -> java.util.Arrays.toString(ints());
            case STRINGS -> strings().stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList().toString();
            case TENSOR -> t == null ? "tensor" : "tensor " + DataType.name(t.dataType()) + java.util.Arrays.toString(t.dims());
            case GRAPH -> "graph " + (g == null ? "" : g.name());
            case GRAPHS -> graphs().size() + " graphs";
            case TENSORS -> tensors().size() + " tensors";
            case SPARSE_TENSOR -> "sparse tensor";
            case TYPE_PROTO -> String.valueOf(tp);
            default -> refAttrName != null ? "@" + refAttrName : "?";
        };
    }
}
