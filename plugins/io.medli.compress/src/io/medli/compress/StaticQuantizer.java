package io.medli.compress;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.medli.compress.calibrate.ActivationCollector;
import io.medli.compress.calibrate.ActivationHistogram;
import io.medli.compress.calibrate.RangeMethod;
import io.medli.compress.calibrate.Ranges;
import io.medli.compress.data.CalibrationData;
import io.medli.compress.data.CalibrationDataException;
import io.medli.compress.data.DataFit;
import io.medli.onnx.progress.Monitor;
import io.medli.onnx.TensorData;
import io.medli.onnx.edit.EditException;
import io.medli.onnx.edit.ModelEdits;
import io.medli.onnx.edit.OpsetUpgrade;
import io.medli.onnx.edit.UniqueNames;
import io.medli.onnx.graph.GraphView;
import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.ProtoCopy;
import io.medli.onnx.proto.TensorProto;
import io.medli.onnx.shape.InferenceResult;
import io.medli.onnx.shape.ShapeInference;

/**
 * Static int8 quantization in QDQ format: activation ranges come from calibration data; every
 * quantized activation gets a QuantizeLinear -> DequantizeLinear pair after its producer (read by
 * all its consumers); weights are stored as int8 (per output channel or per tensor) behind a
 * DequantizeLinear, biases as int32 with scale = input scale x weight scale. ONNX Runtime fuses
 * these patterns into integer kernels (QLinearConv, QLinearAdd, ...).
 * <p>
 * ReLU and Clip nodes right after a quantized producer are folded into the quantization range of
 * their output (saturation does the clipping), as long as activations are asymmetric. Data
 * movement operators (MaxPool, Resize, Reshape, Pad, ...) give their output the parameters of
 * their input, which is what lets the runtime drop the Q/DQ pair around them.
 */
public final class StaticQuantizer {

    public enum ActivationType {
        UINT8, INT8
    }

    /**
     * @param method how activation ranges are chosen from the calibration histograms
     * @param symmetricActivations zero point in the middle of the range (else the range is fitted)
     * @param activations 8-bit type of activations (uint8 is the fast path of x86 CPUs)
     * @param perChannel one weight scale per output channel (needs opset 13; 11 and 12 are upgraded)
     * @param includeNodes when not empty, only these nodes are quantized
     * @param excludeNodes nodes left in float
     * @param excludeOps operator types left in float
     * @param threads ONNX Runtime threads for calibration (0 = its default)
     * @param includeConnecting with an include list, also the operators between included nodes
     *        (see {@link #withIncludeConnecting})
     * @param int8WeightsInFloat nodes left in float still store int8 weights (see {@link #withInt8WeightsInFloat})
     */
    public record Options(RangeMethod method, boolean symmetricActivations, ActivationType activations, boolean perChannel,
            Set<String> includeNodes, Set<String> excludeNodes, Set<String> excludeOps, int threads, boolean includeConnecting,
            boolean int8WeightsInFloat) {

        public Options(RangeMethod method, boolean symmetricActivations, ActivationType activations, boolean perChannel,
                Set<String> includeNodes, Set<String> excludeNodes, Set<String> excludeOps, int threads, boolean includeConnecting) {
            this(method, symmetricActivations, activations, perChannel, includeNodes, excludeNodes, excludeOps, threads, includeConnecting,
                    false);
        }

        public Options(RangeMethod method, boolean symmetricActivations, ActivationType activations, boolean perChannel,
                Set<String> includeNodes, Set<String> excludeNodes, Set<String> excludeOps, int threads) {
            this(method, symmetricActivations, activations, perChannel, includeNodes, excludeNodes, excludeOps, threads, false);
        }

        public static Options defaults() {
            return new Options(new RangeMethod.MinMax(), false, ActivationType.UINT8, true, Set.of(), Set.of(), Set.of(), 0);
        }

        /**
         * With an include list, also quantizes the operators between included nodes (Add, Concat,
         * pooling, Resize, Pad, ...) whose every input is already quantized: a float Add between two
         * int8 convolutions costs a dequantize and a quantize of whole feature maps, often more than
         * the int8 kernels save.
         */
        public Options withIncludeConnecting(boolean c) {
            return new Options(method, symmetricActivations, activations, perChannel, includeNodes, excludeNodes,
                    excludeOps, threads, c, int8WeightsInFloat);
        }

        public Options withMethod(RangeMethod m) {
            return new Options(m, symmetricActivations, activations, perChannel, includeNodes, excludeNodes, excludeOps,
                    threads, includeConnecting, int8WeightsInFloat);
        }

        public Options withSymmetricActivations(boolean s) {
            return new Options(method, s, activations, perChannel, includeNodes, excludeNodes, excludeOps, threads,
                    includeConnecting, int8WeightsInFloat);
        }

        public Options withActivations(ActivationType t) {
            return new Options(method, symmetricActivations, t, perChannel, includeNodes, excludeNodes, excludeOps, threads,
                    includeConnecting, int8WeightsInFloat);
        }

        public Options withPerChannel(boolean p) {
            return new Options(method, symmetricActivations, activations, p, includeNodes, excludeNodes, excludeOps,
                    threads, includeConnecting, int8WeightsInFloat);
        }

        public Options withInclude(Set<String> nodes) {
            return new Options(method, symmetricActivations, activations, perChannel, Set.copyOf(nodes), excludeNodes, excludeOps,
                    threads, includeConnecting, int8WeightsInFloat);
        }

        public Options withExclude(Set<String> nodes, Set<String> ops) {
            return new Options(method, symmetricActivations, activations, perChannel, includeNodes, Set.copyOf(nodes),
                    Set.copyOf(ops), threads, includeConnecting, int8WeightsInFloat);
        }

        public Options withThreads(int t) {
            return new Options(method, symmetricActivations, activations, perChannel, includeNodes, excludeNodes,
                    excludeOps, t, includeConnecting, int8WeightsInFloat);
        }

        /**
         * Convolutions and matrix products left in float (excluded, or by a budget search) still
         * store int8 weights, dequantized as they run: the file shrinks as if all were int8, the
         * activations of those nodes stay exact, their weights round as int8 weights do.
         */
        public Options withInt8WeightsInFloat(boolean w) {
            return new Options(method, symmetricActivations, activations, perChannel, includeNodes, excludeNodes, excludeOps, threads,
                    includeConnecting, w);
        }
    }

