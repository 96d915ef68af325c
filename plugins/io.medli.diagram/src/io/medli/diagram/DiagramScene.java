package io.medli.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.medli.diagram.layout.DiagramLayout;
import io.medli.diagram.layout.LayoutResult;
import io.medli.onnx.progress.Monitor;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.shape.InferenceResult;

/**
 * A laid-out diagram ready to paint: the lines of text in each box, box and edge geometry, and a
 * grid index so that painting and hit-testing touch only what is near. Built off the UI thread.
 */
public final class DiagramScene {
    public static final int HEADER = 20, LINE = 15, NAME_LINE = 13, PAD = 8, MIN_WIDTH = 84, MAX_WIDTH = 340, NAME_WIDTH = 180;
    private static final int CELL = 400;

    public final ModelProto model;
    public final GraphProto graph;
    public final InferenceResult types;
    public final ModelDiagram diagram;
    public final LayoutResult layout;
    public final String[][] lines;
    public final int[] bx, by, bw, bh;
    public final int width, height;
    private final Map<Long, List<Integer>> boxGrid = new HashMap<>();
    private final Map<Long, List<Integer>> edgeGrid = new HashMap<>();

    private DiagramScene(ModelProto model, GraphProto graph, InferenceResult types, ModelDiagram diagram, String[][] lines,
            LayoutResult layout) {
        this.model = model;
        this.graph = graph;
        this.types = types;
        this.diagram = diagram;
        this.lines = lines;
        this.layout = layout;
        int n = diagram.nodes().size();
        bx = new int[n];
        by = new int[n];
        bw = new int[n];
        bh = new int[n];
        for (int i = 0; i < n; i++) {
            bx[i] = (int) Math.round(layout.x()[i]);
            by[i] = (int) Math.round(layout.y()[i]);
            bw[i] = (int) Math.round(layout.width()[i]);
            bh[i] = (int) Math.round(layout.height()[i]);
            index(boxGrid, bx[i], by[i], bx[i] + bw[i], by[i] + bh[i], i);
        }
        for (int e = 0; e < layout.routes().size(); e++) {
            double[] r = layout.routes().get(e);
            double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
            for (int k = 0; k + 1 < r.length; k += 2) {
                x0 = Math.min(x0, r[k]); x1 = Math.max(x1, r[k]);
                y0 = Math.min(y0, r[k + 1]); y1 = Math.max(y1, r[k + 1]);
            }
            if (r.length >= 2) index(edgeGrid, (int) x0, (int) y0, (int) x1, (int) y1, e);
        }
        width = (int) Math.ceil(layout.totalWidth());
        height = (int) Math.ceil(layout.totalHeight());
    }

    private static void index(Map<Long, List<Integer>> grid, int x0, int y0, int x1, int y1, int id) {
        for (int cx = Math.floorDiv(x0, CELL); cx <= Math.floorDiv(x1, CELL); cx++) {
            for (int cy = Math.floorDiv(y0, CELL); cy <= Math.floorDiv(y1, CELL); cy++) {
                grid.computeIfAbsent(key(cx, cy), k -> new ArrayList<>(8)).add(id);
            }
        }
    }

    private static long key(int cx, int cy) {
        return ((long) cx << 32) ^ (cy & 0xffffffffL);
    }

    public ModelProto model() { return model; }
    public ModelDiagram diagram() { return diagram; }
    public LayoutResult layout() { return layout; }
    public GraphProto graph() { return graph; }

    /** Boxes whose cells meet the rectangle (a superset; callers test exact bounds). */
    public List<Integer> boxesNear(int x, int y, int w, int h) {
        return near(boxGrid, x, y, w, h);
    }

    public List<Integer> edgesNear(int x, int y, int w, int h) {
        return near(edgeGrid, x, y, w, h);
    }

