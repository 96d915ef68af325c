package io.medli.compress;

import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.TensorProto;

/** A float initializer being sliced. */
final class SlicedWeights {
    final String name;
    float[] values;
    long[] dims;

    SlicedWeights(String name, float[] values, long[] dims) {
        this.name = name;
        this.values = values;
        this.dims = dims;
    }

    /** The axis holding {@code channels} values (a [C], [C,1,1] or [1,C,1,1] parameter). */
    int channelAxis(int channels) {
        for (int a = 0; a < dims.length; a++) if (dims[a] == channels) return a;
        return 0;
    }

    void slice(int axis, int[] keep) {
        if (keep.length == dims[axis]) return;
        int outer = 1, inner = 1, n = (int) dims[axis];
        for (int a = 0; a < axis; a++) outer *= (int) dims[a];
        for (int a = axis + 1; a < dims.length; a++) inner *= (int) dims[a];
        float[] v = new float[outer * keep.length * inner];
        for (int o = 0; o < outer; o++) {
            for (int k = 0; k < keep.length; k++) {
                System.arraycopy(values, (o * n + keep[k]) * inner, v, (o * keep.length + k) * inner, inner);
            }
        }
        values = v;
        dims[axis] = keep.length;
    }

    TensorProto toTensor() {
        return new TensorProto().name(name).dataType(DataType.FLOAT).dims(dims).rawData(WeightQuantization.floats(values));
    }
}
