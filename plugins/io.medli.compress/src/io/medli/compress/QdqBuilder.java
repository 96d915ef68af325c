package io.medli.compress;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.medli.compress.calibrate.ActivationHistogram;
import io.medli.compress.calibrate.Ranges;
import io.medli.onnx.edit.UniqueNames;
import io.medli.onnx.graph.GraphView;
import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.TensorProto;

/** Rewrites the graph of a model copy according to a plan. */
final class QdqBuilder {
    private final GraphProto g;
    private final QuantizationPlan plan;
    private final StaticQuantizer.Calibration calibration;
    private final StaticQuantizer.Options options;
    private final GraphView view;
    private final UniqueNames names;
    private final Map<String, QuantParams> params = new HashMap<>();
    private final Map<String, String> dequantized = new HashMap<>();
    private final Map<String, float[]> weightScales = new HashMap<>();
    private final Map<String, String> weightOutputs = new HashMap<>();
    private final Set<NodeProto> quantizeNodes = new HashSet<>();

    QdqBuilder(ModelProto model, QuantizationPlan plan, StaticQuantizer.Calibration calibration, StaticQuantizer.Options options) {
        this.g = model.graph();
        this.plan = plan;
        this.calibration = calibration;
        this.options = options;
        this.view = GraphView.of(g);
        this.names = UniqueNames.of(g);
    }

    /** Tensors whose range was cut to the window of the saturating functions that read them. */
    int saturated;

    void build() throws IOException, QuantizationException {
        boolean signed = options.activations() == StaticQuantizer.ActivationType.INT8;
        Set<String> graphOutputs = new HashSet<>();
        g.outputs().forEach(v -> graphOutputs.add(v.name()));
        for (String t : plan.tensors) {
            String source = plan.shared.get(t);
            if (source != null) {
                params.put(t, params.get(source));
                continue;
            }
            ActivationHistogram h = calibration.histograms().get(t);
            if (h == null) throw new QuantizationException("the calibration has no range for '" + t + "'; calibrate again");
            if (h.count() == 0) throw new QuantizationException("calibration never saw a finite value of '" + t + "'");
            double[] r = Ranges.of(h, options.method());
            double[] narrowed = SaturatingReaders.narrow(r, SaturatingReaders.window(view, t, graphOutputs));
            if (narrowed[0] != r[0] || narrowed[1] != r[1]) saturated++;
            r = narrowed;
            params.put(t, QuantParams.of(r[0], r[1], signed, options.symmetricActivations()));
        }
        // a folded ReLU/Clip disappears: its producer writes the activation's output directly
        Set<NodeProto> removed = new HashSet<>(plan.folded.keySet());
        for (Map.Entry<NodeProto, NodeProto> f : plan.folded.entrySet()) {
            f.getValue().outputs().set(0, f.getKey().outputs().get(0));
        }
        List<NodeProto> out = new ArrayList<>();
        for (String t : plan.tensors) if (view.isGraphInput(t)) out.addAll(qdq(t));
        List<NodeProto> body = new ArrayList<>();
        for (NodeProto n : g.nodes()) {
            if (removed.contains(n)) continue;
            body.add(n);
            for (String o : n.outputs()) if (plan.tensors.contains(o)) body.addAll(qdq(o));
        }
        for (Map.Entry<NodeProto, String> e : plan.scalars.entrySet()) if (plan.nodes.contains(e.getKey())) out.add(scalar(e.getKey(), e.getValue(), signed));
        for (NodeProto n : plan.weighted) out.addAll(weights(n, true));
        for (NodeProto n : plan.weightOnly) out.addAll(weights(n, false));
        // consumers read the dequantized value; each Q reads the float value it quantizes
        for (NodeProto n : body) {
            if (quantizeNodes.contains(n)) continue;
            for (int i = 0; i < n.inputs().size(); i++) {
                String d = dequantized.get(n.input(i));
                if (d != null && !plan.floatReads.getOrDefault(n, Set.of()).contains(n.input(i))) n.inputs().set(i, d);
            }
        }
        out.addAll(body);
        g.nodes().clear();
        g.nodes().addAll(out);
    }

    private String unique(String base) {
        return names.next(base);
    }

