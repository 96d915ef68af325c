package io.medli.onnx.internal.wire;

import static io.medli.onnx.internal.wire.WireReader.FIXED32;
import static io.medli.onnx.internal.wire.WireReader.FIXED64;
import static io.medli.onnx.internal.wire.WireReader.LEN;
import static io.medli.onnx.internal.wire.WireReader.VARINT;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.medli.onnx.OnnxFormatException;
import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.Dimension;
import io.medli.onnx.proto.FunctionProto;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.OperatorSetId;
import io.medli.onnx.proto.ProtoMessage;
import io.medli.onnx.proto.SparseTensorProto;
import io.medli.onnx.proto.StringStringEntry;
import io.medli.onnx.proto.TensorAnnotation;
import io.medli.onnx.proto.TensorProto;
import io.medli.onnx.proto.TypeProto;
import io.medli.onnx.proto.ValueInfo;

/** Decodes ONNX messages from the wire format; byte fields stay slices of the input buffer. */
public final class ModelDecoder {
    /** Subgraphs and types nest; a corrupt file must not overflow the stack. */
    private static final int MAX_DEPTH = 100;

    private final Path baseDir;

    /** @param baseDir directory for external data of the tensors read, or null */
    public ModelDecoder(Path baseDir) {
        this.baseDir = baseDir;
    }

    public ModelProto readModel(ByteBuffer file) throws OnnxFormatException {
        WireReader r = new WireReader(file);
        if (r.atEnd()) {
            throw new OnnxFormatException(0, "the file is empty");
        }
        ModelProto m = new ModelProto();
        while (!r.atEnd()) {
            int start = r.mark();
            int tag = r.readTag();
            switch (tag >>> 3) {
                case 1 -> { r.expect(tag, VARINT, "ModelProto.ir_version"); m.irVersion(r.readVarint()); }
                case 2 -> { r.expect(tag, LEN, "ModelProto.producer_name"); m.producerName(r.readString("producer_name")); }
                case 3 -> { r.expect(tag, LEN, "ModelProto.producer_version"); m.producerVersion(r.readString("producer_version")); }
                case 4 -> { r.expect(tag, LEN, "ModelProto.domain"); m.domain(r.readString("domain")); }
                case 5 -> { r.expect(tag, VARINT, "ModelProto.model_version"); m.modelVersion(r.readVarint()); }
                case 6 -> { r.expect(tag, LEN, "ModelProto.doc_string"); m.docString(r.readString("doc_string")); }
                case 7 -> { r.expect(tag, LEN, "ModelProto.graph"); m.graph(readGraph(r.readMessage("graph"), 0)); }
                case 8 -> { r.expect(tag, LEN, "ModelProto.opset_import"); m.opsetImports().add(readOpset(r.readMessage("opset_import"))); }
                case 14 -> { r.expect(tag, LEN, "ModelProto.metadata_props"); m.metadataProps().add(readEntry(r.readMessage("metadata_props"))); }
                case 20 -> { r.expect(tag, LEN, "ModelProto.training_info"); m.trainingInfo().add(r.readBytesSlice("training_info")); }
                case 25 -> { r.expect(tag, LEN, "ModelProto.functions"); m.functions().add(readFunction(r.readMessage("functions"), 0)); }
                default -> unknown(r, m, tag, start);
            }
        }
        if (m.rawIrVersion() == null && m.graph() == null) {
            throw new OnnxFormatException(0, "expected an ONNX ModelProto with ir_version and graph, found neither");
        }
        if (m.graph() == null) {
            throw new OnnxFormatException(0, "expected a ModelProto with a graph, found none");
        }
        return m;
    }

    private static void unknown(WireReader r, ProtoMessage m, int tag, int start) throws OnnxFormatException {
        m.unknownFields().add(r.skipField(tag, start));
    }

    private static void depth(WireReader r, int depth) throws OnnxFormatException {
        if (depth > MAX_DEPTH) {
            throw r.error("expected at most " + MAX_DEPTH + " levels of nested graphs or types, found more");
        }
    }