    /** Activation histograms of the float model, reusable for several quantizations of it. */
    public record Calibration(Map<String, ActivationHistogram> histograms, String data, boolean synthetic, int samples) {
    }

    private static final Set<String> WEIGHTED = Set.of("Conv", "ConvTranspose", "MatMul", "Gemm");
    private static final Set<String> ELEMENTWISE = Set.of("Add", "Mul", "Concat", "MatMul");
    private static final Set<String> POOLING = Set.of("AveragePool", "GlobalAveragePool");
    /** Operators that only move or select values: their output can reuse their input's parameters. */
    private static final Set<String> DATA_MOVEMENT = Set.of("MaxPool", "Resize", "Reshape", "Transpose", "Flatten", "Squeeze",
            "Unsqueeze", "Pad", "Slice", "GlobalMaxPool", "DepthToSpace", "SpaceToDepth");

    private StaticQuantizer() {
    }

    /** Calibrates on {@code data} and quantizes: the usual one-step use. */
    public static QuantizedModel quantize(ModelProto model, CalibrationData data, Options options, Monitor monitor)
            throws QuantizationException, CalibrationDataException {
        return quantize(model, calibrate(model, data, options, monitor), options);
    }

    /**
     * Runs the float model on {@code data} and records the ranges of the activations that
     * {@code options} would quantize. Data that does not fit the model is rejected before it runs.
     */
    public static Calibration calibrate(ModelProto model, CalibrationData data, Options options, Monitor monitor)
            throws QuantizationException, CalibrationDataException {
        checkOpset(model, options);
        DataFit.check(model, data);
        Plan plan = Plan.of(model, options);
        // shared ranges and the outputs of producers before a folded ReLU/Clip are observed too: leaving a
        // node in float later (the debugger, an exclude list) can make them quantized tensors of their own
        Set<String> observed = new LinkedHashSet<>(plan.tensors);
        for (NodeProto producer : plan.folded.values()) observed.add(producer.outputs().get(0));
        Map<String, ActivationHistogram> h = ActivationCollector.collect(model, observed, data, options.threads(), monitor);
        return new Calibration(h, data.description(), data.synthetic(), data.size());
    }

