package io.medli.compress;

/** Running sums that compare a reference tensor with a test tensor, pooled over samples. */
final class ErrorSums {
    private double signal, noise, dot, normTest, maxAbs, peak;

    void add(float[] reference, float[] test) {
        int n = Math.min(reference.length, test.length);
        for (int i = 0; i < n; i++) {
            double a = reference[i], b = test[i], e = a - b;
            signal += a * a;
            noise += e * e;
            dot += a * b;
            normTest += b * b;
            maxAbs = Math.max(maxAbs, Math.abs(e));
            peak = Math.max(peak, Math.abs(a));
        }
    }

    double sqnr() {
        return noise == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(signal / noise);
    }

    double cosine() {
        return signal == 0 || normTest == 0 ? (signal == normTest ? 1 : 0) : dot / Math.sqrt(signal * normTest);
    }

    /** The reference's summed squares. */
    double signal() {
        return signal;
    }

    /** The largest magnitude of the reference. */
    double peak() {
        return peak;
    }

    double maxAbs() {
        return maxAbs;
    }
}
