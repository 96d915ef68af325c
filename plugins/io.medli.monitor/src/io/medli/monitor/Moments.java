package io.medli.monitor;

/**
 * Running mean, standard deviation, skewness and kurtosis in constant memory (the one-pass update
 * of the first four central moments, numerically stable; two can be merged).
 */
public final class Moments {
    private long n;
    private double mean, m2, m3, m4;

    /** The moments of {@code values}. */
    public static Moments of(double[] values) {
        Moments m = new Moments();
        for (double v : values) m.add(v);
        return m;
    }

    public void add(double x) {
        if (Double.isNaN(x)) return;
        long n1 = n;
        n++;
        double delta = x - mean, dn = delta / n, dn2 = dn * dn, term = delta * dn * n1;
        mean += dn;
        m4 += term * dn2 * ((double) n * n - 3 * n + 3) + 6 * dn2 * m2 - 4 * dn * m3;
        m3 += term * dn * (n - 2) - 3 * dn * m2;
        m2 += term;
    }

    /** Adds what {@code o} has seen (as if its values had been added here). */
    public void merge(Moments o) {
        if (o.n == 0) return;
        if (n == 0) {
            n = o.n;
            mean = o.mean;
            m2 = o.m2;
            m3 = o.m3;
            m4 = o.m4;
            return;
        }
        double na = n, nb = o.n, nn = na + nb, d = o.mean - mean, d2 = d * d;
        double m2n = m2 + o.m2 + d2 * na * nb / nn;
        double m3n = m3 + o.m3 + d * d2 * na * nb * (na - nb) / (nn * nn) + 3 * d * (na * o.m2 - nb * m2) / nn;
        double m4n = m4 + o.m4 + d2 * d2 * na * nb * (na * na - na * nb + nb * nb) / (nn * nn * nn) + 6 * d2 * (na * na * o.m2 + nb * nb * m2) / (nn * nn)
                + 4 * d * (na * o.m3 - nb * m3) / nn;
        mean += d * nb / nn;
        m2 = m2n;
        m3 = m3n;
        m4 = m4n;
        n += o.n;
    }

    public long count() {
        return n;
    }

    public double mean() {
        return n == 0 ? Double.NaN : mean;
    }

    /** Population standard deviation (NumPy's default, ddof 0). */
    public double std() {
        return n == 0 ? Double.NaN : Math.sqrt(m2 / n);
    }

    /** Root mean square: sqrt(mean^2 + variance). */
    public double rms() {
        return n == 0 ? Double.NaN : Math.sqrt(mean * mean + m2 / n);
    }

    /** Skewness, biased (SciPy's {@code skew} default). */
    public double skewness() {
        return n == 0 || m2 == 0 ? Double.NaN : Math.sqrt(n) * m3 / Math.pow(m2, 1.5);
    }

    /** Excess kurtosis, biased (SciPy's {@code kurtosis} default, Fisher): 0 for a normal distribution. */
    public double kurtosis() {
        return n == 0 || m2 == 0 ? Double.NaN : n * m4 / (m2 * m2) - 3;
    }
}
