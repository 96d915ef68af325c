package io.medli.compress;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.medli.onnx.graph.GraphView;
import io.medli.onnx.proto.NodeProto;

/**
 * Keeps comparisons exact in a quantized graph. A comparison of values derived from one tensor
 * (M-LSD's peak mask {@code Equal(MaxPool(s), s)}) only holds when both sides went through the same
 * rounding: when the quantizer gives one side a QuantizeLinear/DequantizeLinear pair (because an
 * int8 node elsewhere reads it) and not the other, the two never match and the mask is all zeros.
 * Ops whose result depends on ties or order (ArgMax, TopK, NonMaxSuppression) likewise gain ties
 * from rounding. So where a compared value's source is not quantized, the comparison and the
 * value-preserving operators on its way to it read the float values.
 */
final class ExactComparisons {
    /** Operators whose result flips on a tiny change of an input. */
    static final Set<String> COMPARISONS = Set.of("Equal", "Greater", "Less", "GreaterOrEqual", "LessOrEqual", "ArgMax", "ArgMin",
            "TopK", "NonMaxSuppression");
    /** Operators that pass values through unchanged (selected, moved, reshaped). */
    static final Set<String> VALUE_PRESERVING = Set.of("MaxPool", "GlobalMaxPool", "Reshape", "Transpose", "Flatten", "Squeeze",
            "Unsqueeze", "Slice", "Identity", "DepthToSpace", "SpaceToDepth", "Gather", "Expand", "Tile");

    private ExactComparisons() {
    }

    /**
     * For each node that must read float values: the inputs it reads undequantized. A compared
     * value is followed up through value-preserving operators to its source; when that source is
     * not in {@code quantized} (so its readers see float values), every reader on the way reads the
     * float value of any quantized tensor it meets. A quantized source puts every derived value on
     * its grid, which keeps the two sides consistent already.
     */
    static Map<NodeProto, Set<String>> floatReads(GraphView view, Set<String> quantized) {
        Map<NodeProto, Set<String>> reads = new LinkedHashMap<>();
        for (NodeProto n : view.topologicalOrder()) {
            if (!COMPARISONS.contains(n.opType()) || !n.domain().isEmpty()) continue;
            int operands = n.opType().equals("NonMaxSuppression") ? 2 : n.opType().startsWith("Arg") || n.opType().equals("TopK") ? 1 : 2;
            for (int i = 0; i < Math.min(operands, n.inputs().size()); i++) {
                String t = n.input(i);
                if (t.isEmpty()) continue;
                List<NodeProto> readers = new ArrayList<>();
                List<String> tensors = new ArrayList<>();
                readers.add(n);
                tensors.add(t);
                String source = t;
                Set<String> seen = new HashSet<>();
                while (seen.add(source)) {
                    NodeProto p = view.producer(source);
                    if (p == null || !p.domain().isEmpty() || !VALUE_PRESERVING.contains(p.opType()) || p.inputs().isEmpty()) break;
                    readers.add(p);
                    tensors.add(p.input(0));
                    source = p.input(0);
                }
                if (quantized.contains(source)) continue;
                for (int k = 0; k < readers.size(); k++) {
                    if (quantized.contains(tensors.get(k))) reads.computeIfAbsent(readers.get(k), x -> new HashSet<>()).add(tensors.get(k));
                }
            }
        }
        return reads;
    }
}
