package io.medli.monitor;

import java.util.Arrays;

/**
 * Counts over fixed bins, in bounded memory whatever the number of values: the bins come from the
 * reference (equal widths over its range), with one bin below and one above it for values the
 * reference never had. Also keeps the smallest and largest value, for quantiles at the ends.
 */
public final class Histogram {
    private final double[] edges;
    private final long[] counts;
    private long n;
    private double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;

    /** {@code edges} ascending: bins [edges[i], edges[i+1]), plus the one below edges[0] and the one from the last edge up. */
    public Histogram(double[] edges) {
        if (edges.length < 2) throw new IllegalArgumentException("a histogram needs at least two edges");
        for (int i = 1; i < edges.length; i++) {
            if (!(edges[i] > edges[i - 1])) throw new IllegalArgumentException("edges must rise: " + edges[i - 1] + " then " + edges[i]);
        }
        this.edges = edges.clone();
        this.counts = new long[edges.length + 1];
    }

    /** {@code bins} equal bins over [lo, hi] (a single value gets a bin of width 1 around it). */
    public static double[] equalWidth(double lo, double hi, int bins) {
        if (bins < 1) throw new IllegalArgumentException("at least one bin");
        if (!(hi > lo)) {
            lo -= 0.5;
            hi = lo + 1;
        }
        double[] e = new double[bins + 1];
        for (int i = 0; i <= bins; i++) e[i] = lo + (hi - lo) * i / bins;
        e[bins] = Math.nextUp(hi); // the largest reference value inside the last bin, not above it
        return e;
    }

    public void add(double v) {
        if (Double.isNaN(v)) return;
        int i = Arrays.binarySearch(edges, v);
        counts[i >= 0 ? i + 1 : -i - 1]++;
        n++;
        if (v < min) min = v;
        if (v > max) max = v;
    }

    public void clear() {
        Arrays.fill(counts, 0);
        n = 0;
        min = Double.POSITIVE_INFINITY;
        max = Double.NEGATIVE_INFINITY;
    }

    public long count() {
        return n;
    }

    /** The counts: below the first edge, each bin, from the last edge up. */
    public double[] counts() {
        double[] c = new double[counts.length];
        for (int i = 0; i < c.length; i++) c[i] = counts[i];
        return c;
    }

    public double[] edges() {
        return edges.clone();
    }

    /** The q-quantile (0 to 1), linear within its bin; the outer bins end at the smallest and largest value seen. NaN when empty. */
    public double quantile(double q) {
        if (n == 0) return Double.NaN;
        double target = q * n, seen = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) continue;
            if (seen + counts[i] >= target) {
                double lo = i == 0 ? min : Math.max(min, edges[i - 1]), hi = i == counts.length - 1 ? max : Math.min(max, edges[i]);
                return lo + (hi - lo) * Math.max(0, target - seen) / counts[i];
            }
            seen += counts[i];
        }
        return max;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }
}
