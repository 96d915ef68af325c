package io.medli.onnx.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.medli.onnx.OnnxModel;
import io.medli.onnx.proto.TensorProto;

/** Real models read and written again give back the same bytes, and weights are not copied. */
class RealModelRoundTripTest {

    @ParameterizedTest
    @ValueSource(strings = { "all-minilm-l6-v2.onnx", "all-minilm-l6-v2-q.onnx", "mlsd_320x320_large.onnx",
            "mlsd_320x320_tiny.onnx" })
    void writesBackTheSameBytes(String file) throws Exception {
        Path p = TestModels.real(file);
        byte[] original = Files.readAllBytes(p);
        OnnxModel m = OnnxModel.read(p);
        byte[] written = m.toBytes();
        assertEquals(original.length, written.length, "size after round trip");
        assertArrayEquals(original, written, "bytes after round trip");
        OnnxModel again = OnnxModel.read(written);
        assertEquals(m.proto().graph().nodes().size(), again.proto().graph().nodes().size());
        assertArrayEquals(written, again.toBytes(), "a second round trip changes nothing");
    }

    @ParameterizedTest
    @ValueSource(strings = { "all-minilm-l6-v2.onnx", "mlsd_320x320_large.onnx" })
    void weightsStayInTheMappedFile(String file) throws Exception {
        OnnxModel m = OnnxModel.read(TestModels.real(file));
        long mapped = 0, total = 0;
        for (TensorProto t : m.proto().graph().initializers()) {
            ByteBuffer raw = t.rawData();
            if (raw != null) {
                total += raw.remaining();
                if (raw.isDirect()) mapped += raw.remaining();
            }
        }
        assertTrue(total > 1_000_000, "the model has raw weights");
        assertEquals(total, mapped, "every raw_data byte is a view of the mapped file, not a heap copy");
    }
}
