package io.medli.monitor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;

import io.medli.monitor.Drift;
import io.medli.monitor.Histogram;
import io.medli.monitor.Moments;
import io.medli.monitor.internal.Gamma;

/** The drift statistics against hand-computed cases and against SciPy (python3-scipy) on random data of several shapes. */
class DriftTest {
    @Test
    void handComputedCases() {
        // p = (1/2, 1/2), q = (1, 0): m = (3/4, 1/4); JS = 1/2 [1/2 log2(2/3) + 1/2 log2 2] + 1/2 log2(4/3)
        double js = 0.5 * (0.5 * log2(0.5 / 0.75) + 0.5 * log2(0.5 / 0.25)) + 0.5 * log2(1 / 0.75);
        assertEquals(Math.sqrt(js), Drift.jensenShannon(new double[] { 5, 5 }, new double[] { 3, 0 }), 1e-15);
        assertEquals(0, Drift.jensenShannon(new double[] { 1, 2, 3 }, new double[] { 2, 4, 6 }), 1e-15, "the same shares, whatever the counts");
        assertEquals(1, Drift.jensenShannon(new double[] { 1, 0 }, new double[] { 0, 1 }), 1e-15, "disjoint: the largest distance");
        // Hellinger: sqrt(1 - sqrt(1/2)) for (1/2, 1/2) against (1, 0)
        assertEquals(Math.sqrt(1 - Math.sqrt(0.5)), Drift.hellinger(new double[] { 1, 1 }, new double[] { 1, 0 }), 1e-15);
        assertEquals(0.5, Drift.lInfinity(new double[] { 1, 1 }, new double[] { 1, 0 }), 1e-15);
        // PSI of (0.5, 0.5) -> (0.25, 0.75): (-0.25) ln(0.5) + 0.25 ln(1.5)
        assertEquals(-0.25 * Math.log(0.5) + 0.25 * Math.log(1.5), Drift.psi(new double[] { 2, 2 }, new double[] { 1, 3 }), 1e-15);
        // KS: {1,2,3} against {2,3,4}: the distribution functions differ by 1/3 at most
        assertEquals(1.0 / 3, Drift.kolmogorovSmirnov(new double[] { 1, 2, 3 }, new double[] { 2, 3, 4 }), 1e-15);
        // Wasserstein: a shift by 1 moves every unit of mass by 1
        assertEquals(1, Drift.wasserstein(new double[] { 1, 2, 3 }, new double[] { 2, 3, 4 }), 1e-15);
        assertEquals(0.5, Drift.wasserstein(new double[] { 0, 1 }, new double[] { 0.5 }), 1e-15);
        // chi-squared, 3 categories (no Yates): table [[10, 20, 30], [20, 20, 20]]
        Drift.ChiSquared c = Drift.chiSquared(new double[] { 10, 20, 30 }, new double[] { 20, 20, 20 });
        double e1 = 15, e3 = 25, stat = 2 * (25 / e1) + 0 + 2 * (25 / e3);
        assertEquals(stat, c.statistic(), 1e-12);
        assertEquals(2, c.degreesOfFreedom());
        assertEquals(Math.exp(-stat / 2), c.pValue(), 1e-12, "with 2 degrees of freedom the tail is exp(-x/2)");
        // bad input is named
        assertThrows(IllegalArgumentException.class, () -> Drift.jensenShannon(new double[] { 0, 0 }, new double[] { 1, 1 }));
        assertThrows(IllegalArgumentException.class, () -> Drift.kolmogorovSmirnov(new double[0], new double[] { 1 }));
        assertThrows(IllegalArgumentException.class, () -> Drift.hellinger(new double[] { -1, 2 }, new double[] { 1, 1 }));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    @Test
    void theGammaFunctionAndItsTail() {
        assertEquals(Math.log(24), Gamma.logGamma(5), 1e-13);
        assertEquals(Math.log(Math.sqrt(Math.PI)), Gamma.logGamma(0.5), 1e-13);
        // Q(1/2, x/2) is the chi-squared tail with 1 degree of freedom: 0.05 at 3.841458820694124
        assertEquals(0.05, Gamma.upperRegularized(0.5, 3.841458820694124 / 2), 1e-12);
        assertEquals(Math.exp(-7.5), Gamma.upperRegularized(1, 7.5), 1e-15);
    }

    @Test
    void aHistogramKeepsItsBinsAndGivesQuantiles() {
        Histogram h = new Histogram(Histogram.equalWidth(0, 10, 10));
        for (int i = 0; i < 1000; i++) h.add(i / 100.0); // 0 .. 9.99, uniform
        h.add(-3);
        h.add(42);
        double[] counts = h.counts();
        assertEquals(12, counts.length, "below, ten bins, above");
        assertEquals(1, counts[0]);
        assertEquals(1, counts[11]);
        assertEquals(100, counts[5]);
        assertEquals(5.0, h.quantile(0.5), 0.02);
        assertEquals(42, h.quantile(1), 0);
        assertEquals(-3, h.quantile(0), 0);
        assertThrows(IllegalArgumentException.class, () -> new Histogram(new double[] { 1, 1 }));
    }

    record Case(double[] a, double[] b, double[] p, double[] q, double[] s) {
    }

    @Test
    void theStatisticsAgreeWithScipy(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        List<Case> cases = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(7);
        for (int k = 0; k < 12; k++) {
            int na = 20 + r.nextInt(2000), nb = 5 + r.nextInt(500);
            double shift = r.nextDouble() * 2, scale = 0.5 + r.nextDouble();
            double[] a = new double[na], b = new double[nb];
            for (int i = 0; i < na; i++) a[i] = k % 3 == 0 ? Math.floor(gauss(r) * 3) : gauss(r); // some with ties
            for (int i = 0; i < nb; i++) b[i] = k % 3 == 0 ? Math.floor((gauss(r) * scale + shift) * 3) : Math.exp(gauss(r) * scale) + shift;
            int bins = k % 4 == 1 ? 2 : 2 + r.nextInt(12); // two categories: SciPy applies Yates
            double[] p = new double[bins], q = new double[bins];
            for (int i = 0; i < bins; i++) {
                p[i] = 1 + r.nextInt(300);
                q[i] = r.nextInt(200) + (i == 0 ? 1 : 0);
            }
            double[] sig = new double[1 << (1 + r.nextInt(11))]; // 2 to 2048 samples
            for (int i = 0; i < sig.length; i++) sig[i] = gauss(r) + Math.sin(i * 0.3 * (k + 1));
            cases.add(new Case(a, b, p, q, sig));
        }
        Gson gson = new Gson();
        List<Map<String, Object>> scipy = gson.fromJson(python(dir, gson.toJson(cases)), new TypeToken<List<Map<String, Object>>>() {
        }.getType());
        for (int k = 0; k < cases.size(); k++) {
            Case c = cases.get(k);
            Map<String, Double> s = new java.util.HashMap<>();
            scipy.get(k).forEach((key, v) -> {
                if (v instanceof Number n) s.put(key, n.doubleValue());
            });
            @SuppressWarnings("unchecked")
            List<Double> power = (List<Double>) scipy.get(k).get("power");
            double[] mine = io.medli.monitor.internal.Fft.power(c.s());
            assertEquals(power.size(), mine.length, at(k));
            for (int i = 0; i < mine.length; i++) assertEquals(power.get(i), mine[i], 1e-9 * Math.max(1, power.get(i)), at(k) + ", bin " + i);
            String at = at(k);
            assertEquals(s.get("ks"), Drift.kolmogorovSmirnov(c.a(), c.b()), 1e-12, at);
            assertEquals(s.get("wasserstein"), Drift.wasserstein(c.a(), c.b()), 1e-9 * Math.max(1, s.get("wasserstein")), at);
            assertEquals(s.get("jensenShannon"), Drift.jensenShannon(c.p(), c.q()), 1e-12, at);
            assertEquals(s.get("hellinger"), Drift.hellinger(c.p(), c.q()), 1e-12, at);
            assertEquals(s.get("psi"), Drift.psi(c.p(), c.q()), 1e-12, at);
            assertEquals(s.get("lInfinity"), Drift.lInfinity(c.p(), c.q()), 1e-12, at);
            Drift.ChiSquared chi = Drift.chiSquared(c.p(), c.q());
            assertEquals(s.get("dof"), chi.degreesOfFreedom(), 0, at);
            assertEquals(s.get("chi2"), chi.statistic(), 1e-9 * Math.max(1, s.get("chi2")), at);
            assertEquals(s.get("chi2p"), chi.pValue(), 1e-10 + 1e-8 * s.get("chi2p"), at);
            Moments m = new Moments();
            Moments half = new Moments(), rest = new Moments();
            for (int i = 0; i < c.a().length; i++) {
                m.add(c.a()[i]);
                (i % 2 == 0 ? half : rest).add(c.a()[i]);
            }
            half.merge(rest);
            assertEquals(s.get("std"), m.std(), 1e-12 * Math.max(1, s.get("std")), at);
            assertEquals(s.get("skew"), m.skewness(), 1e-9, at);
            assertEquals(s.get("kurtosis"), m.kurtosis(), 1e-9, at);
            assertEquals(m.kurtosis(), half.kurtosis(), 1e-9, at + ": merged halves");
            assertEquals(m.skewness(), half.skewness(), 1e-9, at + ": merged halves");
        }
    }

    private static String at(int k) {
        return "case " + k;
    }

    private static double gauss(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    /** SciPy's figures for the cases, from scipy/drift_reference.py. */
    static String python(Path dir, String json) throws IOException, InterruptedException {
        Path in = dir.resolve("cases.json");
        Files.writeString(in, json);
        // Debian's interpreter, where python3-scipy is installed, before any other python3 on the PATH
        String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
        Process p = new ProcessBuilder(python, Path.of("scipy", "drift_reference.py").toAbsolutePath().toString()).redirectInput(in.toFile()).start();
        byte[] out = p.getInputStream().readAllBytes(), err = p.getErrorStream().readAllBytes();
        int rc = p.waitFor();
        assertTrue(rc == 0, "python3 with SciPy (Debian's python3-scipy; tools/test.sh installs it) failed: " + new String(err, StandardCharsets.UTF_8));
        return new String(out, StandardCharsets.UTF_8);
    }
}
