package io.medli.onnx.tests;

import static io.medli.onnx.tests.TestModels.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.medli.onnx.OnnxModel;
import io.medli.onnx.check.ModelChecker;
import io.medli.onnx.check.Problem;
import io.medli.onnx.edit.EditException;
import io.medli.onnx.edit.ModelEdits;
import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.shape.ShapeInference;

/** Every edit of the graph editor on small and real models: the result is valid, the original untouched. */
class ModelEditsTest {

    private static ModelProto cnn() {
        return model(CostModelTest.smallCnn(), 13);
    }

    private static void assertValid(ModelProto m) {
        List<Problem> e = ModelChecker.check(m).stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
        assertEquals(List.of(), e);
    }

    @Test
    void editsWorkOnACopy() throws Exception {
        ModelProto m = cnn();
        byte[] before = OnnxModel.of(m).toBytes();
        ModelProto after = ModelEdits.apply(m, ModelEdits.renameNode(0, "first_conv"));
        assertNotSame(m, after);
        assertEquals("first_conv", after.graph().nodes().get(0).name());
        assertEquals(new String(before, java.nio.charset.StandardCharsets.ISO_8859_1),
                new String(OnnxModel.of(m).toBytes(), java.nio.charset.StandardCharsets.ISO_8859_1), "the original is unchanged");
        // weights are shared, not copied
        assertEquals(m.graph().initializers().get(0).rawData(), after.graph().initializers().get(0).rawData());
    }

    @Test
    void renameNodeRefusesDuplicates() {
        EditException e = assertThrows(EditException.class, () -> ModelEdits.apply(cnn(), ModelEdits.renameNode(1, "conv")));
        assertTrue(e.getMessage().contains("already named 'conv'"), e.getMessage());
    }

    @Test
    void renameTensorUpdatesEveryReference() throws Exception {
        ModelProto m = ModelEdits.apply(cnn(), ModelEdits.renameTensor("c", "conv_out"));
        assertEquals("conv_out", m.graph().nodes().get(0).outputs().get(0));
        assertEquals("conv_out", m.graph().nodes().get(1).inputs().get(0));
        ModelProto o = ModelEdits.apply(cnn(), ModelEdits.renameTensor("y", "probs"));
        assertEquals("probs", o.graph().outputs().get(0).name());
        // in subgraphs too, unless a subgraph defines the name itself
        ModelProto s = ModelEdits.apply(SyntheticRoundTripTest.everything(), ModelEdits.renameTensor("r", "reshaped"));
        NodeProto ifNode = s.graph().nodes().get(2);
        assertEquals("reshaped", ifNode.attribute("then_branch").g().nodes().get(0).inputs().get(0));
        assertValid(s);
        assertThrows(EditException.class, () -> ModelEdits.apply(cnn(), ModelEdits.renameTensor("c", "r")));
    }

    @Test
    void deletingAPassThroughNodeBridgesIt() throws Exception {
        ModelProto m = ModelEdits.apply(cnn(), ModelEdits.deleteNode(1)); // Relu
        assertEquals(4, m.graph().nodes().size());
        assertEquals("c", m.graph().nodes().get(1).inputs().get(0), "MaxPool now reads the conv output");
        assertValid(m);
    }

    @Test
    void deletingAnotherNodeRemovesWhatDependsOnIt() throws Exception {
        ModelProto m = cnn();
        m.graph().outputs().add(TestModels.value("r", io.medli.onnx.proto.DataType.FLOAT, 1L, 16L, 32L, 32L));
        ModelProto d = ModelEdits.apply(m, ModelEdits.deleteNode(3)); // Flatten: Gemm goes too, y is dropped
        assertEquals(List.of("Conv", "Relu", "MaxPool"), d.graph().nodes().stream().map(NodeProto::opType).toList().subList(0, 3));
        assertEquals(List.of("r"), d.graph().outputs().stream().map(v -> v.name()).toList());
        assertFalse(d.graph().initializers().stream().anyMatch(t -> t.name().equals("fc")), "unused weights removed");
        EditException e = assertThrows(EditException.class, () -> ModelEdits.apply(cnn(), ModelEdits.deleteNode(0)));
        assertTrue(e.getMessage().contains("every output"), e.getMessage());
    }

    @Test
    void changeInputShapeToSymbolicBatch() throws Exception {
        ModelProto m = ModelEdits.apply(cnn(), ModelEdits.setInputShape("x", List.of("batch", 3L, 32L, 32L)));
        assertEquals("float32[batch,10]", ShapeInference.infer(m).type("y").toString());
        assertEquals("batch", m.graph().outputs().get(0).type().shape().get(0).param(), "declared output shape follows");
        assertThrows(EditException.class, () -> ModelEdits.apply(cnn(), ModelEdits.setInputShape("x", List.of(1L, 3L))));
        assertThrows(EditException.class, () -> ModelEdits.apply(cnn(), ModelEdits.setInputShape("x", List.of(1L, 3L, 0L, 32L))));
    }

