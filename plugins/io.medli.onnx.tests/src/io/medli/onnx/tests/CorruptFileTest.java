package io.medli.onnx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.medli.onnx.OnnxFormatException;
import io.medli.onnx.OnnxModel;

/** Bad files give one clear format error with a byte offset: no crash, no hang, no huge allocation. */
class CorruptFileTest {

    @Test
    void emptyFile(@TempDir Path dir) throws Exception {
        Path p = Files.write(dir.resolve("empty.onnx"), new byte[0]);
        OnnxFormatException e = assertThrows(OnnxFormatException.class, () -> OnnxModel.read(p));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void textFileIsNotAModel(@TempDir Path dir) throws Exception {
        Path p = Files.writeString(dir.resolve("notes.onnx"), "hello, this is not a model\n");
        OnnxFormatException e = assertThrows(OnnxFormatException.class, () -> OnnxModel.read(p));
        assertTrue(e.getMessage().startsWith("Not a valid ONNX model"), e.getMessage());
        assertTrue(e.getMessage().contains("at byte"), e.getMessage());
    }

    @Test
    void truncatedRealModelAtManyPoints() throws Exception {
        byte[] full = Files.readAllBytes(TestModels.real("mlsd_320x320_tiny.onnx"));
        for (int i = 1; i < 40; i++) {
            int len = (int) ((long) full.length * i / 40);
            byte[] cut = Arrays.copyOf(full, len);
            OnnxFormatException e = assertThrows(OnnxFormatException.class, () -> OnnxModel.read(cut), "cut at " + len);
            assertTrue(e.offset() >= 0 && e.offset() <= len, "offset " + e.offset() + " within the file of " + len);
            assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        }
    }

    @Test
    void lengthThatLiesAboutItsSizeAllocatesNothing() {
        // field 7 (graph), length 2^31-1, then 3 bytes: a reader that trusted it would allocate 2 GB
        byte[] lie = { 0x08, 0x07, 0x3a, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x07, 1, 2, 3 };
        OnnxFormatException e = assertThrows(OnnxFormatException.class, () -> OnnxModel.read(lie));
        assertEquals(3, e.offset());
        assertTrue(e.getMessage().contains("length 2147483647 runs past the end"), e.getMessage());
    }

    @Test
    void wrongWireTypeForAKnownField() {
        byte[] b = { 0x0a, 0x01, 0x00 }; // ir_version (field 1) encoded as a length-delimited field
        OnnxFormatException e = assertThrows(OnnxFormatException.class, () -> OnnxModel.read(b));
        assertTrue(e.getMessage().contains("ModelProto.ir_version"), e.getMessage());
    }

    @Test
    void deeplyNestedGraphsAreRefusedNotOverflowed() throws IOException {
        // 300 nested If branches: a recursive reader without a limit would overflow the stack
        io.medli.onnx.proto.GraphProto inner = new io.medli.onnx.proto.GraphProto().name("leaf");
        for (int i = 0; i < 300; i++) {
            io.medli.onnx.proto.GraphProto outer = new io.medli.onnx.proto.GraphProto();
            io.medli.onnx.proto.NodeProto n = new io.medli.onnx.proto.NodeProto();
            n.opType("If").attributes().add(io.medli.onnx.proto.AttributeProto.ofGraph("then_branch", inner));
            outer.nodes().add(n);
            inner = outer;
        }
        byte[] b = OnnxModel.of(TestModels.model(inner, 13)).toBytes();
        OnnxFormatException e = assertThrows(OnnxFormatException.class, () -> OnnxModel.read(b));
        assertTrue(e.getMessage().contains("nested"), e.getMessage());
    }

    @Test
    void directoryAndMissingFile(@TempDir Path dir) {
        IOException e = assertThrows(IOException.class, () -> OnnxModel.read(dir));
        assertTrue(e.getMessage().contains("is a directory"), e.getMessage());
        assertThrows(java.nio.file.NoSuchFileException.class, () -> OnnxModel.read(dir.resolve("nope.onnx")));
    }

    /** A small sample of the mutation fuzz target (tools/fuzz.sh runs tens of thousands). */
    @Test
    void mutationFuzzSample() throws Exception {
        byte[] tiny = Files.readAllBytes(TestModels.real("mlsd_320x320_tiny.onnx"));
        MutationFuzz.Outcome o = MutationFuzz.run(tiny, 1500, 20261125L);
        assertEquals(1500, o.read() + o.rejected());
        assertTrue(o.rejected() > 100 && o.read() > 100, "both kinds of mutants occur: " + o);
    }
}