    private static List<Integer> near(Map<Long, List<Integer>> grid, int x, int y, int w, int h) {
        java.util.BitSet seen = new java.util.BitSet();
        List<Integer> out = new ArrayList<>();
        for (int cx = Math.floorDiv(x, CELL); cx <= Math.floorDiv(x + w, CELL); cx++) {
            for (int cy = Math.floorDiv(y, CELL); cy <= Math.floorDiv(y + h, CELL); cy++) {
                List<Integer> l = grid.get(key(cx, cy));
                if (l == null) continue;
                for (int id : l) {
                    if (!seen.get(id)) {
                        seen.set(id);
                        out.add(id);
                    }
                }
            }
        }
        return out;
    }

    /** The box at a point in diagram coordinates, or -1. */
    public int boxAt(int x, int y) {
        for (int i : boxesNear(x, y, 1, 1)) {
            if (x >= bx[i] && x < bx[i] + bw[i] && y >= by[i] && y < by[i] + bh[i]) return i;
        }
        return -1;
    }

    /** The edge passing within {@code tolerance} of a point, or -1. */
    public int edgeAt(int x, int y, double tolerance) {
        int t = (int) Math.ceil(tolerance);
        for (int e : edgesNear(x - t, y - t, 2 * t, 2 * t)) {
            double[] r = layout.routes().get(e);
            for (int k = 0; k + 3 < r.length; k += 2) {
                if (distance(x, y, r[k], r[k + 1], r[k + 2], r[k + 3]) <= tolerance) return e;
            }
        }
        return -1;
    }

    private static double distance(double px, double py, double x0, double y0, double x1, double y1) {
        double dx = x1 - x0, dy = y1 - y0;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / len2));
        return Math.hypot(px - (x0 + t * dx), py - (y0 + t * dy));
    }

    /** Text measurement without SWT: the average character width of the editor's font. */
    public record TextMetrics(double charWidth, double boldCharWidth) {
    }

    /** Builds and lays out the diagram of {@code graph} (the main graph or a subgraph). */
    public static DiagramScene build(ModelProto model, GraphProto graph, InferenceResult types, TextMetrics metrics,
            Monitor monitor) throws InterruptedException {
        ModelDiagram d = ModelDiagram.of(graph, types);
        int n = d.nodes().size();
        String[][] lines = new String[n][];
        double[] w = new double[n], h = new double[n];
        for (int i = 0; i < n; i++) {
            DiagramNode node = d.nodes().get(i);
            List<String> l = new ArrayList<>();
            l.add(node.title());
            if (node.kind() == DiagramNode.Kind.OPERATOR) {
                l.add(node.name()); // line 1: the node's name, small and grey ("" when unnamed)
                if (!node.attributes().isEmpty()) l.add(node.attributes());
                for (DiagramNode.Weight wt : node.weights()) {
                    if (wt.value() != null) {
                        l.add(wt.label() + " = " + wt.value());
                    } else {
                        String shape = wt.shape().startsWith("float32[") ? wt.shape().substring(7) : wt.shape();
                        l.add(wt.label() + " \u27e8" + shape.replace("[", "").replace("]", "") + "\u27e9");
                    }
                }
            } else if (!node.attributes().isEmpty()) {
                l.add(node.attributes());
            }
            lines[i] = l.toArray(new String[0]);
            double width = l.get(0).length() * metrics.boldCharWidth();
            boolean op = node.kind() == DiagramNode.Kind.OPERATOR;
            for (int k = 1; k < l.size(); k++) {
                // long exporter-made names are cut to the box rather than widening it
                double w1 = l.get(k).length() * metrics.charWidth();
                width = Math.max(width, op && k == 1 ? Math.min(w1, NAME_WIDTH) : w1);
            }
            w[i] = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width + 2 * PAD));
            int bodyLines = op ? l.size() - 2 : 0;
            h[i] = op ? HEADER + (l.get(1).isEmpty() ? 0 : NAME_LINE) + bodyLines * LINE + (bodyLines > 0 ? 6 : 0)
                    : HEADER + (l.size() - 1) * LINE + 4;
        }
        LayoutResult r = DiagramLayout.layout(d, new DiagramLayout.Sizes() {
            @Override
            public double width(int box) { return w[box]; }

            @Override
            public double height(int box) { return h[box]; }
        }, monitor);
        return r == null ? null : new DiagramScene(model, graph, types, d, lines, r);
    }
}
