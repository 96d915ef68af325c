package io.medli.onnx.proto;

/** {@code OperatorSetIdProto}: an operator set (domain, version) that a model imports. */
public final class OperatorSetId extends ProtoMessage {
    private String domain;
    private Long version;

    public OperatorSetId() {
    }

    public OperatorSetId(String domain, long version) {
        this.domain = domain;
        this.version = version;
    }

    /** The domain; "" (or "ai.onnx") is the default ONNX domain. */
    public String domain() { return domain == null ? "" : domain; }
    public String rawDomain() { return domain; }
    public OperatorSetId domain(String d) { this.domain = d; return this; }
    public long version() { return version == null ? 0 : version; }
    public Long rawVersion() { return version; }
    public OperatorSetId version(Long v) { this.version = v; return this; }
}
