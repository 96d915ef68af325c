package io.medli.compress;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.medli.onnx.TensorData;
import io.medli.onnx.check.ModelChecker;
import io.medli.onnx.check.Problem;
import io.medli.onnx.edit.EditException;
import io.medli.onnx.edit.ModelEdits;
import io.medli.onnx.edit.UniqueNames;
import io.medli.onnx.graph.GraphView;
import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.ProtoCopy;
import io.medli.onnx.proto.TensorProto;

/**
 * Dynamic int8 quantization: weights are quantized ahead of time, activations at run time.
 * MatMul and Gemm with a constant weight become DynamicQuantizeLinear (one per activation, shared by
 * its consumers) -> MatMulInteger (uint8 x int8, weights per output channel) -> Cast -> Mul by the
 * product of scales; the output keeps its name. Embedding tables read by Gather become uint8 with a
 * DequantizeLinear after the Gather. Everything else stays float and is listed in the report.
 */
public final class DynamicQuantizer {

    /**
     * @param embeddings also quantize float tables read by Gather (embeddings)
     * @param excludeNodes node names to leave in float
     * @param excludeOps operator types to leave in float (e.g. "Gemm")
     */
    public record Options(boolean embeddings, Set<String> excludeNodes, Set<String> excludeOps) {
        public static Options defaults() {
            return new Options(true, Set.of(), Set.of());
        }
    }

    private final ModelProto model;
    private final Options options;
    private final GraphProto graph;
    private final UniqueNames names;
    private final Map<String, String[]> dynamicInputs = new HashMap<>();
    private final List<String> quantized = new ArrayList<>();
    private final List<String> kept = new ArrayList<>();

    private DynamicQuantizer(ModelProto copy, Options options) {
        this.model = copy;
        this.options = options;
        this.graph = copy.graph();
        this.names = UniqueNames.of(graph);
    }

    /** Quantizes a copy of {@code model}; the original is not touched. */
    public static QuantizedModel quantize(ModelProto model, Options options) throws QuantizationException {
        long before = weightBytes(model.graph());
        List<String> notes = new ArrayList<>();
        ModelProto input = model;
        if (model.defaultOpset() < 11) {
            // DynamicQuantizeLinear needs opset 11
            try {
                input = io.medli.onnx.edit.OpsetConversion.to(model, 11);
            } catch (EditException e) {
                throw new QuantizationException("dynamic quantization needs opset 11 or newer (DynamicQuantizeLinear) and the model, at "
                        + "opset " + model.defaultOpset() + ", cannot be converted: " + e.getMessage());
            }
            notes.add("opset raised from " + model.defaultOpset() + " to 11 for DynamicQuantizeLinear (medli convert does this alone)");
        }
        model = input;
        DynamicQuantizer q = new DynamicQuantizer(ProtoCopy.model(model), options);
        q.run();
        q.kept.addAll(ControlFlowBodies.keptInFloat(model.graph(), Set.of("MatMul", "Gemm", "Gather")));
        try {
            ModelProto out = ModelEdits.apply(q.model, ModelEdits.removeUnusedWeights());
            Set<String> errorsBefore = errors(model);
            for (String e : errors(out)) {
                if (!errorsBefore.contains(e)) throw new QuantizationException("quantization produced an invalid model: " + e);
            }
            return new QuantizedModel(out, new QuantizationReport(List.copyOf(q.quantized), List.copyOf(q.kept), before,
                    weightBytes(out.graph()), notes));
        } catch (EditException e) {
            throw new QuantizationException(e.getMessage());
        }
    }

    static Set<String> errors(ModelProto m) {
        Set<String> s = new LinkedHashSet<>();
        for (Problem p : ModelChecker.check(m)) if (p.severity() == Problem.Severity.ERROR) s.add(p.message());
        return s;
    }

