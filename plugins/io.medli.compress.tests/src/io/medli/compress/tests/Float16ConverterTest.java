package io.medli.compress.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.medli.compress.Fidelity;
import io.medli.compress.Float16Converter;
import io.medli.compress.QuantizedModel;
import io.medli.compress.calibrate.TensorTap;
import io.medli.compress.data.CalibrationData;
import io.medli.onnx.OnnxModel;
import io.medli.onnx.TensorData;
import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.Dimension;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.TensorProto;
import io.medli.onnx.proto.TypeProto;
import io.medli.onnx.proto.ValueInfo;

class Float16ConverterTest {

    @Test
    void weightsBecomeFloat16AndTheModelStillComputesTheSame() throws Exception {
        ModelProto original = TestModels.convChain(13);
        byte[] before = OnnxModel.of(original).toBytes();
        QuantizedModel q = Float16Converter.convert(original, Float16Converter.Options.defaults());
        ModelProto m = q.model();
        Map<String, TensorProto> init = initializers(m);
        assertEquals(DataType.FLOAT16, init.get("c1_W").dataType());
        float[] w = TestModels.read(initializers(original).get("c1_W"));
        short[] h = halves(init.get("c1_W"));
        for (int i = 0; i < w.length; i++) assertEquals(Float.floatToFloat16(w[i]), h[i], "weight " + i + " rounded to float16");
        assertEquals(q.report().weightBytesBefore() / 2, q.report().weightBytesAfter(), "weights halved");
        // the caller's view is unchanged: float32 in and out
        assertEquals(DataType.FLOAT, m.graph().inputs().get(0).type().elemType());
        assertEquals(DataType.FLOAT, m.graph().outputs().get(0).type().elemType());
        assertEquals("out", m.graph().outputs().get(0).name());
        // nodes the CPU runtime lacks in float16 read their float16 weights through a Cast to float32
        for (String kept : q.report().keptInFloat()) {
            if (!kept.startsWith("Conv '")) continue;
            String name = kept.substring(6, kept.indexOf('\''/* end of name */, 6));
            NodeProto conv = node(m, name);
            NodeProto cast = producer(m, conv.input(1));
            assertEquals("Cast", cast.opType(), kept);
            assertEquals(DataType.FLOAT, cast.intAttr("to", 0));
            assertEquals(DataType.FLOAT16, init.get(cast.input(0)).dataType());
        }
        assertArrayEquals(before, OnnxModel.of(original).toBytes(), "the input model is not modified");

        CalibrationData data = TestModels.samples("x", 2, 2, 2f);
        double sqnr = Fidelity.sqnr(output(original, data, "out"), output(m, data, "out"));
        assertTrue(sqnr > 50, "float16 keeps about 11 bits: SQNR " + sqnr);
    }

    @Test
    void float16InputsOnRequestAndKeptNodesKeepFloat32Weights() throws Exception {
        QuantizedModel q = Float16Converter.convert(TestModels.convChain(13),
                Float16Converter.Options.defaults().withKeepIoFloat32(false).withKeep(Set.of("c2"), Set.of()));
        ModelProto m = q.model();
        assertEquals(DataType.FLOAT16, m.graph().inputs().get(0).type().elemType());
        assertEquals(DataType.FLOAT16, m.graph().outputs().get(0).type().elemType());
        assertEquals(DataType.FLOAT, initializers(m).get("c2_W").dataType(), "a node kept by name keeps exact weights");
        assertTrue(q.report().keptInFloat().contains("Conv 'c2': kept by name"), q.report().keptInFloat().toString());
    }

    @Test
    void resizeScalesStayFloat32AndWeightsBeyondFloat16StayFloat32WithTheirNodes() throws Exception {
        GraphProto g = new GraphProto().name("resize");
        g.inputs().add(new ValueInfo("x", TestModels.image(1)));
        g.initializers().add(TestModels.floats("scales", new float[] { 1, 1, 2, 2 }, 4));
        g.initializers().add(TestModels.floats("big", new float[] { 1e6f }, 1));
        g.nodes().add(new NodeProto("Resize", "up", List.of("x", "", "scales"), List.of("y")));
        g.nodes().get(0).attributes().add(AttributeProto.ofString("mode", "nearest"));
        g.nodes().add(new NodeProto("Mul", "scale", List.of("y", "big"), List.of("z")));
        // as in PaddleOCR's detector head: a running variance of 1e7 held in a Constant node (float16 would clamp it to 65504)
        NodeProto variance = new NodeProto("Constant", "", List.of(), List.of("var"));
        variance.attributes().add(AttributeProto.ofTensor("value", TestModels.floats("", new float[] { 4e7f }, 1)));
        g.nodes().add(variance);
        g.initializers().add(TestModels.floats("one", new float[] { 1 }, 1));
        g.initializers().add(TestModels.floats("zero", new float[] { 0 }, 1));
        g.nodes().add(new NodeProto("BatchNormalization", "bn", List.of("z", "one", "zero", "zero", "var"), List.of("out")));
        g.outputs().add(new ValueInfo("out", TypeProto.tensor(DataType.FLOAT,
                List.of(Dimension.of(1), Dimension.of(1), Dimension.of(8), Dimension.of(8)))));
        ModelProto original = TestModels.model(g, 13);
        QuantizedModel q = Float16Converter.convert(original, Float16Converter.Options.defaults());
        Map<String, TensorProto> init = initializers(q.model());
        assertEquals(DataType.FLOAT, init.get("scales").dataType(), "Resize's scales are float32 by the standard");
        assertEquals(DataType.FLOAT, init.get("big").dataType());
        assertEquals(DataType.FLOAT, producer(q.model(), "var").attribute("value").t().dataType());
        List<String> kept = q.report().keptInFloat();
        assertTrue(kept.contains("Mul 'scale': its weights exceed float16's range (+-65504)")
                && kept.contains("BatchNormalization 'bn': its weights exceed float16's range (+-65504)"), kept.toString());
        assertTrue(q.report().notes().stream().noneMatch(n -> n.startsWith("WARNING")), q.report().notes().toString());
        CalibrationData data = TestModels.samples("x", 1, 1, 1f);
        double sqnr = Fidelity.sqnr(output(original, data, "out"), output(q.model(), data, "out"));
        assertTrue(sqnr > 50, "only the input's rounding to float16 remains: SQNR " + sqnr);
    }

    private static short[] halves(TensorProto t) throws Exception {
        ByteBuffer b = TensorData.bytes(t).order(ByteOrder.LITTLE_ENDIAN);
        short[] s = new short[(int) t.elementCount()];
        b.asShortBuffer().get(s);
        return s;
    }

    static Map<String, TensorProto> initializers(ModelProto m) {
        return m.graph().initializers().stream().collect(Collectors.toMap(TensorProto::name, t -> t));
    }

    private static NodeProto node(ModelProto m, String name) {
        return m.graph().nodes().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }

    private static NodeProto producer(ModelProto m, String tensor) {
        return m.graph().nodes().stream().filter(n -> n.outputs().contains(tensor)).findFirst().orElseThrow(() -> new AssertionError(
                "no node writes " + tensor));
    }

    static float[] output(ModelProto m, CalibrationData data, String name) throws Exception {
        float[][] out = new float[1][];
        try (TensorTap tap = TensorTap.open(m, List.of(name), 1, "all")) {
            tap.run(data.sample(0), (n, shape, values) -> out[0] = values);
        }
        return out[0];
    }
}
