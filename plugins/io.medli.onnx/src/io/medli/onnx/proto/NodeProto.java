package io.medli.onnx.proto;

import java.util.ArrayList;
import java.util.List;

/** {@code NodeProto}: one operator call. An empty input name means an omitted optional input. */
public final class NodeProto extends ProtoMessage {
    private final List<String> inputs = new ArrayList<>(4);
    private final List<String> outputs = new ArrayList<>(1);
    private String name;
    private String opType;
    private String domain;
    private String overload;
    private final List<AttributeProto> attributes = new ArrayList<>(2);
    private String docString;
    private List<StringStringEntry> metadataProps;

    public NodeProto() {
    }

    public NodeProto(String opType, String name, List<String> inputs, List<String> outputs) {
        this.opType = opType;
        this.name = name;
        this.inputs.addAll(inputs);
        this.outputs.addAll(outputs);
    }

    public List<String> inputs() { return inputs; }
    public List<String> outputs() { return outputs; }
    public String name() { return name == null ? "" : name; }
    public String rawName() { return name; }
    public NodeProto name(String n) { this.name = n; return this; }
    public String opType() { return opType == null ? "" : opType; }
    public String rawOpType() { return opType; }
    public NodeProto opType(String o) { this.opType = o; return this; }
    /** Operator domain; "" is the default ONNX domain ("ai.onnx" is normalised to ""). */
    public String domain() { return domain == null || domain.equals("ai.onnx") ? "" : domain; }
    public String rawDomain() { return domain; }
    public NodeProto domain(String d) { this.domain = d; return this; }
    public String overload() { return overload; }
    public NodeProto overload(String o) { this.overload = o; return this; }
    public List<AttributeProto> attributes() { return attributes; }
    public String docString() { return docString; }
    public NodeProto docString(String d) { this.docString = d; return this; }
    public List<StringStringEntry> metadataProps() {
        if (metadataProps == null) metadataProps = new ArrayList<>(0);
        return metadataProps;
    }
    public boolean hasMetadataProps() { return metadataProps != null && !metadataProps.isEmpty(); }

    public AttributeProto attribute(String attrName) {
        for (AttributeProto a : attributes) {
            if (attrName.equals(a.name())) {
                return a;
            }
        }
        return null;
    }

    public long intAttr(String attrName, long dflt) {
        AttributeProto a = attribute(attrName);
        return a == null || !a.hasI() ? dflt : a.i();
    }

    public float floatAttr(String attrName, float dflt) {
        AttributeProto a = attribute(attrName);
        return a == null || !a.hasF() ? dflt : a.f();
    }

    public long[] intsAttr(String attrName) {
        AttributeProto a = attribute(attrName);
        return a == null || a.rawInts() == null ? null : a.ints();
    }

    public String stringAttr(String attrName, String dflt) {
        AttributeProto a = attribute(attrName);
        return a == null || a.s() == null ? dflt : a.sAsString();
    }

    /** The input at {@code i}, or "" when it is absent or omitted. */
    public String input(int i) {
        return i < inputs.size() ? inputs.get(i) : "";
    }

    /** A name for messages: the node's name, or its op type and first output. */
    public String displayName() {
        return name != null && !name.isEmpty() ? name
                : opType() + (outputs.isEmpty() ? "" : " -> " + outputs.get(0));
    }

    @Override
    public String toString() {
        return opType() + " '" + name() + "' " + inputs + " -> " + outputs;
    }
}
