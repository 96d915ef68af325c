package io.medli.ui.internal.editor;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

import io.medli.diagram.DiagramScene;
import io.medli.diagram.DiagramNode;
import io.medli.diagram.OperatorCategory;

/**
 * The whole diagram as one figure that paints only what the clip shows: boxes coloured by
 * operator category with their weights inside, edges with arrowheads and shape labels, the
 * selection, and an optional heat overlay. One figure instead of one per box keeps graphs of
 * tens of thousands of nodes responsive (see docs/architecture.md).
 */
public final class DiagramFigure extends Figure {
    private static final Map<OperatorCategory, RGB> CATEGORY = new EnumMap<>(Map.ofEntries(
            Map.entry(OperatorCategory.CONVOLUTION, new RGB(51, 85, 136)), Map.entry(OperatorCategory.MATMUL, new RGB(68, 68, 150)),
            Map.entry(OperatorCategory.RECURRENT, new RGB(96, 58, 130)), Map.entry(OperatorCategory.ACTIVATION, new RGB(112, 41, 33)),
            Map.entry(OperatorCategory.NORMALIZATION, new RGB(51, 95, 68)), Map.entry(OperatorCategory.POOLING, new RGB(51, 110, 51)),
            Map.entry(OperatorCategory.ELEMENTWISE, new RGB(82, 82, 82)), Map.entry(OperatorCategory.SHAPE, new RGB(118, 86, 66)),
            Map.entry(OperatorCategory.QUANTIZATION, new RGB(120, 60, 120)), Map.entry(OperatorCategory.CONTROL_FLOW, new RGB(30, 30, 30)),
            Map.entry(OperatorCategory.OTHER, new RGB(100, 100, 100))));

    private final Map<OperatorCategory, Color> colors = new EnumMap<>(OperatorCategory.class);
    private final Color edge, labelColor, selection, terminal, body, text, white, nameColor;
    private final Font font, bold, small;
    private DiagramScene scene;
    private double zoom = 1;
    private int selectedBox = -1, selectedEdge = -1;
    private double[] heat;
    private String[] badges;

    public DiagramFigure(Display display, Font font, Font bold, Font small) {
        for (Map.Entry<OperatorCategory, RGB> e : CATEGORY.entrySet()) colors.put(e.getKey(), new Color(display, e.getValue()));
        edge = new Color(display, 110, 110, 110);
        labelColor = new Color(display, 90, 90, 90);
        selection = new Color(display, 255, 140, 0);
        terminal = new Color(display, 232, 232, 232);
        body = new Color(display, 250, 250, 250);
        text = new Color(display, 20, 20, 20);
        nameColor = new Color(display, 215, 215, 215);
        white = display.getSystemColor(SWT.COLOR_WHITE);
        this.font = font;
        this.bold = bold;
        this.small = small;
        setOpaque(true);
        setBackgroundColor(white);
    }

    public void dispose() {
        colors.values().forEach(Color::dispose);
        edge.dispose();
        labelColor.dispose();
        selection.dispose();
        terminal.dispose();
        body.dispose();
        text.dispose();
        nameColor.dispose();
    }

    public DiagramScene scene() {
        return scene;
    }

    public void setScene(DiagramScene s) {
        scene = s;
        selectedBox = -1;
        selectedEdge = -1;
        heat = null;
        badges = null;
        revalidate();
        repaint();
    }

    public double zoom() {
        return zoom;
    }

    public void setZoom(double z) {
        zoom = Math.max(0.02, Math.min(4, z));
        revalidate();
        repaint();
    }

    public int selectedBox() {
        return selectedBox;
    }

    public int selectedEdge() {
        return selectedEdge;
    }

    public void select(int box, int edgeIndex) {
        selectedBox = box;
        selectedEdge = edgeIndex;
        repaint();
    }

    /** Heat per box in 0..1, or null. */
    public double[] heat() {
        return heat;
    }

