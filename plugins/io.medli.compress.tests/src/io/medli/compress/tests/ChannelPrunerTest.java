package io.medli.compress.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.medli.compress.ChannelPruner;
import io.medli.compress.Fidelity;
import io.medli.compress.PruningException;
import io.medli.compress.data.CalibrationData;
import io.medli.onnx.OnnxModel;
import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.TensorProto;
import io.medli.onnx.proto.ValueInfo;

class ChannelPrunerTest {

    /** convChain with c1's channel 1 dead (zero filter, zero bias): removing it changes nothing. */
    private static ModelProto deadChannel() throws Exception {
        ModelProto m = TestModels.convChain(13);
        Map<String, TensorProto> init = Float16ConverterTest.initializers(m);
        float[] w = TestModels.read(init.get("c1_W")), b = TestModels.read(init.get("c1_b"));
        w[2] = 0;
        w[3] = 0;
        b[1] = 0;
        m.graph().initializers().set(m.graph().initializers().indexOf(init.get("c1_W")), TestModels.floats("c1_W", w, 3, 2, 1, 1));
        m.graph().initializers().set(m.graph().initializers().indexOf(init.get("c1_b")), TestModels.floats("c1_b", b, 3));
        return m;
    }

    @Test
    void removesTheWeakestChannelAndTheMatchingInputsOfItsConsumer() throws Exception {
        ModelProto original = deadChannel();
        byte[] before = OnnxModel.of(original).toBytes();
        ChannelPruner.Result r = ChannelPruner.prune(original, ChannelPruner.Options.of(0.34).withMultipleOf(1));
        Map<String, TensorProto> was = Float16ConverterTest.initializers(original), now = Float16ConverterTest.initializers(r.model());
        assertArrayEquals(new long[] { 2, 2, 1, 1 }, now.get("c1_W").dims());
        assertArrayEquals(new long[] { 2 }, now.get("c1_b").dims());
        assertArrayEquals(new long[] { 2, 2, 1, 1 }, now.get("c2_W").dims(), "c2 reads two channels now");
        float[] w1 = TestModels.read(was.get("c1_W")), w2 = TestModels.read(was.get("c2_W"));
        // channel 1 is gone: c1 keeps filters 0 and 2, c2 keeps input columns 0 and 2
        assertArrayEquals(new float[] { w1[0], w1[1], w1[4], w1[5] }, TestModels.read(now.get("c1_W")));
        assertArrayEquals(new float[] { w2[0], w2[2], w2[3], w2[5] }, TestModels.read(now.get("c2_W")));
        assertEquals(List.of("h1: 3 -> 2 channels", "y1: 3 -> 2 channels"), r.pruned());
        assertTrue(r.macsAfter() < r.macsBefore() && r.paramsAfter() < r.paramsBefore());
        assertTrue(r.pinned().stream().anyMatch(p -> p.startsWith("graph inputs keep their channels")), r.pinned().toString());
        CalibrationData data = TestModels.samples("x", 2, 2, 2f);
        double sqnr = Fidelity.sqnr(Float16ConverterTest.output(original, data, "out"), Float16ConverterTest.output(r.model(), data, "out"));
        assertTrue(sqnr > 100, "a dead channel removed: same function, " + sqnr);
        assertArrayEquals(before, OnnxModel.of(original).toBytes(), "the input model is not modified");
    }

