package io.medli.diagram.layout;

import java.util.List;

/**
 * Positions of a laid-out diagram, indexed like its boxes and edges.
 *
 * @param routes per edge: x0, y0, x1, y1, ... from the source box to the target box
 */
public record LayoutResult(double[] x, double[] y, double[] width, double[] height, List<double[]> routes,
        double totalWidth, double totalHeight) {

    /** Where to write an edge's label: the middle of its longest segment. */
    public double[] labelPoint(int edge) {
        double[] r = routes.get(edge);
        double best = -1, lx = r.length >= 2 ? r[0] : 0, ly = r.length >= 2 ? r[1] : 0;
        for (int i = 0; i + 3 < r.length; i += 2) {
            double len = Math.hypot(r[i + 2] - r[i], r[i + 3] - r[i + 1]);
            if (len > best) {
                best = len;
                lx = (r[i] + r[i + 2]) / 2;
                ly = (r[i + 1] + r[i + 3]) / 2;
            }
        }
        return new double[] { lx, ly };
    }
}
