package io.medli.compress;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.medli.onnx.edit.UniqueNames;
import io.medli.onnx.graph.GraphView;
import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.TensorProto;

/**
 * Exact rewrites into operators that ONNX Runtime's CPU provider runs on 8-bit values. Without
 * them a quantized model dequantizes, runs the operator in float and quantizes again: HardSwish
 * has no int8 kernel (MobileNetV3, PP-LCNet, YOLO backbones), nor has ConvTranspose (the
 * upsampling heads of segmenters and text detectors). Here {@code HardSwish(x)} becomes
 * {@code x * Clip(x + 3, 0, 6) * (1/6)} - an int8 Add whose range is the Clip's, an int8 Mul, and
 * a scale that {@link AffineFolding} then moves into the convolutions that read it - and a
 * ConvTranspose whose kernel equals its stride (no overlap, no padding) becomes a 1x1 Conv with
 * stride*stride times the output channels followed by DepthToSpace, which moves bytes only; a
 * per-channel Add or BatchNormalization after it goes into that Conv. The function is the same up
 * to float rounding.
 */
final class Int8Lowering {
    /** What was rewritten, for the report. */
    record Result(int hardSwishes, int convTransposes) {
    }

    private final GraphProto g;
    private final UniqueNames names;
    private final java.util.Set<String> replaced = new java.util.HashSet<>();

    private Int8Lowering(GraphProto g) {
        this.g = g;
        this.names = UniqueNames.of(g);
    }

    /** Rewrites {@code g} (a graph importing {@code opset}) in place. */
    static Result apply(GraphProto g, long opset) throws IOException {
        Int8Lowering l = new Int8Lowering(g);
        int hs = l.hardSwishes(); // HardSwish exists from opset 14, so its Clip takes bounds as inputs
        int ct = 0;
        if (opset >= 11) { // DepthToSpace's CRD mode
            for (NodeProto n : new ArrayList<>(g.nodes())) if (l.convTranspose(n)) ct++;
        }
        if (ct > 0) AffineFolding.dropUnread(g, l.replaced);
        return new Result(hs, ct);
    }

    private int hardSwishes() throws IOException {
        int n = 0;
        String three = null, zero = null, six = null, sixth = null;
        for (NodeProto hs : new ArrayList<>(g.nodes())) {
            if (!hs.opType().equals("HardSwish") || !hs.domain().isEmpty() || hs.inputs().size() != 1) continue;
            if (three == null) {
                three = scalar("hardswish_three", 3f);
                zero = scalar("hardswish_zero", 0f);
                six = scalar("hardswish_six", 6f);
                sixth = scalar("hardswish_sixth", 1f / 6);
            }
            // named after the output, not the node: preparing a prepared model fuses these four again and names them alike
            String x = hs.input(0), base = hs.outputs().get(0);
            String shifted = names.next(base + "_plus3"), gate = names.next(base + "_relu6"), product = names.next(base + "_times6");
            List<NodeProto> parts = List.of(
                    new NodeProto("Add", names.next(base + "_add"), List.of(x, three), List.of(shifted)),
                    new NodeProto("Clip", names.next(base + "_clip"), List.of(shifted, zero, six), List.of(gate)),
                    new NodeProto("Mul", names.next(base + "_mul"), List.of(x, gate), List.of(product)),
                    new NodeProto("Mul", names.next(base + "_sixth"), List.of(product, sixth), List.of(hs.outputs().get(0))));
            int at = g.nodes().indexOf(hs);
            g.nodes().remove(at);
            g.nodes().addAll(at, parts);
            n++;
        }
        return n;
    }

    private String scalar(String base, float v) throws IOException {
        TensorProto old = GraphView.of(g).initializer(base); // left by an earlier preparation
        if (old != null && old.dataType() == DataType.FLOAT && old.dims().length == 0) {
            float[] values = DynamicQuantizer.floats(old);
            if (values.length == 1 && values[0] == v) return base;
        }
        String name = names.next(base);
        g.initializers().add(new TensorProto().name(name).dataType(DataType.FLOAT).rawData(WeightQuantization.floats(new float[] { v })));
        return name;
    }

