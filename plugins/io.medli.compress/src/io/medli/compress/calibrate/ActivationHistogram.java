package io.medli.compress.calibrate;

/**
 * Histogram of the absolute values of one activation over the calibration data, with the exact
 * minimum and maximum. Bins cover [0, maxAbs]; when a later batch exceeds the range, bins are
 * merged pairwise (the range doubles) so that earlier counts stay valid without keeping the samples.
 */
public final class ActivationHistogram {
    private final long[] bins;
    private double width; // of one bin; 0 until the first non-zero value
    private double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
    private long count;

    public ActivationHistogram(int bins) {
        if (bins < 256 || Integer.bitCount(bins) != 1) {
            throw new IllegalArgumentException("bins must be a power of two of at least 256, was " + bins);
        }
        this.bins = new long[bins];
    }

    /** Adds values (NaN and infinities are ignored: they carry no range information). */
    public void add(float[] values) {
        double batchAbs = 0;
        for (float v : values) {
            if (!Float.isFinite(v)) continue;
            min = Math.min(min, v);
            max = Math.max(max, v);
            batchAbs = Math.max(batchAbs, Math.abs(v));
        }
        if (batchAbs > 0) {
            if (width == 0) width = batchAbs / bins.length;
            while (batchAbs > width * bins.length) widen();
        }
        for (float v : values) {
            if (!Float.isFinite(v)) continue;
            int b = width == 0 ? 0 : (int) Math.min(bins.length - 1, Math.abs(v) / width);
            bins[b]++;
            count++;
        }
    }

    private void widen() {
        int n = bins.length;
        for (int i = 0; i < n / 2; i++) bins[i] = bins[2 * i] + bins[2 * i + 1];
        for (int i = n / 2; i < n; i++) bins[i] = 0;
        width *= 2;
    }

    public long[] bins() { return bins.clone(); }
    public double binWidth() { return width; }
    public double min() { return count == 0 ? 0 : min; }
    public double max() { return count == 0 ? 0 : max; }
    public long count() { return count; }
}
