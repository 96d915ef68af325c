package io.medli.compress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.medli.compress.calibrate.TensorTap;
import io.medli.compress.data.CalibrationData;
import io.medli.compress.data.CalibrationDataException;
import io.medli.onnx.progress.Monitor;
import io.medli.onnx.graph.GraphView;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.ValueInfo;

/**
 * Compares a float model with its quantized version activation by activation on real samples:
 * SQNR, cosine and largest error of every node's output, and how much SQNR each node loses
 * against its inputs - the node that introduces the error, not the late nodes that inherit it.
 * Can exclude the worst nodes from quantization until an output-error budget is met.
 */
public final class QuantizationDebugger {
    private QuantizationDebugger() {
    }

    /**
     * The error at one node's output, accumulated over all samples.
     *
     * @param node the node (for a ReLU/Clip folded into its producer, the producer)
     * @param sqnr signal-to-quantization-noise ratio in dB (infinite when exact)
     * @param drop SQNR lost at this node: the lowest SQNR of its inputs minus that of its output
     *        (infinite when its inputs are exact)
     * @param addedNoise noise this node adds, as a share of its output's signal power: the noise
     *        ratio of its output minus the largest of its inputs' (what the table is sorted by)
     */
    public record NodeError(String node, String opType, String tensor, double sqnr, double cosine, double maxAbsError, double drop,
            double addedNoise) {
    }

    /** Node rows sorted by added noise (worst first), and the error of each model output. */
    public record Comparison(List<NodeError> nodes, Map<String, NodeError> outputs, int samples) {
        /** The lowest SQNR over the model outputs (or over the named tensors, when given). */
        public double worstOutputSqnr(List<String> tensors) {
            double worst = Double.POSITIVE_INFINITY;
            for (NodeError e : outputs.values()) if (tensors.isEmpty() || tensors.contains(e.tensor())) worst = Math.min(worst, e.sqnr());
            return worst;
        }
    }

    /**
     * Runs both models on every sample of {@code data} and compares each float activation that
     * also exists in the quantized model (read after its DequantizeLinear where it has one, so that
     * clipping folded into the quantization counts).
     */
    public static Comparison compare(ModelProto floatModel, ModelProto quantized, CalibrationData data, int threads,
            Monitor monitor) throws QuantizationException, CalibrationDataException {
        GraphProto fg = floatModel.graph();
        Map<String, String> inQuantized = quantizedNames(quantized.graph());
        Set<String> outputs = new LinkedHashSet<>();
        for (ValueInfo v : fg.outputs()) outputs.add(v.name());
        List<String> floatTensors = new ArrayList<>();
        for (NodeProto n : fg.nodes()) {
            for (String o : n.outputs()) if (!o.isEmpty() && inQuantized.containsKey(o)) floatTensors.add(o);
        }
        Map<String, ErrorSums> sums = new LinkedHashMap<>();
        for (String t : floatTensors) sums.put(t, new ErrorSums());
        List<String> quantizedTensors = floatTensors.stream().map(inQuantized::get).toList();
        try (TensorTap ft = TensorTap.open(floatModel, floatTensors, threads);
                TensorTap qt = TensorTap.open(quantized, quantizedTensors, threads)) {
            Map<String, String> back = new HashMap<>();
            for (String t : floatTensors) back.put(inQuantized.get(t), t);
            for (int i = 0; i < data.size(); i++) {
                monitor.checkCancelled();
                monitor.progress("Comparing on " + data.sampleName(i), i, data.size());
                var sample = data.sample(i);
                Map<String, float[]> f = new HashMap<>();
                ft.run(sample, (name, shape, values) -> f.put(name, values));
                qt.run(sample, (name, shape, values) -> {
                    String t = back.get(name);
                    float[] ref = f.get(t);
                    if (ref != null) sums.get(t).add(ref, values);
                });
            }
        }
        GraphView view = GraphView.of(fg);
        Map<String, Double> sqnrOf = new HashMap<>();
        for (Map.Entry<String, ErrorSums> e : sums.entrySet()) sqnrOf.put(e.getKey(), e.getValue().sqnr());
        List<NodeError> rows = new ArrayList<>();
        Map<String, NodeError> outputErrors = new LinkedHashMap<>();
        for (Map.Entry<String, ErrorSums> e : sums.entrySet()) {
            String t = e.getKey();
            NodeProto owner = owner(view.producer(t), view);
            double in = Double.POSITIVE_INFINITY;
            for (String i : view.allInputs(owner)) if (sqnrOf.containsKey(i)) in = Math.min(in, sqnrOf.get(i));
            double out = e.getValue().sqnr();
            double drop = Double.isInfinite(out) ? 0 : Double.isInfinite(in) ? Double.POSITIVE_INFINITY : in - out;
            double added = noiseRatio(out) - noiseRatio(in);
            NodeError row = new NodeError(owner.name(), owner.opType(), t, out, e.getValue().cosine(), e.getValue().maxAbs(), drop, added);
            if (!Double.isInfinite(out)) rows.add(row);
            if (outputs.contains(t)) outputErrors.put(t, row);
        }
        rows.sort(Comparator.comparingDouble(NodeError::addedNoise).reversed().thenComparingDouble(NodeError::sqnr));
        monitor.progress("Compared", data.size(), data.size());
        return new Comparison(List.copyOf(rows), outputErrors, data.size());
    }

