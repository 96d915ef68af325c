package io.medli.onnx.internal.wire;

import java.nio.ByteBuffer;
import java.util.List;

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

/**
 * Encodes ONNX messages the way protobuf's own serializer does (fields in number order, the
 * packing onnx.proto declares, unknown fields last), so that a model read and written unchanged
 * gives back the same bytes.
 */
public final class ModelEncoder {

    /** Substitutes tensor contents while writing (used to move weights to external data). */
    public interface TensorRewriter {
        /** The tensor to write in place of {@code t}; {@code t} itself to keep it. */
        TensorProto rewrite(TensorProto t);
    }

    private final TensorRewriter rewriter;

    public ModelEncoder(TensorRewriter rewriter) {
        this.rewriter = rewriter;
    }

    public WireWriter model(ModelProto m) {
        WireWriter w = new WireWriter();
        if (m.rawIrVersion() != null) w.int64(1, m.irVersion());
        str(w, 2, m.rawProducerName());
        str(w, 3, m.rawProducerVersion());
        str(w, 4, m.domain());
        if (m.rawModelVersion() != null) w.int64(5, m.modelVersion());
        str(w, 6, m.docString());
        if (m.graph() != null) w.message(7, graph(m.graph()));
        for (OperatorSetId o : m.opsetImports()) w.message(8, opset(o));
        entries(w, 14, m.metadataProps());
        for (ByteBuffer t : m.trainingInfo()) w.bytes(20, t);
        for (FunctionProto f : m.functions()) w.message(25, function(f));
        unknown(w, m);
        return w;
    }

    private static void str(WireWriter w, int field, String s) {
        if (s != null) w.string(field, s);
    }

    private static void unknown(WireWriter w, ProtoMessage m) {
        if (m.hasUnknownFields()) {
            for (ByteBuffer b : m.unknownFields()) w.writeRaw(b);
        }
    }

    private static void entries(WireWriter w, int field, List<StringStringEntry> es) {
        for (StringStringEntry e : es) {
            WireWriter c = new WireWriter();
            str(c, 1, e.rawKey());
            str(c, 2, e.rawValue());
            unknown(c, e);
            w.message(field, c);
        }
    }

    private static WireWriter opset(OperatorSetId o) {
        WireWriter c = new WireWriter();
        str(c, 1, o.rawDomain());
        if (o.rawVersion() != null) c.int64(2, o.version());
        unknown(c, o);
        return c;
    }

    public WireWriter graph(GraphProto g) {
        WireWriter w = new WireWriter();
        for (NodeProto n : g.nodes()) w.message(1, node(n));
        str(w, 2, g.rawName());
        for (TensorProto t : g.initializers()) w.message(5, tensor(t));
        str(w, 10, g.docString());
        for (ValueInfo v : g.inputs()) w.message(11, valueInfo(v));
        for (ValueInfo v : g.outputs()) w.message(12, valueInfo(v));
        for (ValueInfo v : g.valueInfos()) w.message(13, valueInfo(v));
        if (g.hasQuantizationAnnotations()) {
            for (TensorAnnotation a : g.quantizationAnnotations()) {
                WireWriter c = new WireWriter();
                str(c, 1, a.rawTensorName());
                entries(c, 2, a.quantParameterTensorNames());
                unknown(c, a);
                w.message(14, c);
            }
        }
        if (g.hasSparseInitializers()) {
            for (SparseTensorProto s : g.sparseInitializers()) w.message(15, sparse(s));
        }
        if (g.hasMetadataProps()) entries(w, 16, g.metadataProps());
        unknown(w, g);
        return w;
    }

    private WireWriter node(NodeProto n) {
        WireWriter w = new WireWriter();
        for (String s : n.inputs()) w.string(1, s);
        for (String s : n.outputs()) w.string(2, s);
        str(w, 3, n.rawName());
        str(w, 4, n.rawOpType());
        for (AttributeProto a : n.attributes()) w.message(5, attribute(a));
        str(w, 6, n.docString());
        str(w, 7, n.rawDomain());
        str(w, 8, n.overload());
        if (n.hasMetadataProps()) entries(w, 9, n.metadataProps());
        unknown(w, n);
        return w;
    }

    private WireWriter attribute(AttributeProto a) {
        WireWriter w = new WireWriter();
        str(w, 1, a.rawName());
        if (a.rawF() != null) w.float32(2, a.f());
        if (a.rawI() != null) w.int64(3, a.i());
        if (a.s() != null) w.bytes(4, a.s());
        if (a.t() != null) w.message(5, tensor(a.t()));
        if (a.g() != null) w.message(6, graph(a.g()));
        if (a.rawFloats() != null) for (float f : a.rawFloats()) w.float32(7, f);
        if (a.rawInts() != null) for (long i : a.rawInts()) w.int64(8, i);
        for (byte[] s : a.strings()) w.bytes(9, s);
        for (TensorProto t : a.tensors()) w.message(10, tensor(t));
        for (GraphProto g : a.graphs()) w.message(11, graph(g));
        str(w, 13, a.docString());
        if (a.tp() != null) w.message(14, type(a.tp()));
        for (TypeProto t : a.typeProtos()) w.message(15, type(t));
        if (a.rawType() != null) w.int32(20, a.type());
        str(w, 21, a.refAttrName());
        if (a.sparseTensor() != null) w.message(22, sparse(a.sparseTensor()));
        for (SparseTensorProto s : a.sparseTensors()) w.message(23, sparse(s));
        unknown(w, a);
        return w;
    }

