package io.medli.monitor.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.medli.monitor.ChunkMonitor;
import io.medli.monitor.MonitorProfile;
import io.medli.monitor.ReferenceProfile;
import io.medli.monitor.SignalStats;

/** Time-series statistics by hand, and the sensor-noise shift on vibration windows: detected, and no alarm without it. */
class SignalTest {
    static final int LENGTH = 1024, CHANNELS = 2, BANDS = 4;

    @Test
    void aSineHasItsRmsItsKurtosisAndItsBand() {
        float[] x = new float[LENGTH];
        // 3.0 amplitude at 0.3 of the Nyquist frequency: the second of four bands
        for (int i = 0; i < LENGTH; i++) x[i] = (float) (3 * Math.sin(Math.PI * 0.3 * i));
        double[] s = SignalStats.of(x, 1, LENGTH, BANDS);
        assertEquals(3 / Math.sqrt(2), s[0], 0.01);
        assertEquals(-1.5, s[1], 0.01, "a sine's excess kurtosis");
        assertTrue(s[3] > 0.99, "the power in band 2: " + s[3]);
        assertEquals(1, s[2] + s[3] + s[4] + s[5], 1e-9);
        assertEquals(List.of("ch0 rms", "ch0 kurtosis", "ch0 band 1/4", "ch0 band 2/4", "ch0 band 3/4", "ch0 band 4/4"), SignalStats.names(1, BANDS));
        assertArrayEquals(new int[] { 2, 4 }, SignalStats.shapeOf(SignalStats.names(2, 4)));
        assertNull(SignalStats.shapeOf(List.of("brightness", "contrast", "sharpness")));
    }

    /** A machine's vibration: two tones (with jitter) and sensor noise of {@code noise}, two channels. */
    static float[] window(SplittableRandom r, double noise) {
        float[] x = new float[CHANNELS * LENGTH];
        for (int c = 0; c < CHANNELS; c++) {
            double f1 = 0.05 * (1 + 0.02 * r.nextDouble()), f2 = 0.21 * (1 + 0.02 * r.nextDouble()), p1 = r.nextDouble() * 6.28, p2 = r.nextDouble() * 6.28;
            for (int i = 0; i < LENGTH; i++) {
                double g = Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
                x[c * LENGTH + i] = (float) (Math.sin(Math.PI * f1 * i + p1) + 0.5 * Math.sin(Math.PI * f2 * i + p2) + noise * g);
            }
        }
        return x;
    }

    /** A stand-in classifier of the windows (normal or not, from channel 0's RMS): the profile needs the model's outputs. */
    static double[] scores(double[] features) {
        double p = 1 / (1 + Math.exp(-(features[0] - 0.8) * 20));
        return new double[] { 1 - p, p };
    }

    @Test
    void sensorNoiseIsDetectedWithinTwoChunksAndCleanSignalsRaiseNoAlarm() {
        SplittableRandom r = new SplittableRandom(Long.parseLong(System.getenv().getOrDefault("MEDLI_MONITOR_SEED", "17")));
        int chunk = 50, n = 3000;
        double[][] features = new double[n][], scores = new double[n][];
        for (int i = 0; i < n; i++) {
            features[i] = SignalStats.of(window(r, 0.1), CHANNELS, LENGTH, BANDS);
            scores[i] = scores(features[i]);
        }
        MonitorProfile p = MonitorProfile.of("vibration", SignalStats.names(CHANNELS, BANDS), features, scores, null, ReferenceProfile.Settings.defaults(chunk));
        List<String> clean = new ArrayList<>(), noisy = new ArrayList<>();
        ChunkMonitor m = new ChunkMonitor(p);
        int first = -1;
        for (int c = 0; c < 20; c++) {
            for (int i = 0; i < chunk; i++) {
                double[] f = SignalStats.of(window(r, 0.1), CHANNELS, LENGTH, BANDS);
                ChunkMonitor.ChunkReport rep = m.add(f, scores(f), 1);
                if (rep != null) clean.addAll(rep.alerts());
            }
        }
        assertTrue(clean.isEmpty(), "clean signals raised " + clean);
        for (int c = 0; c < 4; c++) {
            for (int i = 0; i < chunk; i++) {
                double[] f = SignalStats.of(window(r, 0.3), CHANNELS, LENGTH, BANDS); // the sensor's noise three times higher
                ChunkMonitor.ChunkReport rep = m.add(f, scores(f), 1);
                if (rep != null && !rep.quiet()) {
                    if (first < 0) first = c;
                    noisy.addAll(rep.alerts());
                }
            }
        }
        assertTrue(first >= 0 && first < 2, "sensor noise not detected within 2 chunks: " + noisy);
        assertTrue(noisy.stream().anyMatch(a -> a.startsWith("ch1 band 4/4 drifted")), "the high band of the untouched-by-the-model channel: " + noisy);
    }
}
