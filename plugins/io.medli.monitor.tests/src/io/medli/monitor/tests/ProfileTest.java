package io.medli.monitor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.medli.monitor.Cbpe;
import io.medli.monitor.PcaDrift;
import io.medli.monitor.ReferenceProfile;
import io.medli.monitor.ReferenceProfile.Kind;
import io.medli.monitor.ReferenceProfile.Method;
import io.medli.monitor.ReferenceProfile.Score;

/**
 * Reference profiles, PCA drift and CBPE on synthetic data whose truth is known: thresholds that
 * stay quiet on data like the reference and speak on a shift, an estimated accuracy that follows
 * the true one.
 */
class ProfileTest {
    private static final List<String> NAMES = List.of("temperature", "vibration", "class");
    private static final List<Kind> KINDS = List.of(Kind.CONTINUOUS, Kind.CONTINUOUS, Kind.CATEGORICAL);

    private static double gauss(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    /** Rows of (temperature ~ N(20 + shift, 2), vibration ~ lognormal, class with the given prior). */
    private static double[][] rows(SplittableRandom r, int n, double shift, double[] prior) {
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            double u = r.nextDouble(), c = 0;
            int k = 0;
            while (k < prior.length - 1 && u > (c += prior[k])) k++;
            out[i] = new double[] { 20 + shift + 2 * gauss(r), Math.exp(0.3 * gauss(r)), k };
        }
        return out;
    }

    private static final double[] PRIOR = { 0.5, 0.3, 0.2 };

    @Test
    void thresholdsFromTheReferenceStayQuietOnLikeDataAndSpeakOnAShift() {
        SplittableRandom r = new SplittableRandom(11);
        ReferenceProfile p = ReferenceProfile.of(NAMES, KINDS, rows(r, 20_000, 0, PRIOR), ReferenceProfile.Settings.defaults(500));
        assertEquals(3, p.features().size());
        assertEquals(5, p.features().get(0).thresholds().size(), "JS, Hellinger, KS, Wasserstein, PSI on a continuous feature");
        assertEquals(5, p.features().get(2).thresholds().size(), "JS, Hellinger, PSI, chi-squared, L-infinity on a categorical one");
        // 40 chunks like the reference: false alarms stay rare for every method
        int alerts = 0, scores = 0;
        for (int c = 0; c < 40; c++) {
            for (Score s : p.compare(rows(r, 500, 0, PRIOR))) {
                scores++;
                if (s.alert()) alerts++;
            }
        }
        assertTrue(alerts <= scores / 50, alerts + " false alarms in " + scores + " scores");
        // a temperature shift of half a standard deviation: its methods alert, the untouched features mostly do not
        List<Score> shifted = p.compare(rows(r, 500, 1, PRIOR));
        for (Score s : shifted) {
            if (s.feature().equals("temperature")) assertTrue(s.alert(), s.method() + " " + s.value() + " under " + s.threshold().upper());
        }
        // a class-prior shift: the categorical methods alert
        List<Score> prior = p.compare(rows(r, 500, 0, new double[] { 0.2, 0.3, 0.5 }));
        assertTrue(prior.stream().filter(s -> s.feature().equals("class")).allMatch(Score::alert), prior.toString());
        // the profile survives its JSON, thresholds and all; a fixed threshold replaces the reference's
        ReferenceProfile back = ReferenceProfile.fromJson(p.toJson());
        assertEquals(p.thresholds().toString(), back.thresholds().toString());
        double[][] chunk = rows(r, 500, 0.5, PRIOR);
        assertEquals(p.compare(chunk).toString(), back.compare(chunk).toString());
        ReferenceProfile fixed = p.withFixedThreshold(Method.JENSEN_SHANNON, 0.5);
        assertTrue(fixed.features().get(0).thresholds().get(Method.JENSEN_SHANNON).fixed());
        assertEquals(0.5, fixed.features().get(0).thresholds().get(Method.JENSEN_SHANNON).upper());
    }