    private static void checkOpset(ModelProto model, Options options) throws QuantizationException {
        long opset = model.defaultOpset();
        if (opset < 10) {
            throw new QuantizationException("static quantization needs opset 10 or newer (QuantizeLinear); the model imports "
                    + "opset " + opset + ". Convert it to a newer opset first.");
        }
        if (opset == 10 && options.perChannel()) {
            throw new QuantizationException("per-channel weights need opset 13 and a model at opset 10 cannot be upgraded "
                    + "here; quantize per tensor, or convert the model to opset 11 or newer first");
        }
    }

    /** Quantizes a copy of {@code model} with ranges from {@code calibration}; the original is not touched. */
    public static QuantizedModel quantize(ModelProto model, Calibration calibration, Options options)
            throws QuantizationException {
        checkOpset(model, options);
        long before = DynamicQuantizer.weightBytes(model.graph());
        ModelProto copy;
        try {
            copy = options.perChannel() && model.defaultOpset() < 13 ? OpsetUpgrade.to13(model) : ProtoCopy.model(model);
        } catch (EditException e) {
            throw new QuantizationException("cannot raise the model to opset 13 for per-channel weights: " + e.getMessage()
                    + "; quantize per tensor instead");
        }
        Plan plan = Plan.of(copy, options);
        Builder b = new Builder(copy, plan, calibration, options);
        try {
            b.build();
        } catch (IOException e) {
            throw new QuantizationException("cannot read weights: " + e.getMessage());
        }
        ModelProto out;
        try {
            out = ModelEdits.apply(copy, ModelEdits.removeUnusedWeights());
        } catch (EditException e) {
            throw new QuantizationException(e.getMessage());
        }
        Set<String> errorsBefore = DynamicQuantizer.errors(model);
        for (String e : DynamicQuantizer.errors(out)) {
            if (!errorsBefore.contains(e)) throw new QuantizationException("quantization produced an invalid model: " + e);
        }
        List<String> notes = new ArrayList<>();
        notes.add("calibrated on " + calibration.data() + " with " + describe(options));
        if (calibration.synthetic()) {
            notes.add("WARNING: calibrated on random data, not real data - activation ranges, and so accuracy, may be far "
                    + "off; calibrate on a few hundred real samples before deploying");
        }
        if (!plan.weightOnly.isEmpty()) {
            int k = plan.weightOnly.size();
            notes.add(k + (k == 1 ? " node left in float stores" : " nodes left in float store") + " int8 weights, dequantized as they run");
        }
        if (copy.defaultOpset() != model.defaultOpset()) {
            notes.add("opset raised from " + model.defaultOpset() + " to " + copy.defaultOpset() + " for per-channel weights");
        }
        return new QuantizedModel(out, new QuantizationReport(List.copyOf(plan.quantized), List.copyOf(plan.kept), before,
                DynamicQuantizer.weightBytes(out.graph()), notes));
    }

    private static String describe(Options o) {
        String m = switch (o.method()) {
            case RangeMethod.MinMax x -> "MinMax";
            case RangeMethod.Percentile p -> "Percentile " + p.percentile();
            case RangeMethod.Entropy e -> "Entropy";
        };
        return m + " ranges, " + (o.symmetricActivations() ? "symmetric " : "asymmetric ")
                + o.activations().name().toLowerCase(java.util.Locale.ROOT) + " activations, int8 weights "
                + (o.perChannel() ? "per channel" : "per tensor");
    }


