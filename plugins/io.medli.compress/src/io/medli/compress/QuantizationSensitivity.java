package io.medli.compress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.medli.compress.data.CalibrationData;
import io.medli.compress.data.CalibrationDataException;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.ValueInfo;
import io.medli.onnx.progress.Monitor;

/**
 * Mixed precision by sensitivity: what int8 costs the outputs one node at a time (that node, with
 * its inputs, weights and output rounded, everything else in float), measured on the data. In
 * re-parameterized networks a few nodes cost more on their own than the whole budget allows -
 * PP-OCRv4 det's stem at 320x320, whose tensors hold rare values far beyond the rest, and a
 * pointwise convolution whose weights round to nothing - and the search that removes the noisiest
 * nodes of the fully quantized model takes dozens of cheap nodes out before it reaches them, because
 * their noise shows downstream as everyone's noise. Leaving the nodes that alone break the budget in
 * float first, then searching, keeps the rest in int8.
 */
public final class QuantizationSensitivity {
    /** Headroom over the budget below which a node alone is left in float before the search. */
    public static final double MARGIN_DB = 3;

    /**
     * @param node the node quantized alone
     * @param outputSqnr the worst budget-tensor SQNR with only that node in int8 (dB)
     */
    public record NodeSensitivity(String node, double outputSqnr) {
    }

    private QuantizationSensitivity() {
    }

    /**
     * The sensitivity of every node that {@code options} would quantize, most sensitive first.
     *
     * @param budgetTensors tensors the SQNR is measured on; empty means the model outputs
     */
    public static List<NodeSensitivity> measure(ModelProto model, StaticQuantizer.Calibration calibration, StaticQuantizer.Options options,
            CalibrationData data, List<String> budgetTensors, Monitor monitor) throws QuantizationException, CalibrationDataException {
        // one node alone in int8 means every other node in float with float weights: int8 weights kept in the float nodes
        // would put the whole model's weight noise into every node's figure
        options = options.withInt8WeightsInFloat(false);
        ModelProto target = budgetTensors.isEmpty() ? model : QuantizationDebugger.withOutputs(model, budgetTensors);
        List<String> watched = new ArrayList<>(budgetTensors);
        if (watched.isEmpty()) for (ValueInfo v : model.graph().outputs()) watched.add(v.name());
        Set<String> names = new java.util.HashSet<>();
        target.graph().nodes().forEach(n -> names.add(n.name()));
        // the report also lists what was folded into a neighbour's range: only the nodes themselves can be quantized alone
        List<String> nodes = StaticQuantizer.quantize(target, calibration, options).report().quantized().stream()
                .filter(names::contains).toList();
        List<List<float[]>> reference = QuantizationDebugger.outputs(target, watched, data, options.threads());
        List<NodeSensitivity> rows = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            monitor.checkCancelled();
            monitor.progress("Sensitivity of " + nodes.get(i), i, nodes.size());
            QuantizedModel q = StaticQuantizer.quantize(target, calibration,
                    options.withInclude(Set.of(nodes.get(i))).withIncludeConnecting(false));
            double sqnr = QuantizationDebugger.worstSqnr(reference, QuantizationDebugger.outputs(q.model(), watched, data, options.threads()));
            rows.add(new NodeSensitivity(nodes.get(i), sqnr));
        }
        rows.sort(Comparator.comparingDouble(NodeSensitivity::outputSqnr));
        return List.copyOf(rows);
    }

    /**
     * Leaves in float every node whose int8 alone keeps less than {@code minSqnrDb} +
     * {@link #MARGIN_DB} on the budget tensors, then leaves the noisiest of the rest in float
     * ({@link QuantizationDebugger#meetBudget}) until the budget holds.
     *
     * @return the result of the search, its excluded nodes the sensitive ones first
     */
    public static QuantizationDebugger.BudgetResult meetBudget(ModelProto model, StaticQuantizer.Calibration calibration,
            StaticQuantizer.Options options, CalibrationData data, double minSqnrDb, List<String> budgetTensors, Monitor monitor)
            throws QuantizationException, CalibrationDataException {
        Set<String> sensitive = new LinkedHashSet<>();
        for (NodeSensitivity s : measure(model, calibration, options, data, budgetTensors, monitor)) {
            if (s.outputSqnr() < minSqnrDb + MARGIN_DB) sensitive.add(s.node());
        }
        Set<String> excluded = new LinkedHashSet<>(options.excludeNodes());
        excluded.addAll(sensitive);
        QuantizationDebugger.BudgetResult r = QuantizationDebugger.meetBudget(model, calibration,
                options.withExclude(excluded, options.excludeOps()), data, minSqnrDb, budgetTensors, 200, monitor);
        List<String> all = new ArrayList<>(sensitive);
        all.addAll(r.excluded());
        return new QuantizationDebugger.BudgetResult(r.model(), List.copyOf(all), r.outputSqnr(), r.met(), r.last());
    }
}
