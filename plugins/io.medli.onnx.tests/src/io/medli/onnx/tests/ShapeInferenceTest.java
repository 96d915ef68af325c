package io.medli.onnx.tests;

import static io.medli.onnx.tests.TestModels.floats;
import static io.medli.onnx.tests.TestModels.longs;
import static io.medli.onnx.tests.TestModels.model;
import static io.medli.onnx.tests.TestModels.node;
import static io.medli.onnx.tests.TestModels.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.medli.onnx.OnnxModel;
import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.TensorProto;
import io.medli.onnx.shape.InferenceResult;
import io.medli.onnx.shape.ShapeInference;

class ShapeInferenceTest {

    private static String infer(GraphProto g, long opset, String tensor) {
        return ShapeInference.infer(model(g, opset)).type(tensor).toString();
    }

    private static GraphProto graph(Object... inputs) {
        GraphProto g = new GraphProto();
        for (int i = 0; i < inputs.length; i += 2) {
            g.inputs().add(value((String) inputs[i], DataType.FLOAT, (Object[]) inputs[i + 1]));
        }
        return g;
    }

    private static Object[] dims(Object... d) {
        return d;
    }

    @Test
    void convolutionAndPooling() {
        GraphProto g = graph("x", dims("N", 3L, 224L, 224L));
        g.initializers().add(floats("w", 32, 3, 3, 3));
        g.nodes().add(node("Conv", "x,w", "c", AttributeProto.ofInts("strides", 2, 2), AttributeProto.ofInts("pads", 1, 1, 1, 1)));
        g.nodes().add(node("MaxPool", "c", "p", AttributeProto.ofInts("kernel_shape", 3, 3), AttributeProto.ofInts("strides", 2, 2),
                AttributeProto.ofInt("ceil_mode", 1)));
        g.nodes().add(node("GlobalAveragePool", "p", "gap"));
        g.nodes().add(node("Flatten", "gap", "f"));
        g.initializers().add(floats("fc", 10, 32));
        g.nodes().add(node("Gemm", "f,fc", "logits", AttributeProto.ofInt("transB", 1)));
        g.nodes().add(node("Softmax", "logits", "prob"));
        var r = ShapeInference.infer(model(g, 13));
        assertEquals("float32[N,32,112,112]", r.type("c").toString());
        assertEquals("float32[N,32,56,56]", r.type("p").toString());
        assertEquals("float32[N,32,1,1]", r.type("gap").toString());
        assertEquals("float32[N,32]", r.type("f").toString());
        assertEquals("float32[N,10]", r.type("prob").toString());
    }

    @Test
    void sameAutoPadAndDilation() {
        GraphProto g = graph("x", dims(1L, 8L, 17L, 17L));
        g.initializers().add(floats("w", 8, 1, 3, 3));
        g.nodes().add(node("Conv", "x,w", "s", AttributeProto.ofString("auto_pad", "SAME_UPPER"), AttributeProto.ofInts("strides", 2, 2),
                AttributeProto.ofInt("group", 8)));
        g.nodes().add(node("Conv", "x,w", "d", AttributeProto.ofInts("dilations", 2, 2), AttributeProto.ofInt("group", 8)));
        var r = ShapeInference.infer(model(g, 13));
        assertEquals("float32[1,8,9,9]", r.type("s").toString());
        assertEquals("float32[1,8,13,13]", r.type("d").toString());
    }

    @Test
    void matmulBroadcastsBatchDimensions() {
        GraphProto g = graph("a", dims("B", 1L, 5L, 64L), "b", dims(12L, 64L, 7L), "v", dims(64L));
        g.nodes().add(node("MatMul", "a,b", "ab"));
        g.nodes().add(node("MatMul", "a,v", "av"));
        var r = ShapeInference.infer(model(g, 13));
        assertEquals("float32[B,12,5,7]", r.type("ab").toString());
        assertEquals("float32[B,1,5]", r.type("av").toString());
    }

    @Test
    void elementwiseBroadcastingAndComparison() {
        GraphProto g = graph("a", dims("N", 1L, 4L), "b", dims(3L, 1L));
        g.nodes().add(node("Add", "a,b", "s"));
        g.nodes().add(node("Less", "a,b", "l"));
        var r = ShapeInference.infer(model(g, 13));
        assertEquals("float32[N,3,4]", r.type("s").toString());
        assertEquals("bool[N,3,4]", r.type("l").toString());
    }

