package io.medli.compress;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.medli.compress.calibrate.TensorTap;
import io.medli.compress.data.CalibrationData;
import io.medli.compress.data.CalibrationDataException;
import io.medli.onnx.graph.GraphView;
import io.medli.onnx.progress.Monitor;
import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.ProtoCopy;
import io.medli.onnx.proto.TensorProto;

/**
 * Cross-layer equalization (Nagel et al., "Data-Free Quantization", 2019) that stays exact through
 * hard-swish. ONNX Runtime's int8 kernels take one scale per activation tensor, and in
 * re-parameterized networks the channels of one tensor span ranges 50x apart: the small channels
 * are rounded to a few steps. Each convolution's output channel c is multiplied by d_c (its weights
 * and bias), chosen from the channel's range on the data so that all channels share one range, and
 * the convolutions that read it divide their input channel c by d_c: the float model computes the
 * same values. Between the two, ReLU commutes with a positive d_c; a gated activation
 * {@code y * Clip(y + k, lo, hi)} (hard-swish as PaddlePaddle writes it) or a HardSwish node does
 * not, so its gate is computed from the scaled tensor by a depthwise 1x1 convolution with weight
 * 1/d_c and bias k - exact in float, and exact in int8 too, where a per-channel weight scale holds
 * 1/d_c without rounding - and only the product carries d_c on to the next convolution. A constant
 * shift after the activation becomes a per-channel one.
 * <p>
 * The range that sets d_c is what the activation keeps: a channel whose values run far below the
 * point where ReLU or the gate gives 0 is not scaled down for that tail. Its tail is then cut
 * exactly: a {@code Clip} from below at the highest value that is at or under every channel's
 * dead point (or under its lowest value on the data), which the quantizer folds into the
 * convolution's output range - int8 spends its steps where the gate is open. On PP-OCRv4 det this
 * took the all-int8 model from 14.9 to 18.0 dB on held-out images (benchmarks section 19).
 */
public final class ChannelEqualization {

    /**
     * @param model the equalized float model (the given one where nothing was equalized)
     * @param tensors convolution outputs equalized
     * @param spread the largest ratio between a tensor's widest and narrowest channel before equalization
     * @param boosted channels scaled up more than {@link #BOOST_NOTE} times
     */
    public record Result(ModelProto model, int tensors, double spread, int boosted) {
        /** One line for the quantization report. */
        public String note() {
            if (tensors == 0) return "channel equalization: no convolution output that only convolutions read (through ReLU or hard-swish)";
            String s = String.format(Locale.ROOT, "channel equalization of %d convolution outputs (channel ranges up to %.0fx apart, "
                    + "now one range per tensor; compensated exactly in the convolutions after them)", tensors, spread);
            // a channel the data barely moves loses its headroom: PP-OCRv4 det's relu_1, 0.05 on its calibration
            // images, reached 28x the tensor's range on screenshots unlike them (benchmarks section 19)
            return boosted == 0 ? s
                    : s + String.format(Locale.ROOT, "; %d channels scaled up more than %.0fx because the data barely moves them: on inputs "
                            + "unlike the calibration data they can overflow their int8 range - calibrate on data like the deployed inputs",
                            boosted, BOOST_NOTE);
        }
    }

    private enum Activation {
        NONE, RELU, GATE, HARD_SWISH
    }

    /** A convolution output y, its activation, an optional constant shift, and the convolutions reading the result. */
    private record Site(NodeProto conv, String y, Activation activation, NodeProto gateAdd, NodeProto act, NodeProto shift,
            List<NodeProto> readers) {
    }

    /** Channels scaled up more than this many times are counted in the report. */
    public static final double BOOST_NOTE = 16;

    /** Bounds of d_c: a channel that the data never moves keeps its scale. */
    private static final double MAX_FACTOR = 1024;

    private ChannelEqualization() {
    }

