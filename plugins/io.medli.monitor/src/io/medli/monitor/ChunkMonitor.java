package io.medli.monitor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Watches a classifier sample by sample against its {@link MonitorProfile}: it keeps the current
 * chunk (at most the chunk size of rows, scores and latencies: bounded memory) and, when the chunk
 * is full, compares it with the reference and starts the next. A threshold crossed is an alert
 * once it has been crossed in {@code persistence} chunks in a row: a shift stays, chance does not
 * (with 3-sigma thresholds and a dozen figures per chunk, one chance crossing in a few dozen chunks
 * is to be expected). Not thread-safe: one per model.
 */
public final class ChunkMonitor {
    /** Chunks in a row that a threshold must be crossed in before it is an alert. */
    public static final int DEFAULT_PERSISTENCE = 2;
    private final MonitorProfile profile;
    private final int size, persistence;
    private final java.util.Map<String, Integer> streaks = new java.util.HashMap<>();
    private final double[][] rows, scores;
    private final double[] latencies;
    private int n;
    private long chunk;

    public ChunkMonitor(MonitorProfile profile) {
        this(profile, DEFAULT_PERSISTENCE);
    }

    public ChunkMonitor(MonitorProfile profile, int persistence) {
        if (persistence < 1) throw new IllegalArgumentException("persistence must be at least 1 chunk, not " + persistence);
        this.profile = profile;
        this.persistence = persistence;
        this.size = profile.chunkSize();
        this.rows = new double[size][];
        this.scores = new double[size][];
        this.latencies = new double[size];
    }

    /**
     * What a chunk showed.
     *
     * @param drift every method on every feature
     * @param estimate CBPE's estimate; null when the profile has no calibration
     * @param classShares the share of each predicted class
     * @param crossings every threshold crossed in this chunk, in words
     * @param alerts those crossed in enough chunks in a row (empty: all quiet)
     */
    public record ChunkReport(long chunk, int n, List<ReferenceProfile.Score> drift, double pcaError, double pcaThreshold, Cbpe.Estimate estimate,
            double[] classShares, double meanConfidence, double latencyP50Ms, double latencyP95Ms, List<String> crossings, List<String> alerts) {
        public boolean quiet() {
            return alerts.isEmpty();
        }
    }

    /**
     * One sample: its input features, the model's class probabilities and its latency. Returns the
     * chunk's report when this sample completed it, else null.
     */
    public ChunkReport add(double[] inputFeatures, double[] probabilities, double latencyMs) {
        if (inputFeatures.length != profile.inputs().size()) {
            throw new IllegalArgumentException(inputFeatures.length + " input features; the profile has " + profile.inputs().size() + " (" + profile.inputs() + ")");
        }
        rows[n] = MonitorProfile.row(inputFeatures, probabilities);
        scores[n] = probabilities.clone();
        latencies[n] = latencyMs;
        if (++n < size) return null;
        ChunkReport r = report();
        n = 0;
        chunk++;
        return r;
    }

    /** How many samples wait in the current chunk. */
    public int pending() {
        return n;
    }

    private ChunkReport report() {
        List<String> crossings = new ArrayList<>(), alerts = new ArrayList<>();
        java.util.Set<String> crossed = new java.util.HashSet<>();
        List<ReferenceProfile.Score> drift = profile.univariate().compare(rows);
        for (ReferenceProfile.Score s : drift) {
            if (s.alert() && profile.alertMethods().contains(s.method())) {
                cross(s.feature() + "|" + s.method(), String.format(java.util.Locale.ROOT, "%s drifted: %s %.4g above %.4g", s.feature(), name(s.method()), s.value(),
                        s.threshold().upper()), crossed, crossings, alerts);
            }
        }
        double[][] continuous = new double[size][];
        for (int i = 0; i < size; i++) continuous[i] = Arrays.copyOf(rows[i], rows[i].length - 1);
        PcaDrift pca = profile.multivariate();
        double err = pca.error(continuous);
        if (pca.alerts(err)) {
            cross("pca", String.format(java.util.Locale.ROOT, "the features move together differently: PCA reconstruction error %.4g above %.4g", err, pca.threshold()),
                    crossed, crossings, alerts);
        }
        Cbpe.Estimate e = null;
        if (profile.cbpe() != null) {
            e = profile.cbpe().estimate(scores);
            if (e.accuracy() < profile.accuracyLower()) {
                cross("accuracy", String.format(java.util.Locale.ROOT, "estimated accuracy %.1f %% (%.1f-%.1f) below %.1f %%", 100 * e.accuracy(), 100 * e.low(),
                        100 * e.high(), 100 * profile.accuracyLower()), crossed, crossings, alerts);
            }
        }
        streaks.keySet().retainAll(crossed); // a streak ends with the first chunk under the threshold
        int classes = scores[0].length;
        double[] shares = new double[classes];
        double conf = 0;
        int confIndex = profile.inputs().size();
        for (int i = 0; i < size; i++) {
            shares[(int) rows[i][confIndex + 2]] += 1.0 / size;
            conf += rows[i][confIndex] / size;
        }
        double[] lat = latencies.clone();
        Arrays.sort(lat);
        return new ChunkReport(chunk, size, drift, err, pca.threshold(), e, shares, conf, quantile(lat, 0.5), quantile(lat, 0.95), List.copyOf(crossings),
                List.copyOf(alerts));
    }

    private void cross(String key, String words, java.util.Set<String> crossed, List<String> crossings, List<String> alerts) {
        crossed.add(key);
        crossings.add(words);
        if (streaks.merge(key, 1, Integer::sum) >= persistence) alerts.add(words);
    }

    private static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos), hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }

    static String name(ReferenceProfile.Method m) {
        return switch (m) {
            case JENSEN_SHANNON -> "Jensen-Shannon";
            case HELLINGER -> "Hellinger";
            case KOLMOGOROV_SMIRNOV -> "Kolmogorov-Smirnov";
            case WASSERSTEIN -> "Wasserstein";
            case PSI -> "PSI";
            case CHI_SQUARED -> "chi-squared";
            case L_INFINITY -> "L-infinity";
        };
    }
}