    static long weightBytes(GraphProto g) {
        long n = 0;
        for (TensorProto t : g.initializers()) n += TensorData.byteSize(t);
        // Paddle and TensorFlow exports hold their weights in Constant nodes
        for (NodeProto c : g.nodes()) {
            io.medli.onnx.proto.AttributeProto v = c.opType().equals("Constant") && c.domain().isEmpty() ? c.attribute("value") : null;
            if (v != null && v.type() == io.medli.onnx.proto.AttributeProto.TENSOR && v.t() != null) n += TensorData.byteSize(v.t());
        }
        return n;
    }

    private String unique(String base) {
        return names.next(base);
    }

    private void run() throws QuantizationException {
        GraphView view = GraphView.of(graph);
        List<NodeProto> out = new ArrayList<>(graph.nodes().size() * 2);
        for (NodeProto n : new ArrayList<>(graph.nodes())) {
            String why = reasonToSkip(n, view);
            if (why == null) {
                try {
                    List<NodeProto> replacement = switch (n.opType()) {
                        case "MatMul", "Gemm" -> matmul(n, view, out);
                        case "Gather" -> gather(n, view);
                        default -> List.of(n);
                    };
                    out.addAll(replacement);
                    quantized.add(n.displayName());
                } catch (IOException e) {
                    throw new QuantizationException("cannot read the weights of '" + n.displayName() + "': " + e.getMessage());
                }
            } else {
                out.add(n);
                if (!why.isEmpty()) kept.add(n.opType() + " '" + n.displayName() + "': " + why);
            }
        }
        graph.nodes().clear();
        graph.nodes().addAll(out);
    }

    /** Null when {@code n} is quantized; "" when it is simply not a candidate; else why it stays float. */
    private String reasonToSkip(NodeProto n, GraphView view) {
        boolean candidate = switch (n.opType()) {
            case "MatMul", "Gemm", "Conv" -> true;
            case "Gather" -> options.embeddings();
            default -> false;
        };
        if (!candidate || !n.domain().isEmpty()) return "";
        if (options.excludeNodes().contains(n.name())) return "excluded by name";
        if (options.excludeOps().contains(n.opType())) return "excluded by operator type";
        switch (n.opType()) {
            case "Conv" -> {
                return "convolutions are quantized by static (QDQ) quantization, not dynamic";
            }
            case "Gather" -> {
                TensorProto t = view.initializer(n.input(0));
                if (t == null || t.dataType() != DataType.FLOAT || t.dims().length != 2) return "";
                if (t.elementCount() < 4096) return "table too small to be worth quantizing";
                return null;
            }
            default -> {
                TensorProto w = view.initializer(n.input(1));
                if (w == null) return "its weight is not a constant (both inputs are activations)";
                if (w.dataType() != DataType.FLOAT) return "weights of type " + DataType.name(w.dataType()) + ", not float32";
                if (w.dims().length != 2) return "weights of rank " + w.dims().length + "; MatMulInteger needs a matrix";
                if (n.opType().equals("Gemm")) {
                    if (n.intAttr("transA", 0) != 0) return "Gemm with transA";
                    if (n.floatAttr("alpha", 1f) != 1f || n.floatAttr("beta", 1f) != 1f) return "Gemm with alpha or beta other than 1";
                }
                return null;
            }
        }
    }

    static float[] floats(TensorProto t) throws IOException {
        ByteBuffer b = TensorData.bytes(t).order(ByteOrder.LITTLE_ENDIAN);
        float[] f = new float[(int) t.elementCount()];
        b.asFloatBuffer().get(f);
        return f;
    }