    /**
     * Equalizes a copy of {@code model} (ranges measured on {@code data}); the original is not
     * touched. Meant for a prepared model (batch norms folded, weights in initializers).
     */
    public static Result equalize(ModelProto model, CalibrationData data, int threads, Monitor monitor)
            throws QuantizationException, CalibrationDataException {
        ModelProto copy = ProtoCopy.model(model);
        GraphView view = GraphView.of(copy.graph());
        List<Site> sites = sites(view);
        if (sites.isEmpty()) return new Result(model, 0, 1, 0);
        Map<String, float[]> ranges = ranges(copy, sites, data, threads, monitor);
        Rewriter w = new Rewriter(copy);
        double spread = 1;
        int done = 0, boosted = 0;
        try {
            for (Site s : sites) {
                float[] signed = ranges.get(s.y());
                if (signed == null) continue;
                double dead = deadBelow(view, s);
                float[] r = effective(signed, dead);
                float[] d = factors(r);
                if (d == null) continue;
                spread = Math.max(spread, spread(r));
                for (float f : d) if (f > BOOST_NOTE) boosted++;
                w.apply(s, d, s.activation() == Activation.GATE || s.activation() == Activation.HARD_SWISH ? floor(signed, d, dead) : null);
                done++;
            }
        } catch (IOException e) {
            throw new QuantizationException("cannot read a convolution's weights: " + e.getMessage());
        }
        if (done == 0) return new Result(model, 0, spread, 0);
        w.dropUnused();
        return new Result(copy, done, spread, boosted);
    }

    /** Convolution outputs that only convolutions read, through at most an activation and a constant shift. */
    private static List<Site> sites(GraphView view) {
        List<Site> sites = new ArrayList<>();
        for (NodeProto n : view.topologicalOrder()) {
            if (!isConv(n) || !hasFloatWeights(view, n)) continue;
            String y = n.outputs().get(0);
            if (view.isGraphOutput(y)) continue;
            List<NodeProto> cs = view.consumers(y);
            Activation act = Activation.NONE;
            NodeProto gateAdd = null, actNode = null;
            String z = y;
            if (cs.size() == 1 && cs.get(0).opType().equals("Relu") && cs.get(0).domain().isEmpty()) {
                act = Activation.RELU;
                actNode = cs.get(0);
            } else if (cs.size() == 1 && cs.get(0).opType().equals("HardSwish") && cs.get(0).domain().isEmpty()) {
                act = Activation.HARD_SWISH;
                actNode = cs.get(0);
            } else if (cs.size() == 2) {
                NodeProto add = null, mul = null;
                for (NodeProto c : cs) {
                    if (c.opType().equals("Add") && c.domain().isEmpty()) add = c;
                    if (c.opType().equals("Mul") && c.domain().isEmpty()) mul = c;
                }
                if (add == null || mul == null || !add.input(0).equals(y) || scalar(view, add.input(1)) == null) continue;
                List<NodeProto> clips = view.consumers(add.outputs().get(0));
                if (clips.size() != 1 || !clips.get(0).opType().equals("Clip") || view.isGraphOutput(add.outputs().get(0))) continue;
                String gate = clips.get(0).outputs().get(0);
                if (view.consumers(gate).size() != 1 || view.isGraphOutput(gate) || !(mul.input(0).equals(y) && mul.input(1).equals(gate)
                        || mul.input(1).equals(y) && mul.input(0).equals(gate))) {
                    continue;
                }
                act = Activation.GATE;
                gateAdd = add;
                actNode = mul;
            }
            if (act == Activation.NONE && cs.isEmpty()) continue;
            if (actNode != null) {
                z = actNode.outputs().get(0);
                if (view.isGraphOutput(z)) continue;
                cs = view.consumers(z);
            }
            NodeProto shift = null;
            if (cs.size() == 1 && cs.get(0).opType().equals("Add") && cs.get(0).domain().isEmpty() && cs.get(0).input(0).equals(z)
                    && scalar(view, cs.get(0).input(1)) != null && !view.isGraphOutput(cs.get(0).outputs().get(0))) {
                shift = cs.get(0);
                cs = view.consumers(shift.outputs().get(0));
            }
            String read = shift != null ? shift.outputs().get(0) : z;
            if (cs.isEmpty() || !cs.stream().allMatch(c -> readsAsInput(view, c, read, n))) continue;
            sites.add(new Site(n, y, act, gateAdd, actNode, shift, List.copyOf(cs)));
        }
        return sites;
    }

    private static boolean isConv(NodeProto n) {
        return n.opType().equals("Conv") && n.domain().isEmpty();
    }