    /** Heat per box in 0..1 (null: no overlay). */
    public void setHeat(double[] values) {
        setHeat(values, null);
    }

    /** Heat per box in 0..1 and the figure written on each box ("2.9 ms", "1.2 G"); nulls for none. */
    public void setHeat(double[] values, String[] labels) {
        heat = values;
        badges = labels;
        repaint();
    }

    /** The figures written on the boxes, or null. */
    public String[] badges() {
        return badges;
    }

    @Override
    public Dimension getPreferredSize(int wHint, int hHint) {
        return scene == null ? new Dimension(10, 10)
                : new Dimension((int) Math.ceil(scene.width * zoom) + 1, (int) Math.ceil(scene.height * zoom) + 1);
    }

    /** Diagram coordinates of a point in this figure's coordinates. */
    public int[] toDiagram(int x, int y) {
        Rectangle b = getBounds();
        return new int[] { (int) Math.floor((x - b.x) / zoom), (int) Math.floor((y - b.y) / zoom) };
    }

    /** Figure coordinates of a box's bounds. */
    public Rectangle boxBounds(int box) {
        Rectangle b = getBounds();
        return new Rectangle(b.x + (int) (scene.bx[box] * zoom), b.y + (int) (scene.by[box] * zoom),
                (int) Math.ceil(scene.bw[box] * zoom), (int) Math.ceil(scene.bh[box] * zoom));
    }

    @Override
    protected void paintFigure(Graphics g) {
        super.paintFigure(g);
        if (scene == null) return;
        Rectangle b = getBounds();
        Rectangle clip = new Rectangle();
        g.getClip(clip);
        g.pushState();
        try {
            g.translate(b.x, b.y);
            if (zoom != 1) g.scale(zoom);
            int cx = (int) Math.floor((clip.x - b.x) / zoom) - 2, cy = (int) Math.floor((clip.y - b.y) / zoom) - 2;
            int cw = (int) Math.ceil(clip.width / zoom) + 4, ch = (int) Math.ceil(clip.height / zoom) + 4;
            g.setAntialias(zoom < 2 ? SWT.ON : SWT.DEFAULT);
            paintEdges(g, cx, cy, cw, ch);
            boolean detail = zoom >= 0.35;
            for (int i : scene.boxesNear(cx, cy, cw, ch)) paintBox(g, i, detail);
        } finally {
            g.popState();
        }
    }

    private void paintEdges(Graphics g, int cx, int cy, int cw, int ch) {
        boolean labels = zoom >= 0.6;
        g.setFont(small);
        for (int e : scene.edgesNear(cx, cy, cw, ch)) {
            double[] r = scene.layout.routes().get(e);
            if (r.length < 4) continue;
            boolean sel = e == selectedEdge;
            g.setForegroundColor(sel ? selection : edge);
            g.setLineWidth(sel ? 2 : 1);
            PointList pts = new PointList(r.length / 2);
            for (int k = 0; k + 1 < r.length; k += 2) pts.addPoint((int) Math.round(r[k]), (int) Math.round(r[k + 1]));
            g.drawPolyline(pts);
            arrow(g, r, sel);
            if (labels) {
                String label = scene.diagram.edges().get(e).label();
                if (!label.isEmpty()) {
                    double[] p = scene.layout.labelPoint(e);
                    g.setForegroundColor(labelColor);
                    g.drawText(label, (int) p[0] + 3, (int) p[1] - 7);
                }
            }
        }
        g.setLineWidth(1);
    }

    private void arrow(Graphics g, double[] r, boolean sel) {
        int n = r.length;
        double x1 = r[n - 2], y1 = r[n - 1], x0 = r[n - 4], y0 = r[n - 3];
        double a = Math.atan2(y1 - y0, x1 - x0), s = 6;
        PointList tri = new PointList(3);
        tri.addPoint((int) Math.round(x1), (int) Math.round(y1));
        tri.addPoint((int) Math.round(x1 - s * Math.cos(a - 0.4)), (int) Math.round(y1 - s * Math.sin(a - 0.4)));
        tri.addPoint((int) Math.round(x1 - s * Math.cos(a + 0.4)), (int) Math.round(y1 - s * Math.sin(a + 0.4)));
        g.setBackgroundColor(sel ? selection : edge);
        g.fillPolygon(tri);
    }

