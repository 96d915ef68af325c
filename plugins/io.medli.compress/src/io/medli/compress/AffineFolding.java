package io.medli.compress;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.medli.onnx.edit.UniqueNames;
import io.medli.onnx.graph.GraphView;
import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.TensorProto;

/**
 * Exact rewrites that leave fewer activations to quantize. Every tensor that static int8 stores is
 * rounded once more, at a range of its own: a convolution followed by a constant scale and shift
 * (Paddle's learnable affine blocks, a frozen normalization) and a hard-swish written out as
 * {@code x * Clip(x + 3, 0, 6) / 6} (Paddle and TensorFlow exports) cost four to six roundings per
 * block where one would do - the product inside that hard-swish spans six times the range of its
 * input, so small channels round to nothing. Here a scale and shift after a convolution go into its
 * weights and bias; a scale before convolutions goes into their weights (a shift stays as an Add, or
 * goes into the bias where the convolution pads nothing); the written-out hard-swish becomes one
 * HardSwish. The function is the same up to float rounding.
 */
final class AffineFolding {
    /** What was rewritten, for the report: Mul and Add nodes folded away, hard-swishes fused. */
    record Result(int intoPreceding, int intoFollowing, int hardSwishes) {
        int total() {
            return intoPreceding + intoFollowing + hardSwishes;
        }
    }

    private final GraphProto g;
    private final UniqueNames names;
    private final Set<String> replaced = new HashSet<>();

    private AffineFolding(GraphProto g) {
        this.g = g;
        this.names = UniqueNames.of(g);
    }

    /** Number of written-out hard-swishes in the main graph: they need opset 14 for the fused operator. */
    static int hardSwishPatterns(GraphProto g) {
        GraphView view = GraphView.of(g);
        int n = 0;
        for (NodeProto node : g.nodes()) if (hardSwishInput(node, view) != null) n++;
        return n;
    }

    /** Rewrites {@code g} in place; {@code fuseHardSwish} only where the model's opset has HardSwish (14). */
    static Result apply(GraphProto g, boolean fuseHardSwish) throws IOException {
        AffineFolding f = new AffineFolding(g);
        int hs = fuseHardSwish ? f.fuseHardSwishes() : 0;
        int before = 0, after = 0;
        for (boolean changed = true; changed;) {
            changed = false;
            GraphView view = GraphView.of(g);
            for (NodeProto n : view.topologicalOrder()) {
                if (f.intoPreceding(n, view)) {
                    before++;
                    changed = true;
                    break;
                }
                int removed = f.intoFollowing(n, view);
                if (removed > 0) {
                    after += removed;
                    changed = true;
                    break;
                }
            }
        }
        dropUnread(g, f.replaced);
        return new Result(before, after, hs);
    }

    /** {@code Conv -> Mul(c) | Add(c)}, c per output channel: into the convolution's weights or bias. */
    private boolean intoPreceding(NodeProto op, GraphView view) throws IOException {
        if (!(op.opType().equals("Mul") || op.opType().equals("Add")) || !op.domain().isEmpty() || op.inputs().size() != 2) return false;
        for (int side = 0; side < 2; side++) {
            String y = op.input(side);
            NodeProto conv = view.producer(y);
            if (conv == null || !isPlainConv(conv, view) || view.isGraphOutput(y) || view.consumers(y).size() != 1) continue;
            TensorProto wt = view.initializer(conv.input(1));
            int cout = (int) wt.dims()[0];
            float[] c = channelValues(view.initializer(op.input(1 - side)), cout, wt.dims().length);
            if (c == null) continue;
            float[] w = DynamicQuantizer.floats(wt);
            float[] b = conv.inputs().size() > 2 && !conv.input(2).isEmpty() ? DynamicQuantizer.floats(view.initializer(conv.input(2)))
                    : new float[cout];
            int per = w.length / cout;
            if (op.opType().equals("Mul")) {
                for (int o = 0; o < cout; o++) {
                    for (int k = 0; k < per; k++) w[o * per + k] *= c[o];
                    b[o] *= c[o];
                }
                setInput(conv, 1, w, wt.dims(), view);
            } else {
                for (int o = 0; o < cout; o++) b[o] += c[o];
            }
            setInput(conv, 2, b, new long[] { cout }, view);
            conv.outputs().set(0, op.outputs().get(0));
            g.nodes().remove(op);
            return true;
        }
        return false;
    }