    public GraphProto readGraph(WireReader r, int depth) throws OnnxFormatException {
        depth(r, depth);
        GraphProto g = new GraphProto();
        while (!r.atEnd()) {
            int start = r.mark();
            int tag = r.readTag();
            switch (tag >>> 3) {
                case 1 -> { r.expect(tag, LEN, "GraphProto.node"); g.nodes().add(readNode(r.readMessage("node"), depth)); }
                case 2 -> { r.expect(tag, LEN, "GraphProto.name"); g.name(r.readString("graph name")); }
                case 5 -> { r.expect(tag, LEN, "GraphProto.initializer"); g.initializers().add(readTensor(r.readMessage("initializer"), depth)); }
                case 10 -> { r.expect(tag, LEN, "GraphProto.doc_string"); g.docString(r.readString("doc_string")); }
                case 11 -> { r.expect(tag, LEN, "GraphProto.input"); g.inputs().add(readValueInfo(r.readMessage("input"), depth)); }
                case 12 -> { r.expect(tag, LEN, "GraphProto.output"); g.outputs().add(readValueInfo(r.readMessage("output"), depth)); }
                case 13 -> { r.expect(tag, LEN, "GraphProto.value_info"); g.valueInfos().add(readValueInfo(r.readMessage("value_info"), depth)); }
                case 14 -> { r.expect(tag, LEN, "GraphProto.quantization_annotation"); g.quantizationAnnotations().add(readAnnotation(r.readMessage("quantization_annotation"))); }
                case 15 -> { r.expect(tag, LEN, "GraphProto.sparse_initializer"); g.sparseInitializers().add(readSparse(r.readMessage("sparse_initializer"), depth)); }
                case 16 -> { r.expect(tag, LEN, "GraphProto.metadata_props"); g.metadataProps().add(readEntry(r.readMessage("metadata_props"))); }
                default -> unknown(r, g, tag, start);
            }
        }
        return g;
    }

    private NodeProto readNode(WireReader r, int depth) throws OnnxFormatException {
        NodeProto n = new NodeProto();
        while (!r.atEnd()) {
            int start = r.mark();
            int tag = r.readTag();
            switch (tag >>> 3) {
                case 1 -> { r.expect(tag, LEN, "NodeProto.input"); n.inputs().add(r.readString("node input")); }
                case 2 -> { r.expect(tag, LEN, "NodeProto.output"); n.outputs().add(r.readString("node output")); }
                case 3 -> { r.expect(tag, LEN, "NodeProto.name"); n.name(r.readString("node name")); }
                case 4 -> { r.expect(tag, LEN, "NodeProto.op_type"); n.opType(r.readString("op_type")); }
                case 5 -> { r.expect(tag, LEN, "NodeProto.attribute"); n.attributes().add(readAttribute(r.readMessage("attribute"), depth)); }
                case 6 -> { r.expect(tag, LEN, "NodeProto.doc_string"); n.docString(r.readString("doc_string")); }
                case 7 -> { r.expect(tag, LEN, "NodeProto.domain"); n.domain(r.readString("domain")); }
                case 8 -> { r.expect(tag, LEN, "NodeProto.overload"); n.overload(r.readString("overload")); }
                case 9 -> { r.expect(tag, LEN, "NodeProto.metadata_props"); n.metadataProps().add(readEntry(r.readMessage("metadata_props"))); }
                default -> unknown(r, n, tag, start);
            }
        }
        return n;
    }

