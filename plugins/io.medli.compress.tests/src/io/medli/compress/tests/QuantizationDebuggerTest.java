package io.medli.compress.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.medli.onnx.progress.Monitor;
import io.medli.compress.QuantizationException;
import io.medli.compress.QuantizationDebugger;
import io.medli.compress.QuantizedModel;
import io.medli.compress.StaticQuantizer;
import io.medli.compress.data.CalibrationData;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.TensorProto;

class QuantizationDebuggerTest {

    @Test
    void findsAnInjectedBadLayer() throws Exception {
        ModelProto m = TestModels.deepChain();
        CalibrationData data = TestModels.samples("x", 4, 4, 1f);
        QuantizedModel q = StaticQuantizer.quantize(m, data, StaticQuantizer.Options.defaults(), Monitor.NONE);
        // a layer gone wrong: c3's weights dequantize 40% too large
        TensorProto scale = q.model().graph().initializers().stream().filter(t -> t.name().equals("c3_W_scale")).findFirst().orElseThrow();
        float[] s = TestModels.read(scale);
        for (int i = 0; i < s.length; i++) s[i] *= 1.4f;
        q.model().graph().initializers().set(q.model().graph().initializers().indexOf(scale), TestModels.floats(scale.name(), s, s.length));

        QuantizationDebugger.Comparison c = QuantizationDebugger.compare(m, q.model(), data, 1, Monitor.NONE);
        assertEquals("c3", c.nodes().get(0).node(), "worst node first: " + c.nodes());
        assertTrue(c.nodes().get(0).drop() > 10 && c.nodes().get(0).addedNoise() > 0.05, "c3 loses most SQNR: " + c.nodes().get(0));
        assertTrue(c.outputs().get("h4").sqnr() < 15, "the output suffers: " + c.outputs());
        assertEquals(4, c.samples());
    }

    @Test
    void leavesTheWorstNodesInFloatUntilTheBudgetIsMet() throws Exception {
        ModelProto m = TestModels.deepChain();
        CalibrationData data = TestModels.samples("x", 4, 4, 1f);
        StaticQuantizer.Options o = StaticQuantizer.Options.defaults();
        StaticQuantizer.Calibration cal = StaticQuantizer.calibrate(m, data, o, Monitor.NONE);
        double plain = plainSqnr(m, cal, o, data);
        QuantizationDebugger.BudgetResult r = QuantizationDebugger.meetBudget(m, cal, o, data, plain + 6, List.of(), 8, Monitor.NONE);
        assertTrue(r.met(), "budget " + (plain + 6) + " dB reached: " + r.outputSqnr() + " excluding " + r.excluded());
        assertTrue(!r.excluded().isEmpty() && r.outputSqnr() >= plain + 6);
        for (String n : r.excluded()) {
            assertTrue(r.model().report().keptInFloat().contains("Conv '" + n + "': excluded by name"), r.model().report().keptInFloat().toString());
        }
    }

    @Test
    void quantizesTheHeaviestNodesThatKeepTheBudget() throws Exception {
        ModelProto m = TestModels.deepChain();
        CalibrationData data = TestModels.samples("x", 4, 4, 1f);
        StaticQuantizer.Options o = StaticQuantizer.Options.defaults();
        StaticQuantizer.Calibration cal = StaticQuantizer.calibrate(m, data, o, Monitor.NONE);
        double plain = plainSqnr(m, cal, o, data);
        QuantizationDebugger.BudgetResult r = QuantizationDebugger.quantizeHeaviestFirst(m, cal, o, data, plain + 6, List.of(),
                Monitor.NONE);
        assertTrue(r.met() && r.outputSqnr() >= plain + 6, "budget " + (plain + 6) + " dB: " + r.outputSqnr());
        assertTrue(!r.excluded().isEmpty() && r.excluded().size() < 4, "some but not all convolutions in float: " + r.excluded());
        for (String n : List.of("c1", "c2", "c3", "c4")) {
            boolean inFloat = r.excluded().contains(n);
            assertEquals(inFloat, r.model().report().keptInFloat().contains("Conv '" + n + "': not in the include list"),
                    n + ": " + r.model().report().keptInFloat());
        }
        double measured = QuantizationDebugger.compare(m, r.model().model(), data, 1, Monitor.NONE).worstOutputSqnr(List.of());
        assertTrue(measured > plain + 3, "the saved model is the one that met the budget: " + measured + " vs plain " + plain);

        QuantizationException e = assertThrows(QuantizationException.class,
                () -> QuantizationDebugger.quantizeHeaviestFirst(m, cal, o, data, 200, List.of(), Monitor.NONE));
        assertTrue(e.getMessage().contains("200"), e.getMessage());
    }

    @Test
    void leavesInFloatANodeWhoseBordersCostMoreThanItsKernelSaves() throws Exception {
        ModelProto m = TestModels.wideningEnd();
        CalibrationData data = TestModels.samples("x", new long[] { 1, 128, 8, 8 }, 4, 1f);
        StaticQuantizer.Options o = StaticQuantizer.Options.defaults();
        StaticQuantizer.Calibration cal = StaticQuantizer.calibrate(m, data, o, Monitor.NONE);
        QuantizationDebugger.BudgetResult r = QuantizationDebugger.quantizeHeaviestFirst(m, cal, o, data, 10, List.of(), Monitor.NONE);
        // c3 (65 k MACs) keeps the budget in int8, but the float Sigmoid would read its 8,192 values through a dequantization
        assertEquals(List.of("c3"), r.excluded(), "only c3 in float");
        assertTrue(r.model().report().keptInFloat().contains("Conv 'c3': not in the include list"), r.model().report().keptInFloat().toString());
        assertTrue(r.model().report().quantized().containsAll(List.of("c1", "c2")), r.model().report().quantized().toString());
        assertTrue(r.met() && r.outputSqnr() >= 10, "measured again after c3 went back to float: " + r.outputSqnr());
    }

    /** The worst output SQNR of {@code m} with every node quantized. */
    private static double plainSqnr(ModelProto m, StaticQuantizer.Calibration cal, StaticQuantizer.Options o, CalibrationData data)
            throws Exception {
        return QuantizationDebugger.compare(m, StaticQuantizer.quantize(m, cal, o).model(), data, 1, Monitor.NONE)
                .worstOutputSqnr(List.of());
    }
}