    /**
     * {@code Mul(c) [-> Add(d)] -> Conv...}, c per input channel and never 0: Conv(c*h + d) equals
     * Conv'(h + d/c) with the weights times c, zero padding included; d/c goes into the bias where the
     * convolutions pad nothing.
     */
    private int intoFollowing(NodeProto mul, GraphView view) throws IOException {
        if (!mul.opType().equals("Mul") || !mul.domain().isEmpty() || mul.inputs().size() != 2) return 0;
        for (int side = 0; side < 2; side++) {
            String h = mul.input(side), y = mul.outputs().get(0);
            if (view.isInitializer(h) || view.isGraphOutput(y)) continue;
            NodeProto add = null;
            List<NodeProto> readers = view.consumers(y);
            if (readers.size() == 1 && readers.get(0).opType().equals("Add") && readers.get(0).domain().isEmpty()
                    && readers.get(0).inputs().size() == 2 && !view.isGraphOutput(readers.get(0).outputs().get(0))) {
                add = readers.get(0);
                readers = view.consumers(add.outputs().get(0));
            }
            if (readers.isEmpty()) continue;
            Integer cin = null;
            int rank = 0;
            for (NodeProto r : readers) {
                if (!isPlainConv(r, view) || !r.input(0).equals(add == null ? y : add.outputs().get(0)) || r.inputs().lastIndexOf(r.input(0)) != 0) {
                    cin = null;
                    break;
                }
                TensorProto wt = view.initializer(r.input(1));
                int in = (int) (wt.dims()[1] * r.intAttr("group", 1));
                if (cin != null && cin != in) {
                    cin = null;
                    break;
                }
                cin = in;
                rank = wt.dims().length;
            }
            if (cin == null) continue;
            float[] c = channelValues(view.initializer(mul.input(1 - side)), cin, rank);
            if (c == null) continue;
            boolean zeroes = false;
            for (float v : c) zeroes |= v == 0 || !Float.isFinite(1 / v);
            if (zeroes) continue;
            float[] d = null;
            if (add != null) {
                String other = add.input(0).equals(y) ? add.input(1) : add.input(0);
                d = channelValues(view.initializer(other), cin, rank);
                if (d == null || add.input(0).equals(add.input(1))) continue;
                for (int i = 0; i < cin; i++) d[i] /= c[i];
            }
            boolean shiftIntoBias = d != null;
            for (NodeProto r : readers) shiftIntoBias &= padsNothing(r);
            for (NodeProto r : readers) {
                TensorProto wt = view.initializer(r.input(1));
                float[] w = DynamicQuantizer.floats(wt);
                int cout = (int) wt.dims()[0], group = (int) r.intAttr("group", 1), inPer = (int) wt.dims()[1];
                int kernel = w.length / (cout * inPer), outPer = cout / group;
                float[] b = shiftIntoBias ? (r.inputs().size() > 2 && !r.input(2).isEmpty()
                        ? DynamicQuantizer.floats(view.initializer(r.input(2))) : new float[cout]) : null;
                for (int o = 0; o < cout; o++) {
                    for (int i = 0; i < inPer; i++) {
                        int channel = (o / outPer) * inPer + i;
                        for (int k = 0; k < kernel; k++) {
                            int at = (o * inPer + i) * kernel + k;
                            w[at] *= c[channel];
                            if (b != null) b[o] += w[at] * d[channel];
                        }
                    }
                }
                setInput(r, 1, w, wt.dims(), view);
                if (b != null) setInput(r, 2, b, new long[] { cout }, view);
                r.inputs().set(0, h);
            }
            g.nodes().remove(mul);
            if (add != null) {
                if (shiftIntoBias) {
                    g.nodes().remove(add);
                } else {
                    long[] dims = new long[rank - 1];
                    java.util.Arrays.fill(dims, 1);
                    dims[0] = cin;
                    String name = names.next(add.name().isEmpty() ? "shift" : add.name() + "_shift");
                    // one value when every channel has the same (a scalar shift stays one 8-bit value when quantized)
                    boolean uniform = true;
                    for (float v : d) uniform &= v == d[0];
                    g.initializers().add(uniform ? floats(name, new float[] { d[0] }, 1) : floats(name, d, cin == 1 ? new long[] { 1 } : dims));
                    add.inputs().set(0, h);
                    add.inputs().set(1, name);
                    for (NodeProto r : readers) r.inputs().set(0, add.outputs().get(0));
                }
            }
            return shiftIntoBias ? 2 : 1;
        }
        return 0;
    }

