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

/** Models raised from opset 11 to 13 compute exactly what they computed before, in ONNX Runtime. */
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

    @Test
    void opsetsBeforeElevenAreRefused() {
        ModelProto m = opset11();
        m.opsetImports().get(0).version(9L);
        EditException e = assertThrows(EditException.class, () -> OpsetUpgrade.to13(m));
        assertTrue(e.getMessage().contains("opset 9"), e.getMessage());
    }
}
