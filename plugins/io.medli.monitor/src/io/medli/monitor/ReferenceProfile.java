package io.medli.monitor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

/**
 * What the data looked like when the model was deployed: per feature (an input channel, an image
 * statistic, the model's confidence, its predicted class) the reference histogram, a bounded sample
 * for the distances that need values, and for each drift method its alert threshold - from the
 * reference's own chunks (mean + 3 standard deviations of the method's values on them, as nannyML
 * does) or fixed. Made at deploy time from validation data; the device compares each chunk with it.
 */
public final class ReferenceProfile {
    /** The format of {@link #toJson()}. */
    public static final String SCHEMA = "medli-reference-profile/1";
    /** Standard deviations above the reference chunks' mean at which a method alerts. */
    public static final double SIGMAS = 3;

    public enum Kind {
        /** Real values: histograms over equal bins of the reference's range, and the values themselves. */
        CONTINUOUS,
        /** Category indices 0..K-1 (a predicted class): counts per category. */
        CATEGORICAL
    }

    public enum Method {
        JENSEN_SHANNON, HELLINGER, KOLMOGOROV_SMIRNOV, WASSERSTEIN, PSI, CHI_SQUARED, L_INFINITY;

        public boolean appliesTo(Kind k) {
            return switch (this) {
                case KOLMOGOROV_SMIRNOV, WASSERSTEIN -> k == Kind.CONTINUOUS;
                case CHI_SQUARED, L_INFINITY -> k == Kind.CATEGORICAL;
                default -> true;
            };
        }
    }

    /** Alert above {@code upper}; {@code fixed} when set by hand rather than from the reference chunks. */
    public record Threshold(double upper, double referenceMean, double referenceStd, boolean fixed) {
        public boolean alerts(double value) {
            return value > upper;
        }
    }

    /**
     * A feature of the profile.
     *
     * @param edges the bins' edges (continuous); for a categorical feature the categories are 0..counts.length-2 and the last count is "other"
     * @param sample reference values, sorted (continuous; at most the cap given when built)
     */
    public record Feature(String name, Kind kind, double[] edges, double[] counts, double[] sample, Map<Method, Threshold> thresholds) {
    }

    private final String schema = SCHEMA;
    private final int chunkSize;
    private final int referenceRows;
    private final List<Feature> features;

    private ReferenceProfile(int chunkSize, int referenceRows, List<Feature> features) {
        this.chunkSize = chunkSize;
        this.referenceRows = referenceRows;
        this.features = List.copyOf(features);
    }

    public int chunkSize() {
        return chunkSize;
    }

    public int referenceRows() {
        return referenceRows;
    }

    public List<Feature> features() {
        return features;
    }

    /** How a profile is made. */
    public record Settings(int chunkSize, int bins, int sampleCap, long seed) {
        public static Settings defaults(int chunkSize) {
            return new Settings(chunkSize, 20, 5000, 1);
        }
    }

    /**
     * A profile of {@code rows} (one array of feature values per sample). The reference is cut
     * into chunks of the chunk size; each method's values on them give its threshold. At least two
     * whole chunks are needed for a standard deviation.
     */
    public static ReferenceProfile of(List<String> names, List<Kind> kinds, double[][] rows, Settings s) {
        if (names.size() != kinds.size()) throw new IllegalArgumentException(names.size() + " names for " + kinds.size() + " kinds");
        if (s.chunkSize() < 2) throw new IllegalArgumentException("a chunk needs at least 2 rows, not " + s.chunkSize());
        int chunks = rows.length / s.chunkSize();
        if (chunks < 2) {
            throw new IllegalArgumentException("the reference has " + rows.length + " rows: at least two chunks of " + s.chunkSize()
                    + " are needed for thresholds; give more validation data or a smaller chunk size");
        }
        List<Feature> out = new ArrayList<>();
        for (int f = 0; f < names.size(); f++) {
            double[] values = column(rows, f, 0, rows.length, names.get(f));
            Feature shape = shape(names.get(f), kinds.get(f), values, s);
            Map<Method, Threshold> thresholds = new EnumMap<>(Method.class);
            for (Method m : Method.values()) {
                if (!m.appliesTo(shape.kind())) continue;
                double[] v = new double[chunks];
                for (int c = 0; c < chunks; c++) {
                    double[] chunk = column(rows, f, c * s.chunkSize(), (c + 1) * s.chunkSize(), names.get(f));
                    v[c] = measure(leaveOut(shape, m, chunk), m, chunk);
                }
                thresholds.put(m, threshold(v));
            }
            out.add(new Feature(shape.name(), shape.kind(), shape.edges(), shape.counts(), shape.sample(), thresholds));
        }
        return new ReferenceProfile(s.chunkSize(), rows.length, out);
    }

