package io.medli.compress.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.medli.compress.Fidelity;
import io.medli.onnx.progress.Monitor;
import io.medli.compress.QuantParams;
import io.medli.compress.QuantizationException;
import io.medli.compress.QuantizedModel;
import io.medli.compress.StaticQuantizer;
import io.medli.compress.calibrate.TensorTap;
import io.medli.compress.data.CalibrationData;
import io.medli.onnx.OnnxModel;
import io.medli.onnx.TensorData;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.TensorProto;

class StaticQuantizerTest {

    @Test
    void scaleAndZeroPointByHand() {
        QuantParams u = QuantParams.of(-1, 3, false, false);
        assertEquals(4f / 255, u.scale(), 1e-9f);
        assertEquals(64, u.zeroPoint()); // round(1 / (4/255)) = round(63.75)
        assertEquals(0f, u.dequantize(u.quantize(0f)), "zero is exact");
        QuantParams relu = QuantParams.of(0, 6, true, false);
        assertEquals(-128, relu.zeroPoint(), "an int8 ReLU range starts at the lowest code");
        QuantParams s = QuantParams.of(-2, 1, true, true);
        assertEquals(2f / 127, s.scale(), 1e-9f);
        assertEquals(0, s.zeroPoint());
        assertEquals(128, QuantParams.of(-2, 1, false, true).zeroPoint());
        assertEquals(127, s.quantize(100f), "saturates");
        assertEquals(2, s.quantize(2.5f * s.scale()), "rounds half to even like QuantizeLinear");
        // a tensor that calibration saw only at 0 (a dead ReLU): what the int8 model feeds it stays near 0, not 1
        for (boolean symmetric : new boolean[] { false, true }) {
            QuantParams dead = QuantParams.of(0, 0, false, symmetric);
            assertEquals(0f, dead.dequantize(dead.quantize(0f)));
            assertTrue(Math.abs(dead.dequantize(dead.quantize(0.6f))) < 1e-3, "saturates near 0: " + dead);
        }
    }

    private static Map<String, TensorProto> initializers(ModelProto m) {
        Map<String, TensorProto> out = new HashMap<>();
        for (TensorProto t : m.graph().initializers()) out.put(t.name(), t);
        return out;
    }

    private static NodeProto node(ModelProto m, String op, String outputPrefix) {
        return m.graph().nodes().stream().filter(n -> n.opType().equals(op) && n.outputs().get(0).startsWith(outputPrefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + op + " for " + outputPrefix));
    }

    @Test
    void qdqGraphWithCalibratedRangesPerChannelWeightsAndInt32Bias() throws Exception {
        ModelProto original = TestModels.convChain(13);
        byte[] before = OnnxModel.of(original).toBytes();
        CalibrationData data = TestModels.samples("x", 2, 4, 2f);
        QuantizedModel q = StaticQuantizer.quantize(original, data, StaticQuantizer.Options.defaults(), Monitor.NONE);
        ModelProto m = q.model();
        List<String> ops = m.graph().nodes().stream().map(NodeProto::opType).toList();
        assertFalse(ops.contains("Relu"), "the ReLU is folded into the range of c1's output: " + ops);
        assertEquals(3, ops.stream().filter(o -> o.equals("QuantizeLinear")).count(), "x, y1 and z are quantized: " + ops);
        Map<String, TensorProto> init = initializers(m);

        // x spans exactly [0, 2]: uint8 scale 2/255, zero point 0
        float sx = TestModels.read(init.get("x_scale"))[0];
        assertEquals(2f / 255, sx, 1e-9f);
        assertEquals(0, TensorData.bytes(init.get("x_zero_point")).get(0));

        // c1's weights: int8 per output channel (axis 0), scale = max|w| / 127 (63 where the CPU's int8 kernels saturate)
        float[] w = TestModels.read(original.graph().initializers().stream().filter(t -> t.name().equals("c1_W")).findFirst().orElseThrow());
        TensorProto wq = init.get("c1_W_quantized");
        assertEquals(DataType.INT8, wq.dataType());
        assertArrayEquals(new long[] { 3, 2, 1, 1 }, wq.dims());
        float[] ws = TestModels.read(init.get("c1_W_scale"));
        for (int c = 0; c < 3; c++) assertEquals(Math.max(Math.abs(w[2 * c]), Math.abs(w[2 * c + 1])) / io.medli.compress.Int8Kernels.weightMax(), ws[c], 1e-7f);
        assertEquals(0, node(m, "DequantizeLinear", "c1_W").intAttr("axis", -1));
        byte[] codes = new byte[6];
        TensorData.bytes(wq).get(codes);
        for (int i = 0; i < 6; i++) assertEquals(Math.rint(w[i] / ws[i / 2]), codes[i], 0.0, "weight code " + i);

        // c1's bias: int32 with scale sx * sw
        TensorProto bq = init.get("c1_b_quantized");
        assertEquals(DataType.INT32, bq.dataType());
        ByteBuffer bb = TensorData.bytes(bq).order(ByteOrder.LITTLE_ENDIAN);
        float[] bias = { -0.1f, 0f, 0.1f };
        for (int c = 0; c < 3; c++) assertEquals(Math.rint(bias[c] / ((double) (sx * ws[c]))), bb.getInt(c * 4), 0.0, "bias code " + c);

        // the folded ReLU's output y1 is non-negative: its range starts at zero
        assertEquals(0, TensorData.bytes(init.get("y1_zero_point")).get(0));
        assertEquals(List.of("c1", "r1 (folded into the range of 'c1')", "c2", "add"), q.report().quantized());
        assertTrue(q.report().notes().get(0).contains("4 test samples"), q.report().notes().toString());
        assertArrayEquals(before, OnnxModel.of(original).toBytes(), "the input model is not modified");

        // ONNX Runtime runs it (fused integer kernels at "all") and stays close to the float model
        float[] ref = output(original, data), got = output(m, data);
        double sqnr = Fidelity.sqnr(ref, got);
        assertTrue(sqnr > 30, "SQNR " + sqnr);
    }