    @Test
    void outputsAndCuts() throws Exception {
        ModelProto two = ModelEdits.apply(cnn(), ModelEdits.addOutput("p"));
        assertEquals(List.of("y", "p"), two.graph().outputs().stream().map(v -> v.name()).toList());
        assertEquals("float32[1,16,16,16]", io.medli.onnx.shape.TensorType.of(two.graph().outputs().get(1).type()).toString());
        ModelProto cut = ModelEdits.apply(cnn(), ModelEdits.cutAt("p"));
        assertEquals(List.of("Conv", "Relu", "MaxPool"), cut.graph().nodes().stream().map(NodeProto::opType).toList());
        assertEquals(2, cut.graph().initializers().size(), "the classifier's weights are gone");
        assertValid(cut);
    }

    @Test
    void extractSubgraphBetweenTensors() throws Exception {
        ModelProto sub = ModelEdits.extract(cnn(), List.of("r"), List.of("f"));
        assertEquals(List.of("MaxPool", "Flatten"), sub.graph().nodes().stream().map(NodeProto::opType).toList());
        assertEquals("float32[1,16,32,32]", io.medli.onnx.shape.TensorType.of(sub.graph().inputs().get(0).type()).toString());
        assertTrue(sub.graph().initializers().isEmpty());
        assertValid(sub);
        EditException e = assertThrows(EditException.class, () -> ModelEdits.extract(cnn(), List.of("p"), List.of("y", "c")));
        assertTrue(e.getMessage().contains("'x' is needed"), e.getMessage());
    }

    @Test
    void replaceHeadWithGemmAndConv() throws Exception {
        ModelProto g = ModelEdits.apply(cnn(), ModelEdits.replaceHead("p", 5, ModelEdits.Head.GEMM, 7));
        assertEquals("float32[1,5]", ShapeInference.infer(g).type("logits").toString());
        assertEquals(List.of("Conv", "Relu", "MaxPool", "GlobalAveragePool", "Flatten", "Gemm"),
                g.graph().nodes().stream().map(NodeProto::opType).toList());
        assertValid(g);
        ModelProto c = ModelEdits.apply(cnn(), ModelEdits.replaceHead("r", 3, ModelEdits.Head.CONV_1X1, 7));
        assertEquals("float32[1,3,32,32]", ShapeInference.infer(c).type("scores").toString());
        assertValid(c);
        assertThrows(EditException.class, () -> ModelEdits.apply(cnn(), ModelEdits.replaceHead("f", 3, ModelEdits.Head.CONV_1X1, 7)));
    }

    @Test
    void setAttributeChecksItsType() throws Exception {
        ModelProto m = ModelEdits.apply(cnn(), ModelEdits.setAttribute(2, AttributeProto.ofInts("strides", 1, 1)));
        assertEquals("float32[1,16,31,31]", ShapeInference.infer(m).type("p").toString());
        EditException e = assertThrows(EditException.class,
                () -> ModelEdits.apply(cnn(), ModelEdits.setAttribute(2, AttributeProto.ofInt("strides", 1))));
        assertTrue(e.getMessage().contains("holds a list of ints, not an int"), e.getMessage());
    }

    @Test
    void removeUnusedWeights() throws Exception {
        ModelProto m = cnn();
        m.graph().initializers().add(TestModels.floats("orphan", 100));
        ModelProto r = ModelEdits.apply(m, ModelEdits.removeUnusedWeights());
        assertFalse(r.graph().initializers().stream().anyMatch(t -> t.name().equals("orphan")));
        assertEquals(4, r.graph().initializers().size());
    }

    @Test
    void realModelsCutAndNewHead() throws Exception {
        ModelProto mlsd = OnnxModel.read(TestModels.real("mlsd_320x320_large.onnx")).proto();
        String feature = featureMap(mlsd);
        ModelProto head = ModelEdits.apply(mlsd, ModelEdits.replaceHead(feature, 4, ModelEdits.Head.GEMM, 1));
        assertEquals("float32[1,4]", ShapeInference.infer(head).type("logits").toString());
        assertTrue(head.graph().nodes().size() < mlsd.graph().nodes().size());
        ModelProto minilm = OnnxModel.read(TestModels.real("all-minilm-l6-v2.onnx")).proto();
        String layer2 = minilm.graph().nodes().stream().filter(n -> n.name().startsWith("/encoder/layer.1/output/LayerNorm"))
                .reduce((a, b) -> b).orElseThrow().outputs().get(0);
        ModelProto cut = ModelEdits.apply(minilm, ModelEdits.cutAt(layer2));
        assertTrue(cut.graph().nodes().size() < minilm.graph().nodes().size() / 2);
        assertEquals("float32[batch_size,sequence_length,384]", ShapeInference.infer(cut).type(layer2).toString());
    }

    /** A rank-4 float feature map about halfway through the backbone. */
    static String featureMap(ModelProto m) {
        var types = ShapeInference.infer(m);
        List<NodeProto> convs = m.graph().nodes().stream().filter(n -> n.opType().equals("Conv")).toList();
        for (int i = convs.size() / 3; i < convs.size(); i++) {
            String o = convs.get(i).outputs().get(0);
            if (types.type(o).rank() == 4 && types.type(o).isFullyKnown()) return o;
        }
        throw new AssertionError("no feature map");
    }
}
