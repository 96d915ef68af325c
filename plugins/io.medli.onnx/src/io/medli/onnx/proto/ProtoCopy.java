package io.medli.onnx.proto;

import java.util.ArrayList;
import java.util.List;

/**
 * Structural copies of messages. Weight data (raw_data buffers, typed arrays, external-data
 * locations) is shared, not copied: it is never modified in place, so an editor can keep the
 * state before an edit for undo at the price of the graph's structure only.
 */
public final class ProtoCopy {
    private ProtoCopy() {
    }

    public static ModelProto model(ModelProto m) {
        ModelProto c = new ModelProto().irVersion(m.rawIrVersion()).producerName(m.rawProducerName())
                .producerVersion(m.rawProducerVersion()).domain(m.domain()).modelVersion(m.rawModelVersion())
                .docString(m.docString()).graph(m.graph() == null ? null : graph(m.graph()));
        for (OperatorSetId o : m.opsetImports()) c.opsetImports().add(opset(o));
        for (StringStringEntry e : m.metadataProps()) c.metadataProps().add(entry(e));
        c.trainingInfo().addAll(m.trainingInfo());
        for (FunctionProto f : m.functions()) c.functions().add(function(f));
        unknown(m, c);
        return c;
    }

    private static void unknown(ProtoMessage from, ProtoMessage to) {
        if (from.hasUnknownFields()) to.unknownFields().addAll(from.unknownFields());
    }

    public static OperatorSetId opset(OperatorSetId o) {
        OperatorSetId c = new OperatorSetId().domain(o.rawDomain()).version(o.rawVersion());
        unknown(o, c);
        return c;
    }

    public static StringStringEntry entry(StringStringEntry e) {
        StringStringEntry c = new StringStringEntry(e.rawKey(), e.rawValue());
        unknown(e, c);
        return c;
    }

    private static List<StringStringEntry> entries(List<StringStringEntry> es) {
        List<StringStringEntry> out = new ArrayList<>(es.size());
        for (StringStringEntry e : es) out.add(entry(e));
        return out;
    }

    public static GraphProto graph(GraphProto g) {
        GraphProto c = new GraphProto().name(g.rawName()).docString(g.docString());
        for (NodeProto n : g.nodes()) c.nodes().add(node(n));
        for (TensorProto t : g.initializers()) c.initializers().add(tensor(t));
        if (g.hasSparseInitializers()) for (SparseTensorProto s : g.sparseInitializers()) c.sparseInitializers().add(sparse(s));
        for (ValueInfo v : g.inputs()) c.inputs().add(valueInfo(v));
        for (ValueInfo v : g.outputs()) c.outputs().add(valueInfo(v));
        for (ValueInfo v : g.valueInfos()) c.valueInfos().add(valueInfo(v));
        if (g.hasQuantizationAnnotations()) {
            for (TensorAnnotation a : g.quantizationAnnotations()) {
                TensorAnnotation ac = new TensorAnnotation().tensorName(a.rawTensorName());
                ac.quantParameterTensorNames().addAll(entries(a.quantParameterTensorNames()));
                unknown(a, ac);
                c.quantizationAnnotations().add(ac);
            }
        }
        if (g.hasMetadataProps()) c.metadataProps().addAll(entries(g.metadataProps()));
        unknown(g, c);
        return c;
    }

    public static NodeProto node(NodeProto n) {
        NodeProto c = new NodeProto().name(n.rawName()).opType(n.rawOpType()).domain(n.rawDomain())
                .overload(n.overload()).docString(n.docString());
        c.inputs().addAll(n.inputs());
        c.outputs().addAll(n.outputs());
        for (AttributeProto a : n.attributes()) c.attributes().add(attribute(a));
        if (n.hasMetadataProps()) c.metadataProps().addAll(entries(n.metadataProps()));
        unknown(n, c);
        return c;
    }