    private static Feature shape(String name, Kind kind, double[] values, Settings s) {
        if (kind == Kind.CATEGORICAL) {
            int k = 0;
            for (double v : values) {
                if (v < 0 || v != Math.rint(v)) throw new IllegalArgumentException("feature '" + name + "' is categorical: " + v + " is not a category index");
                k = Math.max(k, (int) v + 1);
            }
            double[] counts = new double[k + 1];
            for (double v : values) counts[(int) v]++;
            return new Feature(name, kind, null, counts, null, Map.of());
        }
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        Histogram h = new Histogram(Histogram.equalWidth(lo, hi, s.bins()));
        for (double v : values) h.add(v);
        double[] sample = values.length <= s.sampleCap() ? values.clone() : subsample(values, s.sampleCap(), s.seed());
        Arrays.sort(sample);
        return new Feature(name, kind, h.edges(), h.counts(), sample, Map.of());
    }

    /** Mean + {@link #SIGMAS} standard deviations of a method's values on the reference chunks. */
    static Threshold threshold(double[] values) {
        Moments m = Moments.of(values);
        return new Threshold(m.mean() + SIGMAS * m.std(), m.mean(), m.std(), false);
    }

    /**
     * The reference without a chunk's own counts, for the histogram methods: a chunk compared with
     * a reference that holds it looks closer than a new chunk would, and its thresholds come out
     * too low (false alarms). The sample methods keep the whole sample.
     */
    private static Feature leaveOut(Feature f, Method m, double[] chunk) {
        if (m == Method.KOLMOGOROV_SMIRNOV || m == Method.WASSERSTEIN) return f;
        double[] c = counts(f, chunk), rest = f.counts().clone();
        for (int i = 0; i < rest.length; i++) rest[i] -= c[i];
        return new Feature(f.name(), f.kind(), f.edges(), rest, f.sample(), f.thresholds());
    }

