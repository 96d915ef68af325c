package io.medli.compress;

/** How close a compressed model's outputs are to the original's. */
public final class Fidelity {
    private Fidelity() {
    }

    /** Cosine similarity of two vectors of the same length (1 = same direction). */
    public static double cosine(float[] x, float[] y) {
        sameLength(x, y);
        double d = 0, a = 0, b = 0;
        for (int i = 0; i < x.length; i++) {
            d += x[i] * y[i];
            a += x[i] * x[i];
            b += y[i] * y[i];
        }
        return d / Math.sqrt(a * b);
    }

    /**
     * Signal-to-quantization-noise ratio in dB: 10 log10(sum ref^2 / sum (ref - test)^2).
     * Infinite when the two are equal; 20 dB means the error carries 1% of the signal's power.
     */
    public static double sqnr(float[] reference, float[] test) {
        sameLength(reference, test);
        double signal = 0, noise = 0;
        for (int i = 0; i < reference.length; i++) {
            double r = reference[i], e = r - test[i];
            signal += r * r;
            noise += e * e;
        }
        return noise == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(signal / noise);
    }

    /** The largest absolute difference. */
    public static double maxAbsError(float[] reference, float[] test) {
        sameLength(reference, test);
        double m = 0;
        for (int i = 0; i < reference.length; i++) m = Math.max(m, Math.abs((double) reference[i] - test[i]));
        return m;
    }

    /** The share of rows (of {@code classes} values each) whose largest value is at the same index. */
    public static double top1Agreement(float[] reference, float[] test, int classes) {
        sameLength(reference, test);
        if (classes < 1 || reference.length % classes != 0) {
            throw new IllegalArgumentException(reference.length + " values are not rows of " + classes);
        }
        int rows = reference.length / classes, same = 0;
        for (int r = 0; r < rows; r++) if (argmax(reference, r * classes, classes) == argmax(test, r * classes, classes)) same++;
        return rows == 0 ? 1 : (double) same / rows;
    }

    private static int argmax(float[] v, int from, int n) {
        int best = 0;
        for (int i = 1; i < n; i++) if (v[from + i] > v[from + best]) best = i;
        return best;
    }

    private static void sameLength(float[] x, float[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("vectors of different lengths: " + x.length + " and " + y.length);
        }
    }
}