    /** Noise power over signal power for an SQNR in dB. */
    private static double noiseRatio(double sqnrDb) {
        return Double.isInfinite(sqnrDb) ? 0 : Math.pow(10, -sqnrDb / 10);
    }

    /** A ReLU/Clip right after a quantizable node is folded into it: its error belongs to that node. */
    private static NodeProto owner(NodeProto p, GraphView view) {
        if ((p.opType().equals("Relu") || p.opType().equals("Clip")) && view.producer(p.input(0)) != null) {
            return view.producer(p.input(0));
        }
        return p;
    }

    /** Float tensor name -> the name that carries its value in the quantized graph. */
    private static Map<String, String> quantizedNames(GraphProto q) {
        Map<String, String> quantizeInput = new HashMap<>(), names = new HashMap<>();
        for (NodeProto n : q.nodes()) if (n.opType().equals("QuantizeLinear")) quantizeInput.put(n.outputs().get(0), n.input(0));
        for (NodeProto n : q.nodes()) for (String o : n.outputs()) names.putIfAbsent(o, o);
        for (NodeProto n : q.nodes()) {
            if (n.opType().equals("DequantizeLinear") && quantizeInput.containsKey(n.input(0))) {
                names.put(quantizeInput.get(n.input(0)), n.outputs().get(0));
            }
        }
        return names;
    }

    /**
     * What {@link #meetBudget} did.
     *
     * @param excluded nodes left in float, in the order they were excluded (or tried and rejected)
     * @param outputSqnr the worst output SQNR reached (dB)
     * @param last the last full comparison; null from {@link #quantizeHeaviestFirst}, which measures only the budget tensors
     */
    public record BudgetResult(QuantizedModel model, List<String> excluded, double outputSqnr, boolean met, Comparison last) {
    }

    /**
     * Quantizes, measures the output error on {@code data}, and while the worst output SQNR is
     * below {@code minSqnrDb}, leaves the nodes that lose the most SQNR in float and tries again
     * (the calibration is reused). Stops when the budget is met or {@code maxExcluded} is reached.
     * With int8 weights in the float nodes, the search runs with float weights (leaving a node in
     * float would not take its weights' noise away) and the result is measured again with int8
     * weights: {@code met} says whether the budget still holds.
     *
     * @param budgetTensors outputs (or any tensors) the budget applies to; empty means all model outputs
     */
    public static BudgetResult meetBudget(ModelProto model, StaticQuantizer.Calibration calibration,
            StaticQuantizer.Options options, CalibrationData data, double minSqnrDb, List<String> budgetTensors, int maxExcluded,
            Monitor monitor) throws QuantizationException, CalibrationDataException {
        Set<String> excluded = new LinkedHashSet<>(options.excludeNodes());
        List<String> added = new ArrayList<>();
        ModelProto target = model;
        if (!budgetTensors.isEmpty()) target = withOutputs(model, budgetTensors);
        // the nodes left in float are searched with float weights: with their int8 weights kept, leaving a node in float
        // would not remove its weights' noise, and the search would leave ever more nodes in float to no avail
        boolean int8Weights = options.int8WeightsInFloat();
        StaticQuantizer.Options searched = options.withInt8WeightsInFloat(false);
        while (true) {
            StaticQuantizer.Options o = searched.withExclude(excluded, options.excludeOps());
            QuantizedModel q = StaticQuantizer.quantize(target, calibration, o);
            Comparison c = compare(target, q.model(), data, options.threads(), monitor);
            double worst = c.worstOutputSqnr(budgetTensors);
            if (worst >= minSqnrDb || added.size() >= maxExcluded) {
                return finish(model, target, calibration, o, int8Weights, q, c, data, minSqnrDb, budgetTensors, added, monitor);
            }
            // leave up to two nodes per round in float: the errors of late nodes depend on earlier ones
            int step = 0;
            Set<String> quantizedNodes = new HashSet<>(q.report().quantized());
            for (NodeError e : c.nodes()) {
                if (step == 2 || added.size() >= maxExcluded) break;
                if (e.node().isEmpty() || excluded.contains(e.node()) || !quantizedNodes.contains(e.node())) continue;
                excluded.add(e.node());
                added.add(e.node());
                step++;
            }
            if (step == 0) return finish(model, target, calibration, o, int8Weights, q, c, data, minSqnrDb, budgetTensors, added, monitor);
        }
    }

