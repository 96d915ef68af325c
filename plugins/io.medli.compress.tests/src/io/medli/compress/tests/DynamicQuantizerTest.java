package io.medli.compress.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.medli.compress.DynamicQuantizer;
import io.medli.compress.QuantizationException;
import io.medli.compress.QuantizedModel;
import io.medli.compress.WeightQuantization;
import io.medli.onnx.OnnxModel;
import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.Dimension;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.OperatorSetId;
import io.medli.onnx.proto.TensorProto;
import io.medli.onnx.proto.TypeProto;
import io.medli.onnx.proto.ValueInfo;

class DynamicQuantizerTest {

    @Test
    void perColumnInt8ScalesByHand() {
        // columns: max |.| = 2.54 and 0.127; an all-zero column (values chosen without rounding ties)
        float[] w = { 2.54f, -0.127f, 0f, -1.28f, 0.064f, 0f };
        WeightQuantization.PerChannel q = WeightQuantization.int8PerColumn(w, 2, 3);
        assertArrayEquals(new float[] { 0.02f, 0.001f, 1f }, q.scales(), 1e-7f);
        assertArrayEquals(new byte[] { 127, -127, 0, -64, 64, 0 }, q.values());
    }

    @Test
    void perTensorUint8ScaleAndZeroPointByHand() {
        float[] w = { -1f, 0f, 0.5f, 1.55f };
        WeightQuantization.PerTensor q = WeightQuantization.uint8PerTensor(w);
        assertEquals(0.01f, q.scale(), 1e-7f);
        assertEquals(100, q.zeroPoint());
        assertArrayEquals(new byte[] { 0, 100, (byte) 150, (byte) 255 }, q.values());
    }

