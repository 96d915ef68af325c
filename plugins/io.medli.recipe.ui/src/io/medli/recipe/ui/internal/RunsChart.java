package io.medli.recipe.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import io.medli.recipe.run.Metrics;
import io.medli.recipe.run.RunHistory;

/**
 * The runs as points: quality (accuracy where measured, else SQNR; else the model's size) against
 * latency, one point per run that measured both, the selected runs filled and named. Drawn with SWT
 * alone - a handful of points does not need a charting library.
 */
final class RunsChart {
    /** A run placed on the chart: its figures and its label. */
    record Dot(String run, double latencyMs, double quality, boolean selected) {
    }

    private final Canvas canvas;
    private List<Dot> dots = List.of();
    private String qualityName = "";

    RunsChart(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
        canvas.addPaintListener(e -> paint(e.gc, canvas.getClientArea()));
    }

    Canvas control() {
        return canvas;
    }

    /** The points drawn (for tests). */
    List<Dot> dots() {
        return dots;
    }

    void show(List<RunHistory.Entry> runs, List<RunHistory.Entry> selected) {
        // the best measure of quality the runs have; without one, their size (down is better then)
        String key = has(runs, Metrics.ACCURACY) ? Metrics.ACCURACY : has(runs, Metrics.SQNR_DB) ? Metrics.SQNR_DB : Metrics.SIZE_BYTES;
        qualityName = switch (key) {
            case Metrics.ACCURACY -> "accuracy %";
            case Metrics.SQNR_DB -> "SQNR dB";
            default -> "size bytes";
        };
        List<Dot> out = new ArrayList<>();
        for (RunHistory.Entry e : runs) {
            Double l = e.metrics().get(Metrics.LATENCY_MS), q = e.metrics().get(key);
            if (l != null && q != null) out.add(new Dot(e.dir().getFileName().toString(), l, q, selected.contains(e)));
        }
        dots = List.copyOf(out);
        if (!canvas.isDisposed()) canvas.redraw();
    }

    private static boolean has(List<RunHistory.Entry> runs, String metric) {
        return runs.stream().anyMatch(e -> e.metrics().get(metric) != null && e.metrics().get(Metrics.LATENCY_MS) != null);
    }

    private void paint(GC gc, Rectangle area) {
        int left = 60, bottom = 30, top = 12, right = 16;
        Rectangle plot = new Rectangle(area.x + left, area.y + top, Math.max(10, area.width - left - right), Math.max(10, area.height - top - bottom));
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
        gc.drawRectangle(plot);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        if (dots.isEmpty()) {
            gc.drawText("no run has measured both latency and quality yet (add Evaluate and Benchmark steps)", plot.x + 8, plot.y + 8, true);
            return;
        }
        double x0 = dots.stream().mapToDouble(Dot::latencyMs).min().orElse(0), x1 = dots.stream().mapToDouble(Dot::latencyMs).max().orElse(1);
        double y0 = dots.stream().mapToDouble(Dot::quality).min().orElse(0), y1 = dots.stream().mapToDouble(Dot::quality).max().orElse(1);
        if (x1 - x0 < 1e-9) { x0 -= 0.5 * Math.max(1e-3, x0); x1 += 0.5 * Math.max(1e-3, x1); }
        if (y1 - y0 < 1e-9) { y0 -= 1; y1 += 1; }
        double xa = x0 - 0.05 * (x1 - x0), xb = x1 + 0.05 * (x1 - x0), ya = y0 - 0.05 * (y1 - y0), yb = y1 + 0.05 * (y1 - y0);
        gc.drawText(String.format(Locale.ROOT, "%.3g", xa), plot.x, plot.y + plot.height + 4, true);
        String xmax = String.format(Locale.ROOT, "%.3g ms", xb);
        gc.drawText(xmax, plot.x + plot.width - gc.textExtent(xmax).x, plot.y + plot.height + 4, true);
        gc.drawText("latency p50", plot.x + plot.width / 2 - 30, plot.y + plot.height + 4, true);
        gc.drawText(String.format(Locale.ROOT, "%.4g", yb), area.x + 4, plot.y, true);
        gc.drawText(String.format(Locale.ROOT, "%.4g", ya), area.x + 4, plot.y + plot.height - 14, true);
        gc.drawText(qualityName, area.x + 4, plot.y + plot.height / 2 - 7, true);
        for (Dot d : dots) {
            Point p = new Point(plot.x + (int) ((d.latencyMs() - xa) / (xb - xa) * plot.width), plot.y + (int) ((yb - d.quality()) / (yb - ya) * plot.height));
            gc.setBackground(canvas.getDisplay().getSystemColor(d.selected() ? SWT.COLOR_LIST_SELECTION : SWT.COLOR_WIDGET_NORMAL_SHADOW));
            gc.fillOval(p.x - 4, p.y - 4, 9, 9);
            if (d.selected()) gc.drawText(d.run(), p.x + 7, p.y - 7, true);
        }
    }
}
