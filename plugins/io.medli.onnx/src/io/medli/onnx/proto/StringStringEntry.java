package io.medli.onnx.proto;

/** {@code StringStringEntryProto}: metadata and external-data entries. */
public final class StringStringEntry extends ProtoMessage {
    private String key;
    private String value;

    public StringStringEntry() {
    }

    public StringStringEntry(String key, String value) {
        this.key = key;
        this.value = value;
    }

    public String key() { return key == null ? "" : key; }
    public String rawKey() { return key; }
    public StringStringEntry key(String k) { this.key = k; return this; }
    public String value() { return value == null ? "" : value; }
    public String rawValue() { return value; }
    public StringStringEntry value(String v) { this.value = v; return this; }
}
