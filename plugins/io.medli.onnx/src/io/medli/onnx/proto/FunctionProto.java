package io.medli.onnx.proto;

import java.util.ArrayList;
import java.util.List;

/** {@code FunctionProto}: a model-local function, called by nodes of its (domain, name). */
public final class FunctionProto extends ProtoMessage {
    private String name;
    private final List<String> inputs = new ArrayList<>();
    private final List<String> outputs = new ArrayList<>();
    private final List<String> attributeNames = new ArrayList<>(0);
    private final List<AttributeProto> attributeProtos = new ArrayList<>(0);
    private final List<NodeProto> nodes = new ArrayList<>();
    private String docString;
    private final List<OperatorSetId> opsetImports = new ArrayList<>(1);
    private String domain;
    private String overload;
    private final List<ValueInfo> valueInfos = new ArrayList<>(0);
    private List<StringStringEntry> metadataProps;

    public String name() { return name == null ? "" : name; }
    public String rawName() { return name; }
    public FunctionProto name(String n) { this.name = n; return this; }
    public List<String> inputs() { return inputs; }
    public List<String> outputs() { return outputs; }
    public List<String> attributeNames() { return attributeNames; }
    public List<AttributeProto> attributeProtos() { return attributeProtos; }
    public List<NodeProto> nodes() { return nodes; }
    public String docString() { return docString; }
    public FunctionProto docString(String d) { this.docString = d; return this; }
    public List<OperatorSetId> opsetImports() { return opsetImports; }
    public String domain() { return domain == null ? "" : domain; }
    public String rawDomain() { return domain; }
    public FunctionProto domain(String d) { this.domain = d; return this; }
    public String overload() { return overload; }
    public FunctionProto overload(String o) { this.overload = o; return this; }
    public List<ValueInfo> valueInfos() { return valueInfos; }
    public List<StringStringEntry> metadataProps() {
        if (metadataProps == null) metadataProps = new ArrayList<>(0);
        return metadataProps;
    }
    public boolean hasMetadataProps() { return metadataProps != null && !metadataProps.isEmpty(); }
}
