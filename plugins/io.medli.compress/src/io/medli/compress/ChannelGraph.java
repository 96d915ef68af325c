package io.medli.compress;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.medli.onnx.TensorData;
import io.medli.onnx.graph.GraphView;
import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.TensorProto;
import io.medli.onnx.proto.ValueInfo;
import io.medli.onnx.shape.InferenceResult;
import io.medli.onnx.shape.ShapeInference;
import io.medli.onnx.shape.TensorType;

/** Channels of every activation as union-find elements, and what each layer does with them. */
final class ChannelGraph {
    final GraphProto g;
    final GraphView view;
    final InferenceResult types;
    final ChannelPruner.Options options;
    final Map<String, Integer> channels = new LinkedHashMap<>();
    final Map<String, Integer> base = new HashMap<>();
    final Map<String, Integer> uses = new HashMap<>();
    /** Why channels are pinned: one example per kind of reason. */
    final Map<String, String> reasons = new LinkedHashMap<>();
    int[] parent = new int[0];
    boolean[] pinned = new boolean[0];
    /** Producing layers: output tensor -> (node, importance per channel). */
    final Map<NodeProto, double[]> sources = new LinkedHashMap<>();
    final List<NodeProto> sinks = new ArrayList<>();
    final List<NodeProto> depthwise = new ArrayList<>();
    /** Per-channel parameters to slice: initializer name -> tensor whose channels index it. */
    final Map<String, String> perChannel = new LinkedHashMap<>();

    ChannelGraph(ModelProto model, ChannelPruner.Options options) {
        this.g = model.graph();
        this.view = GraphView.of(g);
        this.types = ShapeInference.infer(model);
        this.options = options;
        for (NodeProto n : g.nodes()) for (String in : n.inputs()) uses.merge(in, 1, Integer::sum);
        int total = 0;
        List<String> tensors = new ArrayList<>();
        for (NodeProto n : g.nodes()) tensors.addAll(n.outputs());
        for (ValueInfo v : g.inputs()) tensors.add(v.name());
        for (String t : tensors) {
            int c = channelsOf(t);
            if (c <= 0 || channels.containsKey(t) || view.isInitializer(t)) continue;
            channels.put(t, c);
            base.put(t, total);
            total += c;
        }
        parent = new int[total];
        for (int i = 0; i < total; i++) parent[i] = i;
        pinned = new boolean[total];
    }

    int channelsOf(String t) {
        if (t.isEmpty()) return -1;
        TensorType tt = types.type(t);
        if (tt.elemType() != DataType.FLOAT || tt.dims() == null || tt.dims().size() < 2) return -1;
        var d = tt.dims().get(1);
        return d.isKnown() ? (int) d.value() : -1;
    }

    int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    void union(int a, int b) {
        a = find(a);
        b = find(b);
        if (a != b) parent[a] = b;
    }

    void tie(String a, String b) {
        if (!channels.containsKey(a) || !channels.containsKey(b) || !channels.get(a).equals(channels.get(b))) {
            pin(a, "channel counts differ");
            pin(b, "channel counts differ");
            return;
        }
        for (int c = 0; c < channels.get(a); c++) union(base.get(a) + c, base.get(b) + c);
    }

    void pin(String t, String why) {
        Integer b = base.get(t);
        if (b == null) return;
        for (int c = 0; c < channels.get(t); c++) pinned[b + c] = true;
        reasons.putIfAbsent(why, why + " (e.g. '" + t + "')");
    }

    boolean sharedOrMissing(NodeProto n, int from) {
        for (int i = from; i < n.inputs().size(); i++) {
            String w = n.input(i);
            if (w.isEmpty()) continue;
            TensorProto t = view.initializer(w);
            if (t == null || t.dataType() != DataType.FLOAT || uses.getOrDefault(w, 0) != 1) return true;
        }
        return false;
    }