    @Test
    void badReferencesAndChunksAreNamed() {
        SplittableRandom r = new SplittableRandom(3);
        var e = assertThrows(IllegalArgumentException.class, () -> ReferenceProfile.of(NAMES, KINDS, rows(r, 700, 0, PRIOR), ReferenceProfile.Settings.defaults(500)));
        assertTrue(e.getMessage().contains("at least two chunks of 500"), e.getMessage());
        double[][] rows = rows(r, 1000, 0, PRIOR);
        rows[17][1] = Double.NaN;
        e = assertThrows(IllegalArgumentException.class, () -> ReferenceProfile.of(NAMES, KINDS, rows, ReferenceProfile.Settings.defaults(100)));
        assertEquals("row 17, feature 'vibration': NaN is not a value", e.getMessage());
        rows[17][1] = 1;
        rows[5][2] = 1.5;
        e = assertThrows(IllegalArgumentException.class, () -> ReferenceProfile.of(NAMES, KINDS, rows, ReferenceProfile.Settings.defaults(100)));
        assertTrue(e.getMessage().contains("'class' is categorical: 1.5"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReferenceProfile.fromJson("{\"schema\": \"something else\"}"));
        assertThrows(IllegalArgumentException.class, () -> ReferenceProfile.fromJson("not json at all {"));
    }

    @Test
    void pcaDriftSeesABrokenCorrelationThatNoSingleFeatureShows() {
        SplittableRandom r = new SplittableRandom(5);
        int n = 10_000;
        double[][] ref = new double[n][];
        for (int i = 0; i < n; i++) {
            double a = gauss(r);
            ref[i] = new double[] { a, a + 0.1 * gauss(r), gauss(r) };
        }
        PcaDrift pca = PcaDrift.fit(ref, 0.65, 500);
        assertEquals(1, pca.components(), "the correlated pair is two thirds of the variance: one component passes 65 %");
        double[][] like = new double[500][], broken = new double[500][];
        for (int i = 0; i < 500; i++) {
            double a = gauss(r);
            like[i] = new double[] { a, a + 0.1 * gauss(r), gauss(r) };
            broken[i] = new double[] { a, -a + 0.1 * gauss(r), gauss(r) }; // the same marginals, the correlation turned round
        }
        assertFalse(pca.alerts(pca.error(like)), pca.error(like) + " against " + pca.threshold());
        assertTrue(pca.alerts(pca.error(broken)), pca.error(broken) + " against " + pca.threshold());
        assertTrue(pca.error(broken) > 1.5 * pca.referenceMean(), pca.error(broken) + " against the reference chunks' " + pca.referenceMean());
    }

    /** Scores of a three-class model whose confidence is informative: the true class's logit raised by {@code skill}. */
    private static double[][] scores(SplittableRandom r, int[] labels, double skill) {
        double[][] s = new double[labels.length][3];
        for (int i = 0; i < labels.length; i++) {
            double sum = 0;
            for (int c = 0; c < 3; c++) sum += s[i][c] = Math.exp((c == labels[i] ? skill : 0) + 1.2 * gauss(r));
            for (int c = 0; c < 3; c++) s[i][c] /= sum;
        }
        return s;
    }

    private static int[] labels(SplittableRandom r, int n, double[] prior) {
        int[] l = new int[n];
        for (int i = 0; i < n; i++) {
            double u = r.nextDouble(), c = 0;
            int k = 0;
            while (k < 2 && u > (c += prior[k])) k++;
            l[i] = k;
        }
        return l;
    }

    @Test
    void cbpeEstimatesTheAccuracyWithoutLabelsWithinItsBand() {
        SplittableRandom r = new SplittableRandom(21);
        int[] refLabels = labels(r, 20_000, PRIOR);
        Cbpe cbpe = Cbpe.fit(scores(r, refLabels, 1.5), refLabels);
        int inside = 0, chunks = 30;
        double error = 0;
        for (int c = 0; c < chunks; c++) {
            // a third of the chunks with a class-prior shift; each chunk its own sampling noise, which the band must cover
            double[] prior = c % 3 == 1 ? new double[] { 0.1, 0.2, 0.7 } : PRIOR;
            int[] l = labels(r, 1000, prior);
            double[][] s = scores(r, l, 1.5);
            int right = 0;
            for (int i = 0; i < l.length; i++) if (Cbpe.argmax(s[i]) == l[i]) right++;
            double truth = right / (double) l.length;
            Cbpe.Estimate e = cbpe.estimate(s);
            error += Math.abs(e.accuracy() - truth);
            if (truth >= e.low() && truth <= e.high()) inside++;
            assertTrue(e.macroF1() > 0 && e.macroF1() < 1);
            assertEquals(l.length, java.util.Arrays.stream(e.confusion()).flatMapToDouble(java.util.Arrays::stream).sum(), 1e-6, "the expected matrix holds every sample");
        }
        assertTrue(error / chunks < 0.02, "mean absolute error " + error / chunks);
        assertTrue(inside >= chunks - 2, inside + " of " + chunks + " true accuracies inside the band");
    }
}
