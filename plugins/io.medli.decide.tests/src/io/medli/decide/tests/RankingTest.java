package io.medli.decide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.medli.decide.kb.KnowledgeBase;
import io.medli.decide.kb.KnowledgeBase.Compiler;
import io.medli.decide.kb.KnowledgeBase.Device;
import io.medli.decide.kb.KnowledgeBase.Figure;
import io.medli.decide.kb.KnowledgeBase.Operators;
import io.medli.decide.kb.KnowledgeBase.PublishedResult;
import io.medli.decide.kb.KnowledgeBase.Source;
import io.medli.decide.rank.ModelFacts;
import io.medli.decide.rank.Ranking;
import io.medli.decide.rank.Ranking.Ranked;
import io.medli.decide.tree.DecisionTree.Candidate;
import io.medli.decide.tree.DecisionTree.Outcome;

/** Ranking a tree's candidates for a hand-made model: missing operators, memory, a latency target and the roofline floor, by hand. */
class RankingTest {
    private static Figure f(double v) {
        return new Figure(v, "doc", null, null, null);
    }

    private static final KnowledgeBase KB = new KnowledgeBase(KnowledgeBase.SCHEMA, 1, "t", List.of(new Source("doc", "published", "t", "here", null)),
            List.of(new Device("big", "Big board", "linux", null, null, null, Map.of("peakFp32Gflops", f(1), "bandwidthGBs", f(0.1), "memoryMB", f(1))),
                    new Device("tiny", "Tiny MCU", "bare metal", null, null, null, Map.of("peakFp32Gflops", f(1), "memoryKB", f(1))),
                    new Device("nopeak", "Board without figures", "linux", null, null, null, Map.of())),
            List.of(new Compiler("all", "Runs all", List.of(), List.of(), null, null, null, null, "doc", new Operators(true, null, null, "doc", null)),
                    new Compiler("list", "Conv only", List.of(), List.of(), null, null, null, null, "doc", new Operators(null, List.of("Conv"), "unsupported", "doc", null)),
                    new Compiler("npu", "NPU for Conv", List.of(), List.of(), null, null, null, null, "doc", new Operators(null, List.of("Conv"), "cpu", "doc", null))),
            List.of(new PublishedResult("bench", "net", "big", "stack", 3.0, null, "doc", null)));

    private static final Outcome OUT = new Outcome("o", "o", List.of(new Candidate("Big board", "Conv only", "1st in the tree", "big", "list"),
            new Candidate("Tiny MCU", "Runs all", "2nd", "tiny", "all"), new Candidate("Big board", "NPU for Conv", "3rd", "big", "npu"),
            new Candidate("Board without figures", "Runs all", "4th", "nopeak", "all"), new Candidate("Big board", "Runs all", "5th", "big", "all")));

    private static List<String> order(List<Ranked> r) {
        return r.stream().map(x -> x.candidate().why()).toList();
    }

    @Test
    void candidatesThatCannotTakeTheModelGoDownEachWithItsReason() {
        ModelFacts m = ModelFacts.of(RooflineTest.convRelu(false), Map.of());
        assertEquals(Set.of("Conv", "Relu"), m.operators());
        assertFalse(m.int8());
        List<Ranked> r = Ranking.rank(OUT, KB, m, new Ranking.Targets(null), List.of(new Ranking.Measured("cnn", "Big board", "onnxruntime", 2.5, 0.9, "run-1")));
        assertEquals(List.of("4th", "5th", "3rd", "2nd", "1st in the tree"), order(r), "viable ones first, all operators before a CPU fallback");
        Ranked list = r.get(4), tiny = r.get(3), npu = r.get(2), big = r.get(1), nopeak = r.get(0);
        assertEquals(Ranking.Operators.MISSING, list.operators());
        assertEquals(List.of("Conv only does not support Relu"), list.problems());
        assertEquals(Ranking.Operators.CPU_FALLBACK, npu.operators());
        assertEquals(Set.of("Relu"), npu.missing());
        assertTrue(npu.viable());
        assertFalse(tiny.fits());
        assertTrue(tiny.problems().get(0).startsWith("the model needs ") && tiny.problems().get(0).endsWith("Tiny MCU has 1.0 kB"), tiny.problems().toString());
        // by hand: Conv max(13824 ops / 1e9, 2224 B / 1e8) + Relu 2048 B / 1e8 = 42.72 us
        assertEquals(0.04272, big.floorMs(), 1e-9);
        assertEquals("float32 at 1 GFLOP/s and 0.1 GB/s, every tensor counted as memory traffic (no cache size in the base)", big.floorNote());
        assertNull(nopeak.floorMs());
        assertEquals("no published float32 peak for Board without figures", nopeak.floorNote());
        assertEquals(1, big.published().size());
        assertEquals("run-1", big.measured().get(0).run(), "rows measured on the device, matched by its name");
        assertEquals(List.of(), nopeak.measured());
    }