    private AttributeProto readAttribute(WireReader r, int depth) throws OnnxFormatException {
        AttributeProto a = new AttributeProto();
        FloatList floats = null;
        LongList ints = null;
        while (!r.atEnd()) {
            int start = r.mark();
            int tag = r.readTag();
            switch (tag >>> 3) {
                case 1 -> { r.expect(tag, LEN, "AttributeProto.name"); a.name(r.readString("attribute name")); }
                case 2 -> { r.expect(tag, FIXED32, "AttributeProto.f"); a.f(r.readFloat()); }
                case 3 -> { r.expect(tag, VARINT, "AttributeProto.i"); a.i(r.readVarint()); }
                case 4 -> { r.expect(tag, LEN, "AttributeProto.s"); a.s(r.readBytes("attribute s")); }
                case 5 -> { r.expect(tag, LEN, "AttributeProto.t"); a.t(readTensor(r.readMessage("attribute t"), depth)); }
                case 6 -> { r.expect(tag, LEN, "AttributeProto.g"); a.g(readGraph(r.readMessage("attribute g"), depth + 1)); }
                case 7 -> { floats = floats == null ? new FloatList() : floats; floats.read(r, tag, "AttributeProto.floats"); }
                case 8 -> { ints = ints == null ? new LongList() : ints; ints.read(r, tag, "AttributeProto.ints"); }
                case 9 -> { r.expect(tag, LEN, "AttributeProto.strings"); a.strings().add(r.readBytes("attribute strings")); }
                case 10 -> { r.expect(tag, LEN, "AttributeProto.tensors"); a.tensors().add(readTensor(r.readMessage("attribute tensors"), depth)); }
                case 11 -> { r.expect(tag, LEN, "AttributeProto.graphs"); a.graphs().add(readGraph(r.readMessage("attribute graphs"), depth + 1)); }
                case 13 -> { r.expect(tag, LEN, "AttributeProto.doc_string"); a.docString(r.readString("doc_string")); }
                case 14 -> { r.expect(tag, LEN, "AttributeProto.tp"); a.tp(readType(r.readMessage("attribute tp"), depth + 1)); }
                case 15 -> { r.expect(tag, LEN, "AttributeProto.type_protos"); a.typeProtos().add(readType(r.readMessage("type_protos"), depth + 1)); }
                case 20 -> { r.expect(tag, VARINT, "AttributeProto.type"); a.type(r.readInt32()); }
                case 21 -> { r.expect(tag, LEN, "AttributeProto.ref_attr_name"); a.refAttrName(r.readString("ref_attr_name")); }
                case 22 -> { r.expect(tag, LEN, "AttributeProto.sparse_tensor"); a.sparseTensor(readSparse(r.readMessage("sparse_tensor"), depth)); }
                case 23 -> { r.expect(tag, LEN, "AttributeProto.sparse_tensors"); a.sparseTensors().add(readSparse(r.readMessage("sparse_tensors"), depth)); }
                default -> unknown(r, a, tag, start);
            }
        }
        if (floats != null) a.floats(floats.toArray());
        if (ints != null) a.ints(ints.toArray());
        return a;
    }

    public TensorProto readTensor(WireReader r, int depth) throws OnnxFormatException {
        TensorProto t = new TensorProto().baseDir(baseDir);
        LongList dims = null, int64 = null, uint64 = null;
        FloatList floats = null;
        IntList int32 = null;
        DoubleList doubles = null;
        List<byte[]> strings = null;
        while (!r.atEnd()) {
            int start = r.mark();
            int tag = r.readTag();
            switch (tag >>> 3) {
                case 1 -> { dims = dims == null ? new LongList() : dims; dims.read(r, tag, "TensorProto.dims"); }
                case 2 -> { r.expect(tag, VARINT, "TensorProto.data_type"); t.dataType(r.readInt32()); }
                case 3 -> { r.expect(tag, LEN, "TensorProto.segment"); t.segment(r.readBytesSlice("segment")); }
                case 4 -> { floats = floats == null ? new FloatList() : floats; floats.read(r, tag, "TensorProto.float_data"); }
                case 5 -> { int32 = int32 == null ? new IntList() : int32; int32.read(r, tag, "TensorProto.int32_data"); }
                case 6 -> {
                    r.expect(tag, LEN, "TensorProto.string_data");
                    if (strings == null) strings = new ArrayList<>();
                    strings.add(r.readBytes("string_data"));
                }
                case 7 -> { int64 = int64 == null ? new LongList() : int64; int64.read(r, tag, "TensorProto.int64_data"); }
                case 8 -> { r.expect(tag, LEN, "TensorProto.name"); t.name(r.readString("tensor name")); }
                case 9 -> { r.expect(tag, LEN, "TensorProto.raw_data"); t.rawData(r.readBytesSlice("raw_data").asReadOnlyBuffer()); }
                case 10 -> { doubles = doubles == null ? new DoubleList() : doubles; doubles.read(r, tag, "TensorProto.double_data"); }
                case 11 -> { uint64 = uint64 == null ? new LongList() : uint64; uint64.read(r, tag, "TensorProto.uint64_data"); }
                case 12 -> { r.expect(tag, LEN, "TensorProto.doc_string"); t.docString(r.readString("doc_string")); }
                case 13 -> { r.expect(tag, LEN, "TensorProto.external_data"); t.externalData().add(readEntry(r.readMessage("external_data"))); }
                case 14 -> { r.expect(tag, VARINT, "TensorProto.data_location"); t.dataLocation(r.readInt32()); }
                case 16 -> { r.expect(tag, LEN, "TensorProto.metadata_props"); t.metadataProps().add(readEntry(r.readMessage("metadata_props"))); }
                default -> unknown(r, t, tag, start);
            }
        }
        if (dims != null) t.dims(dims.toArray());
        if (floats != null) t.floatData(floats.toArray());
        if (int32 != null) t.int32Data(int32.toArray());
        if (int64 != null) t.int64Data(int64.toArray());
        if (doubles != null) t.doubleData(doubles.toArray());
        if (uint64 != null) t.uint64Data(uint64.toArray());
        if (strings != null) t.stringData(strings);
        return t;
    }

