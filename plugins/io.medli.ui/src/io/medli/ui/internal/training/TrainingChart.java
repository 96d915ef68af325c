package io.medli.ui.internal.training;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

import io.medli.ui.internal.Messages;

/**
 * Loss and accuracy per epoch, drawn live: losses (train, validation) on the left scale,
 * accuracies (train, validation) in percent on the right. Points are added on the UI thread.
 */
public final class TrainingChart extends Canvas {
    /** One epoch's figures. */
    public record Point(int epoch, float trainLoss, float validationLoss, float trainAccuracy, float validationAccuracy) {
    }

    private final List<Point> points = new ArrayList<>();
    private float runningLoss = Float.NaN;

    public TrainingChart(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        addPaintListener(e -> paint(e.gc));
    }

    public void clear() {
        points.clear();
        runningLoss = Float.NaN;
        redraw();
    }

    public void add(Point p) {
        points.add(p);
        runningLoss = Float.NaN;
        redraw();
    }

    /** The current epoch's running training loss, drawn as a marker after the last point. */
    public void running(float loss) {
        runningLoss = loss;
        redraw();
    }

    public List<Point> points() {
        return List.copyOf(points);
    }

    private void paint(GC gc) {
        Display d = getDisplay();
        Rectangle r = getClientArea();
        gc.setBackground(d.getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(r);
        int left = 48, right = 48, top = 24, bottom = 28;
        Rectangle plot = new Rectangle(r.x + left, r.y + top, Math.max(1, r.width - left - right), Math.max(1, r.height - top - bottom));
        gc.setForeground(d.getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
        gc.drawRectangle(plot);
        gc.setForeground(d.getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        if (points.isEmpty()) {
            gc.drawString(Messages.Chart_empty, plot.x + 8, plot.y + 8, true);
            return;
        }
        float maxLoss = 0;
        for (Point p : points) maxLoss = Math.max(maxLoss, Math.max(finite(p.trainLoss()), finite(p.validationLoss())));
        if (!Float.isNaN(runningLoss)) maxLoss = Math.max(maxLoss, runningLoss);
        maxLoss = maxLoss <= 0 ? 1 : maxLoss * 1.1f;
        int epochs = Math.max(2, points.get(points.size() - 1).epoch() + (Float.isNaN(runningLoss) ? 0 : 1));
        int first = points.get(0).epoch();
        gc.drawString(String.format("%.2f", maxLoss), r.x + 4, plot.y - 6, true);
        gc.drawString("0", r.x + 4, plot.y + plot.height - 12, true);
        gc.drawString("100%", plot.x + plot.width + 6, plot.y - 6, true);
        gc.drawString("epoch " + first + " .. " + epochs, plot.x, plot.y + plot.height + 6, true);
        Color[] colors = { d.getSystemColor(SWT.COLOR_DARK_BLUE), d.getSystemColor(SWT.COLOR_DARK_RED), d.getSystemColor(SWT.COLOR_DARK_CYAN),
                d.getSystemColor(SWT.COLOR_DARK_MAGENTA) };
        String[] names = { "train loss", "val loss", "train acc", "val acc" };
        int lx = plot.x + 8;
        for (int s = 0; s < 4; s++) {
            gc.setForeground(colors[s]);
            gc.setLineWidth(s < 2 ? 2 : 1);
            gc.setLineStyle(s < 2 ? SWT.LINE_SOLID : SWT.LINE_DASH);
            int px = -1, py = -1;
            for (Point p : points) {
                float v = switch (s) {
                    case 0 -> p.trainLoss() / maxLoss;
                    case 1 -> p.validationLoss() / maxLoss;
                    case 2 -> p.trainAccuracy();
                    default -> p.validationAccuracy();
                };
                if (!Float.isFinite(v)) continue;
                int x = plot.x + (int) ((long) plot.width * (p.epoch() - first + 1) / (epochs - first + 1));
                int y = plot.y + plot.height - (int) (plot.height * Math.max(0, Math.min(1, v)));
                if (px >= 0) gc.drawLine(px, py, x, y);
                gc.fillOval(x - 2, y - 2, 5, 5);
                px = x;
                py = y;
            }
            gc.setLineStyle(SWT.LINE_SOLID);
            gc.drawString(names[s], lx, plot.y - 20, true);
            lx += gc.textExtent(names[s]).x + 14;
        }
        if (!Float.isNaN(runningLoss)) {
            gc.setBackground(colors[0]);
            int x = plot.x + (int) ((long) plot.width * (points.get(points.size() - 1).epoch() - first + 2) / (epochs - first + 1));
            int y = plot.y + plot.height - (int) (plot.height * Math.min(1, runningLoss / maxLoss));
            gc.fillOval(x - 3, y - 3, 7, 7);
        }
    }

    private static float finite(float f) {
        return Float.isFinite(f) ? f : 0;
    }
}