    private static float[] output(ModelProto m, CalibrationData data) throws Exception {
        float[][] out = new float[1][];
        try (TensorTap tap = TensorTap.open(m, List.of("out"), 1, "all")) {
            tap.run(data.sample(1), (name, shape, values) -> out[0] = values);
        }
        return out[0];
    }

    @Test
    void perTensorSymmetricInt8AndExclusions() throws Exception {
        CalibrationData data = TestModels.samples("x", 2, 3, 2f);
        StaticQuantizer.Options o = StaticQuantizer.Options.defaults().withPerChannel(false).withSymmetricActivations(true)
                .withActivations(StaticQuantizer.ActivationType.INT8).withExclude(Set.of("c2"), Set.of("Add"));
        QuantizedModel q = StaticQuantizer.quantize(TestModels.convChain(13), data, o, Monitor.NONE);
        ModelProto m = q.model();
        Map<String, TensorProto> init = initializers(m);
        assertEquals(1, TestModels.read(init.get("c1_W_scale")).length, "one weight scale");
        assertEquals(-1, node(m, "DequantizeLinear", "c1_W").intAttr("axis", -1), "no axis per tensor");
        assertEquals(DataType.INT8, init.get("x_zero_point").dataType());
        assertEquals(0, TensorData.bytes(init.get("x_zero_point")).get(0), "symmetric: zero point 0");
        assertEquals(2f / 127, TestModels.read(init.get("x_scale"))[0], 1e-9f);
        assertTrue(m.graph().nodes().stream().anyMatch(n -> n.opType().equals("Relu")), "a symmetric range cannot replace the ReLU");
        assertTrue(init.containsKey("c2_W"), "c2 keeps its float weights");
        assertTrue(q.report().keptInFloat().contains("Conv 'c2': excluded by name"), q.report().keptInFloat().toString());
        assertTrue(q.report().keptInFloat().contains("Add 'add': excluded by operator type"), q.report().keptInFloat().toString());
        assertTrue(Fidelity.sqnr(output(TestModels.convChain(13), data), output(m, data)) > 25);
    }

    @Test
    void nodesLeftInFloatCanStoreInt8Weights() throws Exception {
        CalibrationData data = TestModels.samples("x", 2, 3, 2f);
        StaticQuantizer.Options o = StaticQuantizer.Options.defaults().withExclude(Set.of("c2"), Set.of());
        ModelProto floatC2 = StaticQuantizer.quantize(TestModels.convChain(13), data, o, Monitor.NONE).model();
        QuantizedModel q = StaticQuantizer.quantize(TestModels.convChain(13), data, o.withInt8WeightsInFloat(true), Monitor.NONE);
        Map<String, TensorProto> init = initializers(q.model());
        assertEquals(DataType.INT8, init.get("c2_W_quantized").dataType(), "c2's weights are stored in int8");
        assertTrue(init.containsKey("c2_b") && !init.containsKey("c2_b_quantized"), "its bias stays float: its input is not quantized");
        NodeProto c2 = q.model().graph().nodes().stream().filter(n -> n.name().equals("c2")).findFirst().orElseThrow();
        assertEquals("c2_W_dequantized", c2.input(1));
        assertTrue(q.report().keptInFloat().contains("Conv 'c2': excluded by name"), q.report().keptInFloat().toString());
        assertTrue(q.report().notes().contains("1 node left in float stores int8 weights, dequantized as they run"), q.report().notes().toString());
        assertTrue(q.report().weightBytesAfter() < StaticQuantizer.quantize(TestModels.convChain(13), data, o, Monitor.NONE).report()
                .weightBytesAfter());
        assertTrue(Fidelity.sqnr(output(floatC2, data), output(q.model(), data)) > 30, "int8 weights cost little");
    }