    /** The pattern PyTorch exports for attention heads: the shape is computed from Shape(x). */
    @Test
    void reshapeFromComputedShapeKeepsSymbolNames() {
        GraphProto g = graph("x", dims("batch", "seq", 384L));
        g.initializers().add(longs("i0", new long[] { 0 }));
        g.initializers().add(longs("i1", new long[] { 1 }));
        g.initializers().add(longs("heads", new long[] { 12, 32 }, 2));
        g.initializers().add(longs("ax0", new long[] { 0 }, 1));
        g.nodes().add(node("Shape", "x", "shp"));
        g.nodes().add(node("Gather", "shp,i0", "b"));
        g.nodes().add(node("Gather", "shp,i1", "s"));
        g.nodes().add(node("Unsqueeze", "b,ax0", "bu"));
        g.nodes().add(node("Unsqueeze", "s,ax0", "su"));
        g.nodes().add(node("Concat", "bu,su,heads", "newshape", AttributeProto.ofInt("axis", 0)));
        g.nodes().add(node("Reshape", "x,newshape", "r"));
        g.nodes().add(node("Transpose", "r", "t", AttributeProto.ofInts("perm", 0, 2, 1, 3)));
        g.initializers().add(longs("flat", new long[] { -1, 384 }, 2));
        g.nodes().add(node("Reshape", "x,flat", "rows"));
        var r = ShapeInference.infer(model(g, 13));
        assertEquals("float32[batch,seq,12,32]", r.type("r").toString());
        assertEquals("float32[batch,12,seq,32]", r.type("t").toString());
        assertEquals("float32[batch*seq,384]", r.type("rows").toString());
    }

    @Test
    void sliceSplitConcatSqueeze() {
        GraphProto g = graph("x", dims(2L, 10L, 6L));
        g.initializers().add(longs("st", new long[] { 1 }, 1));
        g.initializers().add(longs("en", new long[] { -1 }, 1));
        g.initializers().add(longs("ax", new long[] { 1 }, 1));
        g.initializers().add(longs("sp", new long[] { 2, 4 }, 2));
        g.initializers().add(longs("ax2", new long[] { 2 }, 1));
        g.nodes().add(node("Slice", "x,st,en,ax", "sl"));
        g.nodes().add(node("Split", "split", List.of("x", "sp"), List.of("p1", "p2"), AttributeProto.ofInt("axis", 2)));
        g.nodes().add(node("Concat", "p2,p1", "cat", AttributeProto.ofInt("axis", -1)));
        g.nodes().add(node("Unsqueeze", "x,ax2", "u"));
        g.nodes().add(node("Squeeze", "u,ax2", "sq"));
        var r = ShapeInference.infer(model(g, 13));
        assertEquals("float32[2,8,6]", r.type("sl").toString());
        assertEquals("float32[2,10,2]", r.type("p1").toString());
        assertEquals("float32[2,10,4]", r.type("p2").toString());
        assertEquals("float32[2,10,6]", r.type("cat").toString());
        assertEquals("float32[2,10,1,6]", r.type("u").toString());
        assertEquals("float32[2,10,6]", r.type("sq").toString());
    }

    @Test
    void olderOpsetsTakeAxesFromAttributes() {
        GraphProto g = graph("x", dims(1L, 3L, 1L, 5L));
        g.nodes().add(node("Squeeze", "x", "s", AttributeProto.ofInts("axes", 0, 2)));
        g.nodes().add(node("Unsqueeze", "s", "u", AttributeProto.ofInts("axes", 0)));
        g.nodes().add(node("ReduceMean", "x", "m", AttributeProto.ofInts("axes", -1), AttributeProto.ofInt("keepdims", 0)));
        var r = ShapeInference.infer(model(g, 11));
        assertEquals("float32[3,5]", r.type("s").toString());
        assertEquals("float32[1,3,5]", r.type("u").toString());
        assertEquals("float32[1,3,1]", r.type("m").toString());
    }

    @Test
    void gatherCastShapeConstantOfShapeExpand() {
        GraphProto g = graph("emb", dims(1000L, 64L));
        g.inputs().add(value("ids", DataType.INT64, "b", "s"));
        g.nodes().add(node("Gather", "emb,ids", "e"));
        g.nodes().add(node("Cast", "e", "h", AttributeProto.ofInt("to", DataType.FLOAT16)));
        g.nodes().add(node("Shape", "ids", "sh"));
        g.nodes().add(node("ConstantOfShape", "sh", "ones", AttributeProto.ofTensor("value",
                new TensorProto().dataType(DataType.INT64).dims(1).int64Data(new long[] { 1 }))));
        g.initializers().add(longs("tgt", new long[] { 4, 1, 1, 1 }, 4));
        g.nodes().add(node("Expand", "e,tgt", "ex"));
        var r = ShapeInference.infer(model(g, 13));
        assertEquals("float32[b,s,64]", r.type("e").toString());
        assertEquals("float16[b,s,64]", r.type("h").toString());
        assertEquals("int64[2]", r.type("sh").toString());
        assertEquals("int64[b,s]", r.type("ones").toString());
        assertEquals("float32[4,b,s,64]", r.type("ex").toString());
    }

