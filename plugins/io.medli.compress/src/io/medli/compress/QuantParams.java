package io.medli.compress;

/**
 * Scale and zero point of an 8-bit tensor: real = (q - zeroPoint) * scale.
 *
 * @param signed int8 (else uint8)
 */
public record QuantParams(float scale, int zeroPoint, boolean signed) {
    /** Scale of a range that calibration found empty ([0, 0]). */
    static final float DEGENERATE_SCALE = 1e-6f;

    /**
     * Parameters covering [lo, hi] (widened to contain 0, so that zero is exact - padding and ReLU
     * outputs depend on it). Asymmetric: all 256 levels span the range. Symmetric: the range is
     * [-m, m] with m = max(|lo|, |hi|) over 254 levels, zero point 0 (int8) or 128 (uint8).
     * A tensor that was 0 on every calibration sample (a dead ReLU) gets a tiny scale: the small
     * values the int8 model feeds it then saturate near 0 instead of rounding to +-1.
     */
    public static QuantParams of(double lo, double hi, boolean signed, boolean symmetric) {
        lo = Math.min(lo, 0);
        hi = Math.max(hi, 0);
        int qmin = signed ? -128 : 0;
        if (symmetric) {
            double m = Math.max(-lo, hi);
            float scale = m == 0 ? DEGENERATE_SCALE : (float) (m / 127);
            return new QuantParams(scale, signed ? 0 : 128, signed);
        }
        float scale = hi == lo ? DEGENERATE_SCALE : (float) ((hi - lo) / 255);
        int zp = (int) Math.round(qmin - lo / scale);
        return new QuantParams(scale, Math.max(qmin, Math.min(qmin + 255, zp)), signed);
    }

    /** The 8-bit code of {@code x} (rounded half to even, as ONNX's QuantizeLinear does), saturated. */
    public int quantize(float x) {
        int qmin = signed ? -128 : 0;
        double q = Math.rint(x / scale) + zeroPoint;
        return (int) Math.max(qmin, Math.min(qmin + 255, q));
    }

    public float dequantize(int q) {
        return (q - zeroPoint) * scale;
    }
}