    void link() throws IOException {
        for (ValueInfo v : g.inputs()) pin(v.name(), "graph inputs keep their channels");
        for (ValueInfo v : g.outputs()) pin(v.name(), "graph outputs keep their channels");
        for (NodeProto n : view.topologicalOrder()) {
            if (n.outputs().isEmpty()) continue;
            String in = n.inputs().isEmpty() ? "" : n.input(0), out = n.outputs().get(0);
            if (options.excludeNodes().contains(n.name())) {
                for (String t : n.inputs()) pin(t, "excluded nodes keep their channels");
                for (String t : n.outputs()) pin(t, "excluded nodes keep their channels");
                continue;
            }
            if (!n.domain().isEmpty()) {
                pinAll(n, "operators of other domains keep their channels");
                continue;
            }
            switch (n.opType()) {
                case "Conv" -> conv(n);
                case "Gemm", "MatMul" -> matrix(n);
                case "BatchNormalization" -> {
                    if (n.outputs().size() > 1 && n.outputs().stream().skip(1).anyMatch(o -> !o.isEmpty()) || sharedOrMissing(n, 1)) {
                        pinAll(n, "batch norms in training mode or with shared parameters keep their channels");
                    } else {
                        tie(in, out);
                        for (int i = 1; i < 5 && i < n.inputs().size(); i++) perChannel.put(n.input(i), in);
                    }
                }
                case "Pad" -> {
                    if (channelPreservingPad(n)) tie(in, out);
                    else pinAll(n, "Pads with computed pads (fold them with medli optimize first), channel padding "
                            + "or a non-constant mode keep their channels");
                }
                case "Resize", "Upsample" -> {
                    if (channelPreservingResize(n)) tie(in, out);
                    else pinAll(n, "Resizes with constant sizes or channel scales keep their channels");
                }
                case "Concat" -> concat(n);
                case "Shape" -> {
                    // reads the shape at run time: a smaller channel count flows through
                }
                default -> {
                    if (ChannelPruner.UNARY.contains(n.opType()) && unaryConstantsOk(n)) tie(in, out);
                    else if (ChannelPruner.BINARY.contains(n.opType()) && n.inputs().size() == 2) binary(n);
                    else pinAll(n, n.opType() + " mixes or reshapes channels");
                }
            }
        }
    }

    void pinAll(NodeProto n, String why) {
        for (String t : n.inputs()) pin(t, why);
        for (String t : n.outputs()) pin(t, why);
    }

    boolean unaryConstantsOk(NodeProto n) {
        if (n.opType().equals("PRelu")) {
            TensorProto s = n.inputs().size() > 1 ? view.initializer(n.input(1)) : null;
            if (s == null || uses.getOrDefault(s.name(), 0) != 1) return false;
            if (s.elementCount() == 1) return true;
            if (s.elementCount() != channels.getOrDefault(n.input(0), -1)) return false;
            perChannel.put(s.name(), n.input(0));
            return true;
        }
        for (int i = 1; i < n.inputs().size(); i++) {
            String c = n.input(i);
            if (c.isEmpty()) continue;
            TensorProto t = view.initializer(c);
            if (t == null || t.elementCount() != 1) return false; // Clip bounds, Dropout ratio: scalars only
        }
        return true;
    }

    boolean channelPreservingPad(NodeProto n) throws IOException {
        if (!n.stringAttr("mode", "constant").equals("constant")) return false;
        long[] pads;
        if (n.inputs().size() > 1 && !n.input(1).isEmpty()) {
            TensorProto p = view.initializer(n.input(1));
            if (p == null) return false;
            double[] d = TensorData.toDoubles(p, (int) p.elementCount());
            pads = new long[d.length];
            for (int i = 0; i < d.length; i++) pads[i] = (long) d[i];
        } else {
            pads = n.intsAttr("pads");
        }
        if (pads == null || pads.length < 4) return false;
        int rank = pads.length / 2;
        return pads[1] == 0 && pads[rank + 1] == 0 && pads[0] == 0 && pads[rank] == 0;
    }

