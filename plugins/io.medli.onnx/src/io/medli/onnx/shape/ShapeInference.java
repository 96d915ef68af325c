package io.medli.onnx.shape;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
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
import io.medli.onnx.proto.SparseTensorProto;
import io.medli.onnx.proto.TensorProto;
import io.medli.onnx.proto.ValueInfo;

/**
 * Infers element types and shapes of every tensor, in topological order, from the graph inputs
 * and initializers. Small integer tensors (shapes, axes, sizes) are evaluated as they flow, so
 * that Reshape/Slice/Expand chains computed from {@code Shape} resolve, with symbolic sizes kept
 * by name. An operator without a rule leaves its outputs unknown; nothing here throws on a model.
 */
public final class ShapeInference {
    /** Constant int tensors up to this many elements are evaluated. */
    static final int MAX_VALUE_ELEMENTS = 64;

    private final ModelProto model;
    private final InferenceResult result;
    private final Set<String> notes = new LinkedHashSet<>();

    private final Map<String, Long> bindings;
    private final Map<String, long[]> inputShapes;

    private ShapeInference(ModelProto model, Map<String, Long> bindings, Map<String, long[]> inputShapes) {
        this.model = model;
        this.result = new InferenceResult(model.graph(), new ArrayList<>());
        this.bindings = bindings;
        this.inputShapes = inputShapes;
    }

    public static InferenceResult infer(ModelProto model) {
        return infer(model, Map.of(), Map.of());
    }

    /**
     * Inference with the model's inputs made concrete first: symbolic sizes named in
     * {@code bindings} take those values, and inputs named in {@code inputShapes} those whole shapes
     * (for unnamed sizes), so that strided convolutions, pooling, Resize and Slice give sizes.
     */
    public static InferenceResult infer(ModelProto model, Map<String, Long> bindings, Map<String, long[]> inputShapes) {
        ShapeInference si = new ShapeInference(model, Map.copyOf(bindings), Map.copyOf(inputShapes));
        Scope scope = new Scope(null, si.result.typesOf(model.graph()), null);
        si.inferGraph(model.graph(), scope, 0);
        InferenceResult r = new InferenceResult(model.graph(), new ArrayList<>(si.notes));
        copy(si.result, r, model);
        return r;
    }

    private static void copy(InferenceResult from, InferenceResult to, ModelProto m) {
        io.medli.onnx.proto.ProtoWalk.graphs(m, g -> to.typesOf(g).putAll(from.typesOf(g)));
    }

    /** Types, constant values, and the caller's attributes inside a function body. */
    static final class Scope {
        final Scope parent;
        final Map<String, TensorType> types;
        final Map<String, Dim[]> values = new HashMap<>();
        /** Initializers and Constant outputs, for rules that read float constants (Resize scales). */
        final Map<String, TensorProto> tensors = new HashMap<>();
        final Map<String, AttributeProto> callerAttrs;

        Scope(Scope parent, Map<String, TensorType> types, Map<String, AttributeProto> callerAttrs) {
            this.parent = parent;
            this.types = types;
            this.callerAttrs = callerAttrs;
        }

        TensorType type(String name) {
            if (name == null || name.isEmpty()) return null;
            for (Scope s = this; s != null; s = s.parent) {
                TensorType t = s.types.get(name);
                if (t != null) return t;
            }
            return null;
        }

        TensorProto tensor(String name) {
            for (Scope s = this; s != null; s = s.parent) {
                TensorProto t = s.tensors.get(name);
                if (t != null) return t;
                if (s.types.containsKey(name)) return null;
            }
            return null;
        }

        Dim[] value(String name) {
            if (name == null || name.isEmpty()) return null;
            for (Scope s = this; s != null; s = s.parent) {
                Dim[] v = s.values.get(name);
                if (v != null) return v;
                if (s.types.containsKey(name)) return null;
            }
            return null;
        }
    }

    /** A graph input's type with the caller's sizes put in. */
    private TensorType bound(String name, TensorType t) {
        long[] whole = inputShapes.get(name);
        if (whole != null && t.hasShape() && whole.length == t.rank()) {
            List<Dim> d = new ArrayList<>();
            for (int i = 0; i < whole.length; i++) d.add(t.dims().get(i).isKnown() ? t.dims().get(i) : Dim.of(whole[i]));
            return t.withDims(d);
        }
        if (bindings.isEmpty() || !t.hasShape()) return t;
        List<Dim> d = new ArrayList<>();
        for (Dim x : t.dims()) {
            Long v = x.isSymbolic() ? bindings.get(x.toString()) : null;
            d.add(v != null ? Dim.of(v) : x);
        }
        return t.withDims(d);
    }

