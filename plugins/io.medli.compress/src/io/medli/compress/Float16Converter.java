package io.medli.compress;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.medli.onnx.graph.GraphView;
import io.medli.onnx.edit.UniqueNames;
import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.ProtoCopy;
import io.medli.onnx.proto.TensorProto;
import io.medli.onnx.proto.TypeProto;
import io.medli.onnx.proto.ValueInfo;
import io.medli.onnx.shape.InferenceResult;
import io.medli.onnx.shape.ShapeInference;

/**
 * Float16 conversion: float32 weights and activations become float16, halving the weights. Nodes
 * that must stay float32 (listed by the user, custom operators, nodes with subgraphs, quantization
 * operators, and those ONNX Runtime's CPU provider has no float16 kernel for) keep float32 behind
 * Cast nodes, so the model runs unchanged on any runtime. Inputs that the ONNX standard fixes to
 * float32 (Resize's scales) stay float32. Graph inputs and outputs can stay float32, so callers need
 * no change.
 */
public final class Float16Converter {

    /**
     * @param keepIoFloat32 graph inputs and outputs stay float32 (a Cast at each)
     * @param keepNodes nodes left in float32
     * @param keepOps operator types left in float32
     */
    public record Options(boolean keepIoFloat32, Set<String> keepNodes, Set<String> keepOps) {
        public static Options defaults() {
            return new Options(true, Set.of(), Set.of());
        }

        public Options withKeepIoFloat32(boolean keep) {
            return new Options(keep, keepNodes, keepOps);
        }

        public Options withKeep(Set<String> nodes, Set<String> ops) {
            return new Options(keepIoFloat32, Set.copyOf(nodes), Set.copyOf(ops));
        }
    }

    private static final int F32 = DataType.FLOAT, F16 = DataType.FLOAT16;
    private static final float HALF_MAX = 65504f;
    private static final String NO_KERNEL = "ONNX Runtime's CPU provider has no float16 kernel for it (weights stay float16)";
    /** Operators whose float inputs are tied to integer types or scales: float16 means nothing to them. */
    private static final Set<String> QUANTIZATION_OPS = Set.of("QuantizeLinear", "DequantizeLinear", "DynamicQuantizeLinear",
            "QLinearConv", "QLinearMatMul", "MatMulInteger", "ConvInteger", "DynamicQuantizeMatMul");

    private Float16Converter() {
    }

    /**
     * A float16 copy of {@code model} (not modified). The operators that ONNX Runtime's CPU provider
     * runs only in float32 are found by loading the converted model (the runtime then inserts Casts
     * of its own, which show in the graph it saves) and are kept in float32 behind explicit Casts;
     * their weights stay float16 on disk, so the file is halved all the same.
     */
    public static QuantizedModel convert(ModelProto model, Options options) throws QuantizationException {
        Set<String> unsupported = new java.util.TreeSet<>();
        QuantizedModel q = convert(model, options, unsupported);
        // keeping some nodes in float32 moves the float16 boundary: probe again until the runtime inserts nothing
        for (int round = 0; round < 4; round++) {
            Set<String> more = float32OnlyOnCpu(q.model());
            if (!unsupported.addAll(more)) break;
            q = convert(model, options, unsupported);
        }
        if (unsupported.isEmpty()) return q;
        List<String> notes = new ArrayList<>(q.report().notes());
        notes.add("ONNX Runtime's CPU provider runs " + String.join(", ", unsupported) + " only in float32, so here they run in "
                + "float32 behind Casts: on a CPU the model is smaller, not faster; float16 pays off on GPUs and NPUs");
        QuantizationReport r = q.report();
        return new QuantizedModel(q.model(), new QuantizationReport(r.quantized(), r.keptInFloat(), r.weightBytesBefore(),
                r.weightBytesAfter(), List.copyOf(notes)));
    }

