package io.medli.cli;

import java.util.Locale;

/** Human-readable counts, sizes and table cells. */
final class Units {
    private Units() {
    }

    static String count(long n) {
        if (n < 0) return "unknown";
        if (n >= 1_000_000_000L) return String.format(Locale.ROOT, "%.2f G", n / 1e9);
        if (n >= 1_000_000L) return String.format(Locale.ROOT, "%.2f M", n / 1e6);
        if (n >= 10_000L) return String.format(Locale.ROOT, "%.1f k", n / 1e3);
        return Long.toString(n);
    }

    static String mb(long bytes) {
        if (bytes < 0) return "unknown";
        return String.format(Locale.ROOT, "%.2f MB", bytes / (1024.0 * 1024.0));
    }

    /** {@code s} in at most {@code n} characters, a cut marked with "~"; null as empty. */
    static String cut(String s, int n) {
        return s == null ? "" : s.length() <= n ? s : s.substring(0, n - 1) + "~";
    }
}
