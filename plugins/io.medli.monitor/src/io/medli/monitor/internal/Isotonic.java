package io.medli.monitor.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Isotonic regression of 0/1 outcomes on scores (pool adjacent violators): a non-decreasing map
 * from a score to the share of positives, linear between its steps and clipped outside the fitted
 * range, as scikit-learn's IsotonicRegression(out_of_bounds="clip") predicts.
 */
public final class Isotonic {
    private final double[] x, y;

    private Isotonic(double[] x, double[] y) {
        this.x = x;
        this.y = y;
    }

    public static Isotonic fit(double[] scores, double[] outcomes) {
        int n = scores.length;
        if (n == 0) throw new IllegalArgumentException("no scores to calibrate on");
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        // ties first: one point per distinct score, weighted by its count
        List<double[]> pts = new ArrayList<>(); // {x, sum of y, weight}
        for (int i : order) {
            double[] last = pts.isEmpty() ? null : pts.get(pts.size() - 1);
            if (last != null && last[0] == scores[i]) {
                last[1] += outcomes[i];
                last[2]++;
            } else pts.add(new double[] { scores[i], outcomes[i], 1 });
        }
        int m = pts.size();
        double[] mean = new double[m], weight = new double[m];
        int[] start = new int[m], end = new int[m];
        int blocks = 0;
        for (int i = 0; i < m; i++) {
            double[] p = pts.get(i);
            mean[blocks] = p[1] / p[2];
            weight[blocks] = p[2];
            start[blocks] = end[blocks] = i;
            blocks++;
            while (blocks > 1 && mean[blocks - 2] > mean[blocks - 1]) { // pool the violators
                double w = weight[blocks - 2] + weight[blocks - 1];
                mean[blocks - 2] = (mean[blocks - 2] * weight[blocks - 2] + mean[blocks - 1] * weight[blocks - 1]) / w;
                weight[blocks - 2] = w;
                end[blocks - 2] = end[blocks - 1];
                blocks--;
            }
        }
        // each block a flat step from its first to its last score
        List<double[]> steps = new ArrayList<>();
        for (int b = 0; b < blocks; b++) {
            steps.add(new double[] { pts.get(start[b])[0], mean[b] });
            if (end[b] != start[b]) steps.add(new double[] { pts.get(end[b])[0], mean[b] });
        }
        return new Isotonic(steps.stream().mapToDouble(s -> s[0]).toArray(), steps.stream().mapToDouble(s -> s[1]).toArray());
    }

    public double predict(double score) {
        if (score <= x[0]) return y[0];
        if (score >= x[x.length - 1]) return y[y.length - 1];
        int i = Arrays.binarySearch(x, score);
        if (i >= 0) return y[i];
        int hi = -i - 1, lo = hi - 1;
        return y[lo] + (y[hi] - y[lo]) * (score - x[lo]) / (x[hi] - x[lo]);
    }
}
