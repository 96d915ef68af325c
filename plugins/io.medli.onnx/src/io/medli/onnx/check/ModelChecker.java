package io.medli.onnx.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.medli.onnx.TensorData;
import io.medli.onnx.graph.GraphView;
import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.FunctionProto;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.OperatorSetId;
import io.medli.onnx.proto.SparseTensorProto;
import io.medli.onnx.proto.TensorProto;
import io.medli.onnx.proto.ValueInfo;
import io.medli.onnx.shape.InferenceResult;
import io.medli.onnx.shape.ShapeInference;
import io.medli.onnx.shape.TensorType;

/**
 * Checks a model in the spirit of the ONNX checker: IR and opset imports, names defined once,
 * every input defined before use, outputs produced, no cycles, tensor data matching its shape,
 * and element types that agree across operators that need them equal.
 */
public final class ModelChecker {
    /** Highest IR version this code knows. */
    public static final long MAX_IR_VERSION = 11;
    /** Highest default-domain opset this code knows. */
    public static final long MAX_OPSET = 23;

    private final ModelProto model;
    private final List<Problem> problems = new ArrayList<>();
    private final InferenceResult types;

    private ModelChecker(ModelProto model) {
        this.model = model;
        this.types = ShapeInference.infer(model);
    }

    public static List<Problem> check(ModelProto model) {
        ModelChecker c = new ModelChecker(model);
        c.run();
        return c.problems;
    }

    private void error(String msg, String node, String tensor) {
        problems.add(new Problem(Problem.Severity.ERROR, msg, node, tensor));
    }

    private void warning(String msg, String node, String tensor) {
        problems.add(new Problem(Problem.Severity.WARNING, msg, node, tensor));
    }

    private void run() {
        long ir = model.irVersion();
        if (model.rawIrVersion() == null) {
            error("the model has no ir_version", null, null);
        } else if (ir < 3) {
            error("IR version " + ir + " is older than 3, the first with operator set imports; convert the model with a newer exporter", null, null);
        } else if (ir > MAX_IR_VERSION) {
            warning("IR version " + ir + " is newer than " + MAX_IR_VERSION + ", the newest this tool knows; unknown fields are kept but not checked", null, null);
        }
        Set<String> domains = new HashSet<>();
        for (OperatorSetId o : model.opsetImports()) {
            String d = o.domain().equals("ai.onnx") ? "" : o.domain();
            if (!domains.add(d)) {
                error("operator set '" + (d.isEmpty() ? "ai.onnx" : d) + "' is imported twice", null, null);
            }
            if (d.isEmpty() && (o.version() < 1 || o.version() > MAX_OPSET)) {
                if (o.version() < 1) error("the default operator set has version " + o.version(), null, null);
                else warning("opset " + o.version() + " is newer than " + MAX_OPSET + ", the newest this tool knows", null, null);
            }
        }
        if (model.opsetImports().isEmpty()) {
            error("the model imports no operator set (opset_import is empty)", null, null);
        }
        Set<String> functionKeys = new HashSet<>();
        for (FunctionProto f : model.functions()) {
            functionKeys.add(f.domain() + "::" + f.name());
        }
        checkGraph(model.graph(), new ArrayDeque<>(), domains, functionKeys, true);
    }

    private void checkGraph(GraphProto g, ArrayDeque<Set<String>> outer, Set<String> domains, Set<String> functionKeys,
            boolean main) {
        GraphView view = GraphView.of(g);
        String where = main ? "" : " in subgraph '" + g.name() + "'";
        Set<String> defined = new HashSet<>();
        Map<String, String> definedBy = new HashMap<>();
        for (ValueInfo v : g.inputs()) {
            if (v.name().isEmpty()) error("a graph input has no name" + where, null, null);
            else if (!defined.add(v.name())) error("graph input '" + v.name() + "' is declared twice" + where, null, v.name());
            definedBy.put(v.name(), "graph input");
        }
        Set<String> initNames = new HashSet<>();
        for (TensorProto t : g.initializers()) {
            if (!initNames.add(t.name())) error("initializer '" + t.name() + "' is defined twice" + where, null, t.name());
            defined.add(t.name());
            checkTensor(t, where);
        }
        if (g.hasSparseInitializers()) {
            for (SparseTensorProto s : g.sparseInitializers()) {
                if (!initNames.add(s.name())) error("initializer '" + s.name() + "' is defined twice" + where, null, s.name());
                defined.add(s.name());
            }
        }
        for (NodeProto n : g.nodes()) {
            for (String o : n.outputs()) {
                if (o.isEmpty()) continue;
                String prev = definedBy.put(o, "node '" + n.displayName() + "'");
                if (prev != null || initNames.contains(o)) {
                    error("tensor '" + o + "' is produced by node '" + n.displayName() + "' but is already defined by "
                            + (prev != null ? prev : "an initializer") + where + "; every tensor must have one producer",
                            n.name(), o);
                }
            }
        }
        Set<String> visible = new HashSet<>(defined);
        visible.addAll(definedBy.keySet());
        List<NodeProto> cycle = view.cycle();
        if (!cycle.isEmpty()) {
            StringBuilder names = new StringBuilder();
            for (int i = 0; i < Math.min(5, cycle.size()); i++) {
                if (i > 0) names.append(", ");
                names.append('\'').append(cycle.get(i).displayName()).append('\'');
            }
            error("the graph" + where + " has a cycle through nodes " + names + (cycle.size() > 5 ? " and " + (cycle.size() - 5) + " more" : ""),
                    cycle.get(0).name(), null);
        }
        for (NodeProto n : g.nodes()) {
            if (n.opType().isEmpty()) {
                error("node '" + n.displayName() + "'" + where + " has no op_type", n.name(), null);
            }
            String d = n.domain();
            if (!domains.contains(d) && !functionKeys.contains(d + "::" + n.opType())) {
                error("node '" + n.displayName() + "' uses operator " + (d.isEmpty() ? "" : d + ".") + n.opType()
                        + " from domain '" + (d.isEmpty() ? "ai.onnx" : d) + "', which the model does not import", n.name(), null);
            }
            for (String in : n.inputs()) {
                if (in.isEmpty()) continue;
                if (!visible.contains(in) && !inOuter(in, outer)) {
                    error("node '" + n.displayName() + "' (" + n.opType() + ") reads tensor '" + in + "', which nothing defines"
                            + where, n.name(), in);
                }
            }
            checkTypes(n, g);
            for (AttributeProto a : n.attributes()) {
                if (a.rawType() == null && a.refAttrName() == null) {
                    warning("attribute '" + a.name() + "' of node '" + n.displayName() + "' has no type", n.name(), null);
                }
                for (GraphProto sub : a.subgraphs()) {
                    outer.push(visible);
                    checkGraph(sub, outer, domains, functionKeys, false);
                    outer.pop();
                }
            }
        }
        for (ValueInfo v : g.outputs()) {
            if (!visible.contains(v.name()) && !inOuter(v.name(), outer)) {
                error("graph output '" + v.name() + "'" + where + " is not produced by any node", null, v.name());
            }
        }
    }

