package io.medli.monitor;

import io.medli.monitor.internal.Isotonic;

/**
 * Label-free performance estimation for a classifier, as nannyML's CBPE does it: the model's scores
 * are calibrated on labelled reference data (isotonic regression: the prediction's score against
 * whether it was right, and each class against the rest for how the remaining chance is shared), so
 * that a calibrated score is the chance that the prediction is right. Over a chunk
 * without labels, the expected confusion matrix is the sum of those chances; accuracy and macro F1
 * follow from it. The band is three standard deviations of the accuracy that chunks of this size
 * would show if the calibrated chances were exact.
 */
public final class Cbpe {
    private final Isotonic[] calibrators;
    private final Isotonic top;

    private Cbpe(Isotonic[] calibrators, Isotonic top) {
        this.calibrators = calibrators;
        this.top = top;
    }

    /** Calibrates on the reference: {@code scores[i]} the model's per-class scores (probabilities) for sample i, {@code labels[i]} its true class. */
    public static Cbpe fit(double[][] scores, int[] labels) {
        if (scores.length != labels.length || scores.length == 0) throw new IllegalArgumentException(scores.length + " score rows for " + labels.length + " labels");
        int k = scores[0].length;
        Isotonic[] cal = new Isotonic[k];
        for (int c = 0; c < k; c++) {
            double[] s = new double[scores.length], y = new double[scores.length];
            for (int i = 0; i < scores.length; i++) {
                if (labels[i] < 0 || labels[i] >= k) throw new IllegalArgumentException("label " + labels[i] + " of sample " + i + " is not one of the " + k + " classes");
                s[i] = scores[i][c];
                y[i] = labels[i] == c ? 1 : 0;
            }
            cal[c] = Isotonic.fit(s, y);
        }
        // the prediction's own chance of being right, from its score: calibrating each class alone against the rest
        // underrates a predicted class (its score beat all others, which is evidence of its own)
        double[] conf = new double[scores.length], right = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            int pred = argmax(scores[i]);
            conf[i] = scores[i][pred];
            right[i] = labels[i] == pred ? 1 : 0;
        }
        return new Cbpe(cal, Isotonic.fit(conf, right));
    }

    /**
     * The calibrated chances of each class for one sample, summing to 1: the predicted class has
     * its prediction's calibrated chance of being right; the rest is shared among the other classes
     * as their own calibrations weigh them.
     */
    public double[] calibrated(double[] scores) {
        int k = calibrators.length, pred = argmax(scores);
        double[] p = new double[k];
        double right = top.predict(scores[pred]), others = 0;
        for (int c = 0; c < k; c++) if (c != pred) others += p[c] = calibrators[c].predict(scores[c]);
        for (int c = 0; c < k; c++) {
            if (c == pred) p[c] = right;
            else p[c] = others > 0 ? p[c] / others * (1 - right) : (1 - right) / (k - 1);
        }
        return p;
    }

    /**
     * @param confusion expected counts, [true class][predicted class]
     * @param low,high the band around the accuracy
     */
    public record Estimate(int n, double accuracy, double low, double high, double macroF1, double[][] confusion) {
    }

    /** The estimate for a chunk of the model's scores (the predicted class is the highest score). */
    public Estimate estimate(double[][] scores) {
        int k = calibrators.length, n = scores.length;
        if (n == 0) throw new IllegalArgumentException("an empty chunk");
        double[][] cm = new double[k][k];
        double correct = 0, variance = 0;
        for (double[] s : scores) {
            if (s.length != k) throw new IllegalArgumentException("a row of " + s.length + " scores; the model has " + k + " classes");
            int pred = argmax(s);
            double[] p = calibrated(s);
            for (int t = 0; t < k; t++) cm[t][pred] += p[t];
            correct += p[pred];
            variance += p[pred] * (1 - p[pred]);
        }
        double acc = correct / n, band = 3 * Math.sqrt(variance) / n;
        double f1 = 0;
        int classes = 0;
        for (int c = 0; c < k; c++) {
            double tp = cm[c][c], fp = 0, fn = 0;
            for (int o = 0; o < k; o++) {
                if (o == c) continue;
                fp += cm[o][c];
                fn += cm[c][o];
            }
            if (tp + fp + fn == 0) continue; // a class neither predicted nor expected
            f1 += 2 * tp / (2 * tp + fp + fn);
            classes++;
        }
        return new Estimate(n, acc, Math.max(0, acc - band), Math.min(1, acc + band), classes == 0 ? Double.NaN : f1 / classes, cm);
    }

    public static int argmax(double[] s) {
        int best = 0;
        for (int i = 1; i < s.length; i++) if (s[i] > s[best]) best = i;
        return best;
    }
}
