package io.medli.compress;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;

import io.medli.onnx.OnnxModel;
import io.medli.onnx.graph.GraphView;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.ProtoCopy;
import io.medli.onnx.proto.TensorProto;

/**
 * Unstructured magnitude pruning: the weights of smallest magnitude in Conv, ConvTranspose, Gemm
 * and MatMul are set to zero until a target sparsity is reached, over all layers together
 * (global: one threshold, layers lose unequal shares) or layer by layer (each loses the same share).
 * <p>
 * Shapes do not change, so neither do MACs: ONNX Runtime on a CPU has no sparse kernels and runs
 * the pruned model as fast as the original. What it gains is size once compressed (a zipped
 * model, a compressed file system on a device), which the report gives.
 */
public final class MagnitudePruner {

    public enum Scope {
        GLOBAL, PER_LAYER
    }

    /**
     * @param sparsity share of the weights set to zero, in [0, 1)
     * @param scope one threshold for all layers, or the same share in each
     * @param excludeNodes nodes left as they are
     */
    public record Options(double sparsity, Scope scope, Set<String> excludeNodes) {
        public Options {
            if (!(sparsity >= 0 && sparsity < 1)) throw new IllegalArgumentException("sparsity must be in [0, 1), not " + sparsity);
            excludeNodes = Set.copyOf(excludeNodes);
        }

        public static Options of(double sparsity) {
            return new Options(sparsity, Scope.GLOBAL, Set.of());
        }

        public Options withScope(Scope s) {
            return new Options(sparsity, s, excludeNodes);
        }

        public Options withExclude(Set<String> nodes) {
            return new Options(sparsity, scope, nodes);
        }
    }

    private static final Set<String> PRUNABLE = Set.of("Conv", "ConvTranspose", "Gemm", "MatMul");

    private MagnitudePruner() {
    }

    /**
     * @param layers one line per pruned layer and its share of zeros ("conv1: 50.0% zero")
     * @param kept layers left as they were, with the reason
     * @param notes totals, compressed sizes and what the sparsity buys at run time
     */
    public record Result(ModelProto model, List<String> layers, List<String> kept, List<String> notes) {
    }

    /** A pruned copy of {@code model} (not modified). */
    public static Result prune(ModelProto model, Options options) throws PruningException {
        ModelProto copy = ProtoCopy.model(model);
        GraphProto g = copy.graph();
        GraphView view = GraphView.of(g);
        Map<String, float[]> weights = new LinkedHashMap<>();
        Map<String, String> layerOf = new LinkedHashMap<>();
        List<String> kept = new ArrayList<>();
        try {
            for (NodeProto n : g.nodes()) {
                if (!PRUNABLE.contains(n.opType()) || !n.domain().isEmpty() || n.inputs().size() < 2) continue;
                TensorProto w = view.initializer(n.input(1));
                if (w == null || w.dataType() != DataType.FLOAT) continue;
                if (options.excludeNodes().contains(n.name())) {
                    kept.add(n.opType() + " '" + n.displayName() + "': excluded by name");
                    continue;
                }
                if (!weights.containsKey(w.name())) {
                    weights.put(w.name(), DynamicQuantizer.floats(w));
                    layerOf.put(w.name(), n.displayName());
                }
            }
        } catch (IOException e) {
            throw new PruningException("cannot read weights: " + e.getMessage());
        }
        if (weights.isEmpty()) throw new PruningException("the model has no Conv, Gemm or MatMul weights to prune");
        long total = 0;
        for (float[] w : weights.values()) total += w.length;
        if (options.scope() == Scope.GLOBAL) {
            float[] all = new float[(int) Math.min(Integer.MAX_VALUE - 8, total)];
            int at = 0;
            for (float[] w : weights.values()) for (float v : w) if (at < all.length) all[at++] = Math.abs(v);
            float threshold = threshold(all, options.sparsity());
            int left = (int) Math.round(total * options.sparsity());
            for (float[] w : weights.values()) left -= zeroBelow(w, threshold);
            for (float[] w : weights.values()) left -= zeroTies(w, threshold, left);
        } else {
            for (float[] w : weights.values()) {
                float[] abs = new float[w.length];
                for (int i = 0; i < w.length; i++) abs[i] = Math.abs(w[i]);
                float threshold = threshold(abs, options.sparsity());
                int below = zeroBelow(w, threshold);
                zeroTies(w, threshold, (int) Math.round(w.length * options.sparsity()) - below);
            }
        }
        List<String> layers = new ArrayList<>();
        long zeros = 0;
        for (int i = 0; i < g.initializers().size(); i++) {
            TensorProto t = g.initializers().get(i);
            float[] w = weights.get(t.name());
            if (w == null) continue;
            int z = 0;
            for (float v : w) if (v == 0) z++;
            zeros += z;
            layers.add(String.format(Locale.ROOT, "%s: %.1f%% zero", layerOf.get(t.name()), 100.0 * z / w.length));
            g.initializers().set(i, new TensorProto().name(t.name()).dataType(DataType.FLOAT).dims(t.dims())
                    .rawData(WeightQuantization.floats(w)));
        }
        List<String> notes = new ArrayList<>();
        notes.add(String.format(Locale.ROOT, "%.1f%% of %d prunable weights are zero (%s)", 100.0 * zeros / total, total,
                options.scope() == Scope.GLOBAL ? "one threshold for all layers" : "the same share in each layer"));
        notes.add(String.format(Locale.ROOT, "compressed (deflate) size %s -> %s; the model file itself is as large as before",
                mb(deflated(model)), mb(deflated(copy))));
        notes.add("ONNX Runtime on a CPU has no sparse kernels: the pruned model is exactly as fast as the original. "
                + "For speed, prune channels (structured pruning) instead");
        return new Result(copy, List.copyOf(layers), List.copyOf(kept), List.copyOf(notes));
    }

    /** The magnitude below which {@code share} of {@code abs} lies. */
    private static float threshold(float[] abs, double share) {
        int k = (int) Math.round(abs.length * share);
        if (k == 0) return 0;
        float[] sorted = abs.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(k, sorted.length) - 1];
    }

    /** Zeroes the values of magnitude below {@code threshold}; returns how many are zero below it. */
    private static int zeroBelow(float[] w, float threshold) {
        int done = 0;
        for (int i = 0; i < w.length; i++) {
            if (Math.abs(w[i]) < threshold) { // zeros already there count too
                w[i] = 0;
                done++;
            }
        }
        return done;
    }

    /** Zeroes up to {@code limit} values of magnitude exactly {@code threshold} (ties); returns how many. */
    private static int zeroTies(float[] w, float threshold, int limit) {
        int done = 0;
        for (int i = 0; i < w.length && done < limit; i++) {
            if (w[i] != 0 && Math.abs(w[i]) == threshold) {
                w[i] = 0;
                done++;
            }
        }
        return done;
    }

    private static long deflated(ModelProto m) throws PruningException {
        byte[] bytes;
        try {
            bytes = OnnxModel.of(m).toBytes();
        } catch (IOException e) {
            throw new PruningException("cannot serialize the model: " + e.getMessage());
        }
        Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION);
        d.setInput(bytes);
        d.finish();
        byte[] buf = new byte[1 << 16];
        long size = 0;
        while (!d.finished()) size += d.deflate(buf);
        d.end();
        return size;
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.2f MB", bytes / 1e6);
    }
}