    /** As {@link #convert(ModelProto, Options)} with the operators the runtime lacks given. */
    static QuantizedModel convert(ModelProto model, Options options, Set<String> unsupportedOps) throws QuantizationException {
        long before = DynamicQuantizer.weightBytes(model.graph());
        ModelProto copy = ProtoCopy.model(model);
        GraphProto g = copy.graph();
        GraphView view = GraphView.of(g);
        InferenceResult types = ShapeInference.infer(copy);
        List<String> kept = new ArrayList<>();
        Set<NodeProto> keep = new LinkedHashSet<>(), halfWeights = new LinkedHashSet<>();
        Set<String> beyond = beyondHalfRange(g);
        for (NodeProto n : g.nodes()) {
            String why = keepReason(n, options, unsupportedOps);
            // a weight past +-65504 would become infinity or be clamped (a batch norm's running variance of 1e7 in PaddleOCR's
            // detector head): it stays float32, and so does every node that holds or reads it
            if (n.outputs().stream().anyMatch(beyond::contains) || n.inputs().stream().anyMatch(beyond::contains)) why = BEYOND_RANGE;
            if (why == null) continue;
            keep.add(n);
            if (why.equals(NO_KERNEL)) halfWeights.add(n);
            if (touchesFloat(n, types)) kept.add(n.opType() + " '" + n.displayName() + "': " + why);
        }
        Converter c = new Converter(g, view, types, keep, halfWeights, options);
        try {
            c.run();
        } catch (IOException e) {
            throw new QuantizationException("cannot read weights: " + e.getMessage());
        }
        Set<String> errorsBefore = DynamicQuantizer.errors(model);
        for (String e : DynamicQuantizer.errors(copy)) {
            if (!errorsBefore.contains(e)) throw new QuantizationException("float16 conversion produced an invalid model: " + e);
        }
        List<String> notes = new ArrayList<>();
        notes.add("float16 weights and activations" + (options.keepIoFloat32() ? "; inputs and outputs stay float32" : ""));
        if (c.clamped > 0) {
            notes.add("WARNING: " + c.clamped + " weights beyond float16's range (+-65504) were clamped; check the outputs");
        }
        if (c.flushed > 0) notes.add(c.flushed + " weights below float16's smallest value (6e-8) became 0");
        if (c.casts > 0) notes.add(c.casts + " Cast nodes connect float16 and float32 parts");
        return new QuantizedModel(copy, new QuantizationReport(List.copyOf(c.converted), List.copyOf(kept), before,
                DynamicQuantizer.weightBytes(g), notes));
    }

    /**
     * Operator types ONNX Runtime's CPU provider runs only in float32: where it meets one in
     * float16 it inserts Casts named "InsertedPrecisionFreeCast_..." around it.
     */
    static Set<String> float32OnlyOnCpu(ModelProto half) throws QuantizationException {
        ModelProto loaded = GraphOptimizer.savedByRuntime(half, ai.onnxruntime.OrtSession.SessionOptions.OptLevel.NO_OPT);
        Set<String> inserted = new java.util.HashSet<>();
        for (NodeProto n : loaded.graph().nodes()) {
            if (n.opType().equals("Cast") && n.name().startsWith("InsertedPrecisionFreeCast_")) inserted.addAll(n.outputs());
        }
        Set<String> ops = new java.util.TreeSet<>();
        for (NodeProto n : loaded.graph().nodes()) {
            if (n.opType().equals("Cast") || !n.domain().isEmpty()) continue;
            for (String in : n.inputs()) if (inserted.contains(in)) ops.add(n.opType());
        }
        return ops;
    }

    private static final String BEYOND_RANGE = "its weights exceed float16's range (+-65504)";

    /** Float initializers and Constant-node values with a finite value past float16's largest. */
    private static Set<String> beyondHalfRange(GraphProto g) {
        Set<String> out = new java.util.HashSet<>();
        try {
            for (TensorProto t : g.initializers()) if (beyondHalf(t)) out.add(t.name());
            for (NodeProto n : g.nodes()) {
                AttributeProto v = n.opType().equals("Constant") && n.domain().isEmpty() ? n.attribute("value") : null;
                if (v != null && v.type() == AttributeProto.TENSOR && beyondHalf(v.t())) out.add(n.outputs().get(0));
            }
        } catch (IOException e) {
            // unreadable weights: the conversion reports them where it reads them
        }
        return out;
    }

    private static boolean beyondHalf(TensorProto t) throws IOException {
        if (t == null || t.dataType() != F32) return false;
        for (float f : DynamicQuantizer.floats(t)) if (Float.isFinite(f) && Math.abs(f) > HALF_MAX) return true;
        return false;
    }

    private static String keepReason(NodeProto n, Options o, Set<String> unsupported) {
        if (o.keepNodes().contains(n.name())) return "kept by name";
        if (o.keepOps().contains(n.opType())) return "kept by operator type";
        if (!n.domain().isEmpty()) return "operator of domain " + n.domain();
        for (AttributeProto a : n.attributes()) {
            if (a.type() == AttributeProto.GRAPH || a.type() == AttributeProto.GRAPHS) return "has a subgraph";
        }
        if (QUANTIZATION_OPS.contains(n.opType())) return "quantization operator";
        if (n.opType().startsWith("Random") || n.opType().equals("Multinomial")) return "random generator";
        if (unsupported.contains(n.opType())) return NO_KERNEL;
        return null;
    }

