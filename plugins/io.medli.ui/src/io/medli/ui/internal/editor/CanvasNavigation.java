package io.medli.ui.internal.editor;

import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.draw2d.MouseEvent;
import org.eclipse.draw2d.MouseListener;
import org.eclipse.draw2d.MouseMotionListener;
import org.eclipse.draw2d.Viewport;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;

import io.medli.diagram.DiagramNode;
import io.medli.diagram.DiagramScene;

/**
 * Mouse, wheel and keys on the graph canvas: click to select, drag the background to pan,
 * Ctrl+wheel to zoom around the pointer, double-click to open a subgraph or rename; zoom and
 * scrolling for the editor and its outline.
 */
final class CanvasNavigation {
    private final OnnxModelEditor editor;
    private final FigureCanvas canvas;
    private final DiagramFigure figure;
    private int panX = -1, panY;

    CanvasNavigation(OnnxModelEditor editor, FigureCanvas canvas, DiagramFigure figure) {
        this.editor = editor;
        this.canvas = canvas;
        this.figure = figure;
    }

    void install() {
        figure.addMouseListener(new MouseListener.Stub() {
            @Override
            public void mousePressed(MouseEvent me) {
                DiagramScene s = figure.scene();
                if (s == null || me.button != 1) return;
                int[] p = figure.toDiagram(me.x, me.y);
                int box = s.boxAt(p[0], p[1]);
                int edge = box < 0 ? s.edgeAt(p[0], p[1], 4 / figure.zoom()) : -1;
                editor.select(box, edge);
                if (box < 0 && edge < 0) {
                    panX = me.x - viewport().getViewLocation().x;
                    panY = me.y - viewport().getViewLocation().y;
                }
                canvas.setFocus();
            }

            @Override
            public void mouseReleased(MouseEvent me) {
                panX = -1;
            }

            @Override
            public void mouseDoubleClicked(MouseEvent me) {
                int box = figure.selectedBox();
                if (box < 0) return;
                DiagramNode n = figure.scene().diagram.nodes().get(box);
                if (!n.subgraphs().isEmpty()) editor.openSubgraph(box, n.subgraphs().get(0));
                else if (editor.function(n) != null) editor.openFunction(box);
                else if (!editor.inSubgraph()) editor.dialogs().renameSelected();
            }
        });
        figure.addMouseMotionListener(new MouseMotionListener.Stub() {
            @Override
            public void mouseDragged(MouseEvent me) {
                if (panX < 0) return;
                // the figure moves under the mouse: compare with the view location
                int vx = me.x - viewport().getViewLocation().x, vy = me.y - viewport().getViewLocation().y;
                canvas.scrollTo(viewport().getViewLocation().x - (vx - panX), viewport().getViewLocation().y - (vy - panY));
            }
        });
        canvas.addListener(SWT.MouseVerticalWheel, e -> {
            if ((e.stateMask & SWT.MOD1) != 0) {
                e.doit = false;
                zoomAround(e.count > 0 ? 1.2 : 1 / 1.2, e.x, e.y);
            }
        });
        canvas.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.F2) editor.dialogs().renameSelected();
            else if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'f' || e.keyCode == 'F')) editor.showFindBar();
            else if (e.keyCode == SWT.DEL) editor.deleteAction().run();
            else if ((e.stateMask & SWT.MOD1) != 0 && (e.character == '=' || e.character == '+')) zoomAround(1.25, -1, -1);
            else if ((e.stateMask & SWT.MOD1) != 0 && e.character == '-') zoomAround(0.8, -1, -1);
            else if ((e.stateMask & SWT.MOD1) != 0 && e.character == '0') setZoom(1);
        });
    }

    private Viewport viewport() {
        return canvas.getViewport();
    }

    /** Zooms by {@code factor} keeping the diagram point under (x, y) in place (centre if x < 0). */
    void zoomAround(double factor, int x, int y) {
        org.eclipse.swt.graphics.Rectangle area = canvas.getClientArea();
        int cx = x < 0 ? area.width / 2 : x, cy = y < 0 ? area.height / 2 : y;
        double old = figure.zoom();
        double dx = (viewport().getViewLocation().x + cx) / old, dy = (viewport().getViewLocation().y + cy) / old;
        figure.setZoom(old * factor);
        canvas.getViewport().validate();
        canvas.scrollTo((int) (dx * figure.zoom()) - cx, (int) (dy * figure.zoom()) - cy);
    }

    void setZoom(double z) {
        zoomAround(z / figure.zoom(), -1, -1);
    }

    /** Fits the whole graph in the window. */
    void zoomToFit() {
        DiagramScene s = figure.scene();
        if (s == null) return;
        org.eclipse.swt.graphics.Rectangle area = canvas.getClientArea();
        figure.setZoom(Math.min((area.width - 10) / (double) s.width, (area.height - 10) / (double) s.height));
        canvas.scrollTo(0, 0);
    }

    /** Scrolls until the box is visible. */
    void revealBox(int box) {
        reveal(figure.boxBounds(box));
        canvas.getViewport().validate();
    }

    void reveal(Rectangle r) {
        org.eclipse.draw2d.geometry.Point view = viewport().getViewLocation();
        org.eclipse.swt.graphics.Rectangle area = canvas.getClientArea();
        int x = view.x, y = view.y;
        if (r.x < x || r.right() > x + area.width) x = r.x - Math.max(10, (area.width - r.width) / 2);
        if (r.y < y || r.bottom() > y + area.height) y = r.y - Math.max(10, (area.height - r.height) / 2);
        if (x != view.x || y != view.y) canvas.scrollTo(Math.max(0, x), Math.max(0, y));
    }

    int[] visibleDiagramArea() {
        org.eclipse.draw2d.geometry.Point v = viewport().getViewLocation();
        org.eclipse.swt.graphics.Rectangle a = canvas.getClientArea();
        double z = figure.zoom();
        return new int[] { (int) (v.x / z), (int) (v.y / z), (int) (a.width / z), (int) (a.height / z) };
    }

    /** Scrolls so that the diagram point (x, y) is in the middle of the canvas. */
    void centerOn(int x, int y) {
        org.eclipse.swt.graphics.Rectangle a = canvas.getClientArea();
        canvas.scrollTo(Math.max(0, (int) (x * figure.zoom()) - a.width / 2), Math.max(0, (int) (y * figure.zoom()) - a.height / 2));
    }
}