    private SparseTensorProto readSparse(WireReader r, int depth) throws OnnxFormatException {
        SparseTensorProto s = new SparseTensorProto();
        LongList dims = null;
        while (!r.atEnd()) {
            int start = r.mark();
            int tag = r.readTag();
            switch (tag >>> 3) {
                case 1 -> { r.expect(tag, LEN, "SparseTensorProto.values"); s.values(readTensor(r.readMessage("sparse values"), depth)); }
                case 2 -> { r.expect(tag, LEN, "SparseTensorProto.indices"); s.indices(readTensor(r.readMessage("sparse indices"), depth)); }
                case 3 -> { dims = dims == null ? new LongList() : dims; dims.read(r, tag, "SparseTensorProto.dims"); }
                default -> unknown(r, s, tag, start);
            }
        }
        if (dims != null) s.dims(dims.toArray());
        return s;
    }

    private ValueInfo readValueInfo(WireReader r, int depth) throws OnnxFormatException {
        ValueInfo v = new ValueInfo();
        while (!r.atEnd()) {
            int start = r.mark();
            int tag = r.readTag();
            switch (tag >>> 3) {
                case 1 -> { r.expect(tag, LEN, "ValueInfoProto.name"); v.name(r.readString("value name")); }
                case 2 -> { r.expect(tag, LEN, "ValueInfoProto.type"); v.type(readType(r.readMessage("value type"), depth + 1)); }
                case 3 -> { r.expect(tag, LEN, "ValueInfoProto.doc_string"); v.docString(r.readString("doc_string")); }
                case 4 -> { r.expect(tag, LEN, "ValueInfoProto.metadata_props"); v.metadataProps().add(readEntry(r.readMessage("metadata_props"))); }
                default -> unknown(r, v, tag, start);
            }
        }
        return v;
    }

    private TypeProto readType(WireReader r, int depth) throws OnnxFormatException {
        depth(r, depth);
        TypeProto t = new TypeProto();
        while (!r.atEnd()) {
            int start = r.mark();
            int tag = r.readTag();
            switch (tag >>> 3) {
                case 1 -> { r.expect(tag, LEN, "TypeProto.tensor_type"); readTensorType(r.readMessage("tensor_type"), t.kind(TypeProto.Kind.TENSOR)); }
                case 8 -> { r.expect(tag, LEN, "TypeProto.sparse_tensor_type"); readTensorType(r.readMessage("sparse_tensor_type"), t.kind(TypeProto.Kind.SPARSE_TENSOR)); }
                case 4, 9 -> {
                    r.expect(tag, LEN, "TypeProto.sequence_type/optional_type");
                    t.kind((tag >>> 3) == 4 ? TypeProto.Kind.SEQUENCE : TypeProto.Kind.OPTIONAL);
                    WireReader s = r.readMessage("sequence_type");
                    while (!s.atEnd()) {
                        int st = s.mark();
                        int ttag = s.readTag();
                        if ((ttag >>> 3) == 1 && (ttag & 7) == LEN) {
                            t.inner(readType(s.readMessage("elem_type"), depth + 1));
                        } else {
                            t.kindUnknownFields().add(s.skipField(ttag, st));
                        }
                    }
                }
                case 5 -> {
                    r.expect(tag, LEN, "TypeProto.map_type");
                    t.kind(TypeProto.Kind.MAP);
                    WireReader s = r.readMessage("map_type");
                    while (!s.atEnd()) {
                        int st = s.mark();
                        int ttag = s.readTag();
                        if (ttag == (1 << 3 | VARINT)) {
                            t.mapKeyType(s.readInt32());
                        } else if (ttag == (2 << 3 | LEN)) {
                            t.inner(readType(s.readMessage("value_type"), depth + 1));
                        } else {
                            t.kindUnknownFields().add(s.skipField(ttag, st));
                        }
                    }
                }
                case 6 -> { r.expect(tag, LEN, "TypeProto.denotation"); t.denotation(r.readString("denotation")); }
                default -> unknown(r, t, tag, start);
            }
        }
        return t;
    }

