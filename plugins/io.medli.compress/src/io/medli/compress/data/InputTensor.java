package io.medli.compress.data;

import java.util.Arrays;

import io.medli.onnx.proto.DataType;

/**
 * One input tensor of a calibration sample, row-major: float values for float inputs, int64 values
 * for integer inputs (token ids, indices). Exactly one of the two arrays is set.
 */
public record InputTensor(long[] shape, float[] floats, long[] longs) {
    public InputTensor {
        long n = 1;
        for (long d : shape) n *= d;
        int have = floats != null ? floats.length : longs != null ? longs.length : -1;
        if ((floats == null) == (longs == null) || have != n) {
            throw new IllegalArgumentException("a tensor of shape " + Arrays.toString(shape) + " needs " + n + " values");
        }
    }

    public static InputTensor ofFloats(long[] shape, float[] values) {
        return new InputTensor(shape, values, null);
    }

    public static InputTensor ofLongs(long[] shape, long[] values) {
        return new InputTensor(shape, null, values);
    }

    /** {@link DataType#FLOAT} or {@link DataType#INT64}. */
    public int elemType() {
        return floats != null ? DataType.FLOAT : DataType.INT64;
    }
}
