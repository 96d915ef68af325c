package io.medli.boards.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * The latency of the selected runs, drawn with SWT: the first run's histogram of samples (bars),
 * and every run's percentile curve (latency against percentile, p50/p90/p99 marked) so runs on
 * different boards, models or runtimes compare on one axis.
 */
final class LatencyChart extends Canvas {
    private static final RGB[] COLOURS = { new RGB(31, 119, 180), new RGB(255, 127, 14), new RGB(44, 160, 44), new RGB(214, 39, 40), new RGB(148, 103, 189) };
    private static final int BINS = 30;

    record Series(String label, double[] sortedMs) {
    }

    private final List<Series> series = new ArrayList<>();
    private String message = "Select results to see their latency distribution.";

    LatencyChart(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        addPaintListener(e -> paint(e.gc));
    }

    /** The runs to draw: a label and the raw samples of each. */
    void show(List<String> labels, List<double[]> samples) {
        series.clear();
        for (int i = 0; i < labels.size(); i++) {
            double[] s = samples.get(i).clone();
            Arrays.sort(s);
            if (s.length > 0) series.add(new Series(labels.get(i), s));
        }
        message = series.isEmpty() ? "No samples kept for these results." : null;
        redraw();
    }

    List<Series> series() {
        return series;
    }

    /** Nearest-rank percentile of sorted samples, as the agent computes it. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** Counts of the first run's samples in {@code BINS} equal bins between {@code lo} and {@code hi}. */
    static int[] histogram(double[] sorted, double lo, double hi) {
        int[] counts = new int[BINS];
        double w = (hi - lo) / BINS;
        for (double v : sorted) counts[Math.min(BINS - 1, Math.max(0, (int) ((v - lo) / (w == 0 ? 1 : w))))]++;
        return counts;
    }

    private void paint(GC gc) {
        Rectangle r = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(r);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        if (message != null) {
            gc.drawText(message, 10, 10, true);
            return;
        }
        int left = 50, right = r.width - 15, top = 12, bottom = r.height - 38;
        if (right - left < 60 || bottom - top < 40) {
            gc.drawText("Enlarge the view to see the chart.", 10, 10, true);
            return;
        }
        double lo = series.stream().mapToDouble(s -> s.sortedMs[0]).min().orElse(0);
        double hi = series.stream().mapToDouble(s -> percentile(s.sortedMs, 99.9)).max().orElse(1);
        if (hi <= lo) hi = lo + 1;
        double span = hi - lo;
        // histogram of the first run, scaled to the plot's height
        int[] h = histogram(series.get(0).sortedMs, lo, hi);
        int max = Arrays.stream(h).max().orElse(1);
        Color bar = new Color(getDisplay(), new RGB(200, 215, 235));
        gc.setBackground(bar);
        double bw = (right - left) / (double) BINS;
        for (int i = 0; i < BINS; i++) {
            int bh = (int) ((bottom - top) * h[i] / (double) Math.max(1, max));
            gc.fillRectangle(left + (int) (i * bw), bottom - bh, Math.max(1, (int) bw - 1), bh);
        }
        bar.dispose();
        // percentile curves: x = latency, y = percentile 0..100
        for (int k = 0; k < series.size(); k++) {
            Series s = series.get(k);
            Color c = new Color(getDisplay(), COLOURS[k % COLOURS.length]);
            gc.setForeground(c);
            gc.setLineWidth(2);
            int[] pts = new int[2 * 101];
            for (int p = 0; p <= 100; p++) {
                double v = Math.min(hi, percentile(s.sortedMs, Math.max(0.0001, p)));
                pts[2 * p] = left + (int) ((v - lo) / span * (right - left));
                pts[2 * p + 1] = bottom - (int) (p / 100.0 * (bottom - top));
            }
            gc.drawPolyline(pts);
            gc.setLineWidth(1);
            for (double p : new double[] { 50, 90, 99 }) {
                int x = left + (int) ((Math.min(hi, percentile(s.sortedMs, p)) - lo) / span * (right - left)), y = bottom - (int) (p / 100 * (bottom - top));
                gc.fillOval(x - 3, y - 3, 6, 6);
            }
            String legend = String.format(Locale.ROOT, "%s: p50 %.2f, p90 %.2f, p99 %.2f ms", s.label, percentile(s.sortedMs, 50), percentile(s.sortedMs, 90),
                    percentile(s.sortedMs, 99));
            gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
            gc.drawText(legend, right - gc.textExtent(legend).x, bottom - 16 * (series.size() - k) - 2, false); // lower right, where the curves have risen
            c.dispose();
        }
        // axes
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        gc.drawLine(left, bottom, right, bottom);
        gc.drawLine(left, top, left, bottom);
        for (int i = 0; i <= 4; i++) {
            double v = lo + span * i / 4;
            String t = String.format(Locale.ROOT, "%.2f", v);
            Point e = gc.textExtent(t);
            int x = left + (right - left) * i / 4;
            gc.drawLine(x, bottom, x, bottom + 4);
            gc.drawText(t, x - e.x / 2, bottom + 6, true);
            String p = (25 * i) + "%";
            int y = bottom - (bottom - top) * i / 4;
            gc.drawText(p, left - gc.textExtent(p).x - 6, y - e.y / 2, true);
        }
        gc.drawText("latency (ms) - bars: the first run's samples, lines: percentiles", left, bottom + 20, true);
    }
}
