package io.medli.compress;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Quantizes weight matrices: per output channel (column) symmetric int8, or per tensor
 * asymmetric uint8 (for embedding tables read by Gather). Pure arithmetic, tested with known values.
 */
public final class WeightQuantization {
    private WeightQuantization() {
    }

    /** Int8 values [K, N] row-major and one scale per column. */
    public record PerChannel(byte[] values, float[] scales) {
    }

    /** Uint8 values with one scale and zero point. */
    public record PerTensor(byte[] values, float scale, int zeroPoint) {
    }

    /**
     * Symmetric int8 per column of a row-major [rows, cols] matrix: scale_j = max|W[:,j]| / 127,
     * q = round(W / scale_j) in [-127, 127]. An all-zero column gets scale 1 (q = 0).
     */
    public static PerChannel int8PerColumn(float[] w, int rows, int cols) {
        float[] scales = new float[cols];
        for (int j = 0; j < cols; j++) {
            float max = 0;
            for (int i = 0; i < rows; i++) max = Math.max(max, Math.abs(w[i * cols + j]));
            scales[j] = max == 0 ? 1f : max / 127f;
        }
        byte[] q = new byte[rows * cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                int v = Math.round(w[i * cols + j] / scales[j]);
                q[i * cols + j] = (byte) Math.max(-127, Math.min(127, v));
            }
        }
        return new PerChannel(q, scales);
    }

    /**
     * Asymmetric uint8 over the whole tensor, the range widened to include 0 so that zero is
     * exact: scale = (max - min) / 255, zero point = round(-min / scale).
     */
    public static PerTensor uint8PerTensor(float[] w) {
        float min = 0, max = 0;
        for (float v : w) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        float scale = max == min ? 1f : (max - min) / 255f;
        int zp = Math.max(0, Math.min(255, Math.round(-min / scale)));
        byte[] q = new byte[w.length];
        for (int i = 0; i < w.length; i++) {
            int v = Math.round(w[i] / scale) + zp;
            q[i] = (byte) Math.max(0, Math.min(255, v));
        }
        return new PerTensor(q, scale, zp);
    }

    static ByteBuffer floats(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(v);
        return b.asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
    }
}