    /** Which nodes and tensors a quantization touches; computed from the graph and the options alone. */
    static final class Plan {
        /** Quantized activations in graph order. */
        final Set<String> tensors = new LinkedHashSet<>();
        /** Activation -> activation whose parameters it reuses. */
        final Map<String, String> shared = new HashMap<>();
        /** ReLU/Clip nodes folded into their producer: activation node -> producer. */
        final Map<NodeProto, NodeProto> folded = new LinkedHashMap<>();
        /** Nodes whose weight (input 1) is quantized. */
        final List<NodeProto> weighted = new ArrayList<>();
        /** With {@link Options#int8WeightsInFloat()}: nodes left in float whose weight is stored in int8 all the same. */
        final List<NodeProto> weightOnly = new ArrayList<>();
        final List<String> quantized = new ArrayList<>();
        final List<String> kept = new ArrayList<>();
        /** The quantized nodes, folded activations included. */
        final Set<NodeProto> nodes = new HashSet<>();
        /** Nodes that read some quantized tensors' float values: see {@link ExactComparisons}. */
        final Map<NodeProto, Set<String>> floatReads = new HashMap<>();
        /** With {@link Options#includeConnecting()}: operators whose readers are all quantized. */
        private final Set<NodeProto> leading = new HashSet<>();

        static Plan of(ModelProto model, Options o) {
            Plan p = new Plan();
            GraphProto g = model.graph();
            GraphView view = GraphView.of(g);
            InferenceResult types = ShapeInference.infer(model);
            if (o.includeConnecting() && !o.includeNodes().isEmpty()) p.findLeading(view, o);
            for (NodeProto n : view.topologicalOrder()) {
                String why = p.skip(n, o, view, types);
                if (why != null) {
                    if (!why.isEmpty()) p.kept.add(n.opType() + " '" + n.displayName() + "': " + why);
                    if (!why.isEmpty() && o.int8WeightsInFloat() && WEIGHTED.contains(n.opType()) && n.inputs().size() > 1
                            && view.initializer(n.input(1)) != null && weightProblem(n, view.initializer(n.input(1))) == null) {
                        p.weightOnly.add(n);
                    }
                    continue;
                }
                String op = n.opType();
                List<String> acts = new ArrayList<>();
                boolean weighted = false;
                if (WEIGHTED.contains(op) && n.inputs().size() > 1 && view.initializer(n.input(1)) != null) {
                    TensorProto w = view.initializer(n.input(1));
                    String reason = weightProblem(n, w);
                    if (reason != null) {
                        p.kept.add(op + " '" + n.displayName() + "': " + reason);
                        continue;
                    }
                    weighted = true;
                    acts.add(n.input(0));
                } else if (ELEMENTWISE.contains(op) || POOLING.contains(op)) {
                    int count = POOLING.contains(op) ? 1 : n.inputs().size();
                    for (int i = 0; i < count; i++) acts.add(n.input(i));
                } else if (DATA_MOVEMENT.contains(op)) {
                    String in = n.input(0);
                    if (p.tensors.contains(in) && isFloat(types, n.outputs().get(0)) && n.outputs().size() == 1
                            && !(op.equals("Pad") && !n.stringAttr("mode", "constant").equals("constant"))) {
                        String out = n.outputs().get(0);
                        p.tensors.add(out);
                        p.shared.put(out, p.shared.getOrDefault(in, in));
                        p.quantized.add(n.displayName());
                        p.nodes.add(n);
                    }
                    continue;
                } else {
                    continue;
                }
                boolean ok = !acts.isEmpty();
                for (String a : acts) ok &= !a.isEmpty() && isFloat(types, a) && !isConstant(view, a);
                if (!ok) {
                    if (!weighted) continue; // e.g. Add of a constant bias: not a quantization candidate
                    p.kept.add(op + " '" + n.displayName() + "': its input is not a float activation");
                    continue;
                }
                p.tensors.addAll(acts);
                for (String out : n.outputs()) if (isFloat(types, out)) p.tensors.add(out);
                if (weighted) p.weighted.add(n);
                p.quantized.add(n.displayName());
                p.nodes.add(n);
                p.foldActivation(n, view, o);
            }
            p.kept.addAll(ControlFlowBodies.keptInFloat(g, WEIGHTED));
            // a value nobody reads (a graph output) stays exact: quantizing it would only lose precision
            p.tensors.removeIf(t -> view.consumers(t).isEmpty() && !p.isFoldedOutput(t));
            p.keepComparisonsExact(view);
            return p;
        }