    /** The search's model, with int8 weights in its float nodes where asked (measured again), quantized from {@code model}. */
    private static BudgetResult finish(ModelProto model, ModelProto target, StaticQuantizer.Calibration calibration,
            StaticQuantizer.Options o, boolean int8Weights, QuantizedModel q, Comparison c, CalibrationData data, double minSqnrDb,
            List<String> budgetTensors, List<String> added, Monitor monitor) throws QuantizationException, CalibrationDataException {
        if (int8Weights) {
            o = o.withInt8WeightsInFloat(true);
            q = StaticQuantizer.quantize(target, calibration, o);
            c = compare(target, q.model(), data, o.threads(), monitor);
        }
        double worst = c.worstOutputSqnr(budgetTensors);
        QuantizedModel result = target == model ? q : StaticQuantizer.quantize(model, calibration, o);
        return new BudgetResult(result, List.copyOf(added), worst, worst >= minSqnrDb, c);
    }

    /**
     * Cost-aware mixed precision: starting from the float model, quantizes the weighted nodes in
     * order of their multiply-accumulates (the ones that make a model slow first) and keeps each in
     * int8 only if the budget tensors still keep {@code minSqnrDb} on {@code data} (measured with the
     * fused integer kernels ONNX Runtime deploys). Nodes under 0.1% of the MACs are not tried: they
     * cannot change the latency. Useful where errors compound, as in M-LSD: quantizing its early
     * layers ruins the output however the rest is treated, while its decoder, which holds most of the
     * MACs, quantizes well.
     * <p>
     * The operators between int8 nodes (Add, Concat, Resize, ...) go int8 with them, and in the end
     * the nodes whose int8 kernels save less than the conversions at their borders cost are left in
     * float ({@link Int8CostEstimate}); the budget is measured again on that model.
     *
     * @return the model and the quantizable nodes left in float, in the order they were tried
     */
    public static BudgetResult quantizeHeaviestFirst(ModelProto model, StaticQuantizer.Calibration calibration,
            StaticQuantizer.Options options, CalibrationData data, double minSqnrDb, List<String> budgetTensors, Monitor monitor)
            throws QuantizationException, CalibrationDataException {
        ModelProto target = budgetTensors.isEmpty() ? model : withOutputs(model, budgetTensors);
        List<String> watched = new ArrayList<>(budgetTensors);
        if (watched.isEmpty()) for (ValueInfo v : model.graph().outputs()) watched.add(v.name());
        List<String> candidates = byMacs(model, options);
        List<List<float[]>> reference = outputs(target, watched, data, options.threads());
        Set<String> accepted = new LinkedHashSet<>();
        List<String> left = new ArrayList<>();
        double reached = Double.POSITIVE_INFINITY;
        for (int i = 0; i < candidates.size(); i++) {
            monitor.checkCancelled();
            monitor.progress("Trying " + candidates.get(i) + " in int8", i, candidates.size());
            Set<String> trial = new LinkedHashSet<>(accepted);
            trial.add(candidates.get(i));
            QuantizedModel q = StaticQuantizer.quantize(target, calibration,
                    options.withInclude(trial).withIncludeConnecting(true));
            double sqnr = worstSqnr(reference, outputs(q.model(), watched, data, options.threads()));
            if (sqnr >= minSqnrDb) {
                accepted.add(candidates.get(i));
                reached = sqnr;
            } else {
                left.add(candidates.get(i));
            }
        }
        if (accepted.isEmpty()) {
            throw new QuantizationException("no node can be quantized without the outputs falling below " + minSqnrDb
                    + " dB SQNR on " + data.description() + "; lower the budget or keep the model in float");
        }
        Set<String> cheaper = withoutCostlyBorders(new Int8CostEstimate(model), options, accepted);
        if (!cheaper.isEmpty() && !cheaper.equals(accepted)) {
            monitor.checkCancelled();
            QuantizedModel q = StaticQuantizer.quantize(target, calibration,
                    options.withInclude(cheaper).withIncludeConnecting(true));
            double sqnr = worstSqnr(reference, outputs(q.model(), watched, data, options.threads()));
            if (sqnr >= minSqnrDb) {
                for (String n : accepted) if (!cheaper.contains(n)) left.add(n);
                accepted = cheaper;
                reached = sqnr;
            }
        }
        monitor.progress("Quantized " + accepted.size() + " of " + candidates.size() + " nodes", candidates.size(),
                candidates.size());
        QuantizedModel result = StaticQuantizer.quantize(model, calibration,
                options.withInclude(accepted).withIncludeConnecting(true));
        return new BudgetResult(result, List.copyOf(left), reached, true, null);
    }