    void inferGraph(GraphProto g, Scope scope, int depth) {
        if (depth > 32) return;
        GraphView view = GraphView.of(g);
        for (ValueInfo v : g.inputs()) {
            TensorType t = TensorType.of(v.type());
            if (t != null && depth == 0 && g == model.graph()) t = bound(v.name(), t);
            if (t != null) scope.types.merge(v.name(), t, ShapeInference::merge);
        }
        for (TensorProto t : g.initializers()) {
            scope.types.put(t.name(), tensorType(t));
            scope.tensors.put(t.name(), t);
            Dim[] v = constantValue(t);
            if (v != null) scope.values.put(t.name(), v);
        }
        if (g.hasSparseInitializers()) {
            for (SparseTensorProto s : g.sparseInitializers()) {
                int type = s.values() == null ? 0 : s.values().dataType();
                scope.types.put(s.name(), TensorType.of(type, s.dims()));
            }
        }
        Map<String, TensorType> declared = new HashMap<>();
        for (ValueInfo v : g.valueInfos()) {
            TensorType t = TensorType.of(v.type());
            if (t != null) declared.put(v.name(), t);
        }
        for (ValueInfo v : g.outputs()) {
            TensorType t = TensorType.of(v.type());
            if (t != null) declared.put(v.name(), t);
        }
        for (NodeProto n : view.topologicalOrder()) {
            List<TensorType> outs;
            try {
                outs = inferNode(n, scope, depth);
            } catch (RuntimeException e) {
                // a malformed node (bad attribute, wrong arity) leaves its outputs unknown
                notes.add(n.opType() + " '" + n.displayName() + "': shape inference failed (" + e + ")");
                outs = List.of();
            }
            for (int i = 0; i < n.outputs().size(); i++) {
                String out = n.outputs().get(i);
                if (out.isEmpty()) continue;
                TensorType t = i < outs.size() ? outs.get(i) : null;
                scope.types.put(out, merge(t, declared.get(out)));
            }
        }
        for (Map.Entry<String, TensorType> e : declared.entrySet()) {
            scope.types.putIfAbsent(e.getKey(), e.getValue());
        }
    }

    /** Prefers what was inferred; fills unknown parts from what the file declares. */
    static TensorType merge(TensorType inferred, TensorType declared) {
        if (inferred == null || inferred == TensorType.UNKNOWN) return declared == null ? TensorType.UNKNOWN : declared;
        if (declared == null) return inferred;
        int type = inferred.elemType() != 0 ? inferred.elemType() : declared.elemType();
        List<Dim> dims = inferred.dims();
        if (dims == null) {
            dims = declared.dims();
        } else if (declared.dims() != null && declared.rank() == inferred.rank()) {
            List<Dim> m = new ArrayList<>(dims);
            for (int i = 0; i < m.size(); i++) {
                if (m.get(i).isUnknown()) m.set(i, declared.dim(i));
            }
            dims = m;
        }
        return new TensorType(type, dims);
    }

    static TensorType tensorType(TensorProto t) {
        return TensorType.of(t.dataType(), t.dims());
    }

    /** Value of a small integer tensor, or null. */
    static Dim[] constantValue(TensorProto t) {
        int type = t.dataType();
        if (!(type == DataType.INT64 || type == DataType.INT32) || t.dims().length > 1) return null;
        long count = t.elementCount();
        if (count < 0 || count > MAX_VALUE_ELEMENTS) return null;
        try {
            double[] v = TensorData.toDoubles(t, (int) count);
            Dim[] d = new Dim[v.length];
            for (int i = 0; i < v.length; i++) d[i] = Dim.constant((long) v[i]);
            return d;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private List<TensorType> inferNode(NodeProto n, Scope scope, int depth) {
        FunctionProto f = function(n);
        if (f != null) {
            return inferFunctionCall(n, f, scope, depth);
        }
        String domain = n.domain();
        if (!domain.isEmpty() && !domain.equals("com.microsoft") && !domain.equals("ai.onnx.preview.training") && !domain.equals("ai.onnx")) {
            notes.add("operator " + domain + "." + n.opType() + " is not known; its outputs are left unknown");
            return List.of();
        }
        long opset = model.opset(domain);
        List<TensorType> outs = new OpRules(n, scope, opset, this, depth).infer();
        if (outs == null) {
            notes.add("operator " + (domain.isEmpty() ? "" : domain + ".") + n.opType()
                    + " has no shape rule; its outputs are left unknown");
            return List.of();
        }
        return outs;
    }

    void inferSubgraph(GraphProto g, Scope parent, int depth) {
        Scope s = new Scope(parent, result.typesOf(g), parent.callerAttrs);
        inferGraph(g, s, depth + 1);
    }

    InferenceResult partial() {
        return result;
    }

    private FunctionProto function(NodeProto n) {
        for (FunctionProto f : model.functions()) {
            if (f.name().equals(n.opType()) && f.domain().equals(n.domain())
                    && java.util.Objects.equals(f.overload(), n.overload())) {
                return f;
            }
        }
        return null;
    }

    private List<TensorType> inferFunctionCall(NodeProto call, FunctionProto f, Scope scope, int depth) {
        if (depth > 16) return List.of();
        Map<String, AttributeProto> attrs = new HashMap<>();
        for (AttributeProto a : f.attributeProtos()) attrs.put(a.name(), a); // defaults
        for (AttributeProto a : call.attributes()) attrs.put(a.name(), a);
        Scope body = new Scope(null, new HashMap<>(), attrs);
        for (int i = 0; i < f.inputs().size(); i++) {
            String actual = call.input(i);
            TensorType t = scope.type(actual);
            if (t != null) body.types.put(f.inputs().get(i), t);
            Dim[] v = scope.value(actual);
            if (v != null) body.values.put(f.inputs().get(i), v);
        }
        GraphProto g = new GraphProto();
        g.nodes().addAll(f.nodes());
        for (ValueInfo v : f.valueInfos()) g.valueInfos().add(v);
        inferGraph(g, body, depth + 1);
        List<TensorType> outs = new ArrayList<>();
        for (String o : f.outputs()) {
            TensorType t = body.types.get(o);
            outs.add(t == null ? TensorType.UNKNOWN : t);
        }
        for (int i = 0; i < Math.min(f.outputs().size(), call.outputs().size()); i++) {
            Dim[] v = body.values.get(f.outputs().get(i));
            if (v != null) scope.values.put(call.outputs().get(i), v);
        }
        return outs;
    }
}