    @Test
    void constantNodeWeightsAndBatchNormAreQuantizedAfterPreparation() throws Exception {
        ModelProto model = TestModels.constantWeights();
        CalibrationData data = TestModels.samples("x", 2, 4, 2f);
        QuantizedModel raw = StaticQuantizer.quantize(model, data, StaticQuantizer.Options.defaults(), Monitor.NONE);
        assertFalse(raw.report().quantized().contains("c1") || raw.report().quantized().contains("c2"),
                "unprepared, the Constant-node weights are not seen as weights: " + raw.report().quantized());

        io.medli.compress.QuantizationPrep.Prepared p = io.medli.compress.QuantizationPrep.prepare(model);
        assertEquals("prepared by ONNX Runtime's basic optimizations: 1 BatchNormalization folded into convolutions, 2 Constant nodes made "
                + "initializers", p.notes().get(0));
        assertTrue(p.model().graph().nodes().stream().noneMatch(n -> n.opType().equals("BatchNormalization") || n.opType().equals("Constant")));
        QuantizedModel q = StaticQuantizer.quantize(p.model(), data, StaticQuantizer.Options.defaults(), Monitor.NONE);
        assertTrue(q.report().quantized().containsAll(List.of("c1", "c2")), q.report().quantized().toString());
        float[] want = output(model, data), got = output(q.model(), data);
        assertTrue(Fidelity.sqnr(want, got) > 25, "SQNR " + Fidelity.sqnr(want, got));
        assertEquals(0, model.graph().initializers().stream().filter(t -> t.name().equals("w1")).count(), "the input model is not modified");
    }

    @Test
    void scalesShiftsAndWrittenOutHardSwishesFoldAway() throws Exception {
        ModelProto model = TestModels.affineBlocks();
        io.medli.compress.QuantizationPrep.Prepared p = io.medli.compress.QuantizationPrep.prepare(model);
        assertTrue(p.notes().contains("opset raised from 11 to 14 for HardSwish"), p.notes().toString());
        assertTrue(p.notes().contains("fewer activations to round: 4 constant scales and shifts folded into the convolution before them, "
                + "3 into the convolutions after them, 2 written-out hard-swishes made HardSwish"), p.notes().toString());
        Map<String, Integer> ops = new java.util.TreeMap<>();
        for (NodeProto n : p.model().graph().nodes()) ops.merge(n.opType(), 1, Integer::sum);
        assertTrue(p.notes().contains("rewritten for int8 kernels: 2 HardSwish as Add, Clip and Mul (their 1/6 folded into the "
                + "convolutions after them)"), p.notes().toString());
        // the shift before the padded depthwise convolution stays (padding would not see it in the bias); each hard-swish is
        // x * Clip(x + 3, 0, 6), its 1/6 in the convolution after it
        assertEquals(Map.of("Add", 3, "Clip", 2, "Conv", 3, "Mul", 2), ops);
        for (int s = 0; s < 3; s++) {
            CalibrationData data = TestModels.samples("x", 2, 3, 2f + 3 * s);
            float[] want = output(model, data), got = output(p.model(), data);
            for (int i = 0; i < want.length; i++) assertEquals(want[i], got[i], 1e-4 * (1 + Math.abs(want[i])), "output " + i);
        }
        CalibrationData data = TestModels.samples("x", 2, 4, 4f);
        QuantizedModel folded = StaticQuantizer.quantize(p.model(), data, StaticQuantizer.Options.defaults(), Monitor.NONE);
        QuantizedModel raw = StaticQuantizer.quantize(model, data, StaticQuantizer.Options.defaults(), Monitor.NONE);
        // what the folding is for: fewer tensors rounded to 8 bits (the SQNR of so small a model moves either way with the data)
        long roundedFolded = folded.model().graph().nodes().stream().filter(n -> n.opType().equals("QuantizeLinear")).count();
        long roundedRaw = raw.model().graph().nodes().stream().filter(n -> n.opType().equals("QuantizeLinear")).count();
        assertTrue(roundedFolded < roundedRaw, roundedFolded + " roundings folded, " + roundedRaw + " written out");
        // measured 30.8 to 49 dB over data ranges 1 to 12
        double a = Fidelity.sqnr(output(model, data), output(folded.model(), data));
        assertTrue(a > 25, "the folded int8 model keeps its output: " + a + " dB");
    }

