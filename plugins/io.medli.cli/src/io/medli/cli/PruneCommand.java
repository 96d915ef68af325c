package io.medli.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import io.medli.compress.ChannelPruner;
import io.medli.compress.MagnitudePruner;
import io.medli.compress.PruningException;
import io.medli.onnx.OnnxModel;
import io.medli.onnx.graph.GraphView;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code medli prune}: structured (channels) or unstructured (magnitude) pruning. */
@Command(name = "prune", header = "Remove channels (structured) or zero weights (unstructured).", mixinStandardHelpOptions = true, description = {
        "--channels R: structured pruning. The share R (0..1) of output channels with the smallest filter norms go, with the matching inputs "
                + "of every consumer, through batch norm, activations, depthwise convolutions, residual adds and concats; MACs and latency drop. "
                + "The outputs change a lot: retrain the pruned model ('medli distill --student-model').",
        "--sparsity S: unstructured magnitude pruning. The share S (0..1) of Conv/Gemm/MatMul weights with the smallest magnitude become 0 "
                + "(one threshold for all layers, or the same share per layer); smaller once compressed, not faster on a CPU." })
final class PruneCommand implements Callable<Integer> {
    static final class Mode {
        @Option(names = "--channels", paramLabel = "R", required = true, description = "share of output channels to remove")
        Double channels;
        @Option(names = "--sparsity", paramLabel = "S", required = true, description = "share of weights to set to zero")
        Double sparsity;
    }

    @Parameters(paramLabel = "MODEL", description = "an .onnx file (never modified)")
    Path model;
    @Option(names = "--out", paramLabel = "FILE", required = true, description = "the pruned model (written atomically)")
    Path out;
    @ArgGroup(exclusive = true, multiplicity = "1")
    Mode mode;
    @Option(names = "--norm", paramLabel = "NORM", description = "with --channels: filter norm, ${COMPLETION-CANDIDATES} (default l1)")
    ChannelPruner.Norm norm;
    @Option(names = "--per-layer", description = "with --sparsity: the same share in every layer instead of one threshold")
    boolean perLayer;
    @Option(names = "--exclude", paramLabel = "NODE", description = "leave this node whole (repeatable)")
    List<String> exclude = List.of();
    @Option(names = "--keep-before", paramLabel = "TENSOR", description = "with --channels: leave every layer that TENSOR depends on whole "
            + "(e.g. a pretrained encoder)")
    String keepBefore;

    private final Streams io;

    PruneCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        Path in = Checks.model(model);
        Path target = Checks.target(out, in);
        Set<String> excluded = new LinkedHashSet<>(exclude);
        if (mode.channels == null) {
            if (norm != null) throw new UsageException("--norm applies to --channels");
            if (keepBefore != null) throw new UsageException("--keep-before applies to --channels");
            return magnitude(in, target, Checks.share("--sparsity", mode.sparsity), excluded);
        }
        if (perLayer) throw new UsageException("--per-layer applies to --sparsity");
        double ratio = Checks.share("--channels", mode.channels);
        ModelProto proto = OnnxModel.read(in).proto();
        if (keepBefore != null) excluded.addAll(ancestors(proto, keepBefore));
        ChannelPruner.Result r;
        try (ConsoleMonitor monitor = new ConsoleMonitor(io.err())) {
            monitor.step("Pruning channels");
            r = ChannelPruner.prune(proto, ChannelPruner.Options.of(ratio).withNorm(norm == null ? ChannelPruner.Norm.L1 : norm).withExclude(excluded),
                    (m, mon) -> m, monitor);
            monitor.checkCancelled();
            OnnxModel.of(r.model()).write(target.toAbsolutePath());
        } catch (PruningException e) {
            throw new CommandFailure(e.getMessage());
        }
        io.out().printf(Locale.ROOT, "pruned channels; wrote %s (%s)%n", target, Units.mb(Files.size(target)));
        io.out().println(ChannelPruner.summary(r));
        io.out().println("the outputs change: fine-tune the pruned model before comparing or deploying it, e.g. on unlabelled images:");
        io.out().println("  medli distill --teacher " + in + " --student-model " + target + " --data IMAGES --out TUNED.onnx");
        if (!r.pinned().isEmpty()) {
            io.out().println("channels kept where:");
            r.pinned().forEach(p -> io.out().println("  " + p));
        }
        return 0;
    }

    private int magnitude(Path in, Path target, double sparsity, Set<String> excluded) throws Exception {
        MagnitudePruner.Result q;
        try (ConsoleMonitor monitor = new ConsoleMonitor(io.err())) {
            monitor.step("Pruning weights");
            q = MagnitudePruner.prune(OnnxModel.read(in).proto(), MagnitudePruner.Options.of(sparsity)
                    .withScope(perLayer ? MagnitudePruner.Scope.PER_LAYER : MagnitudePruner.Scope.GLOBAL).withExclude(excluded));
            monitor.checkCancelled();
            OnnxModel.of(q.model()).write(target.toAbsolutePath());
        } catch (PruningException e) {
            throw new CommandFailure(e.getMessage());
        }
        io.out().printf(Locale.ROOT, "pruned %d layers; wrote %s (%s)%n", q.layers().size(), target, Units.mb(Files.size(target)));
        q.notes().forEach(io.out()::println);
        q.layers().forEach(l -> io.out().println("  " + l));
        return 0;
    }

    /** Names of the nodes that {@code tensor} depends on. */
    private static Set<String> ancestors(ModelProto model, String tensor) throws UsageException {
        GraphView view = GraphView.of(model.graph());
        if (view.producer(tensor) == null) throw new UsageException("--keep-before: no node computes a tensor '" + tensor + "'");
        Set<String> names = new LinkedHashSet<>();
        for (NodeProto p : view.upstream(List.of(tensor), Set.of()).nodes()) names.add(p.name());
        return names;
    }
}