    private static boolean hasFloatWeights(GraphView view, NodeProto n) {
        TensorProto w = view.initializer(n.input(1));
        if (w == null || w.dataType() != DataType.FLOAT || w.dims().length < 3) return false;
        return n.inputs().size() < 3 || n.input(2).isEmpty() || view.initializer(n.input(2)) != null
                && view.initializer(n.input(2)).dataType() == DataType.FLOAT;
    }

    /** A convolution that reads {@code t} only as its data input and can take a per-input-channel factor. */
    private static boolean readsAsInput(GraphView view, NodeProto c, String t, NodeProto producer) {
        if (!isConv(c) || c == producer || !hasFloatWeights(view, c) || !c.input(0).equals(t)) return false;
        for (int i = 1; i < c.inputs().size(); i++) if (c.input(i).equals(t)) return false;
        long group = c.intAttr("group", 1);
        long[] dims = view.initializer(c.input(1)).dims();
        return group == 1 || dims[1] == 1 && group == dims[0];
    }

    private static Float scalar(GraphView view, String name) {
        TensorProto t = view.initializer(name);
        if (t == null || t.dataType() != DataType.FLOAT || t.elementCount() != 1) return null;
        try {
            return DynamicQuantizer.floats(t)[0];
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The value below which the site's activation gives 0 whatever the input (ReLU 0, hard-swish -3,
     * a gate {@code Clip(y + k, 0, hi)} -k); infinite without activation.
     */
    private static double deadBelow(GraphView view, Site s) {
        return switch (s.activation()) {
            case NONE -> Double.POSITIVE_INFINITY;
            case RELU -> 0;
            case HARD_SWISH -> 3;
            case GATE -> {
                Float k = scalar(view, s.gateAdd().input(1));
                yield k == null || k < 0 ? Double.POSITIVE_INFINITY : k;
            }
        };
    }

    /**
     * The range of each channel that matters downstream: the largest positive value, and of the
     * negative side only what the activation does not discard (a channel with a long negative tail
     * that ReLU or hard-swish maps to 0 must not be scaled down for it).
     */
    static float[] effective(float[] signed, double deadBelow) {
        int channels = signed.length / 2;
        float[] r = new float[channels];
        for (int c = 0; c < channels; c++) r[c] = (float) Math.max(signed[c], Math.min(signed[channels + c], deadBelow));
        return r;
    }

    /**
     * The lowest value a gated activation's input needs after scaling: below -dead d_c channel c's
     * gate is 0, so clipping there changes nothing, and a channel that never goes lower is not
     * clipped at all. Null where it would clip nothing. Quantized, the input's range then ends at
     * this floor instead of at the longest negative tail.
     */
    static Float floor(float[] signed, float[] d, double dead) {
        int channels = d.length;
        double floor = Double.POSITIVE_INFINITY, lowest = 0;
        for (int c = 0; c < channels; c++) {
            double lo = -signed[channels + c] * d[c];
            lowest = Math.min(lowest, lo);
            floor = Math.min(floor, Math.max(lo, -dead * d[c]));
        }
        return floor < 0 && floor > lowest ? (float) floor : null;
    }

    /** Per channel of each site's convolution output on the data: the largest value, then the largest magnitude of a negative one. */
    private static Map<String, float[]> ranges(ModelProto model, List<Site> sites, CalibrationData data, int threads, Monitor monitor)
            throws QuantizationException, CalibrationDataException {
        Map<String, float[]> ranges = new LinkedHashMap<>();
        try (TensorTap tap = TensorTap.open(model, sites.stream().map(Site::y).toList(), threads)) {
            for (int i = 0; i < data.size(); i++) {
                monitor.checkCancelled();
                monitor.progress("channel ranges on " + data.description(), i, data.size());
                tap.run(data.sample(i), (name, shape, v) -> {
                    if (shape.length < 2) return;
                    int channels = (int) shape[1], per = v.length / Math.max(1, (int) shape[0]) / channels;
                    float[] r = ranges.computeIfAbsent(name, k -> new float[2 * channels]);
                    for (int j = 0; j < v.length; j++) {
                        int c = (j / per) % channels;
                        float a = v[j];
                        if (a > r[c]) r[c] = a;
                        if (-a > r[channels + c]) r[channels + c] = -a;
                    }
                });
            }
        }
        monitor.progress("channel ranges on " + data.description(), data.size(), data.size());
        return ranges;
    }

    /** d_c = median range / range of c, so that every channel spans the median; null where all channels already do. */
    static float[] factors(float[] range) {
        float[] sorted = range.clone();
        Arrays.sort(sorted);
        float max = sorted[sorted.length - 1];
        if (!(max > 0)) return null;
        float median = sorted[sorted.length / 2];
        if (median <= 0) median = max;
        float[] d = new float[range.length];
        boolean any = false;
        for (int c = 0; c < d.length; c++) {
            double f = range[c] <= 1e-6 * max ? 1 : median / range[c];
            d[c] = (float) Math.max(1 / MAX_FACTOR, Math.min(MAX_FACTOR, f));
            any |= d[c] != 1;
        }
        return any ? d : null;
    }

    private static double spread(float[] r) {
        float max = 0, min = Float.MAX_VALUE;
        for (float v : r) max = Math.max(max, v);
        for (float v : r) if (v > 1e-6 * max) min = Math.min(min, v);
        return max > 0 ? max / min : 1;
    }

    /** Edits the copy's graph in place; each changed weight gets a tensor of its own (weights may be shared). */
    private static final class Rewriter {
        private final GraphProto g;
        private final Map<String, TensorProto> init = new LinkedHashMap<>();
        private final Set<String> names = new HashSet<>();
        private final boolean clipInputs;

        Rewriter(ModelProto m) {
            g = m.graph();
            for (TensorProto t : g.initializers()) init.put(t.name(), t);
            names.addAll(init.keySet());
            for (NodeProto n : g.nodes()) names.addAll(n.outputs());
            clipInputs = m.defaultOpset() >= 11;
        }

        void apply(Site s, float[] d, Float floor) throws IOException {
            int channels = d.length;
            scaleRows(s.conv(), d);
            int rank = init.get(s.conv().input(1)).dims().length;
            String y = s.y();
            if (floor != null) {
                // exact (see floor); the quantizer folds this Clip into the convolution's output range
                y = unique(s.y() + "_floored");
                g.nodes().add(g.nodes().indexOf(s.conv()) + 1, clip(s.conv().name() + "_floor", s.y(), y, s.y() + "_floor", floor, null, Float.MAX_VALUE));
            }
            if (s.activation() == Activation.GATE) {
                // y + k from the scaled y: a depthwise 1x1 convolution with weight 1/d_c and bias k
                float k = DynamicQuantizer.floats(init.get(s.gateAdd().input(1)))[0];
                NodeProto dw = depthwise(s.gateAdd().name() + "_equalized", y, s.gateAdd().outputs().get(0), d, 1f, k, rank);
                g.nodes().set(g.nodes().indexOf(s.gateAdd()), dw);
                List<String> in = s.act().inputs();
                for (int i = 0; i < in.size(); i++) if (in.get(i).equals(s.y())) in.set(i, y);
            } else if (s.activation() == Activation.HARD_SWISH) {
                // HardSwish(y) = y * Clip(y / 6 + 1/2, 0, 1): the gate from the scaled y, times the scaled y
                NodeProto hs = s.act();
                String pre = unique(hs.name() + "_gate_input"), gate = unique(hs.name() + "_gate");
                List<NodeProto> nodes = new ArrayList<>();
                nodes.add(depthwise(hs.name() + "_equalized", y, pre, d, 1f / 6, 0.5f, rank));
                nodes.add(clip(hs.name() + "_clip", pre, gate, hs.name() + "_zero", 0f, hs.name() + "_one", 1f));
                nodes.add(new NodeProto("Mul", unique(hs.name() + "_mul"), List.of(y, gate), List.of(hs.outputs().get(0))));
                int at = g.nodes().indexOf(hs);
                g.nodes().remove(at);
                g.nodes().addAll(at, nodes);
            }
            if (s.shift() != null) {
                float b = DynamicQuantizer.floats(init.get(s.shift().input(1)))[0];
                float[] v = new float[channels];
                for (int c = 0; c < channels; c++) v[c] = b * d[c];
                long[] dims = new long[rank];
                Arrays.fill(dims, 1);
                dims[1] = channels;
                s.shift().inputs().set(1, put(floatTensor(unique(s.shift().input(1) + "_equalized"), v, dims)).name());
            }
            for (NodeProto reader : s.readers()) scaleColumns(reader, d);
        }

        /**
         * Clip(in, lo, hi) as the opset writes it: bounds as inputs (named from {@code loName},
         * {@code hiName}; a null hiName leaves the upper bound open) from opset 11, attributes before.
         */
        private NodeProto clip(String name, String in, String out, String loName, float lo, String hiName, float hi) {
            NodeProto clip;
            if (clipInputs) {
                String l = put(scalarTensor(unique(loName), lo)).name(), h = hiName == null ? null : put(scalarTensor(unique(hiName), hi)).name();
                clip = new NodeProto("Clip", unique(name), h == null ? List.of(in, l) : List.of(in, l, h), List.of(out));
            } else {
                clip = new NodeProto("Clip", unique(name), List.of(in), List.of(out));
                clip.attributes().add(AttributeProto.ofFloat("min", lo));
                clip.attributes().add(AttributeProto.ofFloat("max", hi));
            }
            return clip;
        }

        private NodeProto depthwise(String name, String in, String out, float[] d, float gain, float bias, int rank) {
            int channels = d.length;
            float[] w = new float[channels], b = new float[channels];
            for (int c = 0; c < channels; c++) {
                w[c] = gain / d[c];
                b[c] = bias;
            }
            long[] dims = new long[rank];
            Arrays.fill(dims, 1);
            dims[0] = channels;
            String wn = put(floatTensor(unique(name + "_W"), w, dims)).name(), bn = put(floatTensor(unique(name + "_B"), b, channels)).name();
            NodeProto n = new NodeProto("Conv", unique(name), List.of(in, wn, bn), List.of(out));
            n.attributes().add(AttributeProto.ofInt("group", channels));
            long[] kernel = new long[rank - 2];
            Arrays.fill(kernel, 1);
            n.attributes().add(AttributeProto.ofInts("kernel_shape", kernel));
            return n;
        }

        private void scaleRows(NodeProto conv, float[] d) throws IOException {
            TensorProto w = init.get(conv.input(1));
            float[] v = DynamicQuantizer.floats(w);
            int per = v.length / d.length;
            for (int i = 0; i < v.length; i++) v[i] *= d[i / per];
            conv.inputs().set(1, put(floatTensor(unique(w.name() + "_equalized"), v, w.dims())).name());
            if (conv.inputs().size() > 2 && !conv.input(2).isEmpty()) {
                TensorProto b = init.get(conv.input(2));
                float[] bv = DynamicQuantizer.floats(b);
                for (int i = 0; i < bv.length; i++) bv[i] *= d[i];
                conv.inputs().set(2, put(floatTensor(unique(b.name() + "_equalized"), bv, b.dims())).name());
            }
        }

        private void scaleColumns(NodeProto conv, float[] d) throws IOException {
            TensorProto w = init.get(conv.input(1));
            float[] v = DynamicQuantizer.floats(w);
            long[] dims = w.dims();
            int out = (int) dims[0], in = (int) dims[1], k = v.length / out / in;
            for (int o = 0; o < out; o++) {
                for (int i = 0; i < in; i++) {
                    float f = d[in == 1 && d.length == out ? o : i];
                    for (int j = 0; j < k; j++) v[(o * in + i) * k + j] /= f;
                }
            }
            conv.inputs().set(1, put(floatTensor(unique(w.name() + "_equalized"), v, dims)).name());
        }

        /** Removes the initializers that no node reads any more (the weights before equalization). */
        void dropUnused() {
            GraphView view = GraphView.of(g);
            Set<String> used = new HashSet<>();
            for (NodeProto n : g.nodes()) used.addAll(view.allInputs(n));
            g.outputs().forEach(o -> used.add(o.name()));
            g.initializers().removeIf(t -> !used.contains(t.name()));
        }

        private TensorProto put(TensorProto t) {
            g.initializers().add(t);
            init.put(t.name(), t);
            return t;
        }

        private String unique(String base) {
            String n = base;
            for (int i = 1; !names.add(n); i++) n = base + "_" + i;
            return n;
        }

        private static TensorProto scalarTensor(String name, float v) {
            return floatTensor(name, new float[] { v });
        }

        private static TensorProto floatTensor(String name, float[] v, long... dims) {
            ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
            b.asFloatBuffer().put(v);
            return new TensorProto().name(name).dataType(DataType.FLOAT).dims(dims).rawData(b);
        }
    }
}
