package io.medli.compress;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;

import io.medli.onnx.graph.GraphView;
import io.medli.onnx.proto.NodeProto;

/**
 * The input window of saturating functions. A tensor that only Sigmoid, Tanh or HardSigmoid read
 * (directly or through operators that only move values) needs an int8 grid only where those
 * functions still change: a detector's score logits run from -270 to +100, and one grid over all of
 * it puts 1.5 between neighbouring values where the sigmoid is steepest, while its output changes
 * by less than half an 8-bit step of [0, 1] outside +-6.2. HardSigmoid's window is exact; Sigmoid's
 * and Tanh's end where the function is within half an 8-bit step of its limit.
 */
final class SaturatingReaders {
    /** Sigmoid(-T) = 1 / 510: half an 8-bit step of [0, 1]. */
    static final double SIGMOID_EDGE = Math.log(509);
    /** 1 - tanh(T) = 1 / 255: half an 8-bit step of [-1, 1]. */
    static final double TANH_EDGE = Math.log(509) / 2;
    /** Value-moving operators that commute with clipping (a max, a copy, a rearrangement). */
    private static final Set<String> THROUGH = Set.of("Reshape", "Transpose", "Flatten", "Squeeze", "Unsqueeze", "DepthToSpace",
            "SpaceToDepth", "Slice", "MaxPool", "GlobalMaxPool", "Identity");

    private SaturatingReaders() {
    }

    /**
     * The window {lo, hi} outside which no reader of {@code tensor} sees a difference (the widest
     * of its readers' windows), or null when some reader is not a saturating function, or the
     * tensor or one it moves into is a graph output.
     */
    static double[] window(GraphView view, String tensor, Set<String> graphOutputs) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        ArrayDeque<String> todo = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        todo.add(tensor);
        while (!todo.isEmpty()) {
            String t = todo.pop();
            if (!seen.add(t)) continue;
            if (graphOutputs.contains(t) || view.consumers(t).isEmpty()) return null;
            for (NodeProto r : view.consumers(t)) {
                if (!r.domain().isEmpty() || r.inputs().isEmpty() || !r.input(0).equals(t)) return null;
                for (int i = 1; i < r.inputs().size(); i++) if (r.input(i).equals(t)) return null;
                if (THROUGH.contains(r.opType()) && r.outputs().size() == 1) {
                    todo.add(r.outputs().get(0));
                    continue;
                }
                double[] w = window(r);
                if (w == null) return null;
                lo = Math.min(lo, w[0]);
                hi = Math.max(hi, w[1]);
            }
        }
        return lo <= hi ? new double[] { lo, hi } : null;
    }

    /** The input window of one saturating function, or null. */
    static double[] window(NodeProto n) {
        switch (n.opType()) {
            case "Sigmoid":
                return new double[] { -SIGMOID_EDGE, SIGMOID_EDGE };
            case "Tanh":
                return new double[] { -TANH_EDGE, TANH_EDGE };
            case "HardSigmoid": {
                double alpha = n.floatAttr("alpha", 0.2f), beta = n.floatAttr("beta", 0.5f);
                if (alpha == 0) return null;
                double a = -beta / alpha, b = (1 - beta) / alpha;
                return new double[] { Math.min(a, b), Math.max(a, b) };
            }
            default:
                return null;
        }
    }

    /** {@code range} cut to {@code window}, or {@code range} when they do not overlap. */
    static double[] narrow(double[] range, double[] window) {
        if (window == null) return range;
        double lo = Math.max(range[0], window[0]), hi = Math.min(range[1], window[1]);
        return lo < hi ? new double[] { lo, hi } : range;
    }
}