    @Test
    void resizeWithScalesAndQdq() {
        GraphProto g = graph("x", dims(1L, 16L, 20L, 30L));
        g.initializers().add(TestModels.floats("scales", new float[] { 1, 1, 2, 2 }, 4));
        g.nodes().add(node("Resize", "rs", List.of("x", "", "scales"), List.of("up")));
        g.initializers().add(TestModels.floats("sc", new float[] { 0.1f }));
        g.initializers().add(new TensorProto().name("zp").dataType(DataType.INT8).dims(new long[0]).rawData(java.nio.ByteBuffer.wrap(new byte[] { 0 })));
        g.nodes().add(node("QuantizeLinear", "up,sc,zp", "q"));
        g.nodes().add(node("DequantizeLinear", "q,sc,zp", "dq"));
        var r = ShapeInference.infer(model(g, 13));
        assertEquals("float32[1,16,40,60]", r.type("up").toString());
        assertEquals("int8[1,16,40,60]", r.type("q").toString());
        assertEquals("float32[1,16,40,60]", r.type("dq").toString());
    }

    @Test
    void recurrentAndEinsum() {
        GraphProto g = graph("x", dims("T", "B", 10L), "q", dims("B", 4L, "T", 8L), "k", dims("B", 4L, "S", 8L));
        g.initializers().add(floats("W", 2, 4 * 20, 10));
        g.initializers().add(floats("R", 2, 4 * 20, 20));
        g.nodes().add(node("LSTM", "lstm", List.of("x", "W", "R"), List.of("Y", "Yh", "Yc"),
                AttributeProto.ofInt("hidden_size", 20), AttributeProto.ofString("direction", "bidirectional")));
        g.nodes().add(node("Einsum", "q,k", "att", AttributeProto.ofString("equation", "bhtd,bhsd->bhts")));
        var r = ShapeInference.infer(model(g, 14));
        assertEquals("float32[T,2,B,20]", r.type("Y").toString());
        assertEquals("float32[2,B,20]", r.type("Yc").toString());
        assertEquals("float32[B,4,T,S]", r.type("att").toString());
    }

    @Test
    void subgraphsAndLocalFunctions() throws Exception {
        ModelProto m = SyntheticRoundTripTest.everything();
        InferenceResult r = ShapeInference.infer(m);
        assertEquals("float32[batch,4]", r.type("branch").toString());
        assertEquals("float32[batch,4]", r.type("looped").toString());
        assertEquals("float32[batch,4]", r.type("z").toString(), "inferred through the local function's body");
    }

    @Test
    void unknownOperatorsLeaveOutputsUnknownAndNeverFail() {
        GraphProto g = graph("x", dims(1L, 3L));
        g.nodes().add(node("FancyCustomOp", "x", "y").domain("vendor.ops"));
        g.nodes().add(node("Relu", "y", "z"));
        g.nodes().add(node("NotAnOnnxOp", "x", "w"));
        ModelProto m = model(g, 13);
        m.opsetImports().add(new io.medli.onnx.proto.OperatorSetId("vendor.ops", 1));
        var r = ShapeInference.infer(m);
        assertEquals("undefined[?]", r.type("y").toString());
        assertFalse(r.type("z").hasShape());
        assertTrue(r.notes().stream().anyMatch(s -> s.contains("FancyCustomOp")), r.notes().toString());
        assertTrue(r.notes().stream().anyMatch(s -> s.contains("NotAnOnnxOp")), r.notes().toString());
    }

    @Test
    void realModelsResolveEveryShape() throws Exception {
        for (String f : List.of("all-minilm-l6-v2.onnx", "all-minilm-l6-v2-q.onnx", "mlsd_320x320_large.onnx")) {
            ModelProto m = OnnxModel.read(TestModels.real(f)).proto();
            var r = ShapeInference.infer(m);
            long unknown = m.graph().nodes().stream().flatMap(n -> n.outputs().stream())
                    .filter(o -> !r.type(o).hasShape() || r.type(o).dims().stream().anyMatch(d -> d.isUnknown())).count();
            assertEquals(0, unknown, f + ": tensors with unknown shape");
        }
        ModelProto minilm = OnnxModel.read(TestModels.real("all-minilm-l6-v2.onnx")).proto();
        assertEquals("float32[batch_size,sequence_length,384]", ShapeInference.infer(minilm).type("last_hidden_state").toString());
    }
}