    private int fuseHardSwishes() {
        int n = 0;
        GraphView view = GraphView.of(g);
        List<NodeProto> remove = new ArrayList<>();
        for (NodeProto last : new ArrayList<>(g.nodes())) {
            List<NodeProto> chain = new ArrayList<>();
            String x = hardSwishInput(last, view, chain);
            if (x == null) continue;
            NodeProto hs = new NodeProto("HardSwish", last.name().isEmpty() ? "" : last.name() + "_hardswish", List.of(x),
                    List.of(last.outputs().get(0)));
            g.nodes().set(g.nodes().indexOf(last), hs);
            remove.addAll(chain);
            n++;
        }
        g.nodes().removeAll(remove);
        return n;
    }

    private static String hardSwishInput(NodeProto last, GraphView view) {
        return hardSwishInput(last, view, new ArrayList<>());
    }

    /**
     * The x of {@code last} when it ends {@code x * Clip(x + 3, 0, 6) / 6} (or {@code * (1/6)}), or
     * {@code x * HardSigmoid(x)} with alpha 1/6 and beta 1/2, whose inner values nothing else reads;
     * {@code chain} gets the nodes before {@code last}.
     */
    private static String hardSwishInput(NodeProto last, GraphView view, List<NodeProto> chain) {
        if (!last.domain().isEmpty() || last.inputs().size() != 2) return null;
        NodeProto mul = last;
        if (last.opType().equals("Div") || last.opType().equals("Mul")) {
            Float k = scalar(view, last.input(1));
            boolean sixth = last.opType().equals("Div") ? k != null && k == 6f : k != null && Math.abs(k - 1 / 6.0) < 1e-7;
            if (sixth) {
                mul = view.producer(last.input(0));
                if (mul == null || !single(view, mul)) return null;
                chain.add(mul);
            }
        }
        if (!mul.opType().equals("Mul") || !mul.domain().isEmpty() || mul.inputs().size() != 2) return null;
        for (int side = 0; side < 2; side++) {
            String x = mul.input(side);
            NodeProto gate = view.producer(mul.input(1 - side));
            if (gate == null || !single(view, gate) || !gate.domain().isEmpty()) continue;
            if (mul != last && gate.opType().equals("Clip")) {
                Float lo = clipBound(gate, view, 1, "min"), hi = clipBound(gate, view, 2, "max");
                NodeProto add = view.producer(gate.input(0));
                if (lo == null || hi == null || lo != 0f || hi != 6f || add == null || !single(view, add) || !add.opType().equals("Add")
                        || add.inputs().size() != 2) {
                    continue;
                }
                int xAt = add.inputs().indexOf(x);
                if (xAt < 0) continue;
                Float three = scalar(view, add.input(1 - xAt));
                if (three == null || three != 3f) continue;
                chain.add(gate);
                chain.add(add);
                return x;
            }
            if (mul == last && gate.opType().equals("HardSigmoid") && gate.input(0).equals(x)
                    && Math.abs(gate.floatAttr("alpha", 0.2f) - 1 / 6.0) < 1e-6 && Math.abs(gate.floatAttr("beta", 0.5f) - 0.5) < 1e-6) {
                chain.add(gate);
                return x;
            }
        }
        chain.clear();
        return null;
    }