    /** ConvTranspose with kernel = stride, no padding: 1x1 Conv + DepthToSpace, folding a bias Add or batch norm after it. */
    private boolean convTranspose(NodeProto ct) throws IOException {
        if (!ct.opType().equals("ConvTranspose") || !ct.domain().isEmpty() || ct.outputs().size() != 1 || ct.inputs().size() < 2) return false;
        GraphView view = GraphView.of(g);
        TensorProto wt = view.initializer(ct.input(1));
        if (wt == null || wt.dataType() != DataType.FLOAT || wt.dims().length != 4 || ct.intAttr("group", 1) != 1) return false;
        long[] kernel = { wt.dims()[2], wt.dims()[3] };
        long[] strides = ct.intsAttr("strides");
        if (kernel[0] != kernel[1] || kernel[0] < 2 || strides == null || strides.length != 2 || strides[0] != kernel[0] || strides[1] != kernel[1]) {
            return false;
        }
        if (!allEqual(ct.intsAttr("pads"), 0) || !allEqual(ct.intsAttr("dilations"), 1) || !allEqual(ct.intsAttr("output_padding"), 0)
                || ct.attribute("output_shape") != null || !ct.stringAttr("auto_pad", "NOTSET").equals("NOTSET")) {
            return false;
        }
        int s = (int) kernel[0], cin = (int) wt.dims()[0], cout = (int) wt.dims()[1];
        float[] w = DynamicQuantizer.floats(wt);
        float[] b = new float[cout];
        if (ct.inputs().size() > 2 && !ct.input(2).isEmpty()) {
            TensorProto bt = view.initializer(ct.input(2));
            if (bt == null || bt.dataType() != DataType.FLOAT) return false;
            b = DynamicQuantizer.floats(bt);
        }
        float[] scale = new float[cout];
        java.util.Arrays.fill(scale, 1f);
        String out = ct.outputs().get(0);
        List<NodeProto> absorbed = new ArrayList<>();
        for (boolean more = true; more;) {
            more = false;
            List<NodeProto> readers = view.consumers(out);
            if (readers.size() != 1 || view.isGraphOutput(out)) break;
            NodeProto r = readers.get(0);
            if (!r.domain().isEmpty()) break;
            if (r.opType().equals("Add") && r.inputs().size() == 2 && !r.input(0).equals(r.input(1))) {
                float[] d = AffineFolding.channelValues(view.initializer(r.input(r.input(0).equals(out) ? 1 : 0)), cout, 4);
                if (d == null) break;
                for (int c = 0; c < cout; c++) b[c] += d[c];
            } else if (r.opType().equals("BatchNormalization") && r.outputs().size() == 1 && r.inputs().size() == 5 && r.input(0).equals(out)) {
                float[][] p = new float[4][];
                for (int i = 0; i < 4; i++) {
                    p[i] = AffineFolding.channelValues(view.initializer(r.input(i + 1)), cout, 2);
                    if (p[i] == null) return finish(ct, w, b, scale, s, cin, cout, out, absorbed);
                }
                double eps = r.floatAttr("epsilon", 1e-5f);
                for (int c = 0; c < cout; c++) {
                    float k = (float) (p[0][c] / Math.sqrt(p[3][c] + eps));
                    scale[c] *= k;
                    b[c] = (b[c] - p[2][c]) * k + p[1][c];
                }
            } else {
                break;
            }
            absorbed.add(r);
            out = r.outputs().get(0);
            more = true;
        }
        return finish(ct, w, b, scale, s, cin, cout, out, absorbed);
    }

    private boolean finish(NodeProto ct, float[] w, float[] b, float[] scale, int s, int cin, int cout, String out, List<NodeProto> absorbed) {
        // an upsampling before this one (DepthToSpace of blocksize a, a ReLU between) moves after it: the 1x1 Conv then reads
        // the packed tensor, each of its a*a sub-positions on its own, and one DepthToSpace of blocksize a*s remains
        GraphView view = GraphView.of(g);
        String in = ct.input(0);
        NodeProto relu = null, earlier = view.producer(in);
        if (earlier != null && earlier.opType().equals("Relu") && earlier.domain().isEmpty() && single(view, in)) {
            relu = earlier;
            earlier = view.producer(relu.input(0));
        }
        int a = 1;
        if (earlier != null && earlier.opType().equals("DepthToSpace") && earlier.domain().isEmpty()
                && earlier.stringAttr("mode", "DCR").equals("CRD") && single(view, earlier.outputs().get(0))) {
            a = (int) earlier.intAttr("blocksize", 0);
        }
        if (a < 2) earlier = null;
        int bs = a * s, rows = cout * bs * bs, cols = cin * a * a;
        // row k*bs*bs + r*bs + q (output channel k at offset (r, q) of a bs x bs block) with r = s*di + ei, q = s*dj + ej reads
        // column c*a*a + di*a + dj (channel c at offset (di, dj) of the earlier a x a block) with W[c, k, ei, ej]
        float[] cw = new float[rows * cols];
        float[] cb = new float[rows];
        for (int k = 0; k < cout; k++) {
            for (int r = 0; r < bs; r++) {
                for (int q = 0; q < bs; q++) {
                    int row = (k * bs + r) * bs + q, di = r / s, ei = r % s, dj = q / s, ej = q % s;
                    cb[row] = b[k];
                    for (int c = 0; c < cin; c++) cw[row * cols + (c * a + di) * a + dj] = w[((c * cout + k) * s + ei) * s + ej] * scale[k];
                }
            }
        }
        String base = ct.name().isEmpty() ? "convtranspose" : ct.name();
        String wName = names.next(base + "_as_conv_W"), bName = names.next(base + "_as_conv_B"), packed = names.next(base + "_packed");
        g.initializers().add(new TensorProto().name(wName).dataType(DataType.FLOAT).dims(rows, cols, 1, 1).rawData(WeightQuantization.floats(cw)));
        g.initializers().add(new TensorProto().name(bName).dataType(DataType.FLOAT).dims(rows).rawData(WeightQuantization.floats(cb)));
        String source = in;
        if (earlier != null) {
            source = earlier.input(0);
            if (relu != null) {
                relu.inputs().set(0, source);
                source = relu.outputs().get(0);
            }
            g.nodes().remove(earlier);
        }
        NodeProto conv = new NodeProto("Conv", names.next(base + "_as_conv"), List.of(source, wName, bName), List.of(packed));
        conv.attributes().add(AttributeProto.ofInts("kernel_shape", 1, 1));
        NodeProto d2s = new NodeProto("DepthToSpace", names.next(base + "_depth_to_space"), List.of(packed), List.of(out));
        d2s.attributes().add(AttributeProto.ofInt("blocksize", bs));
        d2s.attributes().add(AttributeProto.ofString("mode", "CRD"));
        int at = g.nodes().indexOf(ct);
        g.nodes().remove(at);
        g.nodes().addAll(at, List.of(conv, d2s));
        g.nodes().removeAll(absorbed);
        replaced.addAll(ct.inputs());
        for (NodeProto n : absorbed) replaced.addAll(n.inputs());
        return true;
    }

    private static boolean single(GraphView view, String t) {
        return view.consumers(t).size() == 1 && !view.isGraphOutput(t);
    }

    private static boolean allEqual(long[] values, long v) {
        if (values == null) return true;
        for (long x : values) if (x != v) return false;
        return true;
    }
}
