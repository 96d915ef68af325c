package io.medli.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.onnxruntime.OnnxTensor;
import io.medli.agent.internal.Bench;
import io.medli.agent.internal.BenchSettings;
import io.medli.onnx.OnnxModel;
import io.medli.runtime.ModelRunException;
import io.medli.runtime.ModelRunner;
import io.medli.runtime.RunOptions;

/** {@code bench} in this process on a real model nobody here wrote (all-MiniLM-L6-v2, int8): every figure, the schema, the kept outputs. */
class BenchTest {
    @TempDir
    Path dir;

    private static BenchSettings settings(Path model, List<Integer> batches, Path samples, boolean profile) {
        return new BenchSettings(model, 2, 15, 0, batches, List.of(1), samples == null ? Map.of("sequence_length", 16L) : Map.of(), samples, 42,
                profile, 1, 2, "all", "CPU");
    }

    @Test
    void aBatchSweepOnMiniLmGivesEveryFigureInTheSchemaAndOutputsTheHostCanCheck() throws Exception {
        Path model = Models.model("all-minilm-l6-v2-q.onnx");
        BenchReport r = new Bench(settings(model, List.of(1, 2), null, true), line -> { }, () -> false).run();
        String json = r.toJson();
        assertEquals(List.of(), SchemaCheck.check(Models.schema(), json), json.substring(0, Math.min(2000, json.length())));
        BenchReport back = BenchReport.parse(json);
        assertEquals(Files.size(model), back.model.bytes);
        assertEquals(64, back.model.sha256.length());
        assertEquals(List.of(1L, 16L), List.of(back.model.inputs.get(0).shape[0], back.model.inputs.get(0).shape[1]));
        assertEquals(2, back.runs.size());
        for (BenchReport.Run run : back.runs) {
            BenchReport.Latency l = run.latency;
            assertEquals(15, l.count);
            assertEquals(15, run.samplesMs.length);
            assertTrue(l.minMs > 0 && l.minMs <= l.p50Ms && l.p50Ms <= l.p90Ms && l.p90Ms <= l.p99Ms && l.p99Ms <= l.maxMs, json);
            double sum = 0;
            for (double v : run.samplesMs) sum += v;
            assertEquals(sum / 15, l.meanMs, 1e-6, "the mean is the samples' mean");
            assertEquals(run.batch * 15 / (sum / 1000), run.throughputPerSecond, 1e-6 * run.throughputPerSecond);
        }
        assertEquals(2, back.runs.get(1).batch);
        assertTrue(back.load.firstMs > 0 && back.load.warmMs > 0 && back.load.warmSamplesMs.size() == 2);
        assertTrue(back.modelPeakMemoryBytes > 1_000_000, "loading a 23 MB model raises the resident memory: " + back.modelPeakMemoryBytes);
        assertTrue(back.peakMemoryBytes >= back.modelPeakMemoryBytes);
        assertTrue(back.profile.size() > 10, "a node each: " + back.profile.size());
        assertEquals(1.0, back.profile.stream().mapToDouble(n -> n.share).sum(), 1e-6);
        assertEquals("1.29.0", back.runtime.version);
        assertTrue(back.device.cores >= 1 && back.device.arch != null);

        // the kept output is what the host gets from the same model on the same generated inputs
        BenchReport.Tensor out = back.outputs.get(0).tensors.get(0);
        assertEquals("last_hidden_state", out.name);
        assertArrayEquals(new long[] { 1, 16, 384 }, out.shape);
        assertEquals("FLOAT", out.type);
        byte[] agent = Base64.getDecoder().decode(out.data);
        try (ModelRunner host = ModelRunner.open(model, RunOptions.defaults().withThreads(1).withDims(Map.of("sequence_length", 16L, "batch_size", 1L)))) {
            Map<String, OnnxTensor> in = host.generateInputs();
            byte[] expected = host.runToBytes(in).get("last_hidden_state");
            in.values().forEach(OnnxTensor::close);
            assertArrayEquals(expected, agent);
        }
    }

    @Test
    void samplesInOnnxTestDataLayoutAreFedInTurn() throws Exception {
        Path model = Models.model("mlsd_320x320_tiny.onnx");
        // two samples, written as a board would receive them
        try (ModelRunner host = ModelRunner.open(model, RunOptions.defaults().withThreads(1))) {
            for (int k = 0; k < 2; k++) {
                Path set = Files.createDirectories(dir.resolve("samples/test_data_set_" + k));
                Map<String, OnnxTensor> in = host.generateInputs(RunOptions.defaults().withSeed(100 + k));
                for (var e : in.entrySet()) {
                    java.nio.FloatBuffer fb = e.getValue().getFloatBuffer();
                    java.nio.ByteBuffer raw = java.nio.ByteBuffer.allocate(fb.remaining() * 4).order(java.nio.ByteOrder.LITTLE_ENDIAN);
                    while (fb.hasRemaining()) raw.putFloat(fb.get());
                    var t = new io.medli.onnx.proto.TensorProto().name(e.getKey()).dataType(io.medli.onnx.proto.DataType.FLOAT)
                            .dims(e.getValue().getInfo().getShape()).rawData(raw.flip());
                    Files.write(set.resolve("input_0.pb"), OnnxModel.tensorBytes(t));
                    e.getValue().close();
                }
            }
        }
        BenchReport r = new Bench(settings(model, List.of(1), dir.resolve("samples"), false), line -> { }, () -> false).run();
        assertEquals("samples", r.settings.inputs);
        assertEquals(2, r.settings.sampleCount);
        assertEquals(1, r.runs.get(0).batch);
        assertEquals(List.of(), SchemaCheck.check(Models.schema(), r.toJson()));
    }

    @Test
    void aProviderThisOnnxRuntimeLacksIsRefusedWithThoseItHas() throws Exception {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = Agent.run(new String[] { "bench", Models.model("mlsd_320x320_tiny.onnx").toString(), "--provider", "TENSOR_RT", "--iterations", "1" },
                new java.io.PrintStream(new java.io.ByteArrayOutputStream()), new java.io.PrintStream(err, true));
        assertEquals(2, code, "an option the agent cannot take");
        String text = err.toString();
        assertTrue(text.contains("TENSOR_RT is not among them") && text.contains("execution provider(s) CPU"), text);
        BenchReport r = new Bench(settings(Models.model("mlsd_320x320_tiny.onnx"), List.of(1), null, false), line -> { }, () -> false).run();
        assertEquals("CPU", r.runtime.provider);
    }

    @Test
    void aFixedBatchRefusesASweepAndACorruptModelSaysWhatIsWrong() throws Exception {
        Path model = Models.model("mlsd_320x320_tiny.onnx");
        ModelRunException e = assertThrows(ModelRunException.class, () -> new Bench(settings(model, List.of(1, 4), null, false), line -> { }, () -> false).run());
        assertTrue(e.getMessage().contains("fixed batch of 1"), e.getMessage());
        Path bad = dir.resolve("cut.onnx");
        byte[] whole = Files.readAllBytes(model);
        Files.write(bad, java.util.Arrays.copyOf(whole, whole.length / 3));
        ModelRunException c = assertThrows(ModelRunException.class, () -> new Bench(settings(bad, List.of(1), null, false), line -> { }, () -> false).run());
        assertTrue(c.getMessage().contains("cut.onnx"), c.getMessage());
        assertNotNull(c.getMessage());
    }
}
