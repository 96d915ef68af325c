package io.medli.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.medli.diagram.DiagramNode;
import io.medli.diagram.DiagramScene;
import io.medli.diagram.DiagramSearch;
import io.medli.diagram.HeatMap;
import io.medli.onnx.cost.CostModel;
import io.medli.onnx.cost.ModelCost;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.shape.ShapeInference;

/** The editor's pure logic over a laid-out scene: heat maps, search, hit-testing. */
class SceneLogicTest {
    private static DiagramScene scene(ModelProto m) throws InterruptedException {
        return DiagramScene.build(m, m.graph(), ShapeInference.infer(m), new DiagramScene.TextMetrics(7, 8), io.medli.onnx.progress.Monitor.NONE);
    }

    @Test
    void heatMapsScaleToTheHottestBoxAndLabelTheirValues() throws Exception {
        ModelProto m = GeneratedModels.residual(8);
        DiagramScene s = scene(m);
        ModelCost cost = CostModel.analyze(m, Map.of());
        HeatMap macs = HeatMap.of(s, HeatMap.Kind.MACS, cost, null);
        int conv = -1, relu = -1;
        for (DiagramNode n : s.diagram.nodes()) {
            if (n.name().equals("b0/conv")) conv = n.id();
            if (n.name().equals("b0/relu")) relu = n.id();
        }
        // 16x16x3x3 weights over 32x32 outputs: 2,359,296 MACs, the same in both blocks: both hottest
        assertEquals(1.0, macs.heat()[conv], 1e-12);
        assertEquals("2.4 M", macs.badges()[conv]);
        assertEquals(0.0, macs.heat()[relu]);
        assertNull(macs.badges()[relu], "no badge where the value is 0");

        HeatMap latency = HeatMap.of(s, HeatMap.Kind.LATENCY, cost, Map.of("b0/conv", 400.0, "b0/relu", 100.0));
        assertEquals(0.5, latency.heat()[relu], 1e-12, "square-root scale: a quarter of the time is half the heat");
        assertEquals("100 \u00b5s", latency.badges()[relu]);
        assertNull(HeatMap.of(s, HeatMap.Kind.LATENCY, cost, null), "nothing measured, nothing to show");
        assertNull(HeatMap.of(s, HeatMap.Kind.NONE, cost, null));

        // roofline: the time above each node's floor, the badge the floor's share of the time
        HeatMap roof = HeatMap.of(s, HeatMap.Kind.ROOFLINE, cost, Map.of("b0/conv", 400.0, "b0/relu", 100.0), Map.of("b0/conv", 300.0, "b0/relu", 0.0));
        assertEquals(1.0, roof.heat()[relu], 1e-12, "relu loses 100 us against its floor, conv 100 us too");
        assertEquals(1.0, roof.heat()[conv], 1e-12);
        assertEquals("75 % of roof", roof.badges()[conv]);
        assertEquals("0 % of roof", roof.badges()[relu]);
        assertNull(HeatMap.of(s, HeatMap.Kind.ROOFLINE, cost, Map.of("b0/conv", 400.0), null), "no floors yet, no heat map");
    }

    @Test
    void searchFindsBoxesThenTensorsAnyCase() throws Exception {
        DiagramScene s = scene(GeneratedModels.residual(8));
        List<DiagramSearch.Hit> hits = DiagramSearch.find(s.diagram, "  B1/RELU ");
        assertEquals(1, hits.stream().filter(h -> h.box() >= 0).count(), hits.toString());
        assertEquals("b1/relu", s.diagram.nodes().get(hits.get(0).box()).name());
        List<DiagramSearch.Hit> tensors = DiagramSearch.find(s.diagram, "b0/out");
        assertTrue(!tensors.isEmpty() && tensors.stream().allMatch(h -> h.box() < 0), tensors.toString());
        assertEquals(1, tensors.size(), "one hit per tensor, however many edges carry it");
        assertTrue(DiagramSearch.find(s.diagram, " ").isEmpty());
        assertTrue(DiagramSearch.find(s.diagram, "no such thing").isEmpty());
    }

    @Test
    void hitTestingFindsTheBoxUnderAPoint() throws Exception {
        DiagramScene s = scene(GeneratedModels.residual(8));
        for (int i = 0; i < s.diagram.nodes().size(); i++) {
            assertEquals(i, s.boxAt(s.bx[i] + s.bw[i] / 2, s.by[i] + s.bh[i] / 2), "centre of box " + i);
        }
        assertEquals(-1, s.boxAt(-1000, -1000));
    }
}