        private void keepComparisonsExact(GraphView view) {
            floatReads.putAll(ExactComparisons.floatReads(view, tensors));
            for (NodeProto c : floatReads.keySet()) {
                if (ExactComparisons.COMPARISONS.contains(c.opType())) {
                    kept.add(c.opType() + " '" + c.displayName() + "': compares float values, as quantizing one side only would change "
                            + "what it finds");
                }
            }
            // a tensor that only such readers read needs no quantization of its own
            for (String t : new ArrayList<>(tensors)) {
                List<NodeProto> readers = view.consumers(t);
                if (readers.isEmpty() || shared.containsValue(t) || isFoldedOutput(t)) continue;
                if (!readers.stream().allMatch(r -> floatReads.getOrDefault(r, Set.of()).contains(t))) continue;
                tensors.remove(t);
                shared.remove(t);
                NodeProto producer = view.producer(t);
                if (producer != null && nodes.remove(producer)) {
                    quantized.remove(producer.displayName());
                    kept.add(producer.opType() + " '" + producer.displayName() + "': feeds a comparison that reads float values");
                }
            }
        }

        private boolean isFoldedOutput(String t) {
            for (NodeProto act : folded.keySet()) if (act.outputs().get(0).equals(t)) return true;
            return false;
        }

        /** Null when {@code n} may be quantized; "" when it is not a candidate; else the reason it is kept. */
        private String skip(NodeProto n, Options o, GraphView view, InferenceResult types) {
            boolean candidate = WEIGHTED.contains(n.opType()) || ELEMENTWISE.contains(n.opType()) || POOLING.contains(n.opType())
                    || DATA_MOVEMENT.contains(n.opType());
            if (!candidate || !n.domain().isEmpty()) return "";
            // Slice, Concat, ... of shapes (int64): never a quantization candidate, so not worth a line in the report
            if (!WEIGHTED.contains(n.opType()) && (n.inputs().isEmpty() || !isFloat(types, n.input(0)))) return "";
            if (!o.includeNodes().isEmpty() && !o.includeNodes().contains(n.name())
                    && !(o.includeConnecting() && connectsQuantized(n, view, types))) {
                return "not in the include list";
            }
            if (o.excludeNodes().contains(n.name())) return "excluded by name";
            if (o.excludeOps().contains(n.opType())) return "excluded by operator type";
            return null;
        }

        /**
         * Marks the unweighted operators (and ReLU/Clip) whose outputs are read only by included nodes
         * or by operators so marked: quantizing one of them adds no dequantization after it.
         */
        private void findLeading(GraphView view, Options o) {
            List<NodeProto> order = view.topologicalOrder();
            for (int i = order.size() - 1; i >= 0; i--) {
                NodeProto n = order.get(i);
                String op = n.opType();
                boolean glue = !WEIGHTED.contains(op) && !op.equals("MatMul") && (ELEMENTWISE.contains(op) || POOLING.contains(op)
                        || DATA_MOVEMENT.contains(op) || op.equals("Relu") || op.equals("Clip"));
                if (!glue || !n.domain().isEmpty() || o.excludeNodes().contains(n.name()) || o.excludeOps().contains(op)) continue;
                boolean leads = !n.outputs().isEmpty();
                for (String out : n.outputs()) {
                    List<NodeProto> readers = view.consumers(out);
                    leads &= !readers.isEmpty() && !view.isGraphOutput(out);
                    for (NodeProto c : readers) {
                        leads &= leading.contains(c) || o.includeNodes().contains(c.name()) && !o.excludeNodes().contains(c.name());
                    }
                }
                if (leads) leading.add(n);
            }
        }

        /** An unweighted operator between quantized nodes: every input quantized already, every reader quantized. */
        private boolean connectsQuantized(NodeProto n, GraphView view, InferenceResult types) {
            if (!leading.contains(n)) return false; // never a weighted node or a MatMul
            int count = ELEMENTWISE.contains(n.opType()) ? n.inputs().size() : 1;
            for (int i = 0; i < count; i++) {
                String a = n.input(i);
                if (a.isEmpty() || !isFloat(types, a) || isConstant(view, a) || !tensors.contains(a)) return false;
            }
            return true;
        }

