package io.medli.benchmarks.ui;

import java.util.Locale;

import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.FreeformLayeredPane;
import org.eclipse.draw2d.FreeformLayout;
import org.eclipse.draw2d.FreeformViewport;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.PolylineConnection;
import org.eclipse.draw2d.RectangleFigure;
import org.eclipse.draw2d.ToolbarLayout;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * What one Draw2d figure per box (as GEF's MVC creates, before its edit parts) costs on the UI
 * thread: the measurement behind building the graph editor on a single virtualized figure.
 * Usage (needs a display, e.g. xvfb-run): FigurePerBoxBenchmark N
 */
public final class FigurePerBoxBenchmark {
    private FigurePerBoxBenchmark() {
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        Display display = new Display();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 800);
        FigureCanvas canvas = new FigureCanvas(shell);
        FreeformLayer layer = new FreeformLayer();
        layer.setLayoutManager(new FreeformLayout());
        FreeformLayeredPane pane = new FreeformLayeredPane();
        pane.add(layer, "primary");
        FreeformViewport viewport = new FreeformViewport();
        viewport.setContents(pane);
        canvas.setViewport(viewport);
        shell.open();
        while (display.readAndDispatch()) {
            // settle
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            RectangleFigure box = new RectangleFigure();
            box.setLayoutManager(new ToolbarLayout());
            box.add(new Label("Conv " + i));
            box.add(new Label("W 16\u00d716\u00d73\u00d73"));
            layer.add(box, new Rectangle(20 + (i % 7) * 160, 20 + (i / 7) * 60, 140, 44));
            if (i > 0) {
                PolylineConnection c = new PolylineConnection();
                c.setPoints(new PointList(new int[] { 90 + ((i - 1) % 7) * 160, 64 + ((i - 1) / 7) * 60, 90 + (i % 7) * 160,
                        20 + (i / 7) * 60 }));
                layer.add(c, c.getBounds());
            }
        }
        long t1 = System.nanoTime();
        layer.validate();
        viewport.validate();
        canvas.redraw();
        canvas.update();
        while (display.readAndDispatch()) {
            // paint
        }
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "%d boxes + %d connections as figures: create %.0f ms, first layout and paint %.0f ms"
                + " (all on the UI thread)%n", n, n - 1, (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        display.dispose();
    }
}
