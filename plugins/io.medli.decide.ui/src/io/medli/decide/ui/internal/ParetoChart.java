package io.medli.decide.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import io.medli.decide.rank.Pareto;
import io.medli.store.ModelDatabase;

/**
 * Accuracy against latency, one colour per device: every row with an accuracy as a dot, each
 * device's Pareto front as a line through the rows nothing on that device beats. Latency on a log
 * scale (small models span decades).
 */
final class ParetoChart extends Canvas {
    private static final int[] COLOURS = { SWT.COLOR_DARK_BLUE, SWT.COLOR_DARK_RED, SWT.COLOR_DARK_GREEN, SWT.COLOR_DARK_MAGENTA, SWT.COLOR_DARK_CYAN,
            SWT.COLOR_DARK_YELLOW };
    private final Map<String, List<ModelDatabase.Row>> byDevice = new LinkedHashMap<>();
    private final Map<String, List<ModelDatabase.Row>> fronts = new LinkedHashMap<>();

    ParetoChart(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
        addPaintListener(e -> paint(e.gc));
    }

    void show(List<ModelDatabase.Row> rows) {
        byDevice.clear();
        fronts.clear();
        for (ModelDatabase.Row r : rows) if (r.accuracy() != null) byDevice.computeIfAbsent(r.device(), k -> new ArrayList<>()).add(r);
        byDevice.forEach((d, rs) -> fronts.put(d, Pareto.front(rs, ModelDatabase.Row::p50Ms, r -> r.accuracy())));
        redraw();
    }

    /** Each device's front, fastest first. */
    Map<String, List<ModelDatabase.Row>> fronts() {
        return Map.copyOf(fronts);
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        var d = getDisplay();
        gc.setAntialias(SWT.ON);
        if (byDevice.isEmpty()) {
            gc.drawText("No rows with an accuracy: add models with 'medli modeldb add MODEL --data DATA'", 10, 10, true);
            return;
        }
        double minMs = Double.MAX_VALUE, maxMs = 0, minAcc = 100, maxAcc = 0;
        for (List<ModelDatabase.Row> rs : byDevice.values())
            for (ModelDatabase.Row r : rs) {
                minMs = Math.min(minMs, r.p50Ms());
                maxMs = Math.max(maxMs, r.p50Ms());
                minAcc = Math.min(minAcc, r.accuracy());
                maxAcc = Math.max(maxAcc, r.accuracy());
            }
        double lo = Math.log10(Math.max(minMs, 1e-6)) - 0.1, hi = Math.log10(Math.max(maxMs, 1e-6)) + 0.1;
        double aLo = Math.floor(minAcc - 1), aHi = Math.ceil(maxAcc + 1);
        int left = 50, right = area.width - 150, top = 10, bottom = area.height - 30;
        if (right <= left || bottom <= top) return;
        gc.setForeground(d.getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        gc.drawLine(left, bottom, right, bottom);
        gc.drawLine(left, top, left, bottom);
        gc.drawText("p50 latency (ms, log)", (left + right) / 2 - 50, bottom + 10, true);
        gc.drawText(String.format(Locale.ROOT, "%.3g", Math.pow(10, lo)), left, bottom + 2, true);
        gc.drawText(String.format(Locale.ROOT, "%.3g", Math.pow(10, hi)), right - 30, bottom + 2, true);
        gc.drawText(String.format(Locale.ROOT, "%.0f %%", aHi), 5, top, true);
        gc.drawText(String.format(Locale.ROOT, "%.0f %%", aLo), 5, bottom - 15, true);
        int i = 0;
        for (Map.Entry<String, List<ModelDatabase.Row>> e : byDevice.entrySet()) {
            Color c = d.getSystemColor(COLOURS[i % COLOURS.length]);
            gc.setForeground(c);
            gc.setBackground(c);
            for (ModelDatabase.Row r : e.getValue()) {
                int x = x(r.p50Ms(), lo, hi, left, right), y = y(r.accuracy(), aLo, aHi, top, bottom);
                gc.fillOval(x - 3, y - 3, 7, 7);
            }
            List<ModelDatabase.Row> f = fronts.get(e.getKey());
            gc.setLineWidth(2);
            for (int k = 1; k < f.size(); k++) {
                ModelDatabase.Row a = f.get(k - 1), b = f.get(k);
                gc.drawLine(x(a.p50Ms(), lo, hi, left, right), y(a.accuracy(), aLo, aHi, top, bottom), x(b.p50Ms(), lo, hi, left, right),
                        y(b.accuracy(), aLo, aHi, top, bottom));
            }
            gc.setLineWidth(1);
            gc.drawText(e.getKey() + " (" + f.size() + " on the front)", right + 10, top + 18 * i, true);
            i++;
        }
    }

    private static int x(double ms, double lo, double hi, int left, int right) {
        return left + (int) Math.round((Math.log10(Math.max(ms, 1e-6)) - lo) / (hi - lo) * (right - left));
    }

    private static int y(double acc, double lo, double hi, int top, int bottom) {
        return bottom - (int) Math.round((acc - lo) / (hi - lo) * (bottom - top));
    }
}