    private TensorProto tensor(String name, int type, ByteBuffer data, long... dims) {
        return new TensorProto().name(name).dataType(type).dims(dims).rawData(data.asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN));
    }

    private List<NodeProto> matmul(NodeProto n, GraphView view, List<NodeProto> emitted) throws IOException {
        TensorProto w = view.initializer(n.input(1));
        int rows = (int) w.dims()[0], cols = (int) w.dims()[1];
        float[] values = floats(w);
        if (n.opType().equals("Gemm") && n.intAttr("transB", 0) != 0) {
            // Gemm keeps B as [N, K]; MatMulInteger wants [K, N]
            float[] t = new float[values.length];
            for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) t[j * rows + i] = values[i * cols + j];
            values = t;
            int r = rows;
            rows = cols;
            cols = r;
        }
        WeightQuantization.PerChannel q = WeightQuantization.int8PerColumn(values, rows, cols);
        String base = w.name();
        String wq = unique(base + "_quantized"), ws = unique(base + "_scale"), wz = unique(base + "_zero_point");
        graph.initializers().add(tensor(wq, DataType.INT8, ByteBuffer.wrap(q.values()), rows, cols));
        graph.initializers().add(tensor(ws, DataType.FLOAT, WeightQuantization.floats(q.scales()), cols));
        graph.initializers().add(tensor(wz, DataType.INT8, ByteBuffer.wrap(new byte[cols]), cols));

        List<NodeProto> nodes = new ArrayList<>();
        String[] a = dynamicInputs.get(n.input(0));
        if (a == null) {
            String in = n.input(0);
            a = new String[] { unique(in + "_quantized"), unique(in + "_scale"), unique(in + "_zero_point") };
            nodes.add(new NodeProto("DynamicQuantizeLinear", unique(in + "_DynamicQuantizeLinear"), List.of(in), List.of(a)));
            dynamicInputs.put(in, a);
        }
        String prefix = n.displayName();
        String integer = unique(prefix + "_integer"), asFloat = unique(prefix + "_cast"), scales = unique(prefix + "_scales");
        String output = n.outputs().get(0);
        boolean bias = n.opType().equals("Gemm") && !n.input(2).isEmpty();
        String scaled = bias ? unique(prefix + "_scaled") : output;
        nodes.add(new NodeProto("MatMulInteger", unique(prefix + "_MatMulInteger"), List.of(a[0], wq, a[2], wz), List.of(integer)));
        NodeProto cast = new NodeProto("Cast", unique(prefix + "_Cast"), List.of(integer), List.of(asFloat));
        cast.attributes().add(AttributeProto.ofInt("to", DataType.FLOAT));
        nodes.add(cast);
        nodes.add(new NodeProto("Mul", unique(prefix + "_scales_Mul"), List.of(a[1], ws), List.of(scales)));
        nodes.add(new NodeProto("Mul", unique(prefix + "_Mul"), List.of(asFloat, scales), List.of(scaled)));
        if (bias) nodes.add(new NodeProto("Add", unique(prefix + "_bias_Add"), List.of(scaled, n.input(2)), List.of(output)));
        return nodes;
    }

    private List<NodeProto> gather(NodeProto n, GraphView view) throws IOException {
        TensorProto table = view.initializer(n.input(0));
        WeightQuantization.PerTensor q = WeightQuantization.uint8PerTensor(floats(table));
        String base = table.name();
        String tq = unique(base + "_quantized"), ts = unique(base + "_scale"), tz = unique(base + "_zero_point");
        graph.initializers().add(tensor(tq, DataType.UINT8, ByteBuffer.wrap(q.values()), table.dims()));
        graph.initializers().add(tensor(ts, DataType.FLOAT, WeightQuantization.floats(new float[] { q.scale() })));
        graph.initializers().add(tensor(tz, DataType.UINT8, ByteBuffer.wrap(new byte[] { (byte) q.zeroPoint() })));
        String gathered = unique(n.outputs().get(0) + "_quantized");
        NodeProto g = new NodeProto("Gather", n.name(), List.of(tq, n.input(1)), List.of(gathered));
        g.attributes().addAll(n.attributes());
        NodeProto dq = new NodeProto("DequantizeLinear", unique(n.displayName() + "_DequantizeLinear"), List.of(gathered, ts, tz),
                List.of(n.outputs().get(0)));
        return List.of(g, dq);
    }
}
