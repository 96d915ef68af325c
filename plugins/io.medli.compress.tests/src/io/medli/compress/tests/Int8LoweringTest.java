package io.medli.compress.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import ai.onnxruntime.OnnxTensor;
import io.medli.compress.Fidelity;
import io.medli.compress.QuantizationPrep;
import io.medli.compress.QuantizedModel;
import io.medli.compress.StaticQuantizer;
import io.medli.compress.calibrate.TensorTap;
import io.medli.compress.data.CalibrationData;
import io.medli.onnx.progress.Monitor;
import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.Dimension;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.TypeProto;
import io.medli.onnx.proto.ValueInfo;
import io.medli.runtime.ModelRunner;
import io.medli.runtime.NodeTiming;
import io.medli.runtime.RunOptions;

/** HardSwish and stride-sized ConvTranspose rewritten so that ONNX Runtime runs them on 8-bit values. */
class Int8LoweringTest {
    private static final long[] INPUT = { 1, 4, 6, 6 };

    /**
     * A DB-style head: x -> 1x1 Conv -> HardSwish -> ConvTranspose(k2 s2) -> Add(bias) -> BatchNormalization
     * -> Relu -> ConvTranspose(k2 s2, bias) -> Sigmoid, opset 14.
     */
    static ModelProto upsamplingHead() {
        GraphProto g = new GraphProto().name("db-head");
        g.inputs().add(new ValueInfo("x", type(INPUT)));
        TestModels.conv(g, "c1", "x", "h", 4, 8, 0.4f);
        g.nodes().add(new NodeProto("HardSwish", "hs", List.of("h"), List.of("a")));
        g.initializers().add(TestModels.floats("ct1_W", smooth(8 * 6 * 4, 0.2f, 0.5f), 8, 6, 2, 2));
        g.nodes().add(transpose("ct1", List.of("a", "ct1_W"), "u"));
        g.initializers().add(TestModels.floats("ct1_bias", smooth(6, 1.3f, 0.3f), 1, 6, 1, 1));
        g.nodes().add(new NodeProto("Add", "bias1", List.of("u", "ct1_bias"), List.of("ub")));
        g.initializers().add(TestModels.floats("bn_scale", new float[] { 1.2f, 0.8f, 1f, 0.5f, 1.5f, 0.9f }, 6));
        g.initializers().add(TestModels.floats("bn_bias", new float[] { 0.1f, -0.2f, 0.3f, 0f, 0.05f, -0.1f }, 6));
        g.initializers().add(TestModels.floats("bn_mean", new float[] { 0.3f, 0.1f, -0.2f, 0.4f, 0f, 0.2f }, 6));
        g.initializers().add(TestModels.floats("bn_var", new float[] { 0.5f, 1.1f, 0.9f, 0.3f, 2f, 0.7f }, 6));
        g.nodes().add(new NodeProto("BatchNormalization", "bn", List.of("ub", "bn_scale", "bn_bias", "bn_mean", "bn_var"), List.of("n")));
        g.nodes().add(new NodeProto("Relu", "relu", List.of("n"), List.of("r")));
        g.initializers().add(TestModels.floats("ct2_W", smooth(6 * 4, 2.1f, 0.7f), 6, 1, 2, 2));
        g.initializers().add(TestModels.floats("ct2_B", new float[] { -0.3f }, 1));
        g.nodes().add(transpose("ct2", List.of("r", "ct2_W", "ct2_B"), "logit"));
        g.nodes().add(new NodeProto("Sigmoid", "sigmoid", List.of("logit"), List.of("out")));
        g.outputs().add(new ValueInfo("out", type(1, 1, 24, 24)));
        return TestModels.model(g, 14);
    }

    @Test
    void preparingAPreparedModelChangesNothing() throws Exception {
        // x -> Conv -> HardSwish -> out: no convolution after it takes the 1/6, so a Mul by 1/6 stays
        GraphProto g = new GraphProto().name("hs-out");
        g.inputs().add(new ValueInfo("x", type(INPUT)));
        TestModels.conv(g, "c1", "x", "h", 4, 8, 0.4f);
        g.nodes().add(new NodeProto("HardSwish", "hs", List.of("h"), List.of("out")));
        g.outputs().add(new ValueInfo("out", type(1, 8, 6, 6)));
        ModelProto once = QuantizationPrep.prepare(TestModels.model(g, 14)).model();
        QuantizationPrep.Prepared twice = QuantizationPrep.prepare(once);
        // the same nodes and tensor names: a --prepared-out model quantized again keeps the names training matches on
        assertEquals(names(once), names(twice.model()));
        assertTrue(names(once).contains("Mul out_sixth [out_times6, hardswish_sixth] -> [out]"), names(once).toString());
    }

