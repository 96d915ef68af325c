package io.medli.onnx.tests;

import static io.medli.onnx.tests.TestModels.floats;
import static io.medli.onnx.tests.TestModels.longs;
import static io.medli.onnx.tests.TestModels.model;
import static io.medli.onnx.tests.TestModels.node;
import static io.medli.onnx.tests.TestModels.value;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.medli.onnx.OnnxModel;
import io.medli.onnx.TensorData;
import io.medli.onnx.WriteOptions;
import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.FunctionProto;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.OperatorSetId;
import io.medli.onnx.proto.SparseTensorProto;
import io.medli.onnx.proto.StringStringEntry;
import io.medli.onnx.proto.TensorProto;
import io.medli.onnx.proto.TypeProto;
import io.medli.onnx.proto.ValueInfo;

/** Every feature of the format survives write, read, write. */
class SyntheticRoundTripTest {

    /** A model with typed and raw initializers, sparse ones, subgraphs, a local function, metadata. */
    static ModelProto everything() {
        GraphProto g = new GraphProto().name("main");
        g.inputs().add(value("x", DataType.FLOAT, "batch", 4L));
        g.inputs().add(value("cond", DataType.BOOL));
        g.initializers().add(floats("w", 4, 4));
        g.initializers().add(new TensorProto().name("typed_f").dataType(DataType.FLOAT).dims(2).floatData(new float[] { 1.5f, -2f }));
        g.initializers().add(longs("shape", new long[] { -1, 4 }, 2));
        g.initializers().add(new TensorProto().name("i32").dataType(DataType.INT32).dims(3).int32Data(new int[] { -1, 0, 70000 }));
        g.initializers().add(new TensorProto().name("d").dataType(DataType.DOUBLE).dims(1).doubleData(new double[] { Math.PI }));
        g.initializers().add(new TensorProto().name("u64").dataType(DataType.UINT64).dims(1).uint64Data(new long[] { -1L }));
        g.initializers().add(new TensorProto().name("s").dataType(DataType.STRING).dims(2)
                .stringData(List.of("a".getBytes(StandardCharsets.UTF_8), "ü".getBytes(StandardCharsets.UTF_8))));
        g.sparseInitializers().add(new SparseTensorProto().dims(10)
                .values(new TensorProto().name("sp").dataType(DataType.FLOAT).dims(2).floatData(new float[] { 1, 2 }))
                .indices(longs("sp_idx", new long[] { 3, 7 }, 2)));
        g.nodes().add(node("MatMul", "x,w", "y"));
        g.nodes().add(node("Reshape", "y,shape", "r"));
        // If with two subgraphs reading an outer-scope value
        GraphProto then = new GraphProto().name("then");
        then.nodes().add(node("Relu", "r", "t_out"));
        then.outputs().add(value("t_out", DataType.FLOAT, "batch", 4L));
        GraphProto els = new GraphProto().name("else");
        els.nodes().add(node("Neg", "r", "e_out"));
        els.outputs().add(value("e_out", DataType.FLOAT, "batch", 4L));
        g.nodes().add(node("If", "if_node", List.of("cond"), List.of("branch"), AttributeProto.ofGraph("then_branch", then),
                AttributeProto.ofGraph("else_branch", els)));
        // Loop with a body
        GraphProto body = new GraphProto().name("body");
        body.inputs().add(value("i", DataType.INT64));
        body.inputs().add(value("c", DataType.BOOL));
        body.inputs().add(value("acc", DataType.FLOAT, "batch", 4L));
        body.nodes().add(node("Identity", "c", "c_out"));
        body.nodes().add(node("Add", "acc,branch", "acc_out"));
        body.outputs().add(value("c_out", DataType.BOOL));
        body.outputs().add(value("acc_out", DataType.FLOAT, "batch", 4L));
        g.initializers().add(longs("trip", new long[] { 3 }));
        g.nodes().add(node("Loop", "loop", List.of("trip", "", "branch"), List.of("looped"), AttributeProto.ofGraph("body", body)));
        // a call of a model-local function
        g.nodes().add(node("Double", "call", List.of("looped"), List.of("z")).domain("local"));
        g.outputs().add(value("z", DataType.FLOAT, "batch", 4L));
        g.metadataProps().add(new StringStringEntry("graph_key", "graph_value"));
        ModelProto m = model(g, 17);
        m.opsetImports().add(new OperatorSetId("local", 1));
        m.metadataProps().add(new StringStringEntry("author", "medli"));
        m.docString("a model with every feature");
        FunctionProto f = new FunctionProto().name("Double").domain("local");
        f.inputs().add("a");
        f.outputs().add("b");
        f.nodes().add(node("Add", "a,a", "b"));
        f.opsetImports().add(new OperatorSetId("", 17));
        m.functions().add(f);
        return m;
    }

