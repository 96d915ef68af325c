package io.medli.compress.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.medli.compress.QuantizationDebugger;
import io.medli.compress.QuantizationSensitivity;
import io.medli.compress.StaticQuantizer;
import io.medli.compress.data.CalibrationData;
import io.medli.onnx.progress.Monitor;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.Dimension;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.TypeProto;
import io.medli.onnx.proto.ValueInfo;

/** Mixed precision that first leaves in float the nodes whose int8 alone breaks the budget. */
class QuantizationSensitivityTest {
    private static final long[] INPUT = { 1, 3, 8, 8 };

    /**
     * x -> c1 (1x1, 3->4) -> Add of a constant that is 0 but for one pixel of 300 -> c2 (1x1, 4->4)
     * -> Relu -> c3 (1x1, 4->2) -> out. One scale for the Add's output must span 300, so rounding
     * it - in the Add, or as c2's input - costs the output far more than c1 or c3 do.
     */
    static ModelProto spike() {
        GraphProto g = new GraphProto().name("spike");
        g.inputs().add(new ValueInfo("x", TypeProto.tensor(DataType.FLOAT, java.util.Arrays.stream(INPUT).mapToObj(Dimension::of).toList())));
        conv(g, "c1", "x", "h1", 4, 3, 0.5f);
        float[] spike = new float[4 * 64];
        spike[2 * 64 + 27] = 300;
        g.initializers().add(TestModels.floats("spike", spike, 1, 4, 8, 8));
        g.nodes().add(new NodeProto("Add", "add", List.of("h1", "spike"), List.of("h2")));
        conv(g, "c2", "h2", "h3", 4, 4, 0.4f);
        g.nodes().add(new NodeProto("Relu", "relu", List.of("h3"), List.of("h4")));
        conv(g, "c3", "h4", "out", 2, 4, 0.6f);
        g.outputs().add(new ValueInfo("out", TypeProto.tensor(DataType.FLOAT, List.of(Dimension.of(1), Dimension.of(2), Dimension.of(8),
                Dimension.of(8)))));
        return TestModels.model(g, 13);
    }

    private static void conv(GraphProto g, String name, String in, String out, int outs, int ins, float scale) {
        float[] w = new float[outs * ins], b = new float[outs];
        for (int i = 0; i < w.length; i++) w[i] = (float) (scale * Math.sin(1.7 + i * 2.3 + name.hashCode() % 7));
        for (int o = 0; o < outs; o++) b[o] = 0.1f * (o - 1);
        g.initializers().add(TestModels.floats(name + "_W", w, outs, ins, 1, 1));
        g.initializers().add(TestModels.floats(name + "_b", b, outs));
        g.nodes().add(new NodeProto("Conv", name, List.of(in, name + "_W", name + "_b"), List.of(out)));
    }

    @Test
    void theNodesThatAloneBreakTheBudgetStayInFloatAndTheRestInInt8() throws Exception {
        ModelProto model = spike();
        CalibrationData data = data(8);
        StaticQuantizer.Options o = StaticQuantizer.Options.defaults().withThreads(1);
        StaticQuantizer.Calibration c = StaticQuantizer.calibrate(model, data, o, Monitor.NONE);
        List<QuantizationSensitivity.NodeSensitivity> rows = QuantizationSensitivity.measure(model, c, o, data, List.of(), Monitor.NONE);
        System.out.println(rows);
        assertTrue(rows.size() >= 3, rows.toString());
        for (int i = 1; i < rows.size(); i++) assertTrue(rows.get(i - 1).outputSqnr() <= rows.get(i).outputSqnr(), rows.toString());
        // the spike's rounding costs the most; c1 and c3 alone keep the output
        assertTrue(Set.of("add", "c2").contains(rows.get(0).node()), rows.toString());
        // a node alone in int8 is measured with every other node in float with float weights, whatever the search keeps
        assertEquals(rows, QuantizationSensitivity.measure(model, c, o.withInt8WeightsInFloat(true), data, List.of(), Monitor.NONE));
        double c1 = rows.stream().filter(r -> r.node().equals("c1")).findFirst().orElseThrow().outputSqnr();
        double worst = rows.get(0).outputSqnr();
        assertTrue(c1 > worst + 10, "c1 " + c1 + " dB, worst " + worst + " dB");

        double budget = Math.min(c1, rows.stream().filter(r -> r.node().equals("c3")).findFirst().orElseThrow().outputSqnr()) - 6;
        QuantizationDebugger.BudgetResult r = QuantizationSensitivity.meetBudget(model, c, o, data, budget, List.of(), Monitor.NONE);
        assertTrue(r.met(), r.outputSqnr() + " dB against " + budget);
        assertEquals(rows.get(0).node(), r.excluded().get(0));
        assertTrue(r.model().report().quantized().contains("c1"), r.model().report().quantized().toString());
        assertTrue(r.model().report().quantized().contains("c3"), r.model().report().quantized().toString());

        // int8 weights in the float nodes: searched with float weights, measured again with int8 ones
        QuantizationDebugger.BudgetResult w = QuantizationSensitivity.meetBudget(model, c, o.withInt8WeightsInFloat(true), data, budget,
                List.of(), Monitor.NONE);
        assertEquals(r.excluded(), w.excluded());
        assertTrue(w.model().report().notes().stream().anyMatch(n -> n.contains("int8 weights, dequantized as they run")), w.model().report().notes().toString());
        assertTrue(w.outputSqnr() < r.outputSqnr(), w.outputSqnr() + " vs " + r.outputSqnr() + " dB: int8 weights add noise");
        assertEquals(w.outputSqnr() >= budget, w.met());
    }

    private static CalibrationData data(int count) {
        return TestModels.data("x", INPUT, count, count + " samples", index -> {
            Random r = new Random(7 + index);
            float[] v = new float[3 * 64];
            for (int i = 0; i < v.length; i++) v[i] = (float) r.nextGaussian();
            return v;
        });
    }
}