    private static boolean touchesFloat(NodeProto n, InferenceResult types) {
        for (String t : n.inputs()) if (!t.isEmpty() && types.type(t).elemType() == F32) return true;
        for (String t : n.outputs()) if (!t.isEmpty() && types.type(t).elemType() == F32) return true;
        return false;
    }

    /** Input positions the standard fixes to float32 whatever the node's other types. */
    static boolean fixedFloat32(NodeProto n, int index) {
        return switch (n.opType()) {
            case "Resize" -> index == 2;
            case "Upsample" -> index == 1;
            default -> false;
        };
    }

    private static final class Converter {
        final GraphProto g;
        final GraphView view;
        final InferenceResult types;
        final Set<NodeProto> keep;
        /** Kept nodes whose weights are stored in float16 all the same, behind a Cast. */
        final Set<NodeProto> halfWeights;
        final Options options;
        final UniqueNames names;
        final Map<String, Integer> produced = new HashMap<>();
        final Map<String, String> castOf = new HashMap<>();
        final List<NodeProto> castNodes = new ArrayList<>();
        final List<String> converted = new ArrayList<>();
        int clamped, flushed, casts;

        Converter(GraphProto g, GraphView view, InferenceResult types, Set<NodeProto> keep, Set<NodeProto> halfWeights,
                Options options) {
            this.g = g;
            this.view = view;
            this.types = types;
            this.keep = keep;
            this.halfWeights = halfWeights;
            this.options = options;
            this.names = UniqueNames.of(g);
        }

        boolean isFloat(String t) {
            return !t.isEmpty() && types.type(t).elemType() == F32;
        }

        int wanted(NodeProto consumer, int index) {
            return keep.contains(consumer) || fixedFloat32(consumer, index) ? F32 : F16;
        }

        void run() throws IOException {
            // the precision each float value is produced in
            for (ValueInfo in : g.inputs()) if (isFloat(in.name()) && !view.isInitializer(in.name())) {
                produced.put(in.name(), options.keepIoFloat32() ? F32 : F16);
            }
            for (TensorProto t : g.initializers()) {
                if (t.dataType() != F32) continue;
                boolean half = false;
                for (NodeProto c : view.consumers(t.name())) {
                    for (int i = 0; i < c.inputs().size(); i++) {
                        if (c.input(i).equals(t.name())) half |= wanted(c, i) == F16 || halfWeights.contains(c) && !fixedFloat32(c, i);
                    }
                }
                produced.put(t.name(), half ? F16 : F32);
            }
            for (NodeProto n : g.nodes()) {
                int p = keep.contains(n) ? F32 : F16;
                for (String o : n.outputs()) if (isFloat(o)) produced.put(o, p);
                if (p == F16) {
                    if (retype(n)) converted.add(n.displayName());
                }
            }
            for (int i = 0; i < g.initializers().size(); i++) {
                TensorProto t = g.initializers().get(i);
                if (t.dataType() == F32 && produced.get(t.name()) == F16) g.initializers().set(i, half(t));
            }
            // graph outputs that must stay float32 but are computed in float16: a Cast writes the output's name
            Set<String> outs = new LinkedHashSet<>();
            for (ValueInfo o : g.outputs()) outs.add(o.name());
            List<NodeProto> tail = new ArrayList<>();
            for (ValueInfo o : g.outputs()) {
                Integer p = produced.get(o.name());
                if (p == null) continue;
                int want = options.keepIoFloat32() ? F32 : F16;
                if (p == want) {
                    retype(o, want);
                    continue;
                }
                String inner = names.next(o.name() + "_fp16");
                rename(o.name(), inner);
                produced.put(inner, p);
                tail.add(cast(inner, o.name(), want));
                retype(o, want);
            }
            // consumers that read a value in the other precision read a Cast of it
            for (NodeProto n : g.nodes()) {
                for (int i = 0; i < n.inputs().size(); i++) {
                    String t = n.input(i);
                    Integer p = produced.get(t);
                    if (p == null) continue;
                    int want = wanted(n, i);
                    if (p != want) n.inputs().set(i, castTo(t, want));
                }
            }
            for (ValueInfo in : g.inputs()) if (produced.containsKey(in.name())) retype(in, produced.get(in.name()));
            for (ValueInfo v : g.valueInfos()) if (produced.containsKey(v.name())) retype(v, produced.get(v.name()));
            List<NodeProto> ordered = new ArrayList<>();
            // a Cast of a graph input or initializer goes first; a Cast of a node output right after that node
            Map<String, List<NodeProto>> after = new LinkedHashMap<>();
            for (NodeProto c : castNodes) {
                if (view.producer(c.input(0)) == null) ordered.add(c);
                else after.computeIfAbsent(c.input(0), k -> new ArrayList<>()).add(c);
            }
            for (NodeProto n : g.nodes()) {
                ordered.add(n);
                for (String o : n.outputs()) ordered.addAll(after.getOrDefault(o, List.of()));
            }
            ordered.addAll(tail);
            g.nodes().clear();
            g.nodes().addAll(ordered);
        }