    private void readTensorType(WireReader r, TypeProto t) throws OnnxFormatException {
        while (!r.atEnd()) {
            int start = r.mark();
            int tag = r.readTag();
            if (tag == (1 << 3 | VARINT)) {
                t.elemType(r.readInt32());
            } else if (tag == (2 << 3 | LEN)) {
                List<Dimension> dims = new ArrayList<>(4);
                WireReader s = r.readMessage("shape");
                while (!s.atEnd()) {
                    int st = s.mark();
                    int stag = s.readTag();
                    if (stag == (1 << 3 | LEN)) {
                        dims.add(readDim(s.readMessage("dim")));
                    } else {
                        t.shapeUnknownFields().add(s.skipField(stag, st));
                    }
                }
                t.shape(dims);
            } else {
                t.kindUnknownFields().add(r.skipField(tag, start));
            }
        }
    }

    private static Dimension readDim(WireReader r) throws OnnxFormatException {
        Dimension d = new Dimension();
        while (!r.atEnd()) {
            int start = r.mark();
            int tag = r.readTag();
            switch (tag >>> 3) {
                case 1 -> { r.expect(tag, VARINT, "Dimension.dim_value"); d.value(r.readVarint()); }
                case 2 -> { r.expect(tag, LEN, "Dimension.dim_param"); d.param(r.readString("dim_param")); }
                case 3 -> { r.expect(tag, LEN, "Dimension.denotation"); d.denotation(r.readString("denotation")); }
                default -> unknown(r, d, tag, start);
            }
        }
        return d;
    }

    private static OperatorSetId readOpset(WireReader r) throws OnnxFormatException {
        OperatorSetId o = new OperatorSetId();
        while (!r.atEnd()) {
            int start = r.mark();
            int tag = r.readTag();
            switch (tag >>> 3) {
                case 1 -> { r.expect(tag, LEN, "OperatorSetIdProto.domain"); o.domain(r.readString("opset domain")); }
                case 2 -> { r.expect(tag, VARINT, "OperatorSetIdProto.version"); o.version(r.readVarint()); }
                default -> unknown(r, o, tag, start);
            }
        }
        return o;
    }

    private static StringStringEntry readEntry(WireReader r) throws OnnxFormatException {
        StringStringEntry e = new StringStringEntry();
        while (!r.atEnd()) {
            int start = r.mark();
            int tag = r.readTag();
            switch (tag >>> 3) {
                case 1 -> { r.expect(tag, LEN, "StringStringEntryProto.key"); e.key(r.readString("key")); }
                case 2 -> { r.expect(tag, LEN, "StringStringEntryProto.value"); e.value(r.readString("value")); }
                default -> unknown(r, e, tag, start);
            }
        }
        return e;
    }

    private static TensorAnnotation readAnnotation(WireReader r) throws OnnxFormatException {
        TensorAnnotation a = new TensorAnnotation();
        while (!r.atEnd()) {
            int start = r.mark();
            int tag = r.readTag();
            switch (tag >>> 3) {
                case 1 -> { r.expect(tag, LEN, "TensorAnnotation.tensor_name"); a.tensorName(r.readString("tensor_name")); }
                case 2 -> { r.expect(tag, LEN, "TensorAnnotation.quant_parameter_tensor_names"); a.quantParameterTensorNames().add(readEntry(r.readMessage("quant_parameter_tensor_names"))); }
                default -> unknown(r, a, tag, start);
            }
        }
        return a;
    }

