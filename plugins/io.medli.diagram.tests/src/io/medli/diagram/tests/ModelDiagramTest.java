package io.medli.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.medli.diagram.DiagramEdge;
import io.medli.diagram.DiagramNode;
import io.medli.diagram.ModelDiagram;
import io.medli.diagram.OperatorCategory;
import io.medli.diagram.layout.DiagramLayout;
import io.medli.diagram.layout.LayoutResult;
import io.medli.onnx.OnnxModel;
import io.medli.onnx.progress.Monitor;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.shape.ShapeInference;

class ModelDiagramTest {
    private static final DiagramLayout.Sizes FIXED = new DiagramLayout.Sizes() {
        @Override
        public double width(int box) { return 120; }

        @Override
        public double height(int box) { return 40; }
    };

    private static ModelDiagram diagram(ModelProto m) {
        return ModelDiagram.of(m.graph(), ShapeInference.infer(m));
    }

    private static Path real(String f) {
        return Path.of(System.getProperty("medli.models.dir", "build/models"), f);
    }

    @Test
    void weightsAreInsideTheirOperators() {
        ModelDiagram d = diagram(GeneratedModels.residual(8));
        // 2 blocks x 4 operators + input + output terminals
        assertEquals(10, d.nodes().size());
        DiagramNode conv = d.nodes().get(d.boxOfNode(0));
        assertEquals("Conv", conv.title());
        assertEquals("3x3", conv.attributes());
        assertEquals(OperatorCategory.CONVOLUTION, conv.category());
        assertEquals(List.of("W"), conv.weights().stream().map(DiagramNode.Weight::label).toList());
        assertEquals("float32[16\u00d716\u00d73\u00d73]", conv.weights().get(0).shape());
        DiagramNode bn = d.nodes().get(d.boxOfNode(1));
        assertEquals(List.of("scale", "B", "mean", "var"), bn.weights().stream().map(DiagramNode.Weight::label).toList());
        // edges carry shapes; weights are not edges
        assertTrue(d.edges().stream().noneMatch(e -> e.tensor().endsWith("/w")));
        DiagramEdge first = d.edges().stream().filter(e -> e.tensor().equals("x")).findFirst().orElseThrow();
        assertEquals("f32 1\u00d716\u00d732\u00d732", first.label());
        assertEquals(DiagramNode.Kind.INPUT, d.nodes().get(first.from()).kind());
    }

    @Test
    void realModelsNetronStyle() throws Exception {
        ModelProto minilm = OnnxModel.read(real("all-minilm-l6-v2.onnx")).proto();
        ModelDiagram d = diagram(minilm);
        long constants = minilm.graph().nodes().stream().filter(n -> n.opType().equals("Constant")).count();
        assertEquals(minilm.graph().nodes().size() - constants + 3 + 1, d.nodes().size(),
                "a box per operator except Constants, plus 3 input and 1 output terminals");
        assertTrue(d.edges().stream().anyMatch(e -> e.label().equals("f32 batch_size\u00d7sequence_length\u00d7384")),
                "symbolic shapes on edges");
        assertTrue(d.edges().stream().anyMatch(e -> e.label().equals("i64 batch_size\u00d7sequence_length")), "int64 token ids");
        ModelProto mlsd = OnnxModel.read(real("mlsd_320x320_large.onnx")).proto();
        ModelDiagram m = diagram(mlsd);
        assertTrue(m.nodes().stream().anyMatch(n -> n.title().equals("Conv") && n.attributes().equals("3x3 /2")), "strided conv label");
        assertTrue(m.nodes().stream().anyMatch(n -> n.title().equals("Conv") && n.attributes().contains(" g")), "depthwise conv label");
        DiagramNode clip = m.nodes().stream().filter(n -> n.title().equals("Clip")).findFirst().orElseThrow();
        assertEquals(List.of("min = 0", "max = 6"), clip.weights().stream().map(w -> w.label() + " = " + w.value()).toList(),
                "ReLU6 bounds shown by value");
    }

    @Test
    void layoutPlacesEveryBoxWithoutOverlapsInTheSameLayer() throws Exception {
        ModelDiagram d = diagram(GeneratedModels.residual(400));
        AtomicInteger last = new AtomicInteger();
        LayoutResult r = DiagramLayout.layout(d, FIXED, monitor(last::set, () -> false));
        assertEquals(100, last.get());
        assertEquals(d.nodes().size(), r.x().length);
        assertEquals(d.edges().size(), r.routes().size());
        // top to bottom: every edge goes down
        for (int i = 0; i < d.edges().size(); i++) {
            DiagramEdge e = d.edges().get(i);
            assertTrue(r.y()[e.to()] > r.y()[e.from()], "edge " + e.tensor() + " points down");
            double[] route = r.routes().get(i);
            assertTrue(route.length >= 4);
        }
        for (int i = 0; i < r.x().length; i++) {
            for (int j = i + 1; j < r.x().length; j++) {
                boolean overlap = r.x()[i] < r.x()[j] + 120 && r.x()[j] < r.x()[i] + 120 && r.y()[i] < r.y()[j] + 40
                        && r.y()[j] < r.y()[i] + 40;
                assertTrue(!overlap, "boxes " + i + " and " + j + " overlap");
            }
        }
    }

    /** A monitor that hands the percentage to {@code percent} and asks {@code cancelled}. */
    static Monitor monitor(java.util.function.IntConsumer percent, java.util.function.BooleanSupplier cancelled) {
        return new Monitor() {
            @Override
            public void progress(String task, int done, int total) {
                percent.accept(done * 100 / Math.max(1, total));
            }

            @Override
            public boolean cancelled() {
                return cancelled.getAsBoolean();
            }
        };
    }

    @Test
    void layoutCanBeCancelled() throws Exception {
        ModelDiagram d = diagram(GeneratedModels.residual(2000));
        AtomicBoolean cancel = new AtomicBoolean();
        LayoutResult r = DiagramLayout.layout(d, FIXED, monitor(p -> { if (p > 10) cancel.set(true); }, cancel::get));
        assertNull(r, "a cancelled layout returns nothing");
    }

    @Test
    void tenThousandNodesLayOut() throws Exception {
        ModelDiagram d = diagram(GeneratedModels.residual(10_000));
        assertTrue(d.nodes().size() >= 10_000);
        LayoutResult r = DiagramLayout.layout(d, FIXED, Monitor.NONE);
        assertEquals(d.nodes().size(), r.x().length, "deep chains do not overflow the stack");
    }
}
