package io.medli.decide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.medli.decide.kb.KnowledgeBase;
import io.medli.decide.kb.KnowledgeBase.Device;
import io.medli.decide.kb.KnowledgeBase.Figure;
import io.medli.decide.kb.KnowledgeBase.PublishedResult;
import io.medli.decide.kb.KnowledgeBase.Source;
import io.medli.decide.kb.KnowledgeCheck;
import io.medli.decide.kb.KnowledgeFiles;
import io.medli.decide.tree.DecisionTree;
import io.medli.decide.tree.TreeFiles;

/** The knowledge base: every figure has a source or a run, broken entries are named one by one, and the shipped base and tree agree. */
class KnowledgeBaseTest {
    private static final Source PUB = new Source("doc", "published", "a data sheet", "somewhere", null);

    private static KnowledgeBase base(List<Device> devices, List<PublishedResult> results) {
        return new KnowledgeBase(KnowledgeBase.SCHEMA, 1, "test", List.of(PUB), devices, List.of(), results);
    }

    @Test
    void theShippedBaseHasASourceForEveryFigureAndTheShippedTreeNamesOnlyWhatItHas() throws IOException {
        KnowledgeBase kb = KnowledgeFiles.shipped();
        assertEquals(List.of(), KnowledgeCheck.check(kb));
        DecisionTree t = TreeFiles.shipped();
        assertEquals(List.of(), KnowledgeCheck.checkTree(t, kb));
        for (String id : List.of("raspberry-pi-5", "raspberry-pi-4", "jetson-orin-nano", "jetson-nano", "apple-m1", "x86-ci", "imx8mp", "coral-edgetpu",
                "hailo-8", "stm32h7", "stm32u5", "stm32n6", "esp32-s3", "gap9"))
            assertTrue(kb.device(id).isPresent(), "the issue's devices: " + id);
        for (String id : List.of("onnxruntime", "tensorrt", "openvino", "tflite-micro", "st-edge-ai", "nxp-eiq", "hailo-dfc", "arm-vela", "microtvm"))
            assertTrue(kb.compiler(id).isPresent(), "the issue's compilers: " + id);
        for (Device d : kb.devices())
            for (Map.Entry<String, Figure> f : d.figures().entrySet())
                assertTrue(f.getValue().source() != null && kb.source(f.getValue().source()).isPresent(), d.id() + " " + f.getKey());
        // MLPerf Tiny v1.0: the L4R5ZI with ST's compiler against microTVM, as the results table has it (1 / 13.323 inf./s)
        PublishedResult st = kb.resultsOn("stm32l4").stream().filter(r -> r.benchmark().endsWith("keyword spotting") && r.stack().startsWith("ST")).findFirst().orElseThrow();
        PublishedResult tvm = kb.resultsOn("stm32l4").stream().filter(r -> r.benchmark().endsWith("keyword spotting") && r.stack().contains("CMSIS")).findFirst().orElseThrow();
        assertEquals(1000 / 13.323, st.latencyMs(), 0.01);
        assertTrue(st.latencyMs() < tvm.latencyMs());
    }

    @Test
    void aFigureWithoutASourceAndOtherBrokenEntriesAreEachNamed() {
        Device ok = new Device("ok", "OK board", "linux", null, null, null, Map.of("clockMHz", new Figure(1000.0, "doc", null, null, null)));
        Device bad = new Device("bad", "Bad board", "linux", null, null, null,
                Map.of("powerW", new Figure(5.0, null, null, null, null), "clockMHz", new Figure(1.0, "nowhere", null, null, null), "speed",
                        new Figure(3.0, "doc", null, null, null)));
        Device measured = new Device("run", "Measured board", "linux", null, null, null, Map.of("bandwidthGBs", new Figure(20.0, null, "run-42", null, null)));
        Device twice = new Device("ok", "OK again", "linux", null, null, null, Map.of());
        PublishedResult r = new PublishedResult("bench", "m", "ghost", "stack", 1.0, null, "doc", null);
        List<String> p = KnowledgeCheck.check(base(List.of(ok, bad, measured, twice), List.of(r)));
        assertTrue(p.contains("device 'bad', powerW (5.0) has no source and no run: enter only what can be sourced"), p.toString());
        assertTrue(p.contains("device 'bad', clockMHz: source 'nowhere' does not exist"), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("device 'bad', speed: not a known figure")), p.toString());
        assertTrue(p.contains("device 'ok' is listed twice"), p.toString());
        assertTrue(p.contains("result 1 (bench on ghost, stack): device 'ghost' does not exist"), p.toString());
        assertFalse(p.stream().anyMatch(s -> s.contains("'run'")), "a figure with a run needs no published source: " + p);
        assertEquals(5, p.size(), p.toString());
    }

    @Test
    void aTreeCandidateOnADeviceTheBaseLacksIsNamed() {
        DecisionTree t = new DecisionTree(DecisionTree.SCHEMA, "t", 1, "t", "o", List.of(), List.of(new DecisionTree.Outcome("o", "o",
                List.of(new DecisionTree.Candidate("Board X", "Y", "why", "board-x", "onnxruntime")))));
        assertEquals(List.of("outcome 'o', Board X: device 'board-x' is not in the knowledge base",
                "outcome 'o', Board X: compiler 'onnxruntime' is not in the knowledge base"), KnowledgeCheck.checkTree(t, base(List.of(), List.of())));
    }

    @Test
    void aCorruptFileIsOneClearMessage() {
        IOException e = assertThrows(IOException.class, () -> KnowledgeFiles.parse("{\"devices\": 3}", "kb.json"));
        assertTrue(e.getMessage().startsWith("kb.json is not a knowledge base (medli-knowledge-base/1): "), e.getMessage());
    }
}