    private static boolean single(GraphView view, NodeProto n) {
        return n.outputs().size() == 1 && view.consumers(n.outputs().get(0)).size() == 1 && !view.isGraphOutput(n.outputs().get(0));
    }

    private static Float clipBound(NodeProto clip, GraphView view, int input, String attr) {
        if (clip.inputs().size() > input && !clip.input(input).isEmpty()) return scalar(view, clip.input(input));
        AttributeProto a = clip.attribute(attr);
        return a == null ? null : clip.floatAttr(attr, 0);
    }

    private static Float scalar(GraphView view, String name) {
        return QuantizationPlan.floatScalar(view, name);
    }

    /** A Conv with float weights and bias held as initializers. */
    private static boolean isPlainConv(NodeProto n, GraphView view) {
        if (!n.opType().equals("Conv") || !n.domain().isEmpty() || n.inputs().size() < 2 || n.outputs().size() != 1) return false;
        TensorProto w = view.initializer(n.input(1));
        if (w == null || w.dataType() != DataType.FLOAT || w.dims().length < 3) return false;
        if (n.inputs().size() > 2 && !n.input(2).isEmpty()) {
            TensorProto b = view.initializer(n.input(2));
            if (b == null || b.dataType() != DataType.FLOAT) return false;
        }
        return true;
    }

    private static boolean padsNothing(NodeProto conv) {
        String auto = conv.stringAttr("auto_pad", "NOTSET");
        if (!auto.equals("NOTSET") && !auto.equals("VALID")) return false;
        long[] pads = conv.intsAttr("pads");
        if (pads != null) for (long p : pads) if (p != 0) return false;
        return true;
    }

    /**
     * The values of {@code t} per channel (axis 1 of a rank-{@code rank} tensor with {@code channels}
     * channels), or null when t is not a float constant that varies along that axis only.
     */
    static float[] channelValues(TensorProto t, int channels, int rank) throws IOException {
        if (t == null || t.dataType() != DataType.FLOAT) return null;
        long count = t.elementCount();
        long[] dims = t.dims();
        if (count == 1) {
            if (dims.length > rank) return null;
            float[] v = new float[channels];
            java.util.Arrays.fill(v, DynamicQuantizer.floats(t)[0]);
            return v;
        }
        if (count != channels || dims.length > rank - 1 && !(dims.length == rank && dims[0] == 1)) return null;
        // right-aligned: the channel axis is the (rank - 1)-th from the end
        int at = dims.length - (rank - 1);
        if (at < 0 || dims[at] != channels) return null;
        return DynamicQuantizer.floats(t);
    }

    private void setInput(NodeProto n, int index, float[] values, long[] dims, GraphView view) {
        String old = n.inputs().size() > index ? n.input(index) : "";
        String name = names.next(old.isEmpty() ? n.name() + "_bias" : old + "_folded");
        if (!old.isEmpty()) replaced.add(old);
        g.initializers().add(floats(name, values, dims));
        while (n.inputs().size() <= index) n.inputs().add("");
        n.inputs().set(index, name);
    }

    /** Removes the initializers in {@code replaced} that nothing reads any more. */
    static void dropUnread(GraphProto g, Set<String> replaced) {
        Set<String> read = new HashSet<>();
        io.medli.onnx.proto.ProtoWalk.graphs(g, sub -> sub.nodes().forEach(n -> read.addAll(n.inputs())));
        for (var o : g.outputs()) read.add(o.name());
        for (var i : g.inputs()) read.add(i.name());
        g.initializers().removeIf(t -> replaced.contains(t.name()) && !read.contains(t.name()));
    }

    private static TensorProto floats(String name, float[] v, long... dims) {
        return new TensorProto().name(name).dataType(DataType.FLOAT).dims(dims).rawData(WeightQuantization.floats(v));
    }
}
