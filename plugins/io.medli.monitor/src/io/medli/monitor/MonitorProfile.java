package io.medli.monitor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

/**
 * Everything a device needs to watch a classifier without labels, made once at deploy time from
 * validation data: the profile of its input features (image statistics, channel values) and of its
 * outputs (confidence, entropy, predicted class), a PCA of the continuous ones, the CBPE
 * calibration, and the reference chunks' accuracy for the estimated accuracy's alert.
 */
public final class MonitorProfile {
    public static final String SCHEMA = "medli-monitor-profile/1";
    /** The output features added after the inputs' own. */
    public static final List<String> OUTPUTS = List.of("confidence", "entropy", "predicted class");

    private final String schema = SCHEMA;
    private final String model;
    private final List<String> inputs;
    private final ReferenceProfile univariate;
    private final PcaDrift multivariate;
    private final Cbpe cbpe;
    private final double accuracyLower, referenceAccuracy;
    private final Set<ReferenceProfile.Method> alertMethods;

    private MonitorProfile(String model, List<String> inputs, ReferenceProfile univariate, PcaDrift multivariate, Cbpe cbpe, double accuracyLower,
            double referenceAccuracy, Set<ReferenceProfile.Method> alertMethods) {
        this.model = model;
        this.inputs = List.copyOf(inputs);
        this.univariate = univariate;
        this.multivariate = multivariate;
        this.cbpe = cbpe;
        this.accuracyLower = accuracyLower;
        this.referenceAccuracy = referenceAccuracy;
        this.alertMethods = EnumSet.copyOf(alertMethods);
    }

    /**
     * The methods whose alerts count by default: Jensen-Shannon on every feature (nannyML's default
     * for continuous and categorical features alike). The others are computed and shown; more
     * methods alerting means more false alarms.
     */
    public static final Set<ReferenceProfile.Method> DEFAULT_ALERTS = EnumSet.of(ReferenceProfile.Method.JENSEN_SHANNON);

    /**
     * A profile of validation data.
     *
     * @param model the model's SHA-256 (telemetry names it; a device running another model is told apart)
     * @param inputNames names of the input features
     * @param inputs per sample, its input features
     * @param scores per sample, the model's class probabilities (see {@link #probabilities})
     * @param labels per sample, its true class; null for a profile without performance estimation
     */
    public static MonitorProfile of(String model, List<String> inputNames, double[][] inputs, double[][] scores, int[] labels, ReferenceProfile.Settings s) {
        if (inputs.length != scores.length || labels != null && labels.length != scores.length) {
            throw new IllegalArgumentException(inputs.length + " input rows, " + scores.length + " score rows" + (labels == null ? "" : ", " + labels.length + " labels"));
        }
        List<String> names = new ArrayList<>(inputNames);
        names.addAll(OUTPUTS);
        List<ReferenceProfile.Kind> kinds = new ArrayList<>();
        for (int i = 0; i < names.size() - 1; i++) kinds.add(ReferenceProfile.Kind.CONTINUOUS);
        kinds.add(ReferenceProfile.Kind.CATEGORICAL);
        double[][] rows = new double[inputs.length][];
        for (int i = 0; i < inputs.length; i++) rows[i] = row(inputs[i], scores[i]);
        ReferenceProfile uni = ReferenceProfile.of(names, kinds, rows, s);
        double[][] continuous = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) continuous[i] = Arrays.copyOf(rows[i], rows[i].length - 1);
        PcaDrift pca = PcaDrift.fit(continuous, 0.65, s.chunkSize());
        Cbpe cbpe = null;
        double lower = Double.NaN, refAcc = Double.NaN;
        if (labels != null) {
            cbpe = Cbpe.fit(scores, labels);
            int chunks = rows.length / s.chunkSize();
            double[] acc = new double[chunks];
            for (int c = 0; c < chunks; c++) {
                int right = 0;
                for (int i = c * s.chunkSize(); i < (c + 1) * s.chunkSize(); i++) if (Cbpe.argmax(scores[i]) == labels[i]) right++;
                acc[c] = right / (double) s.chunkSize();
            }
            Moments m = Moments.of(acc);
            lower = m.mean() - ReferenceProfile.SIGMAS * m.std();
            refAcc = m.mean();
        }
        return new MonitorProfile(model, inputNames, uni, pca, cbpe, lower, refAcc, DEFAULT_ALERTS);
    }

    /** A sample's row of features: its inputs' features, then confidence, entropy (bits) and predicted class. */
    public static double[] row(double[] inputs, double[] probabilities) {
        double[] r = Arrays.copyOf(inputs, inputs.length + OUTPUTS.size());
        int best = Cbpe.argmax(probabilities);
        double h = 0;
        for (double p : probabilities) if (p > 0) h -= p * Math.log(p) / Math.log(2);
        r[inputs.length] = probabilities[best];
        r[inputs.length + 1] = h;
        r[inputs.length + 2] = best;
        return r;
    }

    /** The outputs as class probabilities: kept when they already are (non-negative, summing to 1), else a softmax of them (logits). */
    public static double[] probabilities(float[] outputs) {
        double sum = 0;
        boolean probs = true;
        for (float v : outputs) {
            if (v < 0 || v > 1) probs = false;
            sum += v;
        }
        double[] p = new double[outputs.length];
        if (probs && Math.abs(sum - 1) < 1e-3) {
            for (int i = 0; i < p.length; i++) p[i] = outputs[i] / sum;
            return p;
        }
        double max = Double.NEGATIVE_INFINITY, z = 0;
        for (float v : outputs) max = Math.max(max, v);
        for (int i = 0; i < p.length; i++) z += p[i] = Math.exp(outputs[i] - max);
        for (int i = 0; i < p.length; i++) p[i] /= z;
        return p;
    }

    public String model() {
        return model;
    }

    public List<String> inputs() {
        return inputs;
    }

    public ReferenceProfile univariate() {
        return univariate;
    }

    public PcaDrift multivariate() {
        return multivariate;
    }

    /** Null when the profile was made without labels. */
    public Cbpe cbpe() {
        return cbpe;
    }

    /** The estimated accuracy alerts below this: the reference chunks' accuracy less 3 standard deviations (NaN without labels). */
    public double accuracyLower() {
        return accuracyLower;
    }

    public double referenceAccuracy() {
        return referenceAccuracy;
    }

    public Set<ReferenceProfile.Method> alertMethods() {
        return alertMethods;
    }

    public int chunkSize() {
        return univariate.chunkSize();
    }

    private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().create();

    public String toJson() {
        return GSON.toJson(this);
    }

    public static MonitorProfile fromJson(String json) {
        MonitorProfile p;
        try {
            p = GSON.fromJson(json, MonitorProfile.class);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("not a monitoring profile (" + SCHEMA + "): " + e.getMessage(), e);
        }
        if (p == null || !SCHEMA.equals(p.schema) || p.univariate == null || p.multivariate == null || p.inputs == null) {
            throw new IllegalArgumentException("not a monitoring profile: its \"schema\" must be \"" + SCHEMA + "\"");
        }
        // the nested profile checks itself
        ReferenceProfile uni = ReferenceProfile.fromJson(GSON.toJson(p.univariate));
        return new MonitorProfile(p.model, p.inputs, uni, p.multivariate, p.cbpe, p.accuracyLower, p.referenceAccuracy,
                p.alertMethods == null || p.alertMethods.isEmpty() ? DEFAULT_ALERTS : p.alertMethods);
    }
}
