package io.medli.onnx.tests;

import static io.medli.onnx.tests.TestModels.floats;
import static io.medli.onnx.tests.TestModels.longs;
import static io.medli.onnx.tests.TestModels.model;
import static io.medli.onnx.tests.TestModels.node;
import static io.medli.onnx.tests.TestModels.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.medli.onnx.OnnxModel;
import io.medli.onnx.check.ModelChecker;
import io.medli.onnx.check.Problem;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.ModelProto;

class ModelCheckerTest {

    private static List<Problem> errors(ModelProto m) {
        return ModelChecker.check(m).stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
    }

    private static void assertOneError(ModelProto m, String fragment) {
        List<Problem> e = errors(m);
        assertEquals(1, e.size(), e.toString());
        assertTrue(e.get(0).message().contains(fragment), e.get(0).message());
    }

    @Test
    void validModelsHaveNoErrors() throws Exception {
        assertEquals(List.of(), errors(model(CostModelTest.smallCnn(), 13)));
        assertEquals(List.of(), errors(SyntheticRoundTripTest.everything()));
        for (String f : List.of("all-minilm-l6-v2.onnx", "all-minilm-l6-v2-q.onnx", "mlsd_320x320_large.onnx", "mlsd_320x320_tiny.onnx")) {
            assertEquals(List.of(), errors(OnnxModel.read(TestModels.real(f)).proto()), f);
        }
    }

    @Test
    void danglingInputNamesNodeAndTensor() {
        GraphProto g = CostModelTest.smallCnn();
        g.nodes().get(1).inputs().set(0, "nowhere");
        List<Problem> e = errors(model(g, 13));
        assertTrue(e.stream().anyMatch(p -> p.message().contains("reads tensor 'nowhere'") && "nowhere".equals(p.tensor())), e.toString());
    }

    @Test
    void cycleIsReported() {
        GraphProto g = new GraphProto();
        g.inputs().add(value("x", DataType.FLOAT, 1L));
        g.nodes().add(node("Add", "a", List.of("x", "b"), List.of("a2")));
        g.nodes().add(node("Relu", "b", List.of("a2"), List.of("b")));
        g.outputs().add(value("b", DataType.FLOAT, 1L));
        assertOneError(model(g, 13), "cycle through nodes 'a', 'b'");
    }

    @Test
    void duplicateProducerIsReported() {
        GraphProto g = CostModelTest.smallCnn();
        g.nodes().get(2).outputs().set(0, "r");
        List<Problem> e = errors(model(g, 13));
        assertTrue(e.stream().anyMatch(p -> p.message().contains("tensor 'r' is produced by node")), e.toString());
    }

    @Test
    void typeMismatchNamesBothTensors() {
        GraphProto g = new GraphProto();
        g.inputs().add(value("x", DataType.FLOAT, 2L));
        g.initializers().add(longs("k", new long[] { 1, 2 }, 2));
        g.nodes().add(node("Add", "x,k", "y"));
        g.outputs().add(value("y", DataType.FLOAT, 2L));
        assertOneError(model(g, 13), "'x' is float32 but 'k' is int64");
    }

    @Test
    void opsetAndDomainProblems() {
        ModelProto m = model(CostModelTest.smallCnn(), 13);
        m.graph().nodes().get(1).domain("com.example");
        assertOneError(m, "from domain 'com.example', which the model does not import");
        ModelProto none = model(CostModelTest.smallCnn(), 13);
        none.opsetImports().clear();
        assertTrue(errors(none).stream().anyMatch(p -> p.message().contains("imports no operator set")));
    }

    @Test
    void tensorDataThatDoesNotMatchItsShape() {
        GraphProto g = CostModelTest.smallCnn();
        g.initializers().set(1, floats("b", new float[] { 1, 2, 3 }, 16));
        assertOneError(model(g, 13), "initializer 'b' holds 12 bytes, but its shape [16] of float32 needs 64");
    }

    @Test
    void missingGraphOutput() {
        GraphProto g = CostModelTest.smallCnn();
        g.outputs().add(value("ghost", DataType.FLOAT, 1L));
        assertOneError(model(g, 13), "graph output 'ghost' is not produced");
    }
}