    private List<NodeProto> qdq(String t) {
        QuantParams p = params.get(t);
        int type = p.signed() ? DataType.INT8 : DataType.UINT8;
        String scale = unique(t + "_scale"), zp = unique(t + "_zero_point");
        g.initializers().add(floats(scale, new float[] { p.scale() }));
        g.initializers().add(bytes(zp, type, new byte[] { (byte) p.zeroPoint() }));
        String q = unique(t + "_quantized"), dq = unique(t + "_dequantized");
        NodeProto quantize = new NodeProto("QuantizeLinear", unique(t + "_QuantizeLinear"), List.of(t, scale, zp), List.of(q));
        NodeProto dequantize = new NodeProto("DequantizeLinear", unique(t + "_DequantizeLinear"), List.of(q, scale, zp),
                List.of(dq));
        dequantized.put(t, dq);
        quantizeNodes.add(quantize);
        return List.of(quantize, dequantize);
    }

    /** The scalar operand of an Add/Mul as one 8-bit value at a range of its own, exactly: the value is that range's end. */
    private NodeProto scalar(NodeProto n, String name, boolean signed) {
        float v = QuantizationPlan.floatScalar(view, name);
        QuantParams p = QuantParams.of(Math.min(0, v), Math.max(0, v), signed, false);
        int type = signed ? DataType.INT8 : DataType.UINT8;
        String value = unique(name + "_quantized"), scale = unique(name + "_scale"), zp = unique(name + "_zero_point");
        g.initializers().add(floats(scale, new float[] { p.scale() }));
        g.initializers().add(bytes(zp, type, new byte[] { (byte) p.zeroPoint() }));
        g.initializers().add(bytes(value, type, new byte[] { (byte) p.quantize(v) }, view.initializer(name).dims()));
        String out = unique(name + "_dequantized");
        for (int i = 0; i < n.inputs().size(); i++) if (n.input(i).equals(name)) n.inputs().set(i, out);
        return new NodeProto("DequantizeLinear", unique(name + "_DequantizeLinear"), List.of(value, scale, zp), List.of(out));
    }

    /** Int8 weight (and int32 bias, {@code withBias}) of {@code n} behind DequantizeLinear nodes. */
    private List<NodeProto> weights(NodeProto n, boolean withBias) throws IOException {
        List<NodeProto> nodes = new ArrayList<>();
        TensorProto w = view.initializer(n.input(1));
        int axis = switch (n.opType()) {
            case "Conv" -> 0;
            case "ConvTranspose" -> n.intAttr("group", 1) == 1 ? 1 : -1;
            case "Gemm" -> n.intAttr("transB", 0) != 0 ? 0 : 1;
            default -> 1;
        };
        if (!options.perChannel()) axis = -1;
        // a node left in float dequantizes its weights itself: all 8 bits; an int8 kernel may need 7
        int levels = withBias ? Int8Kernels.weightMax() : 127;
        String key = w.name() + "@" + axis + "/" + levels;
        String wOut = weightOutputs.get(key);
        if (wOut == null) {
            float[] values = floats(w);
            long[] dims = w.dims();
            int channels = axis < 0 ? 1 : (int) dims[axis];
            int inner = 1;
            for (int d = axis + 1; axis >= 0 && d < dims.length; d++) inner *= (int) dims[d];
            if (axis < 0) inner = values.length;
            float[] scales = new float[channels];
            for (int i = 0; i < values.length; i++) {
                int c = axis < 0 ? 0 : (i / inner) % channels;
                scales[c] = Math.max(scales[c], Math.abs(values[i]));
            }
            for (int c = 0; c < channels; c++) scales[c] = scales[c] == 0 ? 1f : scales[c] / levels;
            if (withBias) widenForBias(n, scales, axis);
            byte[] q = new byte[values.length];
            for (int i = 0; i < values.length; i++) {
                int c = axis < 0 ? 0 : (i / inner) % channels;
                q[i] = (byte) Math.max(-levels, Math.min(levels, Math.rint(values[i] / scales[c])));
            }
            String wq = unique(w.name() + "_quantized"), ws = unique(w.name() + "_scale"), wz = unique(w.name() + "_zero_point");
            wOut = unique(w.name() + "_dequantized");
            g.initializers().add(bytes(wq, DataType.INT8, q, dims));
            g.initializers().add(axis < 0 ? floats(ws, scales) : floats(ws, scales, channels));
            g.initializers().add(axis < 0 ? bytes(wz, DataType.INT8, new byte[1]) : bytes(wz, DataType.INT8, new byte[channels], channels));
            NodeProto dq = new NodeProto("DequantizeLinear", unique(w.name() + "_DequantizeLinear"), List.of(wq, ws, wz), List.of(wOut));
            if (axis >= 0) dq.attributes().add(AttributeProto.ofInt("axis", axis));
            nodes.add(dq);
            weightOutputs.put(key, wOut);
            weightScales.put(key, scales);
        }
        n.inputs().set(1, wOut);
        float[] wScales = weightScales.get(key);
        if (withBias && n.inputs().size() > 2 && !n.input(2).isEmpty()) nodes.addAll(bias(n, wScales, axis));
        return nodes;
    }

