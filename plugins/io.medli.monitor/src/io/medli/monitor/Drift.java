package io.medli.monitor;

import java.util.Arrays;

import io.medli.monitor.internal.Gamma;

/**
 * Distances between a reference distribution and a chunk's, defined as SciPy, nannyML and Evidently
 * define them, so that a figure means the same here as there. Histograms are counts over the same
 * bins (or categories), in any scale; samples are plain values.
 */
public final class Drift {
    /** The share an empty bin is given in {@link #psi}: Evidently's rule, so that the logarithm stays finite. */
    public static final double PSI_FLOOR = 1e-4;

    private Drift() {
    }

    /** Jensen-Shannon distance, base 2 (0 to 1): SciPy's {@code jensenshannon(p, q, base=2)}, as nannyML reports it. */
    public static double jensenShannon(double[] p, double[] q) {
        double[] a = shares(p, q.length), b = shares(q, p.length);
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            double m = (a[i] + b[i]) / 2;
            if (a[i] > 0) d += a[i] * Math.log(a[i] / m);
            if (b[i] > 0) d += b[i] * Math.log(b[i] / m);
        }
        return Math.sqrt(Math.max(0, d / 2 / Math.log(2)));
    }

    /** Hellinger distance (0 to 1): {@code sqrt(1 - sum(sqrt(p q)))} on the shares. */
    public static double hellinger(double[] p, double[] q) {
        double[] a = shares(p, q.length), b = shares(q, p.length);
        double bc = 0;
        for (int i = 0; i < a.length; i++) bc += Math.sqrt(a[i] * b[i]);
        return Math.sqrt(Math.max(0, 1 - bc));
    }

    /** L-infinity distance of the shares: the largest change of one category's share (nannyML's categorical method). */
    public static double lInfinity(double[] p, double[] q) {
        double[] a = shares(p, q.length), b = shares(q, p.length);
        double d = 0;
        for (int i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i] - b[i]));
        return d;
    }

    /** Population stability index {@code sum((q - p) ln(q / p))} of the shares, each share at least {@link #PSI_FLOOR}. */
    public static double psi(double[] reference, double[] current) {
        double[] a = shares(reference, current.length), b = shares(current, reference.length);
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double p = Math.max(a[i], PSI_FLOOR), q = Math.max(b[i], PSI_FLOOR);
            s += (q - p) * Math.log(q / p);
        }
        return s;
    }

    /** Two-sample Kolmogorov-Smirnov statistic: the largest gap between the empirical distribution functions (SciPy's {@code ks_2samp(a, b).statistic}). */
    public static double kolmogorovSmirnov(double[] a, double[] b) {
        requireValues(a, b);
        double[] x = sorted(a), y = sorted(b);
        int i = 0, j = 0;
        double d = 0;
        while (i < x.length && j < y.length) {
            double v = Math.min(x[i], y[j]);
            while (i < x.length && x[i] <= v) i++;
            while (j < y.length && y[j] <= v) j++;
            d = Math.max(d, Math.abs((double) i / x.length - (double) j / y.length));
        }
        return d;
    }

    /** First Wasserstein (earth mover's) distance of two samples in one dimension: SciPy's {@code wasserstein_distance(a, b)}. */
    public static double wasserstein(double[] a, double[] b) {
        requireValues(a, b);
        double[] x = sorted(a), y = sorted(b);
        // the area between the two distribution functions, step by step over the merged values
        int i = 0, j = 0;
        double prev = Math.min(x[0], y[0]), area = 0;
        while (i < x.length || j < y.length) {
            double v = j >= y.length || i < x.length && x[i] <= y[j] ? x[i] : y[j];
            area += Math.abs((double) i / x.length - (double) j / y.length) * (v - prev);
            prev = v;
            while (i < x.length && x[i] == v) i++;
            while (j < y.length && y[j] == v) j++;
        }
        return area;
    }

    /** A chi-squared test of a 2 x K contingency table. */
    public record ChiSquared(double statistic, double pValue, int degreesOfFreedom) {
    }

    /**
     * Chi-squared test of independence between reference and chunk over categories (counts):
     * SciPy's {@code chi2_contingency([reference, current])}, with Yates' correction where there is
     * one degree of freedom, as SciPy applies it. Categories seen in neither are left out.
     */
    public static ChiSquared chiSquared(double[] reference, double[] current) {
        int k = Math.max(reference.length, current.length);
        double[] r = Arrays.copyOf(reference, k), c = Arrays.copyOf(current, k);
        double nr = 0, nc = 0;
        int used = 0;
        for (int i = 0; i < k; i++) {
            nr += r[i];
            nc += c[i];
            if (r[i] + c[i] > 0) used++;
        }
        if (nr <= 0 || nc <= 0) throw new IllegalArgumentException("a chi-squared test needs counts in both the reference and the chunk");
        int dof = Math.max(0, used - 1);
        double n = nr + nc, stat = 0;
        for (int i = 0; i < k; i++) {
            double col = r[i] + c[i];
            if (col == 0) continue;
            stat += cell(r[i], nr * col / n, dof) + cell(c[i], nc * col / n, dof);
        }
        return new ChiSquared(stat, dof == 0 ? 1 : Gamma.upperRegularized(dof / 2.0, stat / 2), dof);
    }

    private static double cell(double observed, double expected, int dof) {
        double diff = expected - observed;
        if (dof == 1) observed += Math.signum(diff) * Math.min(0.5, Math.abs(diff)); // Yates, never past the expected count
        double d = observed - expected;
        return d * d / expected;
    }

    /** The shares of a histogram (its counts over their sum), padded with zeros to {@code length}. */
    static double[] shares(double[] counts, int length) {
        double[] s = Arrays.copyOf(counts, Math.max(counts.length, length));
        double sum = 0;
        for (double v : s) {
            if (v < 0 || !Double.isFinite(v)) throw new IllegalArgumentException("a histogram holds counts, not " + v);
            sum += v;
        }
        if (sum <= 0) throw new IllegalArgumentException("an empty histogram has no distribution");
        for (int i = 0; i < s.length; i++) s[i] /= sum;
        return s;
    }

    private static void requireValues(double[] a, double[] b) {
        if (a.length == 0 || b.length == 0) throw new IllegalArgumentException("both samples need values");
    }

    private static double[] sorted(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s;
    }
}