    /** {@code k} of the values, drawn without replacement (a partial Fisher-Yates shuffle). */
    private static double[] subsample(double[] values, int k, long seed) {
        double[] v = values.clone();
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < k; i++) {
            int j = i + r.nextInt(v.length - i);
            double t = v[i];
            v[i] = v[j];
            v[j] = t;
        }
        return Arrays.copyOf(v, k);
    }

    /** Column {@code f} of rows [from, to); NaN is refused with the feature's name (a sensor that sent nothing is not a value). */
    private static double[] column(double[][] rows, int f, int from, int to, String name) {
        double[] c = new double[to - from];
        for (int i = from; i < to; i++) {
            if (rows[i].length <= f) throw new IllegalArgumentException("row " + i + " has " + rows[i].length + " values; feature '" + name + "' is number " + (f + 1));
            c[i - from] = rows[i][f];
            if (!Double.isFinite(c[i - from])) throw new IllegalArgumentException("row " + i + ", feature '" + name + "': " + c[i - from] + " is not a value");
        }
        return c;
    }

    /** The counts of {@code values} over the feature's bins or categories (a category the reference never had counts as "other"). */
    public static double[] counts(Feature f, double[] values) {
        if (f.kind() == Kind.CATEGORICAL) {
            double[] c = new double[f.counts().length];
            for (double v : values) {
                int i = (int) v;
                c[v >= 0 && v == i && i < c.length - 1 ? i : c.length - 1]++;
            }
            return c;
        }
        Histogram h = new Histogram(f.edges());
        for (double v : values) h.add(v);
        return h.counts();
    }

    /** Method {@code m} between the reference and a chunk's values of feature {@code f}. */
    public static double measure(Feature f, Method m, double[] chunk) {
        return switch (m) {
            case JENSEN_SHANNON -> Drift.jensenShannon(f.counts(), counts(f, chunk));
            case HELLINGER -> Drift.hellinger(f.counts(), counts(f, chunk));
            case PSI -> Drift.psi(f.counts(), counts(f, chunk));
            case L_INFINITY -> Drift.lInfinity(f.counts(), counts(f, chunk));
            case CHI_SQUARED -> Drift.chiSquared(f.counts(), counts(f, chunk)).statistic();
            case KOLMOGOROV_SMIRNOV -> Drift.kolmogorovSmirnov(f.sample(), chunk);
            case WASSERSTEIN -> Drift.wasserstein(f.sample(), chunk);
        };
    }

    /** The same profile with {@code m}'s threshold of every feature where it applies set to {@code upper}. */
    public ReferenceProfile withFixedThreshold(Method m, double upper) {
        List<Feature> out = new ArrayList<>();
        for (Feature f : features) {
            Map<Method, Threshold> t = new EnumMap<>(Method.class);
            t.putAll(f.thresholds());
            Threshold old = t.get(m);
            if (old != null) t.put(m, new Threshold(upper, old.referenceMean(), old.referenceStd(), true));
            out.add(new Feature(f.name(), f.kind(), f.edges(), f.counts(), f.sample(), t));
        }
        return new ReferenceProfile(chunkSize, referenceRows, out);
    }

    /** One method's value on one feature of a chunk, and whether it alerts. */
    public record Score(String feature, Method method, double value, Threshold threshold) {
        public boolean alert() {
            return threshold.alerts(value);
        }
    }

    /** Every method on every feature of a chunk ({@code rows}: one array of feature values per sample). */
    public List<Score> compare(double[][] rows) {
        if (rows.length == 0) throw new IllegalArgumentException("an empty chunk");
        List<Score> out = new ArrayList<>();
        for (int f = 0; f < features.size(); f++) {
            Feature feature = features.get(f);
            double[] v = column(rows, f, 0, rows.length, feature.name());
            for (Map.Entry<Method, Threshold> e : feature.thresholds().entrySet()) out.add(new Score(feature.name(), e.getKey(), measure(feature, e.getKey(), v), e.getValue()));
        }
        return out;
    }

    private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().create();

    public String toJson() {
        return GSON.toJson(this);
    }

    /** A profile from {@link #toJson()}'s text; a file that is not one is said as such. */
    public static ReferenceProfile fromJson(String json) {
        ReferenceProfile p;
        try {
            p = GSON.fromJson(json, ReferenceProfile.class);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("not a reference profile (" + SCHEMA + "): " + e.getMessage(), e);
        }
        if (p == null || !SCHEMA.equals(p.schema) || p.features == null || p.chunkSize < 2) {
            throw new IllegalArgumentException("not a reference profile: its \"schema\" must be \"" + SCHEMA + "\"");
        }
        for (Feature f : p.features) {
            if (f.name() == null || f.kind() == null || f.counts() == null || f.thresholds() == null
                    || f.kind() == Kind.CONTINUOUS && (f.edges() == null || f.sample() == null || f.sample().length == 0)) {
                throw new IllegalArgumentException("reference profile: feature " + (f.name() == null ? "(no name)" : "'" + f.name() + "'") + " is incomplete");
            }
        }
        return new ReferenceProfile(p.chunkSize, p.referenceRows, new ArrayList<>(p.features));
    }

    /** The thresholds, feature by feature, for a report. */
    public Map<String, Map<Method, Threshold>> thresholds() {
        Map<String, Map<Method, Threshold>> out = new LinkedHashMap<>();
        for (Feature f : features) out.put(f.name(), f.thresholds());
        return out;
    }
}
