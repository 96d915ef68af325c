package io.medli.onnx.shape;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import io.medli.onnx.proto.GraphProto;

/** Types inferred for the tensors of a model, per graph (subgraphs may reuse names). */
public final class InferenceResult {
    private final GraphProto main;
    private final Map<GraphProto, Map<String, TensorType>> types = new IdentityHashMap<>();
    private final List<String> notes;

    InferenceResult(GraphProto main, List<String> notes) {
        this.main = main;
        this.notes = Collections.unmodifiableList(notes);
    }

    Map<String, TensorType> typesOf(GraphProto g) {
        return types.computeIfAbsent(g, k -> new HashMap<>());
    }

    /** Type of a tensor of the main graph; {@link TensorType#UNKNOWN} when nothing is known. */
    public TensorType type(String tensor) {
        return type(main, tensor);
    }

    public TensorType type(GraphProto graph, String tensor) {
        Map<String, TensorType> m = types.get(graph);
        TensorType t = m == null ? null : m.get(tensor);
        return t == null ? TensorType.UNKNOWN : t;
    }

    /** All types of the main graph, by tensor name. */
    public Map<String, TensorType> mainGraphTypes() {
        return Collections.unmodifiableMap(typesOf(main));
    }

    /** Operators the inference does not know (their outputs are left unknown), and similar notes. */
    public List<String> notes() {
        return notes;
    }
}
