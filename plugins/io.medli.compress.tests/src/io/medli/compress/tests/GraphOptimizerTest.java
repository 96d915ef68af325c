package io.medli.compress.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.medli.compress.Fidelity;
import io.medli.compress.GraphOptimizer;
import io.medli.compress.QuantizationException;
import io.medli.compress.data.CalibrationData;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;

class GraphOptimizerTest {

    /** convChain with an Identity in front and the first bias computed by a foldable Add of two constants. */
    private static ModelProto foldable() {
        ModelProto m = TestModels.convChain(13);
        GraphProto g = m.graph();
        g.nodes().add(0, new NodeProto("Identity", "copy", List.of("x"), List.of("x_copy")));
        g.nodes().get(1).inputs().set(0, "x_copy");
        g.initializers().add(TestModels.floats("half_bias", new float[] { 0.05f, 0.05f, 0.05f }, 3));
        g.nodes().add(1, new NodeProto("Add", "bias_sum", List.of("half_bias", "half_bias"), List.of("c1_bias")));
        g.nodes().get(2).inputs().set(2, "c1_bias");
        return m;
    }

    @Test
    void basicFoldsConstantsAndStaysStandard() throws Exception {
        ModelProto m = foldable();
        GraphOptimizer.Result r = GraphOptimizer.optimize(m, GraphOptimizer.Level.BASIC);
        assertEquals(1, r.opsBefore().get("Identity"));
        assertEquals(2, r.opsBefore().get("Add"));
        assertFalse(r.opsAfter().containsKey("Identity"), "Identity removed: " + r.opsAfter());
        assertEquals(1, r.opsAfter().get("Add"), "the constant Add is folded: " + r.opsAfter());
        assertTrue(r.model().graph().nodes().stream().allMatch(n -> n.domain().isEmpty()), "standard operators only");
        assertFalse(r.notes().stream().anyMatch(n -> n.contains("com.microsoft")), r.notes().toString());
        CalibrationData data = TestModels.samples("x", 2, 1, 2f);
        double sqnr = Fidelity.sqnr(Float16ConverterTest.output(m, data, "out"), Float16ConverterTest.output(r.model(), data, "out"));
        assertTrue(sqnr > 100, "same function: " + sqnr);
    }

    @Test
    void extendedFusesIntoRuntimeOperatorsAndSaysSo() throws Exception {
        GraphOptimizer.Result r = GraphOptimizer.optimize(foldable(), GraphOptimizer.Level.EXTENDED);
        assertTrue(r.opsAfter().keySet().stream().anyMatch(k -> k.startsWith("com.microsoft.")), r.opsAfter().toString());
        assertFalse(r.opsAfter().containsKey("Relu"), "Conv + Relu fused: " + r.opsAfter());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("runs in ONNX Runtime only")), r.notes().toString());
    }

    @Test
    void aModelTheRuntimeRejectsGivesItsReason() {
        ModelProto m = TestModels.convChain(13);
        m.graph().nodes().get(0).opType("NoSuchOperator");
        QuantizationException e = assertThrows(QuantizationException.class, () -> GraphOptimizer.optimize(m, GraphOptimizer.Level.BASIC));
        assertTrue(e.getMessage().contains("NoSuchOperator"), e.getMessage());
    }
}
