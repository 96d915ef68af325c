package io.medli.train.tests;

import java.nio.ByteOrder;

import io.medli.onnx.TensorData;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.TensorProto;

/** Reads a float initializer of a graph. */
final class TrainingTestWeights {
    private TrainingTestWeights() {
    }

    static float[] floats(GraphProto g, String name) throws Exception {
        TensorProto t = g.initializers().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
        if (t.floatData() != null && t.floatData().length > 0) return t.floatData();
        float[] f = new float[(int) t.elementCount()];
        TensorData.bytes(t).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(f);
        return f;
    }
}