    /**
     * Leaves in float, lightest first, every node whose int8 kernel saves less than the conversions
     * at its borders cost ({@link Int8CostEstimate}), until no such node is left. Leaving a node in
     * float only removes quantization noise, so the budget still holds in all but odd cases (the
     * caller measures again).
     */
    static Set<String> withoutCostlyBorders(Int8CostEstimate estimate, StaticQuantizer.Options options, Set<String> accepted) {
        List<String> order = new ArrayList<>(accepted);
        java.util.Collections.reverse(order); // accepted heaviest first
        Set<String> kept = new LinkedHashSet<>(accepted);
        double cost = estimate.cost(options, kept);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String n : order) {
                if (!kept.contains(n)) continue;
                Set<String> trial = new LinkedHashSet<>(kept);
                trial.remove(n);
                double c = estimate.cost(options, trial);
                if (c < cost) {
                    kept = trial;
                    cost = c;
                    changed = true;
                }
            }
        }
        return kept;
    }

    /** Weighted nodes the options would quantize, most MACs first, without those under 0.1% of the total. */
    private static List<String> byMacs(ModelProto model, StaticQuantizer.Options options) {
        QuantizationPlan plan = QuantizationPlan.of(model, options);
        Map<NodeProto, Long> macs = new HashMap<>();
        long total = 0;
        for (io.medli.onnx.cost.NodeCost c : io.medli.onnx.cost.CostModel.analyze(model, Map.of()).nodes()) {
            long m = Math.max(0, c.macs());
            macs.put(c.node(), m);
            total += m;
        }
        List<NodeProto> nodes = new ArrayList<>(plan.weighted);
        nodes.sort(Comparator.comparingLong((NodeProto n) -> macs.getOrDefault(n, 0L)).reversed());
        List<String> names = new ArrayList<>();
        for (NodeProto n : nodes) if (macs.getOrDefault(n, 0L) * 1000 >= total && !n.name().isEmpty()) names.add(n.name());
        return names;
    }

    /** The watched tensors of every sample, with the runtime's full optimizations (fused integer kernels). */
    static List<List<float[]>> outputs(ModelProto model, List<String> tensors, CalibrationData data, int threads)
            throws QuantizationException, CalibrationDataException {
        List<List<float[]>> out = new ArrayList<>();
        try (TensorTap tap = TensorTap.open(model, tensors, threads, "all")) {
            for (int i = 0; i < data.size(); i++) {
                float[][] row = new float[tensors.size()][];
                tap.run(data.sample(i), (name, shape, values) -> row[tensors.indexOf(name)] = values);
                out.add(java.util.Arrays.asList(row));
            }
        }
        return out;
    }

    /** The lowest SQNR over the watched tensors, signal and noise pooled over the samples. */
    static double worstSqnr(List<List<float[]>> reference, List<List<float[]>> quantized) {
        double worst = Double.POSITIVE_INFINITY;
        for (int t = 0; t < reference.get(0).size(); t++) {
            ErrorSums s = new ErrorSums();
            for (int i = 0; i < reference.size(); i++) s.add(reference.get(i).get(t), quantized.get(i).get(t));
            worst = Math.min(worst, s.sqnr());
        }
        return worst;
    }

    /** A copy of {@code model} that also outputs {@code tensors}, so that a budget can be set on inner tensors. */
    static ModelProto withOutputs(ModelProto model, List<String> tensors) {
        ModelProto copy = io.medli.onnx.proto.ProtoCopy.model(model);
        Set<String> have = new HashSet<>();
        for (ValueInfo v : copy.graph().outputs()) have.add(v.name());
        var types = io.medli.onnx.shape.ShapeInference.infer(copy);
        for (String t : tensors) {
            if (have.add(t)) copy.graph().outputs().add(new ValueInfo(t, types.type(t).withDims(null).toProto()));
        }
        return copy;
    }
}
