package io.medli.onnx.tests;

import static io.medli.onnx.tests.TestModels.floats;
import static io.medli.onnx.tests.TestModels.model;
import static io.medli.onnx.tests.TestModels.node;
import static io.medli.onnx.tests.TestModels.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.medli.onnx.OnnxModel;
import io.medli.onnx.cost.CostModel;
import io.medli.onnx.cost.ModelCost;
import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;

/** Cost figures checked against values computed by hand. */
class CostModelTest {

    /** x[1,3,32,32] -> Conv 16x3x3x3 pad 1 -> Relu -> MaxPool 2/2 -> Flatten -> Gemm 4096->10. */
    static GraphProto smallCnn() {
        GraphProto g = new GraphProto();
        g.inputs().add(value("x", DataType.FLOAT, 1L, 3L, 32L, 32L));
        g.initializers().add(floats("w", 16, 3, 3, 3));
        g.initializers().add(floats("b", 16));
        g.initializers().add(floats("fc", 10, 4096));
        g.initializers().add(floats("fcb", 10));
        g.nodes().add(TestModels.node("Conv", "conv", java.util.List.of("x", "w", "b"), java.util.List.of("c"),
                AttributeProto.ofInts("pads", 1, 1, 1, 1), AttributeProto.ofInts("kernel_shape", 3, 3)));
        g.nodes().add(node("Relu", "c", "r"));
        g.nodes().add(node("MaxPool", "r", "p", AttributeProto.ofInts("kernel_shape", 2, 2), AttributeProto.ofInts("strides", 2, 2)));
        g.nodes().add(node("Flatten", "p", "f"));
        g.nodes().add(TestModels.node("Gemm", "fc", java.util.List.of("f", "fc", "fcb"), java.util.List.of("y"),
                AttributeProto.ofInt("transB", 1)));
        g.outputs().add(value("y", DataType.FLOAT, 1L, 10L));
        return g;
    }

    @Test
    void smallCnnByHand() {
        ModelCost c = CostModel.analyze(model(smallCnn(), 13), Map.of());
        // Conv: 16 outputs x 32 x 32 positions x (3 x 3 x 3) = 442,368; Gemm: 10 x 4096 = 40,960
        assertEquals(16L * 32 * 32 * 27 + 10 * 4096, c.macs());
        assertEquals(16L * 32 * 32 * 27, c.nodes().get(0).macs());
        // parameters: 432 + 16 + 40,960 + 10
        assertEquals(432 + 16 + 40_960 + 10, c.params());
        assertEquals(448, c.nodes().get(0).params());
        assertEquals((432 + 16 + 40_960 + 10) * 4L, c.weightBytes());
        // peak: during Relu both the conv output and the relu output (64 KiB each) are alive
        assertEquals(2 * 16 * 32 * 32 * 4L, c.peakActivationBytes());
        assertEquals(16 * 32 * 32 * 4L, c.nodes().get(1).outputBytes());
        assertEquals(0, c.unknownShapes());
    }

    @Test
    void symbolicDimensionsAreBound() {
        GraphProto g = new GraphProto();
        g.inputs().add(value("a", DataType.FLOAT, "N", 8L));
        g.initializers().add(floats("b", 8, 16));
        g.nodes().add(node("MatMul", "a,b", "y"));
        g.outputs().add(value("y", DataType.FLOAT, "N", 16L));
        var m = model(g, 13);
        assertEquals(16 * 8, CostModel.analyze(m, Map.of()).macs(), "unbound N counts as 1");
        assertEquals(5 * 16 * 8, CostModel.analyze(m, Map.of("N", 5L)).macs());
        assertEquals(5 * 8 * 4L + 5 * 16 * 4L, CostModel.analyze(m, Map.of("N", 5L)).peakActivationBytes());
    }