    private static boolean inOuter(String name, ArrayDeque<Set<String>> outer) {
        for (Set<String> s : outer) if (s.contains(name)) return true;
        return false;
    }

    private void checkTensor(TensorProto t, String where) {
        long count = t.elementCount();
        if (count < 0) {
            error("initializer '" + t.name() + "'" + where + " has invalid dimensions " + java.util.Arrays.toString(t.dims()), null, t.name());
            return;
        }
        if (!DataType.isKnown(t.dataType())) {
            error("initializer '" + t.name() + "' has unknown element type " + t.dataType(), null, t.name());
            return;
        }
        if (t.dataType() == DataType.STRING) return;
        long expected = DataType.bytes(t.dataType(), count);
        if (t.isExternal()) {
            try {
                TensorData.externalPath(t);
            } catch (java.io.IOException e) {
                error(e.getMessage(), null, t.name());
            }
            long len = TensorData.byteSize(t);
            if (t.externalDataValue("length") != null && len != expected) {
                error("initializer '" + t.name() + "' declares " + len + " bytes of external data, but its shape "
                        + java.util.Arrays.toString(t.dims()) + " of " + DataType.name(t.dataType()) + " needs " + expected, null, t.name());
            }
        } else if (t.rawData() != null) {
            if (t.rawData().remaining() != expected) {
                error("initializer '" + t.name() + "' holds " + t.rawData().remaining() + " bytes, but its shape "
                        + java.util.Arrays.toString(t.dims()) + " of " + DataType.name(t.dataType()) + " needs " + expected, null, t.name());
            }
        } else {
            long have = typedCount(t);
            if (have != count && !(count == 0 && have == 0)) {
                error("initializer '" + t.name() + "' holds " + have + " values, but its shape "
                        + java.util.Arrays.toString(t.dims()) + " needs " + count, null, t.name());
            }
        }
    }

    private static long typedCount(TensorProto t) {
        int type = t.dataType();
        if (t.floatData() != null && t.floatData().length > 0) return type == DataType.COMPLEX64 ? t.floatData().length / 2 : t.floatData().length;
        if (t.doubleData() != null && t.doubleData().length > 0) return type == DataType.COMPLEX128 ? t.doubleData().length / 2 : t.doubleData().length;
        if (t.int64Data() != null && t.int64Data().length > 0) return t.int64Data().length;
        if (t.uint64Data() != null && t.uint64Data().length > 0) return t.uint64Data().length;
        if (t.int32Data() != null && t.int32Data().length > 0) {
            int bits = DataType.bits(type);
            return bits < 8 ? t.int32Data().length * (8L / bits) : t.int32Data().length;
        }
        return 0;
    }

    /** Operators whose inputs must share one element type. */
    private static final Set<String> SAME_TYPE = Set.of("Add", "Sub", "Mul", "Div", "MatMul", "Gemm", "Conv", "Concat",
            "Max", "Min", "Sum", "Mean", "Equal", "Less", "Greater", "Pow");

    private void checkTypes(NodeProto n, GraphProto g) {
        if (!n.domain().isEmpty() || !SAME_TYPE.contains(n.opType())) return;
        int count = n.opType().equals("Pow") ? 1 : n.inputs().size();
        int first = 0;
        String firstName = null;
        for (int i = 0; i < count; i++) {
            String in = n.input(i);
            if (in.isEmpty()) continue;
            TensorType t = types.type(g, in);
            if (t.elemType() == 0) continue;
            if (first == 0) {
                first = t.elemType();
                firstName = in;
            } else if (t.elemType() != first) {
                error(n.opType() + " node '" + n.displayName() + "' mixes element types: '" + firstName + "' is "
                        + DataType.name(first) + " but '" + in + "' is " + DataType.name(t.elemType()), n.name(), in);
                return;
            }
        }
    }
}
