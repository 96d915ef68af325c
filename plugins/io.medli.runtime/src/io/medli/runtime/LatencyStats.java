package io.medli.runtime;

import java.util.Arrays;

/**
 * Latency of repeated runs: mean, sample standard deviation and nearest-rank percentiles in
 * milliseconds, and runs per second.
 */
public record LatencyStats(int warmup, int iterations, double meanMs, double sdMs, double minMs, double p50Ms, double p90Ms,
        double p99Ms, double maxMs, double throughputPerSecond) {

    /** Statistics of {@code samplesNs} (one per run, in nanoseconds). */
    public static LatencyStats of(int warmup, long[] samplesNs) {
        if (samplesNs.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        long[] s = samplesNs.clone();
        Arrays.sort(s);
        double total = 0;
        for (long v : s) total += v;
        double mean = total / s.length;
        double squares = 0;
        for (long v : s) squares += (v - mean) * (v - mean);
        double sd = s.length > 1 ? Math.sqrt(squares / (s.length - 1)) : 0;
        return new LatencyStats(warmup, s.length, mean / 1e6, sd / 1e6, s[0] / 1e6, percentile(s, 50), percentile(s, 90),
                percentile(s, 99), s[s.length - 1] / 1e6, s.length / (total / 1e9));
    }

    /** Nearest-rank percentile, in milliseconds. */
    static double percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