    private static TensorProto floats(String name, float[] v, long... dims) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(v);
        return new TensorProto().name(name).dataType(DataType.FLOAT).dims(dims).rawData(b);
    }

    /** x[B,8] -> MatMul(W1) -> y1, MatMul(W2) -> y2 (same input), Gemm(W3 transB, bias) -> y3, Conv kept. */
    static ModelProto model(long opset) {
        GraphProto g = new GraphProto().name("g");
        g.inputs().add(new ValueInfo("x", TypeProto.tensor(DataType.FLOAT, List.of(Dimension.of("B"), Dimension.of(8)))));
        float[] w = new float[8 * 4];
        for (int i = 0; i < w.length; i++) w[i] = (i % 7 - 3) * 0.1f;
        g.initializers().add(floats("W1", w, 8, 4));
        g.initializers().add(floats("W2", w, 8, 4));
        g.initializers().add(floats("W3", w, 4, 8));
        g.initializers().add(floats("b3", new float[] { 1, 2, 3, 4 }, 4));
        g.nodes().add(new NodeProto("MatMul", "mm1", List.of("x", "W1"), List.of("y1")));
        g.nodes().add(new NodeProto("MatMul", "mm2", List.of("x", "W2"), List.of("y2")));
        NodeProto gemm = new NodeProto("Gemm", "gemm", List.of("x", "W3", "b3"), List.of("y3"));
        gemm.attributes().add(AttributeProto.ofInt("transB", 1));
        g.nodes().add(gemm);
        for (String o : List.of("y1", "y2", "y3")) {
            g.outputs().add(new ValueInfo(o, TypeProto.tensor(DataType.FLOAT, List.of(Dimension.of("B"), Dimension.of(4)))));
        }
        ModelProto m = new ModelProto().irVersion(8L).graph(g);
        m.opsetImports().add(new OperatorSetId("", opset));
        return m;
    }

    @Test
    void matmulsShareOneDynamicQuantizationAndKeepTheirOutputs() throws Exception {
        ModelProto original = model(13);
        byte[] before = OnnxModel.of(original).toBytes();
        QuantizedModel q = DynamicQuantizer.quantize(original, DynamicQuantizer.Options.defaults());
        List<String> ops = q.model().graph().nodes().stream().map(NodeProto::opType).toList();
        assertEquals(1, ops.stream().filter(o -> o.equals("DynamicQuantizeLinear")).count(), "x is quantized once: " + ops);
        assertEquals(3, ops.stream().filter(o -> o.equals("MatMulInteger")).count());
        assertTrue(ops.contains("Add"), "the Gemm bias is added after scaling");
        assertEquals(List.of("y1", "y2", "y3"), q.model().graph().outputs().stream().map(ValueInfo::name).toList());
        assertTrue(q.model().graph().initializers().stream().noneMatch(t -> t.name().equals("W1")), "float weights removed");
        TensorProto w3 = q.model().graph().initializers().stream().filter(t -> t.name().equals("W3_quantized")).findFirst().orElseThrow();
        assertArrayEquals(new long[] { 8, 4 }, w3.dims(), "Gemm's transposed weight stored as [K, N]");
        assertEquals(List.of("mm1", "mm2", "gemm"), q.report().quantized());
        assertTrue(q.report().weightBytesAfter() < q.report().weightBytesBefore());
        assertArrayEquals(before, OnnxModel.of(original).toBytes(), "the input model is not modified");
    }

    @Test
    void exclusionsAndWhatCannotBeQuantizedStayFloatWithAReason() throws Exception {
        QuantizedModel q = DynamicQuantizer.quantize(model(13),
                new DynamicQuantizer.Options(true, Set.of("mm2"), Set.of("Gemm")));
        assertEquals(List.of("mm1"), q.report().quantized());
        assertTrue(q.report().keptInFloat().contains("MatMul 'mm2': excluded by name"), q.report().keptInFloat().toString());
        assertTrue(q.report().keptInFloat().contains("Gemm 'gemm': excluded by operator type"), q.report().keptInFloat().toString());
    }

    @Test
    void oldOpsetsAreRaisedFirstAndTheReportSaysSo() throws Exception {
        QuantizedModel q = DynamicQuantizer.quantize(model(9), DynamicQuantizer.Options.defaults());
        assertEquals(11, q.model().defaultOpset());
        assertTrue(q.report().notes().contains("opset raised from 9 to 11 for DynamicQuantizeLinear (medli convert does this alone)"),
                q.report().notes().toString());
        assertEquals(3, q.report().quantized().size(), q.report().quantized().toString());
        QuantizationException e = assertThrows(QuantizationException.class,
                () -> DynamicQuantizer.quantize(model(5), DynamicQuantizer.Options.defaults()));
        assertTrue(e.getMessage().contains("opset 5, cannot be converted"), e.getMessage());
    }

    @Test
    void weightsInsideControlFlowAreListedAsKeptInFloat() throws Exception {
        ModelProto m = model(13);
        GraphProto branch = new GraphProto().name("then");
        float[] w = new float[8 * 4];
        for (int i = 0; i < w.length; i++) w[i] = i * 0.01f;
        branch.initializers().add(floats("Wb", w, 8, 4));
        branch.nodes().add(new NodeProto("MatMul", "mm_branch", List.of("x", "Wb"), List.of("yb")));
        branch.outputs().add(new ValueInfo("yb", TypeProto.tensor(DataType.FLOAT, null)));
        GraphProto other = new GraphProto().name("else");
        other.nodes().add(new NodeProto("Identity", "id", List.of("y1"), List.of("ye")));
        other.outputs().add(new ValueInfo("ye", TypeProto.tensor(DataType.FLOAT, null)));
        m.graph().inputs().add(new ValueInfo("cond", TypeProto.tensor(DataType.BOOL, List.of())));
        NodeProto branchIf = new NodeProto("If", "choose", List.of("cond"), List.of("yi"));
        branchIf.attributes().add(AttributeProto.ofGraph("then_branch", branch));
        branchIf.attributes().add(AttributeProto.ofGraph("else_branch", other));
        m.graph().nodes().add(branchIf);
        m.graph().outputs().add(new ValueInfo("yi", TypeProto.tensor(DataType.FLOAT, null)));
        QuantizedModel q = DynamicQuantizer.quantize(m, DynamicQuantizer.Options.defaults());
        assertTrue(q.report().keptInFloat().contains("MatMul 'mm_branch': inside the then_branch of If 'choose'; weights in control-flow "
                + "bodies stay float"), q.report().keptInFloat().toString());
        assertEquals(List.of("mm1", "mm2", "gemm"), q.report().quantized());
    }
}