        /** Folds a ReLU/Clip that alone reads {@code producer}'s output into that output's range. */
        private void foldActivation(NodeProto producer, GraphView view, Options o) {
            if (o.symmetricActivations() || producer.outputs().size() != 1 || !WEIGHTED.contains(producer.opType())
                    && !producer.opType().equals("Add")) {
                return;
            }
            String x = producer.outputs().get(0);
            List<NodeProto> readers = view.consumers(x);
            if (readers.size() != 1 || view.isGraphOutput(x)) return;
            NodeProto act = readers.get(0);
            if (view.isGraphOutput(act.outputs().get(0))) return; // the output must stay clipped
            if (!act.domain().isEmpty() || o.excludeNodes().contains(act.name()) || o.excludeOps().contains(act.opType())) return;
            boolean foldable = switch (act.opType()) {
                case "Relu" -> true;
                case "Clip" -> clipContainsZero(act, view);
                default -> false;
            };
            if (!foldable) return;
            String y = act.outputs().get(0);
            tensors.remove(x);
            tensors.add(y);
            folded.put(act, producer);
            quantized.add(act.displayName() + " (folded into the range of '" + producer.displayName() + "')");
            nodes.add(act);
        }

        private static boolean clipContainsZero(NodeProto clip, GraphView view) {
            double lo = clip.floatAttr("min", Float.NEGATIVE_INFINITY), hi = clip.floatAttr("max", Float.POSITIVE_INFINITY);
            for (int i = 1; i <= 2 && i < clip.inputs().size(); i++) {
                String b = clip.input(i);
                if (b.isEmpty()) continue;
                TensorProto t = view.initializer(b);
                if (t == null || t.dataType() != DataType.FLOAT || t.elementCount() != 1) return false;
                try {
                    double v = TensorData.toDoubles(t, 1)[0];
                    if (i == 1) lo = v; else hi = v;
                } catch (IOException e) {
                    return false;
                }
            }
            return lo <= 0 && hi >= 0;
        }

        private static String weightProblem(NodeProto n, TensorProto w) {
            if (w.dataType() != DataType.FLOAT) return "weights of type " + DataType.name(w.dataType()) + ", not float32";
            int rank = w.dims().length;
            switch (n.opType()) {
                case "Conv", "ConvTranspose" -> {
                    if (rank < 3) return "weights of rank " + rank;
                }
                case "Gemm" -> {
                    if (rank != 2) return "weights of rank " + rank;
                    if (n.intAttr("transA", 0) != 0) return "Gemm with transA";
                }
                default -> {
                    if (rank != 2) return "weights of rank " + rank + " (MatMul weights are quantized as matrices)";
                }
            }
            return null;
        }

        private static boolean isFloat(InferenceResult types, String t) {
            return types.type(t).elemType() == DataType.FLOAT;
        }

        private static boolean isConstant(GraphView view, String t) {
            if (view.isInitializer(t)) return true;
            NodeProto p = view.producer(t);
            return p != null && p.opType().equals("Constant");
        }
    }

    /** Rewrites the graph of a model copy according to a plan. */
    private static final class Builder {
        private final GraphProto g;
        private final Plan plan;
        private final Calibration calibration;
        private final Options options;
        private final GraphView view;
        private final UniqueNames names;
        private final Map<String, QuantParams> params = new HashMap<>();
        private final Map<String, String> dequantized = new HashMap<>();
        private final Map<String, float[]> weightScales = new HashMap<>();
        private final Map<String, String> weightOutputs = new HashMap<>();
        private final Set<NodeProto> quantizeNodes = new HashSet<>();

        Builder(ModelProto model, Plan plan, Calibration calibration, Options options) {
            this.g = model.graph();
            this.plan = plan;
            this.calibration = calibration;
            this.options = options;
            this.view = GraphView.of(g);
            this.names = UniqueNames.of(g);
        }

        void build() throws IOException, QuantizationException {
            boolean signed = options.activations() == ActivationType.INT8;
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
            String key = w.name() + "@" + axis;
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
                for (int c = 0; c < channels; c++) scales[c] = scales[c] == 0 ? 1f : scales[c] / 127f;
                if (withBias) widenForBias(n, scales, axis);
                byte[] q = new byte[values.length];
                for (int i = 0; i < values.length; i++) {
                    int c = axis < 0 ? 0 : (i / inner) % channels;
                    q[i] = (byte) Math.max(-127, Math.min(127, Math.rint(values[i] / scales[c])));
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
}
