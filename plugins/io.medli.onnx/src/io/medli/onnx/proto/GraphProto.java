package io.medli.onnx.proto;

import java.util.ArrayList;
import java.util.List;

/** {@code GraphProto}: nodes, initializers and the typed inputs and outputs of a (sub)graph. */
public final class GraphProto extends ProtoMessage {
    private final List<NodeProto> nodes = new ArrayList<>();
    private String name;
    private final List<TensorProto> initializers = new ArrayList<>();
    private List<SparseTensorProto> sparseInitializers;
    private String docString;
    private final List<ValueInfo> inputs = new ArrayList<>();
    private final List<ValueInfo> outputs = new ArrayList<>();
    private final List<ValueInfo> valueInfos = new ArrayList<>();
    private List<TensorAnnotation> quantizationAnnotations;
    private List<StringStringEntry> metadataProps;

    public List<NodeProto> nodes() { return nodes; }
    public String name() { return name == null ? "" : name; }
    public String rawName() { return name; }
    public GraphProto name(String n) { this.name = n; return this; }
    public List<TensorProto> initializers() { return initializers; }
    public List<SparseTensorProto> sparseInitializers() {
        if (sparseInitializers == null) sparseInitializers = new ArrayList<>(0);
        return sparseInitializers;
    }
    public boolean hasSparseInitializers() { return sparseInitializers != null && !sparseInitializers.isEmpty(); }
    public String docString() { return docString; }
    public GraphProto docString(String d) { this.docString = d; return this; }
    public List<ValueInfo> inputs() { return inputs; }
    public List<ValueInfo> outputs() { return outputs; }
    public List<ValueInfo> valueInfos() { return valueInfos; }
    public List<TensorAnnotation> quantizationAnnotations() {
        if (quantizationAnnotations == null) quantizationAnnotations = new ArrayList<>(0);
        return quantizationAnnotations;
    }
    public boolean hasQuantizationAnnotations() {
        return quantizationAnnotations != null && !quantizationAnnotations.isEmpty();
    }
    public List<StringStringEntry> metadataProps() {
        if (metadataProps == null) metadataProps = new ArrayList<>(0);
        return metadataProps;
    }
    public boolean hasMetadataProps() { return metadataProps != null && !metadataProps.isEmpty(); }
}