    /**
     * x -> cA -> Relu -> depthwise -> a; x -> cB -> b; cat = Concat(a, b); s = cat + Relu(cC(cat)); out = cD(s).
     * The residual Add ties cC's output to the concatenation, so all of them lose the same channels.
     */
    private static ModelProto coupled() {
        GraphProto g = new GraphProto().name("coupled");
        g.inputs().add(new ValueInfo("x", TestModels.image(2)));
        TestModels.conv(g, "cA", "x", "hA", 2, 4, 0.2f);
        g.nodes().add(new NodeProto("Relu", "rA", List.of("hA"), List.of("yA")));
        float[] dw = new float[4];
        for (int i = 0; i < 4; i++) dw[i] = 0.5f + i;
        g.initializers().add(TestModels.floats("dw_W", dw, 4, 1, 1, 1));
        NodeProto d = new NodeProto("Conv", "dw", List.of("yA", "dw_W"), List.of("a"));
        d.attributes().add(AttributeProto.ofInt("group", 4));
        g.nodes().add(d);
        TestModels.conv(g, "cB", "x", "b", 2, 4, 1.3f);
        NodeProto cat = new NodeProto("Concat", "cat", List.of("a", "b"), List.of("cat"));
        cat.attributes().add(AttributeProto.ofInt("axis", 1));
        g.nodes().add(cat);
        TestModels.conv(g, "cC", "cat", "hC", 8, 8, 2.1f);
        g.nodes().add(new NodeProto("Relu", "rC", List.of("hC"), List.of("yC")));
        g.nodes().add(new NodeProto("Add", "res", List.of("cat", "yC"), List.of("s")));
        TestModels.conv(g, "cD", "s", "out", 8, 2, 3.7f);
        g.outputs().add(new ValueInfo("out", TestModels.image(2)));
        return TestModels.model(g, 13);
    }

    @Test
    void residualAddsConcatsAndDepthwiseConvolutionsStayConsistent() throws Exception {
        ChannelPruner.Result r = ChannelPruner.prune(coupled(), ChannelPruner.Options.of(0.5).withNorm(ChannelPruner.Norm.L2).withMultipleOf(1));
        Map<String, TensorProto> w = Float16ConverterTest.initializers(r.model());
        long a = w.get("cA_W").dims()[0], b = w.get("cB_W").dims()[0];
        assertEquals(4, a + b, "half of the 8 concatenated channels go, shared out between the branches");
        assertEquals(a, w.get("dw_W").dims()[0], "the depthwise convolution follows its input");
        NodeProto dw = r.model().graph().nodes().stream().filter(n -> n.name().equals("dw")).findFirst().orElseThrow();
        assertEquals(a, dw.intAttr("group", 0));
        assertArrayEquals(new long[] { 4, 4, 1, 1 }, w.get("cC_W").dims(), "cC loses the same channels on both sides (residual)");
        assertArrayEquals(new long[] { 2, 4, 1, 1 }, w.get("cD_W").dims(), "the output keeps its 2 channels");
        // the pruned model runs (checked inside) and stays related to the original
        CalibrationData data = TestModels.samples("x", 2, 1, 1f);
        float[] ref = Float16ConverterTest.output(coupled(), data, "out"), got = Float16ConverterTest.output(r.model(), data, "out");
        assertEquals(ref.length, got.length);

        // kept channels are rounded up to a multiple: 8 - floor(0.6 x 8) = 4 is one already; 8 - floor(0.3 x 8) = 6 becomes 8
        ChannelPruner.Result four = ChannelPruner.prune(coupled(), ChannelPruner.Options.of(0.6).withMultipleOf(4));
        Map<String, TensorProto> f = Float16ConverterTest.initializers(four.model());
        assertEquals(4, f.get("cA_W").dims()[0] + f.get("cB_W").dims()[0]);
        assertThrows(PruningException.class, () -> ChannelPruner.prune(coupled(), ChannelPruner.Options.of(0.3).withMultipleOf(4)));

        // the residual Add ties every channel together: excluding it leaves nothing to prune, and the message says why
        PruningException e = assertThrows(PruningException.class,
                () -> ChannelPruner.prune(coupled(), ChannelPruner.Options.of(0.5).withMultipleOf(1).withExclude(Set.of("res"))));
        assertTrue(e.getMessage().contains("excluded nodes keep their channels"), e.getMessage());
    }

    @Test
    void nothingToPruneIsSaid() {
        PruningException e = assertThrows(PruningException.class,
                () -> ChannelPruner.prune(TestModels.convChain(13), ChannelPruner.Options.of(0.0)));
        assertTrue(e.getMessage().startsWith("no channel can be pruned"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ChannelPruner.Options.of(1.0));
    }
}
