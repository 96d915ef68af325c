package io.medli.compress;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import ai.onnxruntime.OnnxTensor;
import io.medli.onnx.progress.Monitor;
import io.medli.onnx.cost.CostModel;
import io.medli.onnx.cost.ModelCost;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.ProtoCopy;
import io.medli.runtime.ModelRunException;
import io.medli.runtime.ModelRunner;
import io.medli.runtime.RunOptions;

/**
 * Structured channel pruning: removes whole output channels of Conv/Gemm/MatMul layers, and the
 * matching input channels of every consumer, so shapes, MACs and latency really drop.
 * <p>
 * Channels are tracked one by one: every channel of every activation is an element, and operators
 * that tie channels together join them (union-find) - element-wise activations, zero Pad, pooling,
 * Resize, batch norm and depthwise convolutions tie channel c of input and output; a residual Add
 * ties channel c of both inputs and the output; a Concat ties input channel c to output channel
 * offset + c. A group of tied channels is removed as a whole, which is what keeps a residual
 * network or a concatenating decoder consistent. A group is prunable when some layer produces it
 * and nothing pins it: graph inputs and outputs, reshapes and other operators that mix channels,
 * grouped convolutions, shared weights, excluded nodes.
 * <p>
 * Each group's importance is the L1 or L2 norm of its producing filters, each layer's norms divided
 * by their mean so layers of different scale compare. Within each set of groups that share tensors,
 * the least important {@code ratio} is removed, leaving at least one channel per tensor.
 */
public final class ChannelPruner {

    public enum Norm {
        L1, L2
    }

    /**
     * @param ratio share of each prunable set of channels to remove, in [0, 1)
     * @param norm filter norm that ranks channels
     * @param excludeNodes nodes whose channels stay as they are
     * @param multipleOf channels kept per set, rounded up to a multiple of this (8 suits the SIMD
     *        kernels of CPU runtimes: odd counts like 67 made M-LSD's int8 model slower, not faster)
     */
    public record Options(double ratio, Norm norm, Set<String> excludeNodes, int multipleOf) {
        public Options {
            if (!(ratio >= 0 && ratio < 1)) throw new IllegalArgumentException("ratio must be in [0, 1), not " + ratio);
            if (multipleOf < 1) throw new IllegalArgumentException("multipleOf must be at least 1, not " + multipleOf);
            excludeNodes = Set.copyOf(excludeNodes);
        }

        public static Options of(double ratio) {
            return new Options(ratio, Norm.L1, Set.of(), 8);
        }

        public Options withNorm(Norm n) {
            return new Options(ratio, n, excludeNodes, multipleOf);
        }

        public Options withExclude(Set<String> nodes) {
            return new Options(ratio, norm, nodes, multipleOf);
        }

        public Options withMultipleOf(int m) {
            return new Options(ratio, norm, excludeNodes, m);
        }
    }

    /** Lets the training bundle retrain a pruned model (it knows data and loss); the default does nothing. */
    @FunctionalInterface
    public interface FineTune {
        ModelProto fineTune(ModelProto pruned, Monitor monitor) throws PruningException;
    }

    /**
     * @param pruned one line per pruned tensor ("name: 96 -> 67 channels")
     * @param pinned why the channels of other layers stay (one line per reason and example)
     */
    public record Result(ModelProto model, List<String> pruned, List<String> pinned, long macsBefore, long macsAfter,
            long paramsBefore, long paramsAfter) {
    }

    static final Set<String> UNARY = Set.of("Relu", "LeakyRelu", "Clip", "Sigmoid", "Tanh", "HardSigmoid", "HardSwish", "Elu",
            "Selu", "Softplus", "Identity", "Dropout", "Neg", "Abs", "MaxPool", "AveragePool", "GlobalAveragePool", "GlobalMaxPool",
            "LpPool", "PRelu", "Erf", "Gelu", "Mish");
    static final Set<String> BINARY = Set.of("Add", "Sub", "Mul", "Div", "Max", "Min");

    private ChannelPruner() {
    }

    /** Prunes a copy of {@code model} (not modified); the result is checked by running it in ONNX Runtime. */
    public static Result prune(ModelProto model, Options options) throws PruningException {
        return prune(model, options, (m, mon) -> m, Monitor.NONE);
    }

    /** As {@link #prune(ModelProto, Options)}, then hands the pruned model to {@code fineTune}. */
    public static Result prune(ModelProto model, Options options, FineTune fineTune, Monitor monitor) throws PruningException {
        ModelProto copy = ProtoCopy.model(model);
        ChannelGraph graph;
        try {
            graph = new ChannelGraph(copy, options);
            graph.link();
        } catch (IOException e) {
            throw new PruningException("cannot read weights: " + e.getMessage());
        }
        monitor.checkCancelled();
        Map<String, int[]> keep = graph.choose(options);
        List<String> pruned = new ArrayList<>();
        for (Map.Entry<String, int[]> e : keep.entrySet()) {
            int before = graph.channels.get(e.getKey());
            if (e.getValue().length < before) pruned.add(e.getKey() + ": " + before + " -> " + e.getValue().length + " channels");
        }
        if (pruned.isEmpty()) {
            throw new PruningException("no channel can be pruned: " + (graph.reasons.isEmpty() ? "the ratio removes no channel"
                    : String.join("; ", graph.reasons.values())));
        }
        graph.apply(keep);
        ModelCost before = CostModel.analyze(model, Map.of()), after = CostModel.analyze(copy, Map.of());
        checkRuns(copy);
        ModelProto tuned = fineTune.fineTune(copy, monitor);
        if (tuned != copy) checkRuns(tuned);
        return new Result(tuned, List.copyOf(pruned), List.copyOf(graph.reasons.values()), before.macs(), after.macs(), before.params(),
                after.params());
    }

    /** The pruned graph must validate and run: a shape this pruner got wrong shows here, not on a device. */
    private static void checkRuns(ModelProto m) throws PruningException {
        for (String e : DynamicQuantizer.errors(m)) throw new PruningException("pruning produced an invalid model: " + e);
        try {
            try (ModelRunner r = ModelRunner.open(m, RunOptions.defaults().withThreads(1).withOpenSize(64))) {
                Map<String, OnnxTensor> feed = r.generateInputs();
                try {
                    r.run(feed).close();
                } finally {
                    feed.values().forEach(OnnxTensor::close);
                }
            }
        } catch (IOException | ModelRunException e) {
            throw new PruningException("the pruned model does not run in ONNX Runtime: " + e.getMessage());
        }
    }


    /** One line for a report: MACs and parameters before and after. */
    public static String summary(Result r) {
        return String.format(Locale.ROOT, "MACs %.3f G -> %.3f G (%.0f%%), parameters %.3f M -> %.3f M; %d tensors pruned",
                r.macsBefore() / 1e9, r.macsAfter() / 1e9, 100.0 * r.macsAfter() / Math.max(1, r.macsBefore()), r.paramsBefore() / 1e6,
                r.paramsAfter() / 1e6, r.pruned().size());
    }
}