        /** Float16 versions of a float16 node's float32 attributes; true when it computes on floats. */
        boolean retype(NodeProto n) throws IOException {
            boolean floats = touchesFloat(n, types);
            if (n.opType().equals("ConstantOfShape") && n.attribute("value") == null && isFloat(n.outputs().get(0))) {
                // without a value it fills float32 zeros
                n.attributes().add(AttributeProto.ofTensor("value", new TensorProto().dataType(F16).dims(1)
                        .rawData(ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN))));
            }
            for (int i = 0; i < n.attributes().size(); i++) {
                AttributeProto a = n.attributes().get(i);
                switch (a.name()) {
                    case "to", "dtype" -> {
                        if (a.type() == AttributeProto.INT && a.i() == F32) n.attributes().set(i, AttributeProto.ofInt(a.name(), F16));
                    }
                    case "value" -> {
                        if (a.type() == AttributeProto.TENSOR && a.t() != null && a.t().dataType() == F32) {
                            n.attributes().set(i, AttributeProto.ofTensor(a.name(), half(a.t())));
                        }
                    }
                    case "value_float", "value_floats" -> {
                        if (n.opType().equals("Constant")) {
                            float[] v = a.name().equals("value_float") ? new float[] { a.f() } : a.floats();
                            TensorProto t = new TensorProto().dataType(F32).rawData(WeightQuantization.floats(v));
                            t.dims(a.name().equals("value_float") ? new long[0] : new long[] { v.length });
                            n.attributes().set(i, AttributeProto.ofTensor("value", half(t)));
                        }
                    }
                    default -> {
                    }
                }
            }
            return floats;
        }

        void retype(ValueInfo v, int type) {
            TypeProto t = v.type();
            if (t != null && t.kind() == TypeProto.Kind.TENSOR && t.elemType() == F32) t.elemType(type);
        }

        void rename(String from, String to) {
            for (NodeProto n : g.nodes()) {
                for (int i = 0; i < n.outputs().size(); i++) if (n.outputs().get(i).equals(from)) n.outputs().set(i, to);
                for (int i = 0; i < n.inputs().size(); i++) if (n.input(i).equals(from)) n.inputs().set(i, to);
            }
            Integer p = produced.remove(from);
            if (p != null) produced.put(to, p);
        }

        String castTo(String t, int type) {
            String key = t + "@" + type;
            String out = castOf.get(key);
            if (out == null) {
                out = names.next(t + (type == F16 ? "_fp16" : "_fp32"));
                castNodes.add(cast(t, out, type));
                castOf.put(key, out);
            }
            return out;
        }

        NodeProto cast(String in, String out, int type) {
            casts++;
            NodeProto c = new NodeProto("Cast", names.next(in + "_Cast"), List.of(in), List.of(out));
            c.attributes().add(AttributeProto.ofInt("to", type));
            return c;
        }

        TensorProto half(TensorProto t) throws IOException {
            float[] v = DynamicQuantizer.floats(t);
            ByteBuffer b = ByteBuffer.allocate(v.length * 2).order(ByteOrder.LITTLE_ENDIAN);
            for (float f : v) {
                if (Math.abs(f) > HALF_MAX && Float.isFinite(f)) {
                    clamped++;
                    f = Math.copySign(HALF_MAX, f);
                }
                short h = Float.floatToFloat16(f);
                if (f != 0 && (h & 0x7fff) == 0) flushed++;
                b.putShort(h);
            }
            b.flip();
            return new TensorProto().name(t.rawName()).dataType(F16).dims(t.dims().clone()).rawData(b.asReadOnlyBuffer()
                    .order(ByteOrder.LITTLE_ENDIAN));
        }
    }
}