    /**
     * A channel whose weights are all but zero (1e-20, left over from folded batch norm) gets a
     * scale so small that its bias would overflow int32; widen such scales until the bias fits.
     */
    private void widenForBias(NodeProto n, float[] scales, int axis) throws IOException {
        if (n.inputs().size() < 3 || n.input(2).isEmpty()) return;
        TensorProto b = view.initializer(n.input(2));
        QuantParams in = params.get(n.input(0));
        if (b == null || b.dataType() != DataType.FLOAT || b.dims().length != 1 || in == null) return;
        float[] bias = floats(b);
        if (axis >= 0 && bias.length != scales.length) return;
        double limit = (double) in.scale() * (1 << 30); // half of int32's range, for headroom
        for (int c = 0; c < bias.length; c++) {
            int s = axis < 0 ? 0 : c;
            double needed = Math.abs(bias[c]) / limit;
            if (scales[s] < needed) scales[s] = (float) needed;
        }
    }

    /** Int32 bias with scale = input scale x weight scale, when the bias is one value per output channel. */
    private List<NodeProto> bias(NodeProto n, float[] wScales, int axis) throws IOException {
        TensorProto b = view.initializer(n.input(2));
        QuantParams in = params.get(n.input(0));
        if (b == null || b.dataType() != DataType.FLOAT || b.dims().length != 1 || in == null) return List.of();
        int channels = (int) b.dims()[0];
        if (axis >= 0 && wScales.length != channels) return List.of();
        float[] values = floats(b);
        float[] scales = new float[channels];
        ByteBuffer q = ByteBuffer.allocate(channels * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int c = 0; c < channels; c++) {
            scales[c] = in.scale() * wScales[axis < 0 ? 0 : c];
            double v = Math.rint(values[c] / (double) scales[c]);
            q.putInt((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v)));
        }
        q.flip();
        String bq = unique(b.name() + "_quantized"), bs = unique(b.name() + "_scale"), bz = unique(b.name() + "_zero_point");
        String bOut = unique(b.name() + "_dequantized");
        g.initializers().add(new TensorProto().name(bq).dataType(DataType.INT32).dims(channels).rawData(q));
        // per tensor, every channel has the same scale: one scalar (DequantizeLinear has no axis before opset 13)
        g.initializers().add(axis < 0 ? floats(bs, new float[] { scales[0] }) : floats(bs, scales, channels));
        int zeroCount = axis < 0 ? 1 : channels;
        ByteBuffer zeros = ByteBuffer.allocate(zeroCount * 4).order(ByteOrder.LITTLE_ENDIAN);
        g.initializers().add(new TensorProto().name(bz).dataType(DataType.INT32).dims(axis < 0 ? new long[0] : new long[] { channels })
                .rawData(zeros));
        NodeProto dq = new NodeProto("DequantizeLinear", unique(b.name() + "_DequantizeLinear"), List.of(bq, bs, bz), List.of(bOut));
        if (axis >= 0) dq.attributes().add(AttributeProto.ofInt("axis", 0));
        n.inputs().set(2, bOut);
        return List.of(dq);
    }

    private static float[] floats(TensorProto t) throws IOException {
        return DynamicQuantizer.floats(t);
    }

    private static TensorProto floats(String name, float[] v, long... dims) {
        return new TensorProto().name(name).dataType(DataType.FLOAT).dims(dims).rawData(WeightQuantization.floats(v));
    }

    private static TensorProto bytes(String name, int type, byte[] v, long... dims) {
        return new TensorProto().name(name).dataType(type).dims(dims)
                .rawData(ByteBuffer.wrap(v).asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN));
    }
}