    private static List<String> names(ModelProto m) {
        return m.graph().nodes().stream().map(n -> n.opType() + " " + n.name() + " " + n.inputs() + " -> " + n.outputs()).toList();
    }

    @Test
    void upsamplingAndHardSwishRunOnEightBitValues() throws Exception {
        ModelProto model = upsamplingHead();
        QuantizationPrep.Prepared p = QuantizationPrep.prepare(model);
        assertTrue(p.notes().contains("rewritten for int8 kernels: 1 HardSwish as Add, Clip and Mul (their 1/6 folded into the "
                + "convolutions after them), 2 ConvTranspose as 1x1 Conv and DepthToSpace"), p.notes().toString());
        Map<String, Integer> ops = new TreeMap<>();
        for (NodeProto n : p.model().graph().nodes()) ops.merge(n.opType(), 1, Integer::sum);
        // both upsamplings in one DepthToSpace of blocksize 4 at the end; batch norm and bias inside the first 1x1 Conv
        assertEquals(Map.of("Add", 1, "Clip", 1, "Conv", 3, "DepthToSpace", 1, "Mul", 1, "Relu", 1, "Sigmoid", 1), ops);
        NodeProto d2s = p.model().graph().nodes().stream().filter(n -> n.opType().equals("DepthToSpace")).findFirst().orElseThrow();
        assertEquals(4, d2s.intAttr("blocksize", 0));
        for (float range : new float[] { 1, 4, 9 }) {
            CalibrationData data = TestModels.samples("x", INPUT, 2, range);
            float[] want = output(model, data, "basic"), got = output(p.model(), data, "basic");
            for (int i = 0; i < want.length; i++) assertEquals(want[i], got[i], 1e-5, "output " + i + " at range " + range);
        }

        CalibrationData data = TestModels.samples("x", INPUT, 4, 4f);
        QuantizedModel q = StaticQuantizer.quantize(p.model(), data, StaticQuantizer.Options.defaults(), Monitor.NONE);
        Set<String> kernels = new java.util.TreeSet<>();
        try (ModelRunner r = ModelRunner.open(q.model(), RunOptions.defaults().withThreads(1))) {
            Map<String, OnnxTensor> feed = r.generateInputs();
            try {
                for (NodeTiming t : r.profile(feed, 2)) kernels.add(t.opType());
            } finally {
                feed.values().forEach(OnnxTensor::close);
            }
        }
        // what the rewrite is for: no float kernel between the 8-bit ones but the final Sigmoid
        assertTrue(kernels.containsAll(Set.of("QLinearConv", "QLinearAdd", "QLinearMul")), kernels.toString());
        for (String floatKernel : List.of("HardSigmoid", "HardSwish", "ConvTranspose", "BatchNormalization", "Mul", "Add", "Conv", "FusedConv")) {
            assertTrue(!kernels.contains(floatKernel), floatKernel + " runs in float: " + kernels);
        }
        double sqnr = Fidelity.sqnr(output(model, data, "all"), output(q.model(), data, "all"));
        assertTrue(sqnr > 25, "SQNR " + sqnr);
    }

    private static NodeProto transpose(String name, List<String> inputs, String out) {
        NodeProto n = new NodeProto("ConvTranspose", name, inputs, List.of(out));
        n.attributes().add(AttributeProto.ofInts("strides", 2, 2));
        n.attributes().add(AttributeProto.ofInts("kernel_shape", 2, 2));
        return n;
    }

    private static float[] smooth(int n, float seed, float amplitude) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) v[i] = (float) Math.sin(seed + i * 1.3) * amplitude;
        return v;
    }

    private static TypeProto type(long... dims) {
        return TypeProto.tensor(DataType.FLOAT, java.util.Arrays.stream(dims).mapToObj(Dimension::of).toList());
    }

    private static float[] output(ModelProto m, CalibrationData data, String level) throws Exception {
        float[][] out = new float[1][];
        try (TensorTap tap = TensorTap.open(m, List.of("out"), 1, level)) {
            tap.run(data.sample(1), (name, shape, values) -> out[0] = values);
        }
        return out[0];
    }
}