    @Test
    void depthwiseAndRecurrent() {
        GraphProto g = new GraphProto();
        g.inputs().add(value("x", DataType.FLOAT, 1L, 32L, 10L, 10L));
        g.initializers().add(floats("dw", 32, 1, 3, 3));
        g.nodes().add(node("Conv", "x,dw", "y", AttributeProto.ofInt("group", 32), AttributeProto.ofInts("pads", 1, 1, 1, 1)));
        g.inputs().add(value("s", DataType.FLOAT, 7L, 2L, 5L));
        g.initializers().add(floats("W", 1, 3 * 6, 5));
        g.initializers().add(floats("R", 1, 3 * 6, 6));
        g.nodes().add(TestModels.node("GRU", "gru", java.util.List.of("s", "W", "R"), java.util.List.of("Y", "Yh"),
                AttributeProto.ofInt("hidden_size", 6)));
        ModelCost c = CostModel.analyze(model(g, 14), Map.of());
        // depthwise: 32 x 10 x 10 outputs x 9 taps; GRU: 7 steps x 2 batch x (18x5 + 18x6)
        assertEquals(32L * 100 * 9, c.nodes().get(0).macs());
        assertEquals(7L * 2 * (18 * 5 + 18 * 6), c.nodes().get(1).macs());
    }

    @Test
    void miniLmTotals() throws Exception {
        var m = OnnxModel.read(TestModels.real("all-minilm-l6-v2.onnx")).proto();
        ModelCost c = CostModel.analyze(m, Map.of("batch_size", 1L, "sequence_length", 128L));
        assertEquals(22_565_428, c.params());
        // per layer at s=128: QKV 3x128x384x384 + scores 128x128x384 + context 128x128x384
        //   + output 128x384x384 + FFN 2x128x384x1536; six layers
        long layer = 3L * 128 * 384 * 384 + 2L * 128 * 128 * 384 + 128L * 384 * 384 + 2L * 128 * 384 * 1536;
        assertEquals(6 * layer, c.macs());
    }

    /**
     * The network inside control flow, as in a voice-activity detector whose model sits in the
     * branches of an If: x[1,3,32,32] -> If(cond) { then: the small CNN (weights inside the branch);
     * else: Conv 4x3x1x1 } ; and a Loop of 3 trips over a MatMul 8x8 on v[1,8].
     */
    @Test
    void weightsAndMacsInsideIfAndLoopBodiesCount() {
        GraphProto cnn = smallCnn();
        cnn.inputs().clear(); // the branch reads x from the outer graph
        GraphProto small = new GraphProto().name("else");
        small.initializers().add(floats("w4", 4, 3, 1, 1));
        small.nodes().add(TestModels.node("Conv", "conv4", java.util.List.of("x", "w4"), java.util.List.of("z")));
        small.outputs().add(value("z", DataType.FLOAT, 1L, 4L, 32L, 32L));
        cnn.outputs().clear();
        cnn.outputs().add(value("y", DataType.FLOAT, 1L, 10L));
        GraphProto g = new GraphProto();
        g.inputs().add(value("x", DataType.FLOAT, 1L, 3L, 32L, 32L));
        g.inputs().add(value("cond", DataType.BOOL));
        g.inputs().add(value("v", DataType.FLOAT, 1L, 8L));
        g.nodes().add(TestModels.node("If", "if", java.util.List.of("cond"), java.util.List.of("out"), AttributeProto.ofGraph("then_branch", cnn),
                AttributeProto.ofGraph("else_branch", small)));
        GraphProto body = new GraphProto().name("body");
        body.inputs().add(value("i", DataType.INT64));
        body.inputs().add(value("c", DataType.BOOL));
        body.inputs().add(value("s", DataType.FLOAT, 1L, 8L));
        body.initializers().add(floats("m", 8, 8));
        body.nodes().add(TestModels.node("MatMul", "mm", java.util.List.of("s", "m"), java.util.List.of("s2")));
        body.nodes().add(TestModels.node("Identity", "keep", java.util.List.of("c"), java.util.List.of("c2")));
        body.outputs().add(value("c2", DataType.BOOL));
        body.outputs().add(value("s2", DataType.FLOAT, 1L, 8L));
        g.initializers().add(new io.medli.onnx.proto.TensorProto().name("trips").dataType(DataType.INT64).dims(new long[0]).int64Data(new long[] { 3 }));
        g.nodes().add(TestModels.node("Loop", "loop", java.util.List.of("trips", "", "v"), java.util.List.of("w"), AttributeProto.ofGraph("body", body)));
        g.outputs().add(new io.medli.onnx.proto.ValueInfo("out", io.medli.onnx.proto.TypeProto.tensor(DataType.FLOAT, null)));
        g.outputs().add(value("w", DataType.FLOAT, 1L, 8L));
        ModelCost c = CostModel.analyze(model(g, 13), Map.of());
        long cnnMacs = 16L * 32 * 32 * 27 + 10 * 4096, cnnParams = 432 + 16 + 40_960 + 10;
        assertEquals(cnnMacs + 3 * 64, c.macs(), "the larger branch, and the loop body three times");
        assertEquals(cnnParams + 12 + 64, c.params(), "both branches' weights and the loop body's are in the file");
        assertEquals(cnnMacs, c.nodes().stream().filter(n -> n.node().opType().equals("If")).findFirst().orElseThrow().macs());
        assertEquals(cnnParams + 12, c.nodes().stream().filter(n -> n.node().opType().equals("If")).findFirst().orElseThrow().params());
        assertEquals(3 * 64, c.nodes().stream().filter(n -> n.node().opType().equals("Loop")).findFirst().orElseThrow().macs());
    }

