package io.medli.compress.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;

import io.medli.compress.ModelComparison;
import io.medli.onnx.progress.Monitor;
import io.medli.compress.QuantizationException;
import io.medli.compress.data.CalibrationData;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.TensorProto;

class ModelComparisonTest {

    @Test
    void identicalModelsAreExactAndAScaledLayerShowsItsError() throws Exception {
        CalibrationData data = TestModels.samples("x", 2, 3, 2f);
        ModelProto a = TestModels.convChain(13);
        ModelComparison.OutputFidelity same = ModelComparison.fidelity(a, TestModels.convChain(13), data, 1, Monitor.NONE).get(0);
        assertEquals("out", same.output());
        assertEquals(Double.POSITIVE_INFINITY, same.sqnr());
        assertEquals(1.0, same.cosine(), 1e-9);
        assertEquals(0.0, same.maxAbsError());
        assertTrue(Double.isNaN(same.top1Agreement()), "no classes in a [1,2,4,4] output");

        // c2's weights 10% larger: out = z + x changes by 10% of z
        ModelProto b = TestModels.convChain(13);
        TensorProto w = Float16ConverterTest.initializers(b).get("c2_W");
        float[] v = TestModels.read(w);
        for (int i = 0; i < v.length; i++) v[i] *= 1.1f;
        b.graph().initializers().set(b.graph().initializers().indexOf(w), TestModels.floats("c2_W", v, 2, 3, 1, 1));
        ModelComparison.OutputFidelity off = ModelComparison.fidelity(a, b, data, 1, Monitor.NONE).get(0);
        assertTrue(off.sqnr() > 10 && off.sqnr() < 40, "finite error: " + off);
        assertTrue(off.maxAbsError() > 0 && off.cosine() < 1);
        assertTrue(Double.isNaN(off.maskIoU()), "no mask without a threshold");

        // the masks above a threshold: their overlap computed here from both models' outputs
        long both = 0, either = 0;
        double[] each = new double[data.size()];
        try (var ta = io.medli.compress.calibrate.TensorTap.open(a, java.util.List.of("out"), 1, "all");
                var tb = io.medli.compress.calibrate.TensorTap.open(b, java.util.List.of("out"), 1, "all")) {
            for (int i = 0; i < data.size(); i++) {
                float[][] o = new float[2][];
                ta.run(data.sample(i), (n, sh, values) -> o[0] = values);
                tb.run(data.sample(i), (n, sh, values) -> o[1] = values);
                each[i] = io.medli.compress.Fidelity.sqnr(o[0], o[1]);
                for (int j = 0; j < o[0].length; j++) {
                    if (o[0][j] > 1.5 && o[1][j] > 1.5) both++;
                    if (o[0][j] > 1.5 || o[1][j] > 1.5) either++;
                }
            }
        }
        assertTrue(both > 0 && both < either, "the threshold cuts both masks differently: " + both + " of " + either);
        // each sample's own SQNR, by name; the pooled figure lies between the lowest and the highest
        assertEquals(data.size(), off.samples().size());
        double low = Double.MAX_VALUE, high = -Double.MAX_VALUE;
        for (int i = 0; i < data.size(); i++) {
            assertEquals(data.sampleName(i), off.samples().get(i).sample());
            assertEquals(each[i], off.samples().get(i).sqnr(), 1e-9);
            low = Math.min(low, each[i]);
            high = Math.max(high, each[i]);
        }
        assertTrue(low < high && off.sqnr() >= low && off.sqnr() <= high, low + " <= " + off.sqnr() + " <= " + high);
        ModelComparison.OutputFidelity masked = ModelComparison.fidelity(a, b, data, 1, java.util.List.of(), 1.5, Monitor.NONE).get(0);
        assertEquals((double) both / either, masked.maskIoU(), 1e-12);
        assertEquals(1.0, ModelComparison.fidelity(a, TestModels.convChain(13), data, 1, java.util.List.of(), 1.5, Monitor.NONE).get(0).maskIoU());
    }

    @Test
    void modelsWithoutASharedOutputAreRefused() {
        ModelProto b = TestModels.convChain(13);
        b.graph().outputs().get(0).name("renamed");
        b.graph().nodes().get(b.graph().nodes().size() - 1).outputs().set(0, "renamed");
        QuantizationException e = assertThrows(QuantizationException.class, () -> ModelComparison.fidelity(TestModels.convChain(13), b,
                TestModels.samples("x", 2, 1, 1f), 1, Monitor.NONE));
        assertTrue(e.getMessage().contains("share no output name") && e.getMessage().contains("renamed"), e.getMessage());
    }

    @Test
    void aSampleWhereTheReferenceIsSilentGetsNoSqnrOfItsOwn() throws Exception {
        long[] shape = { 1, 2, 4, 4 };
        CalibrationData loud = TestModels.samples("x", shape, 3, 2f);
        // the third sample 1e-4 as large: 80 dB below the others, though not zero
        CalibrationData data = TestModels.data("x", shape, 3, "two loud, one silent", i -> {
            try {
                float[] v = loud.sample(i).get("x").floats().clone();
                if (i == 2) for (int j = 0; j < v.length; j++) v[j] *= 1e-4f;
                return v;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        ModelComparison.OutputFidelity f = ModelComparison.fidelity(scale(1f), scale(1.01f), data, 1, Monitor.NONE).get(0);
        assertEquals(40.0, f.sqnr(), 0.01); // a 1 % gain error
        assertEquals(java.util.List.of("sample 0", "sample 1"), f.samples().stream().map(ModelComparison.SampleSqnr::sample).toList());
        for (ModelComparison.SampleSqnr s : f.samples()) assertEquals(40.0, s.sqnr(), 0.01);
    }

    /** y = x * k, x [1,2,4,4]. */
    private static ModelProto scale(float k) {
        io.medli.onnx.proto.GraphProto g = new io.medli.onnx.proto.GraphProto().name("scale");
        io.medli.onnx.proto.TypeProto t = io.medli.onnx.proto.TypeProto.tensor(io.medli.onnx.proto.DataType.FLOAT,
                java.util.Arrays.stream(new long[] { 1, 2, 4, 4 }).mapToObj(io.medli.onnx.proto.Dimension::of).toList());
        g.inputs().add(new io.medli.onnx.proto.ValueInfo("x", t));
        g.initializers().add(TestModels.floats("k", new float[] { k }));
        g.nodes().add(new io.medli.onnx.proto.NodeProto("Mul", "mul", java.util.List.of("x", "k"), java.util.List.of("out")));
        g.outputs().add(new io.medli.onnx.proto.ValueInfo("out", t));
        return TestModels.model(g, 13);
    }
}
