package io.medli.compress.calibrate;

/** Quantization ranges from activation histograms, by {@link RangeMethod}. */
public final class Ranges {
    private Ranges() {
    }

    /** The range [low, high] for {@code h}; always contains 0. */
    public static double[] of(ActivationHistogram h, RangeMethod m) {
        if (h.count() == 0) return new double[] { 0, 0 };
        double lo = Math.min(0, h.min()), hi = Math.max(0, h.max());
        double t = switch (m) {
            case RangeMethod.MinMax x -> -1;
            case RangeMethod.Percentile p -> percentileThreshold(h, p.percentile());
            case RangeMethod.Entropy e -> entropyThreshold(h);
        };
        if (t < 0) return new double[] { lo, hi };
        // clip symmetric thresholds to what was observed (a ReLU output stays non-negative)
        return new double[] { Math.max(lo, -t), Math.min(hi, t) };
    }

    private static double percentileThreshold(ActivationHistogram h, double percentile) {
        long[] bins = h.bins();
        long target = (long) Math.ceil(h.count() * percentile / 100.0);
        long seen = 0;
        for (int i = 0; i < bins.length; i++) {
            seen += bins[i];
            if (seen >= target) return (i + 1) * h.binWidth();
        }
        return bins.length * h.binWidth();
    }

    /**
     * TensorRT's method: for each candidate threshold (in bins), fold the outliers into the last
     * bin, quantize the clipped distribution to 128 levels, expand it back, and keep the threshold
     * with the smallest KL divergence.
     */
    private static double entropyThreshold(ActivationHistogram h) {
        long[] bins = h.bins();
        int n = bins.length, levels = 128;
        int last = n - 1;
        while (last > 0 && bins[last] == 0) last--;
        if (last < levels) return (last + 1) * h.binWidth();
        double best = Double.MAX_VALUE;
        int bestI = last + 1;
        for (int i = levels; i <= last + 1; i++) {
            double[] p = new double[i];
            for (int k = 0; k < i; k++) p[k] = bins[k];
            for (int k = i; k < n; k++) p[i - 1] += bins[k];
            // quantize bins 0..i-1 into 'levels' groups; spread each group's mass over its non-empty bins
            double[] q = new double[i];
            double per = (double) i / levels;
            for (int g = 0; g < levels; g++) {
                int start = (int) Math.floor(g * per), end = (int) Math.floor((g + 1) * per);
                if (g == levels - 1) end = i;
                double mass = 0;
                int nonEmpty = 0;
                for (int k = start; k < end; k++) {
                    mass += bins[k];
                    if (bins[k] != 0) nonEmpty++;
                }
                for (int k = start; k < end; k++) q[k] = bins[k] == 0 || nonEmpty == 0 ? 0 : mass / nonEmpty;
            }
            double kl = kl(p, q);
            if (kl < best) {
                best = kl;
                bestI = i;
            }
        }
        return bestI * h.binWidth();
    }

    private static double kl(double[] p, double[] q) {
        double sp = 0, sq = 0;
        for (double v : p) sp += v;
        for (double v : q) sq += v;
        if (sp == 0 || sq == 0) return Double.MAX_VALUE;
        double d = 0;
        for (int k = 0; k < p.length; k++) {
            if (p[k] == 0) continue;
            double pk = p[k] / sp, qk = q[k] / sq;
            d += qk == 0 ? 1e3 * pk : pk * Math.log(pk / qk); // a lost non-zero bin is heavily penalised
        }
        return d;
    }
}
