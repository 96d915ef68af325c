package io.medli.runtime.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.onnxruntime.OnnxTensor;
import io.medli.onnx.OnnxModel;
import io.medli.onnx.edit.EditException;
import io.medli.onnx.edit.OpsetConversion;
import io.medli.onnx.edit.OpsetUpgrade;
import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.Dimension;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.OperatorSetId;
import io.medli.onnx.proto.TypeProto;
import io.medli.onnx.proto.ValueInfo;
import io.medli.runtime.ModelRunner;
import io.medli.runtime.RunOptions;

/** Models raised to newer opsets (from 9 to 11, 13, 18 and 21; from 11 to 13) compute exactly what they computed before, in ONNX Runtime. */
class UpgradedModelsRunTest {

    private static NodeProto node(String op, List<String> in, List<String> out, AttributeProto... attrs) {
        NodeProto n = new NodeProto(op, op.toLowerCase() + "_" + out.get(0), in, out);
        n.attributes().addAll(List.of(attrs));
        return n;
    }

    /** x[2,3,4] -> Split(axis 2, [1,3]) -> Softmax(axis 1 of the 3-D tail) / ReduceSum / Unsqueeze+Squeeze. */
    static ModelProto opset11() {
        GraphProto g = new GraphProto().name("g");
        g.inputs().add(new ValueInfo("x", TypeProto.tensor(DataType.FLOAT, List.of(Dimension.of(2), Dimension.of(3), Dimension.of(4)))));
        g.nodes().add(node("Split", List.of("x"), List.of("a", "b"), AttributeProto.ofInt("axis", 2), AttributeProto.ofInts("split", 1, 3)));
        g.nodes().add(node("Softmax", List.of("b"), List.of("sm"), AttributeProto.ofInt("axis", 1)));
        g.nodes().add(node("LogSoftmax", List.of("b"), List.of("lsm"), AttributeProto.ofInt("axis", 2)));
        g.nodes().add(node("ReduceSum", List.of("sm"), List.of("rs"), AttributeProto.ofInts("axes", 1), AttributeProto.ofInt("keepdims", 0)));
        g.nodes().add(node("Unsqueeze", List.of("a"), List.of("u"), AttributeProto.ofInts("axes", 0)));
        g.nodes().add(node("Squeeze", List.of("u"), List.of("sq"), AttributeProto.ofInts("axes", 0, 3)));
        for (String o : List.of("sm", "lsm", "rs", "sq")) g.outputs().add(new ValueInfo(o, TypeProto.tensor(DataType.FLOAT, null)));
        ModelProto m = new ModelProto().irVersion(6L).graph(g);
        m.opsetImports().add(new OperatorSetId("", 11));
        return m;
    }

    private static Map<String, byte[]> run(Path file) throws Exception {
        try (ModelRunner r = ModelRunner.open(file, RunOptions.defaults().withThreads(1))) {
            Map<String, OnnxTensor> in = r.generateInputs();
            try {
                return r.runToBytes(in);
            } finally {
                in.values().forEach(OnnxTensor::close);
            }
        }
    }

    @Test
    void upgradedOperatorsKeepTheirMeaning(@TempDir Path dir) throws Exception {
        ModelProto old = opset11();
        ModelProto up = OpsetUpgrade.to13(old);
        assertEquals(13, up.defaultOpset());
        assertEquals(11, old.defaultOpset(), "the original is not modified");
        assertTrue(up.graph().nodes().stream().anyMatch(n -> n.opType().equals("Flatten")),
                "Softmax over a flattened tail keeps that meaning through Flatten/Reshape");
        Path a = dir.resolve("11.onnx"), b = dir.resolve("13.onnx");
        OnnxModel.of(old).write(a);
        OnnxModel.of(up).write(b);
        Map<String, byte[]> before = run(a), after = run(b);
        assertEquals(before.keySet(), after.keySet());
        for (String k : before.keySet()) assertArrayEquals(before.get(k), after.get(k), k);
    }

