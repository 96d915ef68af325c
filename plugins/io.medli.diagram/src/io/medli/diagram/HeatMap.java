package io.medli.diagram;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

import io.medli.onnx.cost.ModelCost;
import io.medli.onnx.cost.NodeCost;
import io.medli.onnx.proto.NodeProto;

/**
 * What a heat map paints on a scene: per box a heat in [0, 1] (square root of the value over the
 * hottest box's, so that a few heavy layers do not wash the rest out) and a badge with the value.
 */
public record HeatMap(double[] heat, String[] badges) {
    /** What the heat map shows. */
    public enum Kind {
        NONE, MACS, PARAMETERS, LATENCY,
        /** measured time above the roofline floor: hot where the most time is lost against the roof; the badge says how close to it */
        ROOFLINE
    }

    /**
     * The heat map of {@code kind} over {@code scene}; null for {@link Kind#NONE} and for latency
     * before anything was measured. Costs apply to the main graph only (a subgraph's boxes stay cold).
     *
     * @param cost the model's costs (may be null)
     * @param micros measured mean time per node name in microseconds (may be null)
     */
    public static HeatMap of(DiagramScene scene, Kind kind, ModelCost cost, Map<String, Double> micros) {
        return of(scene, kind, cost, micros, null);
    }

    /**
     * As {@link #of(DiagramScene, Kind, ModelCost, Map)}, with each node's roofline floor for
     * {@link Kind#ROOFLINE} (null before it was computed: then no heat map).
     *
     * @param floorMicros the roofline floor per node name in microseconds
     */
    public static HeatMap of(DiagramScene scene, Kind kind, ModelCost cost, Map<String, Double> micros, Map<String, Double> floorMicros) {
        if (scene == null || kind == Kind.NONE || kind == Kind.LATENCY && micros == null) return null;
        if (kind == Kind.ROOFLINE && (micros == null || floorMicros == null)) return null;
        int n = scene.diagram.nodes().size();
        double[] v = new double[n];
        Map<NodeProto, NodeCost> byNode = new IdentityHashMap<>();
        if (cost != null && scene.graph == scene.model.graph()) for (NodeCost c : cost.nodes()) byNode.put(c.node(), c);
        double max = 0;
        for (int i = 0; i < n; i++) {
            DiagramNode box = scene.diagram.nodes().get(i);
            if (box.nodeIndex() < 0) continue;
            NodeProto node = scene.graph.nodes().get(box.nodeIndex());
            NodeCost c = byNode.get(node);
            v[i] = switch (kind) {
                case MACS -> c == null ? 0 : Math.max(0, c.macs());
                case PARAMETERS -> c == null ? 0 : c.params();
                case LATENCY -> micros.getOrDefault(node.name(), 0.0);
                case ROOFLINE -> Math.max(0, micros.getOrDefault(node.name(), 0.0) - floorMicros.getOrDefault(node.name(), 0.0));
                case NONE -> 0;
            };
            max = Math.max(max, v[i]);
        }
        String[] badges = new String[n];
        for (int i = 0; i < n; i++) {
            if (kind == Kind.ROOFLINE) badges[i] = roof(scene, i, micros, floorMicros);
            else if (v[i] > 0) badges[i] = kind == Kind.LATENCY ? time(v[i]) : count(v[i]);
            v[i] = max == 0 ? 0 : Math.sqrt(v[i] / max);
        }
        return new HeatMap(v, badges);
    }

    /** The share of a node's measured time its floor is, as "NN % of roof"; null for a node not measured. */
    private static String roof(DiagramScene scene, int box, Map<String, Double> micros, Map<String, Double> floors) {
        DiagramNode b = scene.diagram.nodes().get(box);
        if (b.nodeIndex() < 0) return null;
        String name = scene.graph.nodes().get(b.nodeIndex()).name();
        Double t = micros.get(name), f = floors.get(name);
        if (t == null || t <= 0 || f == null) return null;
        return String.format(Locale.ROOT, "%.0f %% of roof", Math.min(100, 100 * f / t));
    }

    static String time(double micros) {
        return micros >= 1000 ? String.format(Locale.ROOT, "%.2f ms", micros / 1000) : String.format(Locale.ROOT, "%.0f \u00b5s", micros);
    }

    static String count(double v) {
        if (v >= 1e9) return String.format(Locale.ROOT, "%.2f G", v / 1e9);
        if (v >= 1e6) return String.format(Locale.ROOT, "%.1f M", v / 1e6);
        if (v >= 1e3) return String.format(Locale.ROOT, "%.1f k", v / 1e3);
        return String.format(Locale.ROOT, "%.0f", v);
    }
}
