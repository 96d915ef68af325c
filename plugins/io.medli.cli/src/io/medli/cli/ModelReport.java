package io.medli.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.GsonBuilder;

import io.medli.onnx.OnnxModel;
import io.medli.onnx.cost.CostModel;
import io.medli.onnx.cost.ModelSummary;
import io.medli.onnx.cost.ModelCost;
import io.medli.onnx.cost.NodeCost;
import io.medli.onnx.graph.GraphView;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.OperatorSetId;
import io.medli.onnx.proto.ValueInfo;
import io.medli.onnx.shape.InferenceResult;
import io.medli.onnx.shape.ShapeInference;
import io.medli.onnx.shape.TensorType;

/** What {@code medli inspect} prints: one model's structure and cost, as text or JSON. */
public final class ModelReport {
    private final Path file;
    private final ModelProto model;
    private final InferenceResult shapes;
    private final ModelCost cost;
    private final Map<String, Long> bindings;
    private final java.util.Set<String> given;

    private ModelReport(Path file, ModelProto model, Map<String, Long> dims, Map<String, long[]> inputShapes) {
        this.file = file;
        this.model = model;
        // the given sizes go into the inputs before inference, so that they reach every tensor
        this.shapes = ShapeInference.infer(model, dims, inputShapes);
        Map<String, Long> b = ModelSummary.bindings(model, dims);
        this.bindings = b;
        this.given = new java.util.HashSet<>(dims.keySet());
        this.cost = CostModel.analyze(model, shapes, b);
    }

    public static ModelReport of(Path file, Map<String, Long> dims) throws IOException {
        return of(file, dims, Map.of());
    }

    /** The report with symbolic sizes bound from {@code dims} and whole input shapes from {@code inputShapes}. */
    public static ModelReport of(Path file, Map<String, Long> dims, Map<String, long[]> inputShapes) throws IOException {
        return new ModelReport(file, OnnxModel.read(file).proto(), dims, inputShapes);
    }

    public ModelCost cost() {
        return cost;
    }

    Map<String, Integer> operatorCounts() {
        return GraphView.of(model.graph()).operatorCounts();
    }

    String text(boolean nodes) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append(row("Model", file.getFileName() + " (" + Units.mb(Files.size(file)) + ")"));
        for (ModelSummary.Row r : ModelSummary.structure(model, shapes, bindings, given)) {
            b.append(row(r.key(), r.key().equals("Dimensions") ? r.value() + "   (set with --dim NAME=VALUE, or --shape INPUT=AxBx...)" : r.value()));
        }
        b.append(row("Parameters", Units.count(cost.params())));
        b.append(row("MACs", Units.count(cost.macs())));
        b.append(row("Weights", Units.mb(cost.weightBytes())));
        b.append(row("Peak activations", Units.mb(cost.peakActivationBytes())));
        for (ModelSummary.Row r : ModelSummary.notes(shapes, cost)) b.append(row(r.key(), r.value()));
        if (nodes) {
            b.append('\n');
            b.append(String.format("%-4s %-40s %-18s %12s %12s %10s  %s%n", "#", "node", "op", "params", "MACs", "out MB", "output shape"));
            int i = 0;
            for (NodeCost c : cost.nodes()) {
                NodeProto n = c.node();
                String out = n.outputs().isEmpty() ? "" : type(n.outputs().get(0)).toString();
                b.append(String.format("%-4d %-40s %-18s %12s %12s %10s  %s%n", i++, clip(n.displayName(), 40),
                        clip(n.opType(), 18), c.params() == 0 ? "" : Long.toString(c.params()),
                        c.macs() == 0 ? "" : c.macs() < 0 ? "?" : Long.toString(c.macs()),
                        c.outputBytes() < 0 ? "?" : String.format(java.util.Locale.ROOT, "%.3f", c.outputBytes() / 1048576.0), out));
            }
        }
        return b.toString();
    }

    private TensorType type(String name) {
        return shapes.type(name);
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : "..." + s.substring(s.length() - n + 3);
    }

    private static String row(String key, String value) {
        return String.format("%-17s %s%n", key, value);
    }

    String json(boolean nodes) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file.toString());
        m.put("fileBytes", Files.size(file));
        m.put("irVersion", model.irVersion());
        Map<String, Long> opsets = new LinkedHashMap<>();
        for (OperatorSetId o : model.opsetImports()) opsets.put(o.domain().isEmpty() ? "ai.onnx" : o.domain(), o.version());
        m.put("opsets", opsets);
        m.put("producer", Map.of("name", model.producerName(), "version", model.producerVersion()));
        GraphView view = GraphView.of(model.graph());
        m.put("inputs", view.realInputs().stream().map(v -> tensorJson(v.name())).toList());
        m.put("outputs", model.graph().outputs().stream().map(v -> tensorJson(v.name())).toList());
        m.put("nodeCount", model.graph().nodes().size());
        m.put("operators", operatorCounts());
        m.put("dimensions", bindings);
        m.put("parameters", cost.params());
        m.put("macs", cost.macs());
        m.put("weightBytes", cost.weightBytes());
        m.put("peakActivationBytes", cost.peakActivationBytes());
        m.put("unknownShapes", cost.unknownShapes());
        m.put("notes", shapes.notes());
        if (nodes) {
            m.put("nodes", cost.nodes().stream().map(c -> {
                Map<String, Object> n = new LinkedHashMap<>();
                n.put("name", c.node().name());
                n.put("op", c.node().opType());
                n.put("inputs", c.node().inputs());
                n.put("outputs", c.node().outputs().stream().map(this::tensorJson).toList());
                n.put("params", c.params());
                n.put("macs", c.macs());
                n.put("weightBytes", c.weightBytes());
                n.put("outputBytes", c.outputBytes());
                return n;
            }).toList());
        }
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(m) + "\n";
    }

    private Map<String, Object> tensorJson(String name) {
        TensorType t = type(name);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("type", io.medli.onnx.proto.DataType.name(t.elemType()));
        m.put("shape", t.hasShape() ? t.dims().stream().map(d -> d.isKnown() ? (Object) d.value() : d.toString()).toList() : null);
        return m;
    }

    static List<String> problems(Path file) throws IOException {
        return io.medli.onnx.check.ModelChecker.check(OnnxModel.read(file).proto()).stream().map(Object::toString).toList();
    }
}