    /**
     * A model-local function called twice: its MatMul counts per call, its Constant weights once
     * (they are stored once). x[2,4] -> Dense -> y1, x -> Dense -> y2; Dense: MatMul(a, W[4,3]).
     */
    @Test
    void macsAndWeightsInsideModelLocalFunctionsCount() {
        io.medli.onnx.proto.FunctionProto f = new io.medli.onnx.proto.FunctionProto().name("Dense").domain("local");
        f.inputs().add("a");
        f.outputs().add("b");
        f.nodes().add(TestModels.node("Constant", "w", java.util.List.of(), java.util.List.of("W"),
                AttributeProto.ofTensor("value", floats("W", 4, 3))));
        f.nodes().add(TestModels.node("MatMul", "mm", java.util.List.of("a", "W"), java.util.List.of("b")));
        f.opsetImports().add(new io.medli.onnx.proto.OperatorSetId("", 17));
        GraphProto g = new GraphProto();
        g.inputs().add(value("x", DataType.FLOAT, 2L, 4L));
        NodeProto one = TestModels.node("Dense", "dense1", java.util.List.of("x"), java.util.List.of("y1"));
        one.domain("local");
        NodeProto two = TestModels.node("Dense", "dense2", java.util.List.of("x"), java.util.List.of("y2"));
        two.domain("local");
        g.nodes().add(one);
        g.nodes().add(two);
        g.outputs().add(value("y1", DataType.FLOAT, 2L, 3L));
        g.outputs().add(value("y2", DataType.FLOAT, 2L, 3L));
        ModelProto m = model(g, 17);
        m.opsetImports().add(new io.medli.onnx.proto.OperatorSetId("local", 1));
        m.functions().add(f);
        ModelCost c = CostModel.analyze(m, Map.of());
        assertEquals(2 * (2 * 4 * 3), c.macs(), "each call computes its MatMul");
        assertEquals(12, c.params(), "the function's weights are stored once");
        assertEquals(24, c.nodes().stream().filter(n -> n.node().name().equals("dense2")).findFirst().orElseThrow().macs());
        assertEquals(0, c.nodes().stream().filter(n -> n.node().name().equals("dense2")).findFirst().orElseThrow().params());
    }
}
