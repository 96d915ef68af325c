package io.medli.monitor.internal;

/**
 * The regularized incomplete gamma function, for chi-squared p-values: a power series below
 * {@code a + 1}, a continued fraction (modified Lentz) above, as the classic numerical texts
 * describe; about 1e-14 relative.
 */
public final class Gamma {
    private static final int MAX_TERMS = 10_000;
    private static final double EPS = 1e-15, TINY = 1e-300;
    private static final double[] LANCZOS = { 0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
            12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7 };

    private Gamma() {
    }

    /** ln Gamma(x) for x > 0 (Lanczos, g = 7). */
    public static double logGamma(double x) {
        if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        x -= 1;
        double a = LANCZOS[0], t = x + 7.5;
        for (int i = 1; i < LANCZOS.length; i++) a += LANCZOS[i] / (x + i);
        return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
    }

    /** Q(a, x) = Gamma(a, x) / Gamma(a): the upper tail; a chi-squared p-value is Q(dof / 2, statistic / 2). */
    public static double upperRegularized(double a, double x) {
        if (a <= 0) throw new IllegalArgumentException("a must be positive: " + a);
        if (x <= 0) return 1;
        return x < a + 1 ? 1 - series(a, x) : fraction(a, x);
    }

    private static double series(double a, double x) {
        double sum = 1 / a, term = sum;
        for (int n = 1; n < MAX_TERMS; n++) {
            term *= x / (a + n);
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * EPS) break;
        }
        return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
    }

    private static double fraction(double a, double x) {
        double b = x + 1 - a, c = 1 / TINY, d = 1 / b, h = d;
        for (int i = 1; i < MAX_TERMS; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < TINY) d = TINY;
            c = b + an / c;
            if (Math.abs(c) < TINY) c = TINY;
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPS) break;
        }
        return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
    }
}