    boolean channelPreservingResize(NodeProto n) throws IOException {
        int scalesAt = n.opType().equals("Upsample") ? 1 : 2;
        if (n.inputs().size() > 3 && !n.input(3).isEmpty()) {
            // sizes computed at run time (from Shape) follow the channel count; constant sizes do not
            return view.initializer(n.input(3)) == null;
        }
        if (n.inputs().size() <= scalesAt || n.input(scalesAt).isEmpty()) return false;
        TensorProto s = view.initializer(n.input(scalesAt));
        if (s == null) return false;
        double[] v = TensorData.toDoubles(s, (int) s.elementCount());
        return v.length >= 2 && v[0] == 1 && v[1] == 1;
    }

    void concat(NodeProto n) {
        String out = n.outputs().get(0);
        Integer rank = rank(out);
        long axis = n.intAttr("axis", 0);
        if (rank != null && axis < 0) axis += rank;
        if (axis != 1 || !channels.containsKey(out)) {
            pinAll(n, "Concats along other axes keep their channels");
            return;
        }
        int offset = 0;
        for (String in : n.inputs()) {
            Integer c = channels.get(in);
            if (c == null) {
                pinAll(n, "Concats of constants keep their channels");
                return;
            }
            for (int i = 0; i < c; i++) union(base.get(in) + i, base.get(out) + offset + i);
            offset += c;
        }
    }

    Integer rank(String t) {
        TensorType tt = types.type(t);
        return tt.dims() == null ? null : tt.dims().size();
    }

    void binary(NodeProto n) {
        String a = n.input(0), b = n.input(1), out = n.outputs().get(0);
        boolean ca = view.isInitializer(a), cb = view.isInitializer(b);
        if (!ca && !cb) {
            if (channels.containsKey(a) && channels.containsKey(b) && rank(a) != null && rank(a).equals(rank(b))) {
                tie(a, out);
                tie(b, out);
            } else {
                pinAll(n, n.opType() + " of tensors with broadcast channels keeps its channels");
            }
            return;
        }
        String act = ca ? b : a;
        TensorProto c = view.initializer(ca ? a : b);
        if (c.elementCount() == 1) {
            tie(act, out);
            return;
        }
        // a per-channel constant [C,1,1] / [1,C,1,1] is sliced with the channels
        Integer channelsOfAct = channels.get(act), r = rank(act);
        long[] d = c.dims();
        // right-aligned against [N, C, ...], the constant's C must sit on the channel axis
        boolean perChannelShape = channelsOfAct != null && r != null && c.elementCount() == channelsOfAct
                && d.length >= r - 1 && d.length <= r && d[d.length - (r - 1)] == channelsOfAct
                && uses.getOrDefault(c.name(), 0) == 1 && c.dataType() == DataType.FLOAT;
        if (perChannelShape) {
            tie(act, out);
            perChannel.put(c.name(), act);
        } else {
            pinAll(n, n.opType() + " with a constant that is not per channel keeps its channels");
        }
    }

    void conv(NodeProto n) throws IOException {
        String in = n.input(0), out = n.outputs().get(0);
        TensorProto w = n.inputs().size() > 1 ? view.initializer(n.input(1)) : null;
        if (w == null || sharedOrMissing(n, 1) || w.dims().length < 3 || !channels.containsKey(out)) {
            pinAll(n, "convolutions with computed or shared weights keep their channels");
            return;
        }
        long groups = n.intAttr("group", 1);
        long cout = w.dims()[0], cinPerGroup = w.dims()[1];
        if (groups == 1) {
            sinks.add(n);
            sources.put(n, norms(DynamicQuantizer.floats(w), (int) cout));
        } else if (cinPerGroup == 1 && groups == cout && channels.getOrDefault(in, -1) == cout) {
            tie(in, out);
            depthwise.add(n);
        } else {
            pinAll(n, "grouped convolutions keep their channels");
        }
    }

