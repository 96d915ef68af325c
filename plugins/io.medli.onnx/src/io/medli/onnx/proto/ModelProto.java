package io.medli.onnx.proto;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** {@code ModelProto}: the root of an ONNX file. */
public final class ModelProto extends ProtoMessage {
    private Long irVersion;
    private final List<OperatorSetId> opsetImports = new ArrayList<>(2);
    private String producerName;
    private String producerVersion;
    private String domain;
    private Long modelVersion;
    private String docString;
    private GraphProto graph;
    private final List<StringStringEntry> metadataProps = new ArrayList<>(0);
    /** {@code training_info}: kept encoded (this code does not interpret training graphs). */
    private final List<ByteBuffer> trainingInfo = new ArrayList<>(0);
    private final List<FunctionProto> functions = new ArrayList<>(0);

    public long irVersion() { return irVersion == null ? 0 : irVersion; }
    public Long rawIrVersion() { return irVersion; }
    public ModelProto irVersion(Long v) { this.irVersion = v; return this; }
    public List<OperatorSetId> opsetImports() { return opsetImports; }
    public String producerName() { return producerName == null ? "" : producerName; }
    public String rawProducerName() { return producerName; }
    public ModelProto producerName(String p) { this.producerName = p; return this; }
    public String producerVersion() { return producerVersion == null ? "" : producerVersion; }
    public String rawProducerVersion() { return producerVersion; }
    public ModelProto producerVersion(String p) { this.producerVersion = p; return this; }
    public String domain() { return domain; }
    public ModelProto domain(String d) { this.domain = d; return this; }
    public long modelVersion() { return modelVersion == null ? 0 : modelVersion; }
    public Long rawModelVersion() { return modelVersion; }
    public ModelProto modelVersion(Long v) { this.modelVersion = v; return this; }
    public String docString() { return docString; }
    public ModelProto docString(String d) { this.docString = d; return this; }
    public GraphProto graph() { return graph; }
    public ModelProto graph(GraphProto g) { this.graph = g; return this; }
    public List<StringStringEntry> metadataProps() { return metadataProps; }
    public List<ByteBuffer> trainingInfo() { return trainingInfo; }
    public List<FunctionProto> functions() { return functions; }

    /** Version of the default ONNX operator set imported, or 0 when none is. */
    public long defaultOpset() {
        return opset("");
    }

    /** Version imported for {@code domain} ("" or "ai.onnx" for the default domain), or 0. */
    public long opset(String opDomain) {
        String d = opDomain.equals("ai.onnx") ? "" : opDomain;
        for (OperatorSetId o : opsetImports) {
            String od = o.domain().equals("ai.onnx") ? "" : o.domain();
            if (od.equals(d)) {
                return o.version();
            }
        }
        return 0;
    }
}
