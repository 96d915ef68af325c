package io.medli.onnx.proto;

import java.util.ArrayList;
import java.util.List;

/** {@code ValueInfoProto}: a named value and its type (graph inputs, outputs, value_info). */
public final class ValueInfo extends ProtoMessage {
    private String name;
    private TypeProto type;
    private String docString;
    private List<StringStringEntry> metadataProps;

    public ValueInfo() {
    }

    public ValueInfo(String name, TypeProto type) {
        this.name = name;
        this.type = type;
    }

    public String name() { return name == null ? "" : name; }
    public String rawName() { return name; }
    public ValueInfo name(String n) { this.name = n; return this; }
    /** The type, or null when absent. */
    public TypeProto type() { return type; }
    public ValueInfo type(TypeProto t) { this.type = t; return this; }
    public String docString() { return docString; }
    public ValueInfo docString(String d) { this.docString = d; return this; }
    public List<StringStringEntry> metadataProps() {
        if (metadataProps == null) metadataProps = new ArrayList<>(0);
        return metadataProps;
    }

    @Override
    public String toString() {
        return name() + ": " + type;
    }
}