    private void paintBox(Graphics g, int i, boolean detail) {
        DiagramNode node = scene.diagram.nodes().get(i);
        int x = scene.bx[i], y = scene.by[i], w = scene.bw[i], h = scene.bh[i];
        Rectangle r = new Rectangle(x, y, w, h);
        String[] lines = scene.lines[i];
        if (node.kind() != DiagramNode.Kind.OPERATOR) {
            g.setBackgroundColor(terminal);
            g.fillRoundRectangle(r, 12, 12);
            g.setForegroundColor(edge);
            g.drawRoundRectangle(r.getResized(-1, -1), 12, 12);
            if (detail) {
                g.setForegroundColor(text);
                g.setFont(bold);
                g.drawText(fit(lines[0], w), x + DiagramScene.PAD, y + 3);
                g.setFont(font);
                for (int k = 1; k < lines.length; k++) g.drawText(fit(lines[k], w), x + DiagramScene.PAD, y + 3 + k * DiagramScene.LINE);
            }
        } else {
            Color header = colors.get(node.category());
            boolean named = lines.length > 1 && !lines[1].isEmpty();
            int top = DiagramScene.HEADER + (named ? DiagramScene.NAME_LINE : 0);
            g.setBackgroundColor(header);
            g.fillRoundRectangle(r, 6, 6);
            Color hot = heat != null && i < heat.length && heat[i] > 0 ? heatColor(heat[i]) : null;
            if (lines.length > 2) {
                g.setBackgroundColor(hot != null ? hot : body);
                g.fillRectangle(x + 1, y + top, w - 2, h - top - 1);
            } else if (hot != null) {
                g.setBackgroundColor(hot);
                g.fillRectangle(x + 1, y + h - 5, w - 2, 4);
            }
            if (hot != null) hot.dispose();
            if (detail) {
                g.setForegroundColor(white);
                g.setFont(bold);
                boolean badge = badges != null && i < badges.length && badges[i] != null;
                int bw = badge ? badges[i].length() * 6 + 6 : 0;
                g.drawText(fit(lines[0], badge ? w - bw - 4 : w), x + DiagramScene.PAD, y + 3);
                if (badge) {
                    g.setFont(small);
                    g.setBackgroundColor(selection);
                    g.fillRoundRectangle(new Rectangle(x + w - bw - 3, y + 3, bw, 13), 6, 6);
                    g.setForegroundColor(text);
                    g.drawText(badges[i], x + w - bw, y + 3);
                    g.setForegroundColor(white);
                }
                if (named) {
                    g.setFont(small);
                    g.setForegroundColor(nameColor);
                    g.drawText(fit(lines[1], w + 8), x + DiagramScene.PAD, y + DiagramScene.HEADER - 2);
                }
                g.setFont(font);
                g.setForegroundColor(text);
                for (int k = 2; k < lines.length; k++) {
                    g.drawText(fit(lines[k], w), x + DiagramScene.PAD, y + top + 2 + (k - 2) * DiagramScene.LINE);
                }
            }
        }
        if (i == selectedBox) {
            g.setForegroundColor(selection);
            g.setLineWidth(3);
            g.drawRoundRectangle(r.getExpanded(2, 2), 8, 8);
            g.setLineWidth(1);
        }
    }

    /** White (cold) to red (hot). */
    private Color heatColor(double v) {
        double t = Math.max(0, Math.min(1, v));
        return new Color(Display.getCurrent(), 255, (int) (250 - 190 * t), (int) (250 - 210 * t));
    }

    private static String fit(String s, int width) {
        int max = Math.max(4, (width - 2 * DiagramScene.PAD) / 6);
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }
}
