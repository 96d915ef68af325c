package io.medli.train.tests;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Random;

import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.TensorProto;

/** Pieces of the small ONNX graphs that the training tests build. */
final class TestGraphs {
    private TestGraphs() {
    }

    /**
     * A kxk Conv, "same" padding, with uniform He-style weights (times {@code gains} per output
     * channel when given) and biases uniform in [biasLow, biasLow + 0.2), drawn from {@code r}.
     */
    static void conv(GraphProto g, Random r, String name, String in, String out, int cin, int cout, int k, int stride, float[] gains,
            double biasLow) {
        float[] w = new float[cout * cin * k * k];
        double limit = Math.sqrt(6.0 / (cin * k * k));
        for (int i = 0; i < w.length; i++) w[i] = (float) ((r.nextDouble() * 2 - 1) * limit * (gains == null ? 1 : gains[i / (cin * k * k)]));
        float[] b = new float[cout];
        for (int i = 0; i < cout; i++) b[i] = (float) (r.nextDouble() * 0.2 + biasLow);
        g.initializers().add(floats(name + "_W", w, cout, cin, k, k));
        g.initializers().add(floats(name + "_b", b, cout));
        NodeProto n = new NodeProto("Conv", name, List.of(in, name + "_W", name + "_b"), List.of(out));
        n.attributes().add(AttributeProto.ofInts("pads", k / 2, k / 2, k / 2, k / 2));
        n.attributes().add(AttributeProto.ofInts("strides", stride, stride));
        g.nodes().add(n);
    }

    static TensorProto floats(String name, float[] v, long... dims) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(v);
        return new TensorProto().name(name).dataType(DataType.FLOAT).dims(dims).rawData(b);
    }
}