    @Test
    void bothSidesOfAComparisonSeeTheSameValues() throws Exception {
        ModelProto model = TestModels.peakMask();
        CalibrationData data = TestModels.samples("x", 2, 4, 3f);
        QuantizedModel q = StaticQuantizer.quantize(model, data, StaticQuantizer.Options.defaults(), Monitor.NONE);
        ModelProto m = q.model();
        NodeProto eq = m.graph().nodes().stream().filter(n -> n.opType().equals("Equal")).findFirst().orElseThrow();
        assertEquals(List.of("m", "r"), eq.inputs(), "the peak test compares the float values");
        assertTrue(node(m, "Mul", "out").inputs().stream().allMatch(i -> i.endsWith("_dequantized")), "the int8 Mul reads quantized values");
        assertTrue(q.report().keptInFloat().contains("Equal 'eq': compares float values, as quantizing one side only would change what it "
                + "finds"), q.report().keptInFloat().toString());
        float[] want = output(model, data), got = output(m, data);
        int peaks = 0;
        for (float v : want) if (v != 0) peaks++;
        assertTrue(peaks > 0 && peaks < want.length, "the test data has peaks and non-peaks: " + peaks);
        for (int i = 0; i < want.length; i++) assertEquals(want[i] != 0, got[i] != 0, "the same peaks at " + i);
        assertTrue(Fidelity.sqnr(want, got) > 25, "SQNR " + Fidelity.sqnr(want, got));
    }

    @Test
    void anIncludeListCanTakeTheOperatorsBetweenItsNodes() throws Exception {
        ModelProto m = TestModels.branches();
        CalibrationData data = TestModels.samples("x", 2, 3, 2f);
        StaticQuantizer.Options all = StaticQuantizer.Options.defaults().withInclude(Set.of("c1", "c2", "c3"));
        StaticQuantizer.Calibration cal = StaticQuantizer.calibrate(m, data, StaticQuantizer.Options.defaults(), Monitor.NONE);

        QuantizedModel exact = StaticQuantizer.quantize(m, cal, all);
        assertTrue(exact.report().keptInFloat().contains("Add 'add': not in the include list"), exact.report().keptInFloat().toString());

        QuantizedModel connected = StaticQuantizer.quantize(m, cal, all.withIncludeConnecting(true));
        assertTrue(connected.report().quantized().contains("add"), connected.report().quantized().toString());
        assertFalse(connected.report().keptInFloat().stream().anyMatch(k -> k.startsWith("Add")));
        assertTrue(connected.model().graph().nodes().stream().anyMatch(n -> n.opType().equals("QuantizeLinear") && n.input(0).equals("s")),
                "the sum is quantized for c3");
        assertTrue(Fidelity.sqnr(output(m, data), output(connected.model(), data)) > 25);

        // c3 in float reads the sum: an int8 Add would only add a dequantization
        QuantizedModel noReader = StaticQuantizer.quantize(m, cal, all.withInclude(Set.of("c1", "c2")).withIncludeConnecting(true));
        assertTrue(noReader.report().keptInFloat().contains("Add 'add': not in the include list"), noReader.report().keptInFloat().toString());
        // h2 from a float c2: the Add has an input that is not quantized
        QuantizedModel floatInput = StaticQuantizer.quantize(m, cal, all.withInclude(Set.of("c1", "c3")).withIncludeConnecting(true));
        assertTrue(floatInput.report().keptInFloat().contains("Add 'add': not in the include list"),
                floatInput.report().keptInFloat().toString());
    }

    @Test
    void oneCalibrationServesAQuantizationThatKeepsTheReluUnfolded() throws Exception {
        ModelProto model = TestModels.convChain(13);
        CalibrationData data = TestModels.samples("x", 2, 3, 2f);
        StaticQuantizer.Calibration cal = StaticQuantizer.calibrate(model, data, StaticQuantizer.Options.defaults(), Monitor.NONE);
        // with r1 excluded, c1's output before the ReLU becomes a quantized tensor of its own
        ModelProto m = StaticQuantizer.quantize(model, cal, StaticQuantizer.Options.defaults().withExclude(Set.of("r1"), Set.of()))
                .model();
        assertTrue(initializers(m).containsKey("h1_scale"), "h1 has its own range: " + initializers(m).keySet());
        assertTrue(m.graph().nodes().stream().anyMatch(n -> n.opType().equals("Relu")), "the ReLU stays");
        assertTrue(Fidelity.sqnr(output(model, data), output(m, data)) > 25);
    }