    void matrix(NodeProto n) throws IOException {
        String in = n.input(0), out = n.outputs().get(0);
        TensorProto w = n.inputs().size() > 1 ? view.initializer(n.input(1)) : null;
        boolean gemm = n.opType().equals("Gemm");
        boolean ok = w != null && !sharedOrMissing(n, 1) && w.dims().length == 2 && rank(in) != null && rank(in) == 2
                && channels.containsKey(out) && (!gemm || n.intAttr("transA", 0) == 0);
        if (gemm && ok && n.inputs().size() > 2 && !n.input(2).isEmpty()) ok = view.initializer(n.input(2)).dims().length == 1;
        if (!ok) {
            pinAll(n, n.opType() + " layers that are not plain [rows, features] products keep their channels");
            return;
        }
        float[] v = DynamicQuantizer.floats(w);
        boolean transposed = gemm && n.intAttr("transB", 0) != 0;
        int rows = (int) w.dims()[0], cols = (int) w.dims()[1];
        // importance per output feature: a row of W when transposed, else a column
        float[] perOut = transposed ? v : transpose(v, rows, cols);
        sinks.add(n);
        sources.put(n, norms(perOut, transposed ? rows : cols));
    }

    static float[] transpose(float[] v, int rows, int cols) {
        float[] t = new float[v.length];
        for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) t[c * rows + r] = v[r * cols + c];
        return t;
    }

    double[] norms(float[] w, int outputs) {
        int inner = w.length / outputs;
        double[] n = new double[outputs];
        double mean = 0;
        for (int o = 0; o < outputs; o++) {
            double s = 0;
            for (int k = 0; k < inner; k++) {
                double x = w[o * inner + k];
                s += options.norm() == ChannelPruner.Norm.L1 ? Math.abs(x) : x * x;
            }
            n[o] = options.norm() == ChannelPruner.Norm.L1 ? s : Math.sqrt(s);
            mean += n[o];
        }
        mean /= outputs;
        if (mean > 0) for (int o = 0; o < outputs; o++) n[o] /= mean;
        return n;
    }

    /** Channels kept per tensor, sorted. */
    Map<String, int[]> choose(ChannelPruner.Options o) {
        int total = parent.length;
        boolean[] rootPinned = new boolean[total];
        for (int i = 0; i < total; i++) if (pinned[i]) rootPinned[find(i)] = true;
        double[] importance = new double[total];
        boolean[] produced = new boolean[total];
        for (Map.Entry<NodeProto, double[]> e : sources.entrySet()) {
            String out = e.getKey().outputs().get(0);
            for (int c = 0; c < e.getValue().length; c++) {
                int r = find(base.get(out) + c);
                importance[r] += e.getValue()[c];
                produced[r] = true;
            }
        }
        // sets of groups that share a tensor are pruned together, by the same ratio
        int[] cluster = new int[total];
        for (int i = 0; i < total; i++) cluster[i] = i;
        for (Map.Entry<String, Integer> t : channels.entrySet()) {
            int first = find(base.get(t.getKey()));
            for (int c = 1; c < t.getValue(); c++) unionIn(cluster, first, find(base.get(t.getKey()) + c));
        }
        Map<Integer, List<Integer>> groupsByCluster = new LinkedHashMap<>();
        for (int i = 0; i < total; i++) {
            if (find(i) != i || rootPinned[i] || !produced[i]) continue;
            groupsByCluster.computeIfAbsent(findIn(cluster, i), k -> new ArrayList<>()).add(i);
        }
        boolean[] removed = new boolean[total];
        for (List<Integer> groups : groupsByCluster.values()) {
            groups.sort((x, y) -> Double.compare(importance[x], importance[y]));
            int n = groups.size(), kept = n - (int) Math.floor(n * o.ratio());
            kept = Math.min(n, (kept + o.multipleOf() - 1) / o.multipleOf() * o.multipleOf());
            int target = n - kept;
            for (int k = 0; k < target; k++) removed[groups.get(k)] = true;
        }
        // never empty a tensor: give back its most important channel
        Map<String, int[]> keep = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> t : channels.entrySet()) {
            int b = base.get(t.getKey()), n = t.getValue();
            int left = 0;
            for (int c = 0; c < n; c++) if (!removed[find(b + c)]) left++;
            if (left == 0) {
                int best = 0;
                for (int c = 1; c < n; c++) if (importance[find(b + c)] > importance[find(b + best)]) best = c;
                removed[find(b + best)] = false;
            }
        }
        for (Map.Entry<String, Integer> t : channels.entrySet()) {
            int b = base.get(t.getKey()), n = t.getValue();
            int[] k = new int[n];
            int m = 0;
            for (int c = 0; c < n; c++) if (!removed[find(b + c)]) k[m++] = c;
            keep.put(t.getKey(), Arrays.copyOf(k, m));
        }
        return keep;
    }

    static int findIn(int[] p, int x) {
        while (p[x] != x) {
            p[x] = p[p[x]];
            x = p[x];
        }
        return x;
    }

    static void unionIn(int[] p, int a, int b) {
        a = findIn(p, a);
        b = findIn(p, b);
        if (a != b) p[a] = b;
    }

    /** Slices every weight and per-channel parameter to the kept channels. */
    void apply(Map<String, int[]> keep) throws PruningException {
        Map<String, SlicedWeights> w = new LinkedHashMap<>();
        try {
            for (NodeProto n : sources.keySet()) {
                int[] k = keep.get(n.outputs().get(0));
                boolean transposedGemm = n.opType().equals("Gemm") && n.intAttr("transB", 0) != 0;
                int axis = n.opType().equals("Conv") || transposedGemm ? 0 : 1;
                weights(w, n.input(1)).slice(axis, k);
                if (n.inputs().size() > 2 && !n.input(2).isEmpty()) weights(w, n.input(2)).slice(0, k);
            }
            for (NodeProto n : sinks) {
                int[] k = keep.get(n.input(0));
                if (k == null) continue;
                boolean transposedGemm = n.opType().equals("Gemm") && n.intAttr("transB", 0) != 0;
                int axis = n.opType().equals("Conv") || transposedGemm ? 1 : 0;
                weights(w, n.input(1)).slice(axis, k);
            }
            for (NodeProto n : depthwise) {
                int[] k = keep.get(n.input(0));
                weights(w, n.input(1)).slice(0, k);
                if (n.inputs().size() > 2 && !n.input(2).isEmpty()) weights(w, n.input(2)).slice(0, k);
                for (int i = 0; i < n.attributes().size(); i++) {
                    if (n.attributes().get(i).name().equals("group")) n.attributes().set(i, AttributeProto.ofInt("group", k.length));
                }
            }
            for (Map.Entry<String, String> e : perChannel.entrySet()) {
                SlicedWeights p = weights(w, e.getKey());
                p.slice(p.channelAxis(channels.get(e.getValue())), keep.get(e.getValue()));
            }
        } catch (IOException e) {
            throw new PruningException("cannot read weights: " + e.getMessage());
        }
        for (int i = 0; i < g.initializers().size(); i++) {
            SlicedWeights x = w.get(g.initializers().get(i).name());
            if (x != null) g.initializers().set(i, x.toTensor());
        }
        // shapes recorded for pruned tensors are stale; the runtime infers them again
        g.valueInfos().removeIf(v -> keep.containsKey(v.name()) && keep.get(v.name()).length != channels.get(v.name()));
    }

    SlicedWeights weights(Map<String, SlicedWeights> w, String name) throws IOException {
        SlicedWeights x = w.get(name);
        if (x == null) {
            TensorProto t = view.initializer(name);
            x = new SlicedWeights(name, DynamicQuantizer.floats(t), t.dims().clone());
            w.put(name, x);
        }
        return x;
    }
}