    @Test
    void everyFeatureSurvivesARoundTrip() throws Exception {
        byte[] first = OnnxModel.of(everything()).toBytes();
        OnnxModel read = OnnxModel.read(first);
        assertArrayEquals(first, read.toBytes());
        ModelProto m = read.proto();
        GraphProto g = m.graph();
        assertEquals("a model with every feature", m.docString());
        assertEquals("medli", m.metadataProps().get(0).value());
        assertEquals("graph_value", g.metadataProps().get(0).value());
        TensorProto typed = g.initializers().get(1);
        assertArrayEquals(new float[] { 1.5f, -2f }, typed.floatData());
        assertArrayEquals(new int[] { -1, 0, 70000 }, g.initializers().get(3).int32Data());
        assertEquals(Math.PI, g.initializers().get(4).doubleData()[0]);
        assertEquals(-1L, g.initializers().get(5).uint64Data()[0]);
        assertEquals("ü", new String(g.initializers().get(6).stringData().get(1), StandardCharsets.UTF_8));
        assertArrayEquals(new long[] { 3, 7 }, g.sparseInitializers().get(0).indices().int64Data());
        NodeProto ifNode = g.nodes().get(2);
        assertEquals("then", ifNode.attribute("then_branch").g().name());
        assertEquals("Relu", ifNode.attribute("then_branch").g().nodes().get(0).opType());
        assertEquals("body", g.nodes().get(3).attribute("body").g().name());
        assertEquals("Double", m.functions().get(0).name());
        assertEquals("batch", g.inputs().get(0).type().shape().get(0).param());
    }

    @ParameterizedTest
    @ValueSource(longs = { 3, 4, 5, 6, 7, 8, 9, 10 })
    void everyIrVersionRoundTrips(long ir) throws Exception {
        ModelProto m = everything().irVersion(ir);
        byte[] b = OnnxModel.of(m).toBytes();
        OnnxModel r = OnnxModel.read(b);
        assertEquals(ir, r.proto().irVersion());
        assertArrayEquals(b, r.toBytes());
    }

    @Test
    void fieldsThisCodeDoesNotKnowArePreserved() throws Exception {
        ModelProto m = everything();
        // field 99 (varint 7) on a node, field 26 (a message) on the model: as a newer IR might add
        m.graph().nodes().get(0).unknownFields().add(ByteBuffer.wrap(new byte[] { (byte) 0x98, 0x06, 0x07 }));
        m.unknownFields().add(ByteBuffer.wrap(new byte[] { (byte) 0xd2, 0x01, 0x02, 0x08, 0x01 }));
        byte[] b = OnnxModel.of(m).toBytes();
        OnnxModel r = OnnxModel.read(b);
        NodeProto n = r.proto().graph().nodes().get(0);
        assertEquals(1, n.unknownFields().size());
        ByteBuffer u = n.unknownFields().get(0);
        assertEquals(3, u.remaining());
        assertEquals(1, r.proto().unknownFields().size());
        assertArrayEquals(b, r.toBytes(), "unknown fields written back unchanged");
    }

    @Test
    void externalDataIsWrittenMappedAndMovedWithTheModel(@TempDir Path dir) throws Exception {
        ModelProto m = everything();
        TensorProto big = floats("big", 256, 1024); // 1 MiB
        m.graph().initializers().add(big);
        byte[] expected = bytes(TensorData.bytes(big));
        Path a = Files.createDirectory(dir.resolve("a")).resolve("m.onnx");
        OnnxModel.of(m).write(a, WriteOptions.separateFile(1024));
        assertTrue(Files.size(a) < 64 * 1024, "weights left the .onnx file");
        assertTrue(Files.size(a.resolveSibling("m.onnx.data")) >= expected.length);

        OnnxModel read = OnnxModel.read(a);
        TensorProto t = read.proto().graph().initializers().stream().filter(x -> x.name().equals("big")).findFirst().orElseThrow();
        assertTrue(t.isExternal());
        assertEquals(0, Long.parseLong(t.externalDataValue("offset")) % 4096, "large tensors are page aligned");
        assertArrayEquals(expected, bytes(TensorData.bytes(t)));

        // saving elsewhere moves the data next to the new file; the original stays as it was
        byte[] before = Files.readAllBytes(a.resolveSibling("m.onnx.data"));
        Path b = Files.createDirectory(dir.resolve("b")).resolve("copy.onnx");
        read.write(b);
        assertTrue(Files.exists(b.resolveSibling("copy.onnx.data")));
        assertArrayEquals(before, Files.readAllBytes(a.resolveSibling("m.onnx.data")));
        OnnxModel copy = OnnxModel.read(b);
        TensorProto t2 = copy.proto().graph().initializers().stream().filter(x -> x.name().equals("big")).findFirst().orElseThrow();
        assertEquals("copy.onnx.data", t2.externalDataValue("location"));
        assertArrayEquals(expected, bytes(TensorData.bytes(t2)));

        // and inline brings every byte back into the file
        Path c = dir.resolve("inline.onnx");
        copy.write(c, WriteOptions.inline());
        OnnxModel in = OnnxModel.read(c);
        TensorProto t3 = in.proto().graph().initializers().stream().filter(x -> x.name().equals("big")).findFirst().orElseThrow();
        assertFalse(t3.isExternal());
        assertArrayEquals(expected, bytes(TensorData.bytes(t3)));
    }