    public WireWriter tensor(TensorProto original) {
        TensorProto t = rewriter == null ? original : rewriter.rewrite(original);
        WireWriter w = new WireWriter();
        for (long d : t.dims()) w.int64(1, d);
        if (t.rawDataType() != null) w.int32(2, t.dataType());
        if (t.segment() != null) w.bytes(3, t.segment());
        if (t.floatData() != null && t.floatData().length > 0) {
            ByteBuffer b = ByteBuffer.allocate(t.floatData().length * 4).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            b.asFloatBuffer().put(t.floatData());
            w.bytes(4, b);
        }
        if (t.int32Data() != null && t.int32Data().length > 0) {
            WireWriter p = new WireWriter();
            for (int v : t.int32Data()) p.writeVarint(v);
            w.message(5, p);
        }
        if (t.stringData() != null) for (byte[] s : t.stringData()) w.bytes(6, s);
        if (t.int64Data() != null && t.int64Data().length > 0) {
            WireWriter p = new WireWriter();
            for (long v : t.int64Data()) p.writeVarint(v);
            w.message(7, p);
        }
        str(w, 8, t.rawName());
        if (t.rawData() != null) w.bytes(9, t.rawData());
        if (t.doubleData() != null && t.doubleData().length > 0) {
            ByteBuffer b = ByteBuffer.allocate(t.doubleData().length * 8).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            b.asDoubleBuffer().put(t.doubleData());
            w.bytes(10, b);
        }
        if (t.uint64Data() != null && t.uint64Data().length > 0) {
            WireWriter p = new WireWriter();
            for (long v : t.uint64Data()) p.writeVarint(v);
            w.message(11, p);
        }
        str(w, 12, t.docString());
        if (t.hasExternalDataEntries()) entries(w, 13, t.externalData());
        if (t.rawDataLocation() != null) w.int32(14, t.dataLocation());
        if (t.hasMetadataProps()) entries(w, 16, t.metadataProps());
        unknown(w, t);
        return w;
    }

    private WireWriter sparse(SparseTensorProto s) {
        WireWriter w = new WireWriter();
        if (s.values() != null) w.message(1, tensor(s.values()));
        if (s.indices() != null) w.message(2, tensor(s.indices()));
        for (long d : s.dims()) w.int64(3, d);
        unknown(w, s);
        return w;
    }

    private WireWriter valueInfo(ValueInfo v) {
        WireWriter w = new WireWriter();
        str(w, 1, v.rawName());
        if (v.type() != null) w.message(2, type(v.type()));
        str(w, 3, v.docString());
        entries(w, 4, v.metadataProps());
        unknown(w, v);
        return w;
    }

    private WireWriter type(TypeProto t) {
        WireWriter w = new WireWriter();
        WireWriter k = new WireWriter();
        switch (t.kind()) {
            case TENSOR, SPARSE_TENSOR -> {
                if (t.rawElemType() != null) k.int32(1, t.elemType());
                if (t.shape() != null) {
                    WireWriter s = new WireWriter();
                    for (Dimension d : t.shape()) s.message(1, dim(d));
                    for (ByteBuffer b : t.shapeUnknownFields()) s.writeRaw(b);
                    k.message(2, s);
                }
            }
            case SEQUENCE, OPTIONAL -> {
                if (t.inner() != null) k.message(1, type(t.inner()));
            }
            case MAP -> {
                if (t.rawMapKeyType() != null) k.int32(1, t.mapKeyType());
                if (t.inner() != null) k.message(2, type(t.inner()));
            }
            case NONE -> { }
        }
        for (ByteBuffer b : t.kindUnknownFields()) k.writeRaw(b);
        switch (t.kind()) {
            case TENSOR -> w.message(1, k);
            case SEQUENCE -> w.message(4, k);
            case MAP -> w.message(5, k);
            case SPARSE_TENSOR -> w.message(8, k);
            case OPTIONAL -> w.message(9, k);
            case NONE -> { }
        }
        str(w, 6, t.denotation());
        unknown(w, t);
        return w;
    }

    private static WireWriter dim(Dimension d) {
        WireWriter w = new WireWriter();
        if (d.hasValue()) w.int64(1, d.value());
        str(w, 2, d.param());
        str(w, 3, d.denotation());
        unknown(w, d);
        return w;
    }

    private WireWriter function(FunctionProto f) {
        WireWriter w = new WireWriter();
        str(w, 1, f.rawName());
        for (String s : f.inputs()) w.string(4, s);
        for (String s : f.outputs()) w.string(5, s);
        for (String s : f.attributeNames()) w.string(6, s);
        for (NodeProto n : f.nodes()) w.message(7, node(n));
        str(w, 8, f.docString());
        for (OperatorSetId o : f.opsetImports()) w.message(9, opset(o));
        str(w, 10, f.rawDomain());
        for (AttributeProto a : f.attributeProtos()) w.message(11, attribute(a));
        for (ValueInfo v : f.valueInfos()) w.message(12, valueInfo(v));
        str(w, 13, f.overload());
        if (f.hasMetadataProps()) entries(w, 14, f.metadataProps());
        unknown(w, f);
        return w;
    }
}
