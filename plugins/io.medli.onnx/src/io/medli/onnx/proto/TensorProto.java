package io.medli.onnx.proto;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code TensorProto}: an initializer, a constant or an attribute value. The element data stays
 * where the reader found it: {@code raw_data} is a slice of the memory-mapped file and external
 * data is mapped only when {@link io.medli.onnx.TensorData} asks for it.
 */
public final class TensorProto extends ProtoMessage {
    public static final int LOCATION_DEFAULT = 0, LOCATION_EXTERNAL = 1;

    private long[] dims = new long[0];
    private Integer dataType;
    private ByteBuffer segment;
    private float[] floatData;
    private int[] int32Data;
    private List<byte[]> stringData;
    private long[] int64Data;
    private String name;
    private String docString;
    private ByteBuffer rawData;
    private List<StringStringEntry> externalData;
    private Integer dataLocation;
    private double[] doubleData;
    private long[] uint64Data;
    private List<StringStringEntry> metadataProps;
    /** Directory that relative external-data locations are resolved against (not serialised). */
    private Path baseDir;

    public long[] dims() { return dims; }
    public TensorProto dims(long... d) { this.dims = d; return this; }
    public int dataType() { return dataType == null ? 0 : dataType; }
    public Integer rawDataType() { return dataType; }
    public TensorProto dataType(Integer t) { this.dataType = t; return this; }
    /** Encoded body of the deprecated {@code segment} field, or null. */
    public ByteBuffer segment() { return segment; }
    public TensorProto segment(ByteBuffer s) { this.segment = s; return this; }
    public float[] floatData() { return floatData; }
    public TensorProto floatData(float[] d) { this.floatData = d; return this; }
    public int[] int32Data() { return int32Data; }
    public TensorProto int32Data(int[] d) { this.int32Data = d; return this; }
    public List<byte[]> stringData() { return stringData; }
    public TensorProto stringData(List<byte[]> d) { this.stringData = d; return this; }
    public long[] int64Data() { return int64Data; }
    public TensorProto int64Data(long[] d) { this.int64Data = d; return this; }
    public String name() { return name == null ? "" : name; }
    public String rawName() { return name; }
    public TensorProto name(String n) { this.name = n; return this; }
    public String docString() { return docString; }
    public TensorProto docString(String d) { this.docString = d; return this; }
    /** {@code raw_data}: a read-only view, or null when absent. */
    public ByteBuffer rawData() { return rawData == null ? null : rawData.duplicate(); }
    public TensorProto rawData(ByteBuffer b) { this.rawData = b; return this; }
    public List<StringStringEntry> externalData() {
        if (externalData == null) externalData = new ArrayList<>(0);
        return externalData;
    }
    public boolean hasExternalDataEntries() { return externalData != null && !externalData.isEmpty(); }
    public int dataLocation() { return dataLocation == null ? 0 : dataLocation; }
    public Integer rawDataLocation() { return dataLocation; }
    public TensorProto dataLocation(Integer l) { this.dataLocation = l; return this; }
    public boolean isExternal() { return dataLocation() == LOCATION_EXTERNAL; }
    public double[] doubleData() { return doubleData; }
    public TensorProto doubleData(double[] d) { this.doubleData = d; return this; }
    public long[] uint64Data() { return uint64Data; }
    public TensorProto uint64Data(long[] d) { this.uint64Data = d; return this; }
    public List<StringStringEntry> metadataProps() {
        if (metadataProps == null) metadataProps = new ArrayList<>(0);
        return metadataProps;
    }
    public boolean hasMetadataProps() { return metadataProps != null && !metadataProps.isEmpty(); }
    public Path baseDir() { return baseDir; }
    public TensorProto baseDir(Path d) { this.baseDir = d; return this; }

    /** Value of an external-data entry ({@code location}, {@code offset}, {@code length}...), or null. */
    public String externalDataValue(String key) {
        if (externalData != null) {
            for (StringStringEntry e : externalData) {
                if (key.equals(e.key())) {
                    return e.value();
                }
            }
        }
        return null;
    }

    /** Number of elements (product of the dimensions); -1 if it overflows. */
    public long elementCount() {
        long n = 1;
        for (long d : dims) {
            if (d < 0) {
                return -1;
            }
            try {
                n = Math.multiplyExact(n, d);
            } catch (ArithmeticException e) {
                return -1;
            }
        }
        return n;
    }

    @Override
    public String toString() {
        return name() + ": " + DataType.name(dataType()) + java.util.Arrays.toString(dims);
    }
}