    /**
     * x[1,2,4,4] at opset 9: Upsample nearest and linear (scales as input), Slice, Pad, Clip with
     * attributes, ReduceMean, TopK with k as attribute, Split into equal parts, Softmax.
     */
    static ModelProto opset9() {
        GraphProto g = new GraphProto().name("g9");
        g.inputs().add(new ValueInfo("x", TypeProto.tensor(DataType.FLOAT, List.of(Dimension.of(1), Dimension.of(2), Dimension.of(4), Dimension.of(4)))));
        java.nio.ByteBuffer sc = java.nio.ByteBuffer.allocate(16).order(java.nio.ByteOrder.LITTLE_ENDIAN).putFloat(1).putFloat(1).putFloat(2).putFloat(2);
        g.initializers().add(new io.medli.onnx.proto.TensorProto().name("scales").dataType(DataType.FLOAT).dims(4).rawData(sc.flip()));
        g.nodes().add(node("Upsample", List.of("x", "scales"), List.of("up"), AttributeProto.ofString("mode", "nearest")));
        g.nodes().add(node("Upsample", List.of("x", "scales"), List.of("lin"), AttributeProto.ofString("mode", "linear")));
        g.nodes().add(node("Slice", List.of("up"), List.of("sl"), AttributeProto.ofInts("starts", 0, 1, 1), AttributeProto.ofInts("ends", 1, 7, 6),
                AttributeProto.ofInts("axes", 1, 2, 3)));
        g.nodes().add(node("Pad", List.of("sl"), List.of("pad"), AttributeProto.ofInts("pads", 0, 0, 1, 2, 0, 0, 2, 1),
                AttributeProto.ofFloat("value", 0.5f)));
        g.nodes().add(node("Clip", List.of("pad"), List.of("clip"), AttributeProto.ofFloat("min", -0.4f), AttributeProto.ofFloat("max", 0.6f)));
        g.nodes().add(node("ReduceMean", List.of("lin"), List.of("mean"), AttributeProto.ofInts("axes", 2, 3)));
        g.nodes().add(node("TopK", List.of("x"), List.of("top", "idx"), AttributeProto.ofInt("k", 2)));
        g.nodes().add(node("Split", List.of("lin"), List.of("s0", "s1"), AttributeProto.ofInt("axis", 1)));
        g.nodes().add(node("Softmax", List.of("s1"), List.of("sm"), AttributeProto.ofInt("axis", 2)));
        for (String o : List.of("clip", "mean", "top", "idx", "s0", "sm")) g.outputs().add(new ValueInfo(o, TypeProto.tensor(DataType.FLOAT, null)));
        ModelProto m = new ModelProto().irVersion(4L).graph(g);
        m.opsetImports().add(new OperatorSetId("", 9));
        return m;
    }

    @Test
    void opsetNineConvertsUpToTwentyOneComputingTheSame(@TempDir Path dir) throws Exception {
        ModelProto old = opset9();
        old.graph().outputs().get(3).type(TypeProto.tensor(DataType.INT64, null));
        Path a = dir.resolve("9.onnx");
        OnnxModel.of(old).write(a);
        Map<String, byte[]> before = run(a);
        for (int target : new int[] { 11, 13, 18, 21 }) {
            ModelProto up = OpsetConversion.to(old, target);
            assertEquals(target, up.defaultOpset());
            if (target >= 11) assertTrue(up.graph().nodes().stream().noneMatch(n -> n.opType().equals("Upsample")), "Upsample became Resize");
            Path b = dir.resolve(target + ".onnx");
            OnnxModel.of(up).write(b);
            Map<String, byte[]> after = run(b);
            assertEquals(before.keySet(), after.keySet());
            for (String k : before.keySet()) assertArrayEquals(before.get(k), after.get(k), k + " at opset " + target);
        }
        assertEquals(9, old.defaultOpset(), "the original is not modified");
        EditException down = assertThrows(EditException.class, () -> OpsetConversion.to(opset11(), 9));
        assertTrue(down.getMessage().contains("converting down"), down.getMessage());
    }

    @Test
    void opsetsBeforeElevenAreRefused() {
        ModelProto m = opset11();
        m.opsetImports().get(0).version(9L);
        EditException e = assertThrows(EditException.class, () -> OpsetUpgrade.to13(m));
        assertTrue(e.getMessage().contains("opset 9"), e.getMessage());
    }
}
