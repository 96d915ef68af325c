package io.medli.decide.ui.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import io.medli.decide.tree.DecisionTree;
import io.medli.decide.tree.TreeWalk;

/**
 * A decision tree drawn left to right, one column per depth: questions and outcomes as boxes, the
 * answers on the edges; the path a walk took in the selection colour, the question it waits on
 * outlined.
 */
final class TreeCanvas extends Canvas {
    private static final int W = 170, H = 34, GAP_X = 60, GAP_Y = 14;
    // fixed, light: a theme's tooltip colours can be dark (SWT colours hold no OS resource, nothing to dispose)
    private static final org.eclipse.swt.graphics.Color OUTCOME = new org.eclipse.swt.graphics.Color(255, 246, 214),
            OUTCOME_TEXT = new org.eclipse.swt.graphics.Color(40, 40, 40);
    private DecisionTree tree;
    private final Map<String, Rectangle> boxes = new LinkedHashMap<>();
    private final Set<String> pathNodes = new HashSet<>();
    private final Set<String> pathEdges = new HashSet<>();
    private String waiting;

    TreeCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        addPaintListener(e -> paint(e.gc));
    }

    void show(DecisionTree t, TreeWalk.Result walk) {
        tree = t;
        layout(t);
        pathNodes.clear();
        pathEdges.clear();
        waiting = null;
        if (walk != null) {
            for (TreeWalk.Step s : walk.path()) {
                pathNodes.add(s.question().id());
                pathEdges.add(s.question().id() + ">" + s.branch().next());
            }
            if (walk.outcome() != null) pathNodes.add(walk.outcome().id());
            if (walk.next() != null) waiting = walk.next().id();
        }
        Point size = computeSize(SWT.DEFAULT, SWT.DEFAULT);
        setSize(size);
        redraw();
    }

    /** The ids of the boxes drawn in the selection colour. */
    Set<String> highlighted() {
        return Set.copyOf(pathNodes);
    }

    String waitingOn() {
        return waiting;
    }

    int boxes() {
        return boxes.size();
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        int w = 10, h = 10;
        for (Rectangle r : boxes.values()) {
            w = Math.max(w, r.x + r.width + 10);
            h = Math.max(h, r.y + r.height + 10);
        }
        return new Point(w, h);
    }

    private void layout(DecisionTree t) {
        boxes.clear();
        Map<String, Integer> depth = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        depth.put(t.start(), 0);
        queue.add(t.start());
        while (!queue.isEmpty()) {
            String id = queue.poll();
            DecisionTree.Question q = question(id);
            if (q == null) continue;
            for (DecisionTree.Branch b : q.branches()) {
                if (b.next() != null && !depth.containsKey(b.next())) {
                    depth.put(b.next(), depth.get(id) + 1);
                    queue.add(b.next());
                }
            }
        }
        Map<Integer, List<String>> columns = new HashMap<>();
        depth.forEach((id, d) -> columns.computeIfAbsent(d, k -> new ArrayList<>()).add(id));
        for (Map.Entry<Integer, List<String>> c : columns.entrySet()) {
            List<String> ids = c.getValue();
            ids.sort(String::compareTo);
            for (int i = 0; i < ids.size(); i++) boxes.put(ids.get(i), new Rectangle(10 + c.getKey() * (W + GAP_X), 10 + i * (H + GAP_Y), W, H));
        }
    }

    private DecisionTree.Question question(String id) {
        return tree.questions().stream().filter(q -> q.id().equals(id)).findFirst().orElse(null);
    }

    private String label(String id) {
        DecisionTree.Question q = question(id);
        if (q != null) return q.text();
        return tree.outcomes().stream().filter(o -> o.id().equals(id)).map(DecisionTree.Outcome::title).findFirst().orElse(id);
    }

    private void paint(GC gc) {
        if (tree == null) return;
        var d = getDisplay();
        var normal = d.getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW);
        var path = d.getSystemColor(SWT.COLOR_LIST_SELECTION);
        gc.setAntialias(SWT.ON);
        for (DecisionTree.Question q : tree.questions()) {
            Rectangle a = boxes.get(q.id());
            if (a == null) continue;
            for (DecisionTree.Branch b : q.branches()) {
                Rectangle z = boxes.get(b.next());
                if (z == null) continue;
                boolean on = pathEdges.contains(q.id() + ">" + b.next());
                gc.setForeground(on ? path : normal);
                gc.setLineWidth(on ? 3 : 1);
                int x1 = a.x + a.width, y1 = a.y + a.height / 2, x2 = z.x, y2 = z.y + z.height / 2;
                gc.drawLine(x1, y1, x2, y2);
                gc.setForeground(d.getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
                gc.drawText(b.label(), (x1 + x2) / 2 - 20, (y1 + y2) / 2 - 14, true);
            }
        }
        for (Map.Entry<String, Rectangle> e : boxes.entrySet()) {
            Rectangle r = e.getValue();
            boolean on = pathNodes.contains(e.getKey());
            boolean outcome = question(e.getKey()) == null;
            gc.setBackground(on ? path : outcome ? OUTCOME : d.getSystemColor(SWT.COLOR_LIST_BACKGROUND));
            gc.fillRoundRectangle(r.x, r.y, r.width, r.height, 8, 8);
            gc.setForeground(e.getKey().equals(waiting) ? d.getSystemColor(SWT.COLOR_RED) : normal);
            gc.setLineWidth(e.getKey().equals(waiting) ? 3 : 1);
            gc.drawRoundRectangle(r.x, r.y, r.width, r.height, 8, 8);
            gc.setForeground(on ? d.getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT) : outcome ? OUTCOME_TEXT : d.getSystemColor(SWT.COLOR_LIST_FOREGROUND));
            gc.drawText(fit(gc, label(e.getKey()), r.width - 8), r.x + 4, r.y + (r.height - gc.getFontMetrics().getHeight()) / 2, true);
        }
    }

    private static String fit(GC gc, String s, int width) {
        if (gc.textExtent(s).x <= width) return s;
        String t = s;
        while (t.length() > 1 && gc.textExtent(t + "...").x > width) t = t.substring(0, t.length() - 1);
        return t + "...";
    }
}