    private FunctionProto readFunction(WireReader r, int depth) throws OnnxFormatException {
        FunctionProto f = new FunctionProto();
        while (!r.atEnd()) {
            int start = r.mark();
            int tag = r.readTag();
            switch (tag >>> 3) {
                case 1 -> { r.expect(tag, LEN, "FunctionProto.name"); f.name(r.readString("function name")); }
                case 4 -> { r.expect(tag, LEN, "FunctionProto.input"); f.inputs().add(r.readString("function input")); }
                case 5 -> { r.expect(tag, LEN, "FunctionProto.output"); f.outputs().add(r.readString("function output")); }
                case 6 -> { r.expect(tag, LEN, "FunctionProto.attribute"); f.attributeNames().add(r.readString("function attribute")); }
                case 7 -> { r.expect(tag, LEN, "FunctionProto.node"); f.nodes().add(readNode(r.readMessage("function node"), depth + 1)); }
                case 8 -> { r.expect(tag, LEN, "FunctionProto.doc_string"); f.docString(r.readString("doc_string")); }
                case 9 -> { r.expect(tag, LEN, "FunctionProto.opset_import"); f.opsetImports().add(readOpset(r.readMessage("opset_import"))); }
                case 10 -> { r.expect(tag, LEN, "FunctionProto.domain"); f.domain(r.readString("function domain")); }
                case 11 -> { r.expect(tag, LEN, "FunctionProto.attribute_proto"); f.attributeProtos().add(readAttribute(r.readMessage("attribute_proto"), depth + 1)); }
                case 12 -> { r.expect(tag, LEN, "FunctionProto.value_info"); f.valueInfos().add(readValueInfo(r.readMessage("value_info"), depth + 1)); }
                case 13 -> { r.expect(tag, LEN, "FunctionProto.overload"); f.overload(r.readString("overload")); }
                case 14 -> { r.expect(tag, LEN, "FunctionProto.metadata_props"); f.metadataProps().add(readEntry(r.readMessage("metadata_props"))); }
                default -> unknown(r, f, tag, start);
            }
        }
        return f;
    }

    // --- repeated scalars, accepted packed or unpacked as protobuf requires ---

    private static final class LongList {
        long[] a = new long[4];
        int n;

        void add(long v) {
            if (n == a.length) a = java.util.Arrays.copyOf(a, n * 2);
            a[n++] = v;
        }

        void read(WireReader r, int tag, String field) throws OnnxFormatException {
            if ((tag & 7) == LEN) {
                WireReader p = r.readMessage(field);
                while (!p.atEnd()) add(p.readVarint());
            } else {
                r.expect(tag, VARINT, field);
                add(r.readVarint());
            }
        }

        long[] toArray() { return java.util.Arrays.copyOf(a, n); }
    }

    private static final class IntList {
        int[] a = new int[4];
        int n;

        void read(WireReader r, int tag, String field) throws OnnxFormatException {
            if ((tag & 7) == LEN) {
                WireReader p = r.readMessage(field);
                while (!p.atEnd()) add(p.readInt32());
            } else {
                r.expect(tag, VARINT, field);
                add(r.readInt32());
            }
        }

        void add(int v) {
            if (n == a.length) a = java.util.Arrays.copyOf(a, n * 2);
            a[n++] = v;
        }

        int[] toArray() { return java.util.Arrays.copyOf(a, n); }
    }

    private static final class FloatList {
        float[] a = new float[0];
        int n;

        void read(WireReader r, int tag, String field) throws OnnxFormatException {
            if ((tag & 7) == LEN) {
                int len = r.readLength(field);
                if (len % 4 != 0) throw r.error("expected " + field + " to hold whole 4-byte floats, found " + len + " bytes");
                ByteBuffer b = r.slice(len, field);
                grow(len / 4);
                b.asFloatBuffer().get(a, n, len / 4);
                n += len / 4;
            } else {
                r.expect(tag, FIXED32, field);
                grow(1);
                a[n++] = r.readFloat();
            }
        }

        private void grow(int more) {
            if (n + more > a.length) a = java.util.Arrays.copyOf(a, Math.max(n + more, a.length * 2));
        }

        float[] toArray() { return a.length == n ? a : java.util.Arrays.copyOf(a, n); }
    }

    private static final class DoubleList {
        double[] a = new double[0];
        int n;

        void read(WireReader r, int tag, String field) throws OnnxFormatException {
            if ((tag & 7) == LEN) {
                int len = r.readLength(field);
                if (len % 8 != 0) throw r.error("expected " + field + " to hold whole 8-byte doubles, found " + len + " bytes");
                ByteBuffer b = r.slice(len, field);
                grow(len / 8);
                b.asDoubleBuffer().get(a, n, len / 8);
                n += len / 8;
            } else {
                r.expect(tag, FIXED64, field);
                grow(1);
                a[n++] = r.readDouble();
            }
        }

        private void grow(int more) {
            if (n + more > a.length) a = java.util.Arrays.copyOf(a, Math.max(n + more, a.length * 2));
        }

        double[] toArray() { return a.length == n ? a : java.util.Arrays.copyOf(a, n); }
    }
}