    @Test
    void badExternalDataGivesClearErrors(@TempDir Path dir) throws Exception {
        ModelProto m = everything();
        m.graph().initializers().add(floats("big", 64, 64));
        Path p = dir.resolve("m.onnx");
        OnnxModel.of(m).write(p, WriteOptions.separateFile(1024));
        // truncate the data file
        Path data = dir.resolve("m.onnx.data");
        byte[] d = Files.readAllBytes(data);
        Files.write(data, java.util.Arrays.copyOf(d, 100));
        TensorProto t = OnnxModel.read(p).proto().graph().initializers().stream().filter(x -> x.name().equals("big")).findFirst().orElseThrow();
        IOException e = assertThrows(IOException.class, () -> TensorData.bytes(t));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        // a location that escapes the model's folder is refused
        t.externalData().get(0).value("../../etc/passwd");
        IOException e2 = assertThrows(IOException.class, () -> TensorData.bytes(t));
        assertTrue(e2.getMessage().contains("outside the model's directory"), e2.getMessage());
        Files.delete(data);
        t.externalData().get(0).value("m.onnx.data");
        IOException e3 = assertThrows(IOException.class, () -> TensorData.bytes(t));
        assertTrue(e3.getMessage().contains("does not exist"), e3.getMessage());
    }

    @Test
    void writeIsAtomicAndLeavesNoTemporaryFiles(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("m.onnx");
        OnnxModel.of(everything()).write(p);
        byte[] good = Files.readAllBytes(p);
        // a model that cannot be written (an external tensor whose data is gone) must not damage the file
        ModelProto bad = everything();
        TensorProto ghost = new TensorProto().name("ghost").dataType(DataType.FLOAT).dims(1024).dataLocation(TensorProto.LOCATION_EXTERNAL)
                .baseDir(dir.resolve("elsewhere"));
        ghost.externalData().add(new StringStringEntry("location", "missing.data"));
        bad.graph().initializers().add(ghost);
        assertThrows(IOException.class, () -> OnnxModel.of(bad).write(p));
        assertArrayEquals(good, Files.readAllBytes(p), "the existing file is unchanged");
        try (var s = Files.list(dir)) {
            assertEquals(List.of(p), s.toList(), "no temporary file left behind");
        }
    }

    @Test
    void absentAndEmptyFieldsStayDistinct() throws Exception {
        ModelProto m = everything();
        m.graph().nodes().get(0).name("");  // present but empty
        m.graph().nodes().get(1).name(null); // absent
        OnnxModel r = OnnxModel.read(OnnxModel.of(m).toBytes());
        assertNotNull(r.proto().graph().nodes().get(0).rawName());
        assertNull(r.proto().graph().nodes().get(1).rawName());
    }

    @Test
    void typesOfEveryKindRoundTrip() throws Exception {
        ModelProto m = everything();
        TypeProto seq = new TypeProto().kind(TypeProto.Kind.SEQUENCE).inner(TestModels.tensorType(DataType.FLOAT, 3L));
        TypeProto map = new TypeProto().kind(TypeProto.Kind.MAP).mapKeyType(DataType.INT64).inner(TestModels.tensorType(DataType.FLOAT));
        TypeProto opt = new TypeProto().kind(TypeProto.Kind.OPTIONAL).inner(seq);
        m.graph().valueInfos().add(new ValueInfo("seq", seq));
        m.graph().valueInfos().add(new ValueInfo("map", map));
        m.graph().valueInfos().add(new ValueInfo("opt", opt));
        byte[] b = OnnxModel.of(m).toBytes();
        OnnxModel r = OnnxModel.read(b);
        assertEquals("seq(float32[3])", r.proto().graph().valueInfos().get(0).type().toString());
        assertEquals("map(int64,float32[])", r.proto().graph().valueInfos().get(1).type().toString());
        assertEquals(TypeProto.Kind.OPTIONAL, r.proto().graph().valueInfos().get(2).type().kind());
        assertArrayEquals(b, r.toBytes());
    }

    private static byte[] bytes(ByteBuffer b) {
        byte[] a = new byte[b.remaining()];
        b.duplicate().get(a);
        return a;
    }
}