    @Test
    void opsetElevenIsRaisedForPerChannelWeightsAndOldOpsetsAreRefused() throws Exception {
        CalibrationData data = TestModels.samples("x", 2, 2, 1f);
        QuantizedModel q = StaticQuantizer.quantize(TestModels.convChain(11), data, StaticQuantizer.Options.defaults(), Monitor.NONE);
        assertEquals(13, q.model().defaultOpset());
        assertTrue(q.report().notes().stream().anyMatch(n -> n.contains("opset raised from 11 to 13")), q.report().notes().toString());
        assertEquals(10, StaticQuantizer.quantize(TestModels.convChain(10), data,
                StaticQuantizer.Options.defaults().withPerChannel(false), Monitor.NONE).model().defaultOpset());
        QuantizationException e = assertThrows(QuantizationException.class,
                () -> StaticQuantizer.quantize(TestModels.convChain(9), data, StaticQuantizer.Options.defaults(), Monitor.NONE));
        assertTrue(e.getMessage().contains("opset 10 or newer"), e.getMessage());
    }

    @Test
    void randomCalibrationIsFlaggedInTheReport() throws Exception {
        ModelProto m = TestModels.convChain(13);
        QuantizedModel q = StaticQuantizer.quantize(m, io.medli.compress.data.RandomData.of(m, 2, 7, Map.of()),
                StaticQuantizer.Options.defaults(), Monitor.NONE);
        assertTrue(q.report().notes().stream().anyMatch(n -> n.startsWith("WARNING: calibrated on random data")),
                q.report().notes().toString());
    }

    @Test
    void cancellingStopsCalibration() {
        Monitor cancelled = new Monitor() {
            @Override
            public void progress(String task, int done, int total) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThrows(java.util.concurrent.CancellationException.class, () -> StaticQuantizer.quantize(TestModels.convChain(13),
                TestModels.samples("x", 2, 2, 1f), StaticQuantizer.Options.defaults(), cancelled));
    }

    /**
     * Logits spanning about -70..+65, read only by a Sigmoid: one int8 grid over all of them puts
     * 0.5 between neighbouring values, the sigmoid's window of +-6.2 puts 0.049. Here the weights'
     * and the input's rounding dominate what is left (output SQNR with the whole range against the
     * window: 34.7 -> 36.6 dB with 8-bit weights, 30.4 -> 29.9 dB with 7-bit ones): asserted are
     * the grid and a sane output.
     */
    @Test
    void aTensorReadOnlyByASigmoidGetsTheSigmoidsWindowAsItsRange() throws Exception {
        io.medli.onnx.proto.GraphProto g = new io.medli.onnx.proto.GraphProto().name("logits");
        g.inputs().add(new io.medli.onnx.proto.ValueInfo("x", TestModels.image(3)));
        g.initializers().add(TestModels.floats("W", new float[] { 60, -45, 30 }, 1, 3, 1, 1));
        g.initializers().add(TestModels.floats("B", new float[] { -25 }, 1));
        g.nodes().add(new NodeProto("Conv", "conv", List.of("x", "W", "B"), List.of("logits")));
        g.nodes().add(new NodeProto("Sigmoid", "sigmoid", List.of("logits"), List.of("y")));
        g.outputs().add(new io.medli.onnx.proto.ValueInfo("y", TestModels.image(1)));
        ModelProto model = TestModels.model(g, 13);
        CalibrationData data = TestModels.samples("x", new long[] { 1, 3, 4, 4 }, 8, 1f);
        QuantizedModel q = StaticQuantizer.quantize(model, data, StaticQuantizer.Options.defaults().withThreads(1), Monitor.NONE);
        double sqnr = Fidelity.sqnr(TestModels.tensor(model, data, "y", "all"), TestModels.tensor(q.model(), data, "y", "all"));
        System.out.printf("sigmoid output %.1f dB%n", sqnr);
        float scale = 0;
        for (TensorProto t : q.model().graph().initializers()) {
            if (t.name().equals("logits_scale")) scale = t.rawData().order(ByteOrder.LITTLE_ENDIAN).getFloat(0);
        }
        assertEquals(2 * Math.log(509) / 255, scale, 1e-4, "the logits' scale");
        assertTrue(q.report().notes().stream().anyMatch(n -> n.startsWith("1 tensor read only by Sigmoid")), q.report().notes().toString());
        assertTrue(sqnr > 25, sqnr + " dB");
    }
}