    public static AttributeProto attribute(AttributeProto a) {
        AttributeProto c = new AttributeProto().name(a.rawName()).refAttrName(a.refAttrName()).docString(a.docString())
                .type(a.rawType()).f(a.rawF()).i(a.rawI()).s(a.s() == null ? null : a.s().clone())
                .t(a.t() == null ? null : tensor(a.t())).g(a.g() == null ? null : graph(a.g()))
                .sparseTensor(a.sparseTensor() == null ? null : sparse(a.sparseTensor()))
                .tp(a.tp() == null ? null : type(a.tp()))
                .floats(a.rawFloats() == null ? null : a.rawFloats().clone())
                .ints(a.rawInts() == null ? null : a.rawInts().clone());
        c.strings().addAll(a.strings());
        for (TensorProto t : a.tensors()) c.tensors().add(tensor(t));
        for (GraphProto g : a.graphs()) c.graphs().add(graph(g));
        for (SparseTensorProto s : a.sparseTensors()) c.sparseTensors().add(sparse(s));
        for (TypeProto t : a.typeProtos()) c.typeProtos().add(type(t));
        unknown(a, c);
        return c;
    }

    /** A new tensor message sharing the element data of {@code t}. */
    public static TensorProto tensor(TensorProto t) {
        TensorProto c = new TensorProto().dims(t.dims().clone()).dataType(t.rawDataType()).segment(t.segment())
                .floatData(t.floatData()).int32Data(t.int32Data()).int64Data(t.int64Data()).doubleData(t.doubleData())
                .uint64Data(t.uint64Data()).name(t.rawName()).docString(t.docString()).rawData(t.rawData())
                .dataLocation(t.rawDataLocation()).baseDir(t.baseDir());
        if (t.stringData() != null) c.stringData(new ArrayList<>(t.stringData()));
        if (t.hasExternalDataEntries()) c.externalData().addAll(entries(t.externalData()));
        if (t.hasMetadataProps()) c.metadataProps().addAll(entries(t.metadataProps()));
        unknown(t, c);
        return c;
    }

    public static SparseTensorProto sparse(SparseTensorProto s) {
        SparseTensorProto c = new SparseTensorProto().dims(s.dims().clone())
                .values(s.values() == null ? null : tensor(s.values()))
                .indices(s.indices() == null ? null : tensor(s.indices()));
        unknown(s, c);
        return c;
    }

    public static ValueInfo valueInfo(ValueInfo v) {
        ValueInfo c = new ValueInfo(v.rawName(), v.type() == null ? null : type(v.type())).docString(v.docString());
        c.metadataProps().addAll(entries(v.metadataProps()));
        unknown(v, c);
        return c;
    }

    public static TypeProto type(TypeProto t) {
        TypeProto c = new TypeProto().kind(t.kind()).elemType(t.rawElemType()).mapKeyType(t.rawMapKeyType())
                .denotation(t.denotation()).inner(t.inner() == null ? null : type(t.inner()));
        if (t.shape() != null) {
            List<Dimension> dims = new ArrayList<>(t.shape().size());
            for (Dimension d : t.shape()) {
                Dimension dc = new Dimension().value(d.hasValue() ? d.value() : null).param(d.param()).denotation(d.denotation());
                unknown(d, dc);
                dims.add(dc);
            }
            c.shape(dims);
        }
        c.kindUnknownFields().addAll(t.kindUnknownFields());
        c.shapeUnknownFields().addAll(t.shapeUnknownFields());
        unknown(t, c);
        return c;
    }

    public static FunctionProto function(FunctionProto f) {
        FunctionProto c = new FunctionProto().name(f.rawName()).docString(f.docString()).domain(f.rawDomain()).overload(f.overload());
        c.inputs().addAll(f.inputs());
        c.outputs().addAll(f.outputs());
        c.attributeNames().addAll(f.attributeNames());
        for (AttributeProto a : f.attributeProtos()) c.attributeProtos().add(attribute(a));
        for (NodeProto n : f.nodes()) c.nodes().add(node(n));
        for (OperatorSetId o : f.opsetImports()) c.opsetImports().add(opset(o));
        for (ValueInfo v : f.valueInfos()) c.valueInfos().add(valueInfo(v));
        if (f.hasMetadataProps()) c.metadataProps().addAll(entries(f.metadataProps()));
        unknown(f, c);
        return c;
    }
}
