package io.medli.onnx.cost;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.medli.onnx.graph.GraphView;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.OperatorSetId;
import io.medli.onnx.proto.ValueInfo;
import io.medli.onnx.shape.InferenceResult;

/**
 * The rows that describe a model, shared by {@code medli inspect} and the Model Summary view (each
 * formats the cost figures its own way): format and producer, inputs and outputs with their
 * inferred types, operators, the symbolic sizes and whether they were given, and notes.
 */
public final class ModelSummary {
    /** One row: a key such as "Input" and its text. */
    public record Row(String key, String value) {
    }

    private ModelSummary() {
    }

    /** IR version, opsets, producer, inputs, outputs, node counts, and the dimensions the cost was computed at. */
    public static List<Row> structure(ModelProto m, InferenceResult shapes, Map<String, Long> bindings, Set<String> given) {
        List<Row> rows = new ArrayList<>();
        GraphView view = GraphView.of(m.graph());
        StringBuilder opsets = new StringBuilder();
        for (OperatorSetId o : m.opsetImports()) {
            if (opsets.length() > 0) opsets.append(", ");
            opsets.append(o.domain().isEmpty() ? "ai.onnx" : o.domain()).append(' ').append(o.version());
        }
        rows.add(new Row("IR version", Long.toString(m.irVersion())));
        rows.add(new Row("Opsets", opsets.toString()));
        rows.add(new Row("Producer", (m.producerName() + " " + m.producerVersion()).trim()));
        for (ValueInfo in : view.realInputs()) rows.add(new Row("Input", in.name() + "  " + shapes.type(in.name())));
        for (ValueInfo out : m.graph().outputs()) rows.add(new Row("Output", out.name() + "  " + shapes.type(out.name())));
        StringBuilder ops = new StringBuilder();
        view.operatorCounts().forEach((op, c) -> ops.append(ops.length() == 0 ? "" : ", ").append(op).append(' ').append(c));
        rows.add(new Row("Nodes", m.graph().nodes().size() + ": " + ops));
        if (!bindings.isEmpty()) {
            StringBuilder d = new StringBuilder();
            bindings.forEach((k, v) -> d.append(d.length() == 0 ? "" : ", ").append(k).append('=').append(v)
                    .append(given.contains(k) ? "" : " (not set, counted as 1)"));
            rows.add(new Row("Dimensions", d.toString()));
        }
        return rows;
    }

    /** What to know about the figures: unknown shapes, and the inference's own notes. */
    public static List<Row> notes(InferenceResult shapes, ModelCost cost) {
        List<Row> rows = new ArrayList<>();
        if (cost.unknownShapes() > 0) {
            rows.add(new Row("Note", cost.unknownShapes() + " tensors have unknown shapes; MACs and activation figures are lower bounds"));
        }
        for (String note : shapes.notes()) rows.add(new Row("Note", note));
        return rows;
    }

    /** Every symbolic input size bound: the given values, the others 1. */
    public static Map<String, Long> bindings(ModelProto m, Map<String, Long> given) {
        Map<String, Long> b = new java.util.LinkedHashMap<>();
        for (String s : CostModel.inputSymbols(m)) b.put(s, given.getOrDefault(s, 1L));
        b.putAll(given);
        return b;
    }
}