    @Test
    void onAMicrocontrollerTheWeightsGoToFlashAndTheActivationsToRam() {
        ModelFacts m = ModelFacts.of(RooflineTest.convRelu(false), Map.of());
        KnowledgeBase kb = new KnowledgeBase(KnowledgeBase.SCHEMA, 1, "t", KB.sources(), List.of(
                new Device("mcu", "MCU", "bare metal", null, null, null, Map.of("memoryKB", f(4), "flashKB", f(0.25)))), List.of(), List.of());
        Ranked r = Ranking.rank(new Outcome("o", "o", List.of(new Candidate("MCU", "c", "w", "mcu", null))), kb, m, null, List.of()).get(0);
        // 432 bytes of weights against 256 bytes of flash; the activations (at most 2 kB) fit 4 kB of RAM
        assertEquals(List.of("its weights need 432 bytes of flash, MCU has 256 bytes"), r.problems());
    }

    @Test
    void aLatencyTargetBelowTheFloorRanksTheDeviceDown() {
        ModelFacts m = ModelFacts.of(RooflineTest.convRelu(false), Map.of());
        List<Ranked> r = Ranking.rank(OUT, KB, m, new Ranking.Targets(0.04), List.of());
        Ranked big = r.stream().filter(x -> x.candidate().why().equals("5th")).findFirst().orElseThrow();
        assertEquals(List.of("even at its peak the model takes 0.0427 ms, above the 0.04 ms asked"), big.problems());
        assertEquals("4th", r.get(0).candidate().why(), "only the device without a peak is left unjudged");
        assertTrue(Ranking.rank(OUT, KB, m, new Ranking.Targets(0.05), List.of()).stream().filter(x -> x.candidate().why().equals("5th")).findFirst()
                .orElseThrow().viable());
    }

    @Test
    void aUnitPriceBelowADevicesPublishedPriceRanksItDownAndADeviceWithoutOneIsNotJudged() {
        KnowledgeBase kb = new KnowledgeBase(KnowledgeBase.SCHEMA, 1, "t", KB.sources(), List.of(
                new Device("dear", "Dear board", "linux", null, null, null, Map.of("priceUsd", f(249))),
                new Device("cheap", "Cheap board", "linux", null, null, null, Map.of("priceUsd", f(35))),
                new Device("unpriced", "Board without a price", "linux", null, null, null, Map.of())), List.of(), List.of());
        Outcome o = new Outcome("o", "o", List.of(new Candidate("Dear board", "c", "dear", "dear", null), new Candidate("Cheap board", "c", "cheap", "cheap", null),
                new Candidate("Board without a price", "c", "unpriced", "unpriced", null)));
        List<Ranked> r = Ranking.rank(o, kb, null, new Ranking.Targets(null, 100.0), List.of());
        assertEquals(List.of("cheap", "unpriced", "dear"), order(r));
        assertEquals(List.of("it costs 249 USD a unit [doc], above the 100 USD asked"), r.get(2).problems());
        assertEquals(List.of("dear", "cheap", "unpriced"), order(Ranking.rank(o, kb, null, new Ranking.Targets(null, 249.0), List.of())), "at the price: kept");
    }

    @Test
    void anOperatorOfACustomDomainIsNamedForEveryCompilerThatLacksIt() {
        io.medli.onnx.proto.ModelProto m = RooflineTest.convRelu(false);
        m.graph().nodes().add(new io.medli.onnx.proto.NodeProto("Fancy", "fancy", List.of("y"), List.of("z")).domain("my.company"));
        m.opsetImports().add(new io.medli.onnx.proto.OperatorSetId("my.company", 1));
        ModelFacts f = ModelFacts.of(m, Map.of());
        assertEquals(Set.of("Conv", "Relu", "my.company:Fancy"), f.operators());
        List<Ranked> r = Ranking.rank(OUT, KB, f, null, List.of());
        for (Ranked x : r) {
            if (x.compiler().id().equals("npu")) assertEquals(Set.of("Relu", "my.company:Fancy"), x.missing());
            else if (x.compiler().id().equals("list")) assertEquals(Set.of("Relu", "my.company:Fancy"), x.missing());
            else assertEquals(Set.of("my.company:Fancy"), x.missing(), "'all' means the ONNX domain, not someone's custom one");
        }
        assertEquals(List.of("my.company:Fancy"), Ranking.takenByNone(r), "no compiler of the outcome takes it");
        Operators ort = new Operators(true, null, null, "doc", null, List.of("com.microsoft"));
        assertEquals(Set.of(), ort.missing(Set.of("Conv", "com.microsoft:QGemm")), "ONNX Runtime's contrib operators");
    }

    @Test
    void anInt8ModelIsJudgedOnTheInt8Peak() {
        ModelFacts m = ModelFacts.of(RooflineTest.convRelu(true), Map.of());
        assertTrue(m.int8(), "the only arithmetic is a QDQ convolution");
        Ranked big = Ranking.rank(OUT, KB, m, null, List.of()).stream().filter(x -> x.candidate().why().equals("5th")).findFirst().orElseThrow();
        assertNull(big.floorMs());
        assertEquals("no published int8 peak for Big board", big.floorNote());
    }
}
