package io.medli.monitor.internal;

/**
 * The power spectrum of a real signal by an iterative radix-2 FFT (the length a power of two).
 * A few dozen lines here rather than a library on every board: JTransforms would bring JLargeArrays
 * and Commons Math (about 2.5 MB) into the agent's jar for this one transform.
 */
public final class Fft {
    private Fft() {
    }

    /** |X_k|^2 for k = 0 .. n/2 of the real signal {@code x} (n = x.length, a power of two): NumPy's {@code abs(rfft(x))**2}. */
    public static double[] power(double[] x) {
        int n = x.length;
        if (n < 2 || Integer.bitCount(n) != 1) throw new IllegalArgumentException("an FFT of a power-of-two length, not " + n);
        double[] re = x.clone(), im = new double[n];
        for (int i = 1, j = 0; i < n; i++) { // bit-reversed order
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) j ^= bit;
            j ^= bit;
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
            }
        }
        for (int len = 2; len <= n; len <<= 1) {
            double angle = -2 * Math.PI / len;
            for (int k = 0; k < len / 2; k++) {
                double wr = Math.cos(angle * k), wi = Math.sin(angle * k);
                for (int i = k; i < n; i += len) {
                    int j = i + len / 2;
                    double xr = re[j] * wr - im[j] * wi, xi = re[j] * wi + im[j] * wr;
                    re[j] = re[i] - xr;
                    im[j] = im[i] - xi;
                    re[i] += xr;
                    im[i] += xi;
                }
            }
        }
        double[] p = new double[n / 2 + 1];
        for (int k = 0; k <= n / 2; k++) p[k] = re[k] * re[k] + im[k] * im[k];
        return p;
    }
}
