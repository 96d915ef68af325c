package io.medli.compress.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import io.medli.compress.calibrate.ActivationHistogram;
import io.medli.compress.calibrate.Ranges;
import io.medli.compress.calibrate.RangeMethod;

/** Calibration ranges on distributions whose answers are known. */
class CalibrationRangeTest {

    private static ActivationHistogram gaussian(int n, long seed, double outlier) {
        Random r = new Random(seed);
        ActivationHistogram h = new ActivationHistogram(2048);
        float[] batch = new float[n / 4];
        for (int b = 0; b < 4; b++) {
            for (int i = 0; i < batch.length; i++) batch[i] = (float) r.nextGaussian();
            if (b == 3 && outlier > 0) batch[0] = (float) outlier; // a single extreme value, late
            h.add(batch);
        }
        return h;
    }

    @Test
    void minMaxIsTheObservedRange() {
        ActivationHistogram h = new ActivationHistogram(256);
        h.add(new float[] { -0.5f, 2f, Float.NaN, 1f });
        h.add(new float[] { 3f, Float.POSITIVE_INFINITY });
        assertArrayEquals(new double[] { -0.5, 3 }, Ranges.of(h, new RangeMethod.MinMax()), 1e-12);
        assertEquals(4, h.count(), "NaN and infinity are not counted");
    }

    @Test
    void widenedHistogramKeepsEveryCount() {
        ActivationHistogram h = new ActivationHistogram(256);
        h.add(new float[] { 0.1f, 0.2f, 0.3f });
        h.add(new float[] { 10f });
        long total = 0;
        for (long b : h.bins()) total += b;
        assertEquals(4, total);
        assertTrue(h.binWidth() * 256 >= 10);
    }

    @Test
    void percentileOfAGaussian() {
        ActivationHistogram h = gaussian(400_000, 1, 0);
        double[] r = Ranges.of(h, new RangeMethod.Percentile(99.9));
        // |N(0,1)| exceeds 3.29 with probability 0.001
        assertEquals(3.29, r[1], 0.08);
        assertEquals(-r[1], r[0], 1e-12, "symmetric");
    }

    @Test
    void entropyIgnoresARareOutlierThatMinMaxKeeps() {
        ActivationHistogram h = gaussian(400_000, 2, 40);
        double minmax = Ranges.of(h, new RangeMethod.MinMax())[1];
        double entropy = Ranges.of(h, new RangeMethod.Entropy())[1];
        assertEquals(40, minmax, 1e-6);
        assertTrue(entropy > 2.5 && entropy < 12, "KL threshold near the bulk of the distribution: " + entropy);
    }

    @Test
    void nonNegativeActivationsStayNonNegative() {
        ActivationHistogram h = new ActivationHistogram(512);
        Random r = new Random(3);
        float[] relu = new float[50_000];
        for (int i = 0; i < relu.length; i++) relu[i] = (float) Math.max(0, r.nextGaussian());
        h.add(relu);
        double[] p = Ranges.of(h, new RangeMethod.Percentile(99.99));
        assertEquals(0, p[0], 0, "a ReLU output keeps 0 as its low end");
        assertTrue(p[1] > 3 && p[1] <= h.max());
    }

    @Test
    void badPercentileIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RangeMethod.Percentile(40));
        assertThrows(IllegalArgumentException.class, () -> new ActivationHistogram(300));
    }
}
