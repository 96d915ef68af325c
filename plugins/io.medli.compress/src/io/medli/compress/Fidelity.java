package io.medli.compress;

/** How close a compressed model's outputs are to the original's. */
public final class Fidelity {
    private Fidelity() {
    }

    /** Cosine similarity of two vectors of the same length (1 = same direction). */
    public static double cosine(float[] x, float[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("vectors of different lengths: " + x.length + " and " + y.length);
        }
        double d = 0, a = 0, b = 0;
        for (int i = 0; i < x.length; i++) {
            d += x[i] * y[i];
            a += x[i] * x[i];
            b += y[i] * y[i];
        }
        return d / Math.sqrt(a * b);
    }
}
