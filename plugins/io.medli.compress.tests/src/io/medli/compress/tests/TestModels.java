package io.medli.compress.tests;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;

import io.medli.compress.data.CalibrationData;
import io.medli.compress.data.InputTensor;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.Dimension;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.OperatorSetId;
import io.medli.onnx.proto.TensorProto;
import io.medli.onnx.proto.TypeProto;
import io.medli.onnx.proto.ValueInfo;

/** Small convolution graphs and in-memory calibration data with known values. */
final class TestModels {
    private TestModels() {
    }

    static TensorProto floats(String name, float[] v, long... dims) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(v);
        return new TensorProto().name(name).dataType(DataType.FLOAT).dims(dims).rawData(b);
    }

    static float[] read(TensorProto t) throws Exception {
        ByteBuffer b = io.medli.onnx.TensorData.bytes(t).order(ByteOrder.LITTLE_ENDIAN);
        float[] f = new float[(int) t.elementCount()];
        b.asFloatBuffer().get(f);
        return f;
    }

    static TypeProto image(int c) {
        return TypeProto.tensor(DataType.FLOAT, List.of(Dimension.of(1), Dimension.of(c), Dimension.of(4), Dimension.of(4)));
    }

    /** A 1x1 convolution {@code in} -> {@code out} with C_in -> C_out channels and smooth weights. */
    static void conv(GraphProto g, String name, String in, String out, int cin, int cout, float seed) {
        float[] w = new float[cout * cin];
        for (int i = 0; i < w.length; i++) w[i] = (float) Math.sin(seed + i * 0.7) * 0.8f;
        float[] b = new float[cout];
        for (int i = 0; i < cout; i++) b[i] = 0.1f * (i - 1);
        g.initializers().add(floats(name + "_W", w, cout, cin, 1, 1));
        g.initializers().add(floats(name + "_b", b, cout));
        g.nodes().add(new NodeProto("Conv", name, List.of(in, name + "_W", name + "_b"), List.of(out)));
    }

    /** x[1,2,4,4] -> c1 (2->3) -> Relu r1 -> c2 (3->2) -> z; out = Add(z, x). */
    static ModelProto convChain(long opset) {
        GraphProto g = new GraphProto().name("chain");
        g.inputs().add(new ValueInfo("x", image(2)));
        conv(g, "c1", "x", "h1", 2, 3, 0.3f);
        g.nodes().add(new NodeProto("Relu", "r1", List.of("h1"), List.of("y1")));
        conv(g, "c2", "y1", "z", 3, 2, 1.1f);
        g.nodes().add(new NodeProto("Add", "add", List.of("z", "x"), List.of("out")));
        g.outputs().add(new ValueInfo("out", image(2)));
        return model(g, opset);
    }

    /** x -> c1 -> Relu -> c2 -> Relu -> c3 -> Relu -> c4 -> out, 4 channels throughout. */
    static ModelProto deepChain() {
        GraphProto g = new GraphProto().name("deep");
        g.inputs().add(new ValueInfo("x", image(4)));
        String in = "x";
        for (int i = 1; i <= 4; i++) {
            conv(g, "c" + i, in, "h" + i, 4, 4, i * 0.9f);
            if (i < 4) {
                g.nodes().add(new NodeProto("Relu", "r" + i, List.of("h" + i), List.of("y" + i)));
                in = "y" + i;
            }
        }
        g.outputs().add(new ValueInfo("h4", image(4)));
        return model(g, 13);
    }

    /** Two convolutions of x added, then c3: x -> c1 -> h1, x -> c2 -> h2, Add(h1, h2) -> s -> c3 -> out. */
    static ModelProto branches() {
        GraphProto g = new GraphProto().name("branches");
        g.inputs().add(new ValueInfo("x", image(2)));
        conv(g, "c1", "x", "h1", 2, 3, 0.3f);
        conv(g, "c2", "x", "h2", 2, 3, 1.7f);
        g.nodes().add(new NodeProto("Add", "add", List.of("h1", "h2"), List.of("s")));
        conv(g, "c3", "s", "out", 3, 2, 2.9f);
        g.outputs().add(new ValueInfo("out", image(2)));
        return model(g, 13);
    }

    /**
     * x[1,128,8,8] -> c1 (128->128) -> Relu -> c2 (128->8) -> Relu -> c3 (8->128) -> Sigmoid -> out:
     * c3 has few MACs for the 8,192 values it writes, and a float Sigmoid reads them.
     */
    static ModelProto wideningEnd() {
        GraphProto g = new GraphProto().name("widening");
        g.inputs().add(new ValueInfo("x", TypeProto.tensor(DataType.FLOAT,
                List.of(Dimension.of(1), Dimension.of(128), Dimension.of(8), Dimension.of(8)))));
        conv(g, "c1", "x", "h1", 128, 128, 0.3f);
        g.nodes().add(new NodeProto("Relu", "r1", List.of("h1"), List.of("y1")));
        conv(g, "c2", "y1", "h2", 128, 8, 1.1f);
        g.nodes().add(new NodeProto("Relu", "r2", List.of("h2"), List.of("y2")));
        conv(g, "c3", "y2", "h3", 8, 128, 2.3f);
        g.nodes().add(new NodeProto("Sigmoid", "sig", List.of("h3"), List.of("out")));
        g.outputs().add(new ValueInfo("out", TypeProto.tensor(DataType.FLOAT,
                List.of(Dimension.of(1), Dimension.of(128), Dimension.of(8), Dimension.of(8)))));
        return model(g, 13);
    }

    /**
     * A peak mask as in M-LSD: x -> c1 (2->1) -> Sigmoid s; r = Reshape(s), m = Reshape(MaxPool 3x3 (s));
     * out = Mul(r, Cast(Equal(m, r))): the scores that are local maxima, zero elsewhere.
     */
    static ModelProto peakMask() {
        GraphProto g = new GraphProto().name("peaks");
        g.inputs().add(new ValueInfo("x", image(2)));
        conv(g, "c1", "x", "h", 2, 1, 0.3f);
        g.nodes().add(new NodeProto("Sigmoid", "sig", List.of("h"), List.of("s")));
        NodeProto pool = new NodeProto("MaxPool", "pool", List.of("s"), List.of("p"));
        pool.attributes().add(io.medli.onnx.proto.AttributeProto.ofInts("kernel_shape", 3, 3));
        pool.attributes().add(io.medli.onnx.proto.AttributeProto.ofInts("pads", 1, 1, 1, 1));
        g.nodes().add(pool);
        g.initializers().add(new TensorProto().name("shape").dataType(DataType.INT64).dims(4).int64Data(new long[] { 1, 1, 4, 4 }));
        g.nodes().add(new NodeProto("Reshape", "reshape_p", List.of("p", "shape"), List.of("m")));
        g.nodes().add(new NodeProto("Reshape", "reshape_s", List.of("s", "shape"), List.of("r")));
        g.nodes().add(new NodeProto("Equal", "eq", List.of("m", "r"), List.of("peak")));
        NodeProto cast = new NodeProto("Cast", "cast", List.of("peak"), List.of("mask"));
        cast.attributes().add(io.medli.onnx.proto.AttributeProto.ofInt("to", DataType.FLOAT));
        g.nodes().add(cast);
        g.nodes().add(new NodeProto("Mul", "mul", List.of("r", "mask"), List.of("out")));
        g.outputs().add(new ValueInfo("out", image(1)));
        return model(g, 13);
    }

    /**
     * As Paddle and TensorFlow export: weights in Constant nodes, batch norm after each convolution.
     * x[1,2,4,4] -> Conv c1 (Constant w1, 2->4) -> BatchNormalization -> HardSwish -> Conv c2 (Constant w2, 4->2) -> out.
     */
    static ModelProto constantWeights() {
        GraphProto g = new GraphProto().name("paddle-like");
        g.inputs().add(new ValueInfo("x", image(2)));
        float[] w1 = new float[4 * 2], w2 = new float[2 * 4];
        for (int i = 0; i < w1.length; i++) w1[i] = (float) Math.sin(0.3 + i * 0.7) * 0.8f;
        for (int i = 0; i < w2.length; i++) w2[i] = (float) Math.cos(0.9 + i * 0.5) * 0.6f;
        NodeProto k1 = new NodeProto("Constant", "k1", List.of(), List.of("w1"));
        k1.attributes().add(io.medli.onnx.proto.AttributeProto.ofTensor("value", floats("w1v", w1, 4, 2, 1, 1)));
        NodeProto k2 = new NodeProto("Constant", "k2", List.of(), List.of("w2"));
        k2.attributes().add(io.medli.onnx.proto.AttributeProto.ofTensor("value", floats("w2v", w2, 2, 4, 1, 1)));
        g.nodes().add(k1);
        g.nodes().add(k2);
        g.nodes().add(new NodeProto("Conv", "c1", List.of("x", "w1"), List.of("h1")));
        g.initializers().add(floats("gamma", new float[] { 1.5f, 0.5f, 2f, 1f }, 4));
        g.initializers().add(floats("beta", new float[] { 0.1f, -0.2f, 0.3f, 0f }, 4));
        g.initializers().add(floats("mean", new float[] { 0.2f, -0.1f, 0.05f, 0.3f }, 4));
        g.initializers().add(floats("var", new float[] { 0.5f, 2f, 0.1f, 1f }, 4));
        g.nodes().add(new NodeProto("BatchNormalization", "bn1", List.of("h1", "gamma", "beta", "mean", "var"), List.of("b1")));
        g.nodes().add(new NodeProto("HardSwish", "hs1", List.of("b1"), List.of("a1")));
        g.nodes().add(new NodeProto("Conv", "c2", List.of("a1", "w2"), List.of("out")));
        g.outputs().add(new ValueInfo("out", image(2)));
        return model(g, 14);
    }

    /**
     * As Paddle exports PP-LCNet blocks (opset 11): each convolution followed by a constant scale and
     * shift, a hard-swish written out as {@code x * Clip(x + 3, 0, 6) / 6}, and another scale and
     * shift. x[1,2,4,4] -> c1 (2->4, 1x1) -> block -> dw (4 groups, 3x3, pads 1) -> block -> c3 (4->2) -> out.
     */
    static ModelProto affineBlocks() {
        GraphProto g = new GraphProto().name("lab-blocks");
        g.inputs().add(new ValueInfo("x", image(2)));
        conv(g, "c1", "x", "h1", 2, 4, 0.3f);
        String t = block(g, "b1", "h1", new float[] { 1.9f }, new float[] { 0.4f, -0.3f, 0.8f, 0.1f }, 4);
        float[] dw = new float[4 * 9];
        for (int i = 0; i < dw.length; i++) dw[i] = (float) Math.cos(0.2 + i * 0.9) * 0.7f;
        g.initializers().add(floats("dw_W", dw, 4, 1, 3, 3));
        g.initializers().add(floats("dw_b", new float[] { 0.2f, -0.1f, 0f, 0.3f }, 4));
        NodeProto d = new NodeProto("Conv", "dw", List.of(t, "dw_W", "dw_b"), List.of("h2"));
        d.attributes().add(io.medli.onnx.proto.AttributeProto.ofInt("group", 4));
        d.attributes().add(io.medli.onnx.proto.AttributeProto.ofInts("pads", 1, 1, 1, 1));
        g.nodes().add(d);
        t = block(g, "b2", "h2", new float[] { 0.5f, 2f, -1.5f, 1f }, new float[] { 0.2f }, 4);
        conv(g, "c3", t, "out", 4, 2, 1.7f);
        g.outputs().add(new ValueInfo("out", image(2)));
        return model(g, 11);
    }

    /** in -> Mul(scale) -> Add(shift) -> written-out hard-swish -> Mul(0.6) -> Add(-0.5): the output's name. */
    private static String block(GraphProto g, String p, String in, float[] scale, float[] shift, int channels) {
        long[] per = { channels, 1, 1 };
        g.initializers().add(floats(p + "_s", scale, scale.length == 1 ? new long[] { 1 } : per));
        g.initializers().add(floats(p + "_t", shift, shift.length == 1 ? new long[] { 1 } : per));
        g.initializers().add(floats(p + "_3", new float[] { 3 }, 1));
        g.initializers().add(floats(p + "_0", new float[] { 0 }));
        g.initializers().add(floats(p + "_6", new float[] { 6 }));
        g.initializers().add(floats(p + "_a", new float[] { 0.6f }, 1));
        g.initializers().add(floats(p + "_b", new float[] { -0.5f }, 1));
        g.nodes().add(new NodeProto("Mul", p + "_mul", List.of(p + "_s", in), List.of(p + "1")));
        g.nodes().add(new NodeProto("Add", p + "_add", List.of(p + "1", p + "_t"), List.of(p + "2")));
        g.nodes().add(new NodeProto("Add", p + "_add3", List.of(p + "2", p + "_3"), List.of(p + "3")));
        g.nodes().add(new NodeProto("Clip", p + "_clip", List.of(p + "3", p + "_0", p + "_6"), List.of(p + "4")));
        g.nodes().add(new NodeProto("Mul", p + "_mulx", List.of(p + "2", p + "4"), List.of(p + "5")));
        g.nodes().add(new NodeProto("Div", p + "_div", List.of(p + "5", p + "_6"), List.of(p + "6")));
        g.nodes().add(new NodeProto("Mul", p + "_mula", List.of(p + "_a", p + "6"), List.of(p + "7")));
        g.nodes().add(new NodeProto("Add", p + "_addb", List.of(p + "7", p + "_b"), List.of(p + "8")));
        return p + "8";
    }

    static ModelProto model(GraphProto g, long opset) {
        ModelProto m = new ModelProto().irVersion(8L).graph(g);
        m.opsetImports().add(new OperatorSetId("", opset));
        return m;
    }

    /** Samples of one input whose values span exactly [0, max]. */
    static CalibrationData samples(String input, int channels, int count, float max) {
        return samples(input, new long[] { 1, channels, 4, 4 }, count, max);
    }

    /** Samples of one input of {@code shape} whose values span exactly [0, max]. */
    static CalibrationData samples(String input, long[] shape, int count, float max) {
        int values = (int) java.util.Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        return data(input, shape, count, count + " test samples", index -> {
            float[] v = new float[values];
            for (int i = 0; i < v.length; i++) v[i] = (float) ((Math.sin(index * 3.1 + i * 1.7) + 1) / 2 * max);
            v[0] = 0;
            v[1] = max;
            return v;
        });
    }

    /**
     * The values of {@code tensor} over every sample of {@code data}, one after the other, with ONNX
     * Runtime's {@code level} of optimization ("all": the int8 kernels as deployed; "basic": int8
     * nodes run in float on their rounded values).
     */
    static float[] tensor(ModelProto m, CalibrationData data, String tensor, String level) throws Exception {
        java.util.List<float[]> parts = new java.util.ArrayList<>();
        try (io.medli.compress.calibrate.TensorTap tap = io.medli.compress.calibrate.TensorTap.open(m, java.util.List.of(tensor), 1, level)) {
            for (int i = 0; i < data.size(); i++) tap.run(data.sample(i), (name, shape, values) -> parts.add(values));
        }
        float[] all = new float[parts.stream().mapToInt(v -> v.length).sum()];
        int at = 0;
        for (float[] v : parts) {
            System.arraycopy(v, 0, all, at, v.length);
            at += v.length;
        }
        return all;
    }

    /** {@code count} samples of one float input of {@code shape}, the values of each made by {@code values}. */
    static CalibrationData data(String input, long[] shape, int count, String description, java.util.function.IntFunction<float[]> values) {
        return new CalibrationData() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public int size() {
                return count;
            }

            @Override
            public String sampleName(int index) {
                return "sample " + index;
            }

            @Override
            public Map<String, long[]> shapes(int index) {
                return Map.of(input, shape.clone());
            }

            @Override
            public Map<String, InputTensor> sample(int index) {
                return Map.of(input, InputTensor.ofFloats(shape.clone(), values.apply(index)));
            }
        };
    }
}
