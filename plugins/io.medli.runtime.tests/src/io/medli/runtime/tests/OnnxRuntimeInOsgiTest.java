package io.medli.runtime.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import ai.onnxruntime.OnnxTensor;
import io.medli.onnx.OnnxModel;
import io.medli.onnx.WriteOptions;
import io.medli.onnx.proto.NodeProto;
import io.medli.runtime.InputSpec;
import io.medli.runtime.LatencyStats;
import io.medli.runtime.ModelRunException;
import io.medli.runtime.ModelRunner;
import io.medli.runtime.NodeTiming;
import io.medli.runtime.RunOptions;

/** ONNX Runtime loads and runs inside the OSGi runtime, through the io.medli.runtime bundle. */
class OnnxRuntimeInOsgiTest {

    @Test
    void runsInsideOsgi() throws Exception {
        Bundle b = FrameworkUtil.getBundle(ModelRunner.class);
        assertNotNull(b, "io.medli.runtime is loaded by the OSGi framework");
        assertEquals("io.medli.runtime", b.getSymbolicName());
        Bundle ort = FrameworkUtil.getBundle(OnnxTensor.class);
        assertNotNull(ort, "ONNX Runtime comes from its own bundle");
        try (ModelRunner r = ModelRunner.open(Models.real("mlsd_320x320_tiny.onnx"), RunOptions.defaults())) {
            List<InputSpec> in = r.inputs();
            assertEquals("input_image_with_alpha:0 float32[1,320,320,4]", in.get(0).toString());
            Map<String, OnnxTensor> feed = r.generateInputs();
            Map<String, byte[]> out = r.runToBytes(feed);
            assertEquals(160 * 160 * 4 * 4, out.get("offsets").length);
            assertEquals(160 * 160 * 4, out.get("scores").length);
            feed.values().forEach(OnnxTensor::close);
        }
    }

    /** Our writer's output runs in ONNX Runtime with bit-identical results. */
    @Test
    void roundTrippedModelsGiveBitIdenticalOutputs(@TempDir Path dir) throws Exception {
        for (String f : List.of("mlsd_320x320_tiny.onnx", "all-minilm-l6-v2-q.onnx")) {
            Path original = Models.real(f);
            Path copy = dir.resolve(f);
            OnnxModel.read(original).write(copy);
            RunOptions o = RunOptions.defaults().withDims(Map.of("sequence_length", 16L)).withThreads(1);
            assertArrayEquals(Files.readAllBytes(original), Files.readAllBytes(copy), f);
            Path external = dir.resolve("ext-" + f);
            OnnxModel.read(original).write(external, WriteOptions.separateFile(1024));
            assertTrue(Files.size(external) < Files.size(original) / 4, "weights moved to external data");
            Map<String, byte[]> a = outputs(original, o), c = outputs(external, o);
            assertEquals(a.keySet(), c.keySet());
            for (String k : a.keySet()) assertArrayEquals(a.get(k), c.get(k), f + " output " + k);
        }
    }

    private static Map<String, byte[]> outputs(Path model, RunOptions o) throws Exception {
        try (ModelRunner r = ModelRunner.open(model, o)) {
            Map<String, OnnxTensor> feed = r.generateInputs();
            try {
                return r.runToBytes(feed);
            } finally {
                feed.values().forEach(OnnxTensor::close);
            }
        }
    }

    @Test
    void latencyStatisticsAndNodeProfile() throws Exception {
        try (ModelRunner r = ModelRunner.open(Models.real("mlsd_320x320_tiny.onnx"), RunOptions.defaults().withOptimization("basic"))) {
            Map<String, OnnxTensor> feed = r.generateInputs();
            LatencyStats s = r.benchmark(feed, 1, 5, () -> false);
            assertEquals(5, s.iterations());
            assertTrue(s.minMs() > 0 && s.minMs() <= s.p50Ms() && s.p50Ms() <= s.p90Ms() && s.p90Ms() <= s.p99Ms()
                    && s.p99Ms() <= s.maxMs(), s.toString());
            List<NodeTiming> t = r.profile(feed, 2);
            assertFalse(t.isEmpty());
            // with basic optimization ORT keeps the model's node names: most timings map to a node
            Set<String> names = r.model().proto().graph().nodes().stream().map(NodeProto::name).collect(Collectors.toSet());
            long matched = t.stream().filter(x -> names.contains(x.nodeName())).count();
            assertTrue(matched > t.size() / 2, matched + " of " + t.size() + " profiled nodes found in the model");
            assertTrue(t.get(0).totalMicros() >= t.get(t.size() - 1).totalMicros(), "sorted, longest first");
            feed.values().forEach(OnnxTensor::close);
        }
    }

    @Test
    void symbolicDimensionsAreBoundAndTokenIdsStayInTheVocabulary() throws Exception {
        try (ModelRunner r = ModelRunner.open(Models.real("all-minilm-l6-v2.onnx"),
                RunOptions.defaults().withDims(Map.of("sequence_length", 32L)))) {
            Map<String, OnnxTensor> feed = r.generateInputs();
            assertArrayEquals(new long[] { 1, 32 }, feed.get("input_ids").getInfo().getShape());
            long[][] ids = (long[][]) feed.get("input_ids").getValue();
            for (long id : ids[0]) assertTrue(id >= 0 && id < 30522, "token id " + id);
            assertEquals(1, ((long[][]) feed.get("attention_mask").getValue())[0][5]);
            assertEquals(32 * 384 * 4, r.runToBytes(feed).get("last_hidden_state").length);
            feed.values().forEach(OnnxTensor::close);
        }
    }

    @Test
    void modelOrtCannotLoadGivesAClearError(@TempDir Path dir) throws Exception {
        var m = OnnxModel.read(Models.real("mlsd_320x320_tiny.onnx"));
        m.proto().graph().nodes().get(3).opType("NoSuchOperator");
        Path bad = dir.resolve("bad.onnx");
        m.write(bad);
        ModelRunException e = assertThrows(ModelRunException.class, () -> ModelRunner.open(bad, RunOptions.defaults()));
        assertTrue(e.getMessage().startsWith("ONNX Runtime cannot load bad.onnx"), e.getMessage());
        assertTrue(e.getMessage().contains("NoSuchOperator"), e.getMessage());
    }
}
