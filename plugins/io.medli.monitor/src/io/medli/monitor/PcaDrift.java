package io.medli.monitor;

import java.util.Arrays;

import io.medli.monitor.internal.Jacobi;

/**
 * Multivariate drift as nannyML's data reconstruction drift measures it: the features standardised
 * on the reference, a PCA that keeps a share of the reference's variance, and per chunk the mean
 * distance between each row and its reconstruction from the kept components. A change in how the
 * features move together raises it even where every feature alone looks the same. The threshold is
 * the reference chunks' mean + 3 standard deviations.
 */
public final class PcaDrift {
    private final double[] mean, std;
    private final double[][] components;
    private final double threshold, referenceMean, referenceStd;

    private PcaDrift(double[] mean, double[] std, double[][] components, double threshold, double referenceMean, double referenceStd) {
        this.mean = mean;
        this.std = std;
        this.components = components;
        this.threshold = threshold;
        this.referenceMean = referenceMean;
        this.referenceStd = referenceStd;
    }

    /** Fits on the reference {@code rows}, keeping components until {@code varianceKept} (0 to 1; nannyML: 0.65) of the variance. */
    public static PcaDrift fit(double[][] rows, double varianceKept, int chunkSize) {
        int n = rows.length, f = rows[0].length;
        if (n / chunkSize < 2) throw new IllegalArgumentException("PCA drift needs at least two reference chunks of " + chunkSize + " rows, not " + n + " rows");
        double[] mean = new double[f], std = new double[f];
        for (double[] r : rows) for (int j = 0; j < f; j++) mean[j] += r[j] / n;
        for (double[] r : rows) for (int j = 0; j < f; j++) std[j] += (r[j] - mean[j]) * (r[j] - mean[j]) / n;
        for (int j = 0; j < f; j++) std[j] = std[j] > 0 ? Math.sqrt(std[j]) : 1; // a constant feature stays at 0
        double[][] cov = new double[f][f];
        double[] z = new double[f];
        for (double[] r : rows) {
            for (int j = 0; j < f; j++) z[j] = (r[j] - mean[j]) / std[j];
            for (int a = 0; a < f; a++) for (int b = a; b < f; b++) cov[a][b] += z[a] * z[b] / n;
        }
        for (int a = 0; a < f; a++) for (int b = 0; b < a; b++) cov[a][b] = cov[b][a];
        Jacobi.Eigen e = Jacobi.of(cov);
        double total = Arrays.stream(e.values()).map(v -> Math.max(0, v)).sum(), kept = 0;
        int k = 0;
        while (k < f && (k == 0 || kept < varianceKept * total)) kept += Math.max(0, e.values()[k++]);
        PcaDrift fitted = new PcaDrift(mean, std, Arrays.copyOf(e.vectors(), k), 0, 0, 0);
        int chunks = n / chunkSize;
        double[] errors = new double[chunks];
        for (int c = 0; c < chunks; c++) errors[c] = fitted.error(Arrays.copyOfRange(rows, c * chunkSize, (c + 1) * chunkSize));
        ReferenceProfile.Threshold t = ReferenceProfile.threshold(errors);
        return new PcaDrift(mean, std, fitted.components, t.upper(), t.referenceMean(), t.referenceStd());
    }

    /** The mean reconstruction error of a chunk's rows (in standard deviations of the reference). */
    public double error(double[][] rows) {
        int f = mean.length;
        double sum = 0;
        double[] z = new double[f];
        for (double[] r : rows) {
            if (r.length != f) throw new IllegalArgumentException("a row of " + r.length + " values; the reference had " + f);
            for (int j = 0; j < f; j++) z[j] = (r[j] - mean[j]) / std[j];
            double[] back = new double[f];
            for (double[] c : components) {
                double proj = 0;
                for (int j = 0; j < f; j++) proj += z[j] * c[j];
                for (int j = 0; j < f; j++) back[j] += proj * c[j];
            }
            double d = 0;
            for (int j = 0; j < f; j++) d += (z[j] - back[j]) * (z[j] - back[j]);
            sum += Math.sqrt(d);
        }
        return sum / rows.length;
    }

    public int components() {
        return components.length;
    }

    public double threshold() {
        return threshold;
    }

    public double referenceMean() {
        return referenceMean;
    }

    public double referenceStd() {
        return referenceStd;
    }

    public boolean alerts(double error) {
        return error > threshold;
    }
}
