package io.medli.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import ai.onnxruntime.OnnxTensor;
import io.medli.compress.ChannelPruner;
import io.medli.compress.GraphOptimizer;
import io.medli.compress.MagnitudePruner;
import io.medli.compress.QuantizedModel;
import io.medli.compress.QuantizationException;
import io.medli.onnx.OnnxFormatException;
import io.medli.onnx.OnnxModel;
import io.medli.runtime.InputSpec;
import io.medli.runtime.LatencyStats;
import io.medli.runtime.ModelRunException;
import io.medli.runtime.ModelRunner;
import io.medli.runtime.NodeTiming;
import io.medli.runtime.RunOptions;

/**
 * {@code medli}: the headless commands. Exit codes: 0 success, 1 bad input (the model, a file),
 * 2 a wrong command line. Errors are one line on stderr.
 */
public final class Main {
    static final String USAGE = """
            usage: medli <command> [options]

            commands:
              inspect MODEL [--nodes] [--json] [--dim NAME=VALUE]...
                    IR/opset/producer, inputs and outputs, operators, parameters, MACs,
                    weight and peak activation memory; --nodes adds a per-node table
              check MODEL
                    validate the model (structure, names, types, opsets)
              run MODEL [--bench] [--profile] [--warmup N] [--iterations N] [--threads N]
                        [--dim NAME=VALUE]... [--optimization none|basic|extended|all]
                    run in ONNX Runtime on generated inputs; --bench prints latency
                    percentiles, --profile the time per node
            """ + QuantizeCommand.USAGE + """
              prune MODEL --out FILE --channels R [--norm l1|l2] [--exclude NODE]...
                    [--keep-before TENSOR]
                    structured pruning: the share R (0..1) of output channels with the
                    smallest filter norms go, with the matching inputs of every consumer,
                    through batch norm, activations, depthwise convolutions, residual adds
                    and concats; MACs and latency drop. --keep-before leaves every layer
                    that TENSOR depends on whole (e.g. a pretrained encoder). Without
                    fine-tuning the outputs change a lot: retrain the pruned model
                    ('medli distill --student-model')
              prune MODEL --out FILE --sparsity S [--per-layer] [--exclude NODE]...
                    unstructured magnitude pruning: the share S (0..1) of Conv/Gemm/MatMul
                    weights with the smallest magnitude become 0 (one threshold for all
                    layers, or the same share per layer); smaller once compressed, not
                    faster on a CPU
              optimize MODEL --out FILE [--level basic|extended]
                    save ONNX Runtime's optimized graph (constant folding, redundant
                    nodes removed, fusions); basic (default) keeps standard operators,
                    extended adds ONNX Runtime's fused operators
            """ + CompareCommand.USAGE + TrainCommand.USAGE + """
              ide [--workspace DIR]
                    start the MEDLI Studio IDE (handled by the medli script)
            """;

    private final PrintStream out;
    private final PrintStream err;

    public Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new Main(System.out, System.err).run(args));
    }

    /** Runs one command; returns the exit code. */
    public int run(String[] args) {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
            out.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        try {
            return switch (args[0]) {
                case "inspect" -> inspect(Args.parse(args, 1, Set.of("--nodes", "--json"), Set.of()));
                case "check" -> check(Args.parse(args, 1, Set.of(), Set.of()));
                case "quantize" -> new QuantizeCommand(out, err).run(args);
                case "prune" -> prune(args);
                case "compare" -> new CompareCommand(out, err).run(args);
                case "train" -> new TrainCommand(out, err).run(args, io.medli.train.TrainingSpec.TRAIN);
                case "distill" -> new TrainCommand(out, err).run(args, io.medli.train.TrainingSpec.DISTILL);
                case "finetune" -> new TrainCommand(out, err).run(args, io.medli.train.TrainingSpec.FINETUNE);
                case "students" -> new TrainCommand(out, err).students();
                case "evaluate" -> new TrainCommand(out, err).evaluate(args);
                case "optimize" -> optimize(Args.parse(args, 1, Set.of(), Set.of("--out", "--level")));
                case "run" -> runModel(Args.parse(args, 1, Set.of("--bench", "--profile"),
                        Set.of("--warmup", "--iterations", "--threads", "--optimization")));
                default -> throw new UsageException("unknown command '" + args[0] + "'; try 'medli help'");
            };
        } catch (UsageException e) {
            err.println("medli: " + e.getMessage());
            return 2;
        } catch (OnnxFormatException e) {
            err.println("medli: " + e.getMessage());
            return 1;
        } catch (NoSuchFileException e) {
            err.println("medli: " + e.getFile() + ": no such file");
            return 1;
        } catch (AccessDeniedException e) {
            err.println("medli: " + e.getFile() + ": permission denied");
            return 1;
        } catch (IOException | ModelRunException e) {
            err.println("medli: " + e.getMessage());
            return 1;
        } catch (OutOfMemoryError e) {
            err.println("medli: out of memory; bind symbolic dimensions to smaller values or raise -Xmx");
            return 1;
        }
    }

    private static Path model(Args a) throws UsageException, IOException {
        Path p = Path.of(a.onlyPositional("MODEL (an .onnx file)"));
        if (!Files.exists(p)) throw new NoSuchFileException(p.toString());
        return p;
    }

    private int inspect(Args a) throws UsageException, IOException {
        ModelReport r = ModelReport.of(model(a), a.dims);
        out.print(a.has("--json") ? r.json(a.has("--nodes")) : r.text(a.has("--nodes")));
        return 0;
    }

    private int prune(String[] argv) throws UsageException, IOException {
        Args a = Args.parse(argv, 1, Set.of("--per-layer"), Set.of("--out", "--sparsity", "--channels", "--norm", "--keep-before"),
                Set.of("--exclude"));
        Set<String> exclude = new java.util.LinkedHashSet<>(a.all("--exclude"));
        Path in = model(a);
        if (a.values.containsKey("--keep-before")) {
            if (!a.values.containsKey("--channels")) throw new UsageException("--keep-before applies to --channels");
            exclude.addAll(ancestors(OnnxModel.read(in).proto(), a.values.get("--keep-before")));
        }
        Path target = QuantizeCommand.target(a, in);
        if (a.values.containsKey("--channels") == a.values.containsKey("--sparsity")) {
            throw new UsageException("prune needs either --channels R (structured: the share of channels to remove) or "
                    + "--sparsity S (unstructured: the share of weights to zero)");
        }
        if (a.values.containsKey("--channels")) return pruneChannels(a, in, target, share(a, "--channels"), exclude);
        if (a.values.containsKey("--norm")) throw new UsageException("--norm applies to --channels");
        double sparsity = share(a, "--sparsity");
        QuantizedModel q;
        try {
            q = MagnitudePruner.prune(OnnxModel.read(in).proto(), MagnitudePruner.Options.of(sparsity)
                    .withScope(a.has("--per-layer") ? MagnitudePruner.Scope.PER_LAYER : MagnitudePruner.Scope.GLOBAL)
                    .withExclude(exclude));
        } catch (QuantizationException e) {
            err.println("medli: " + e.getMessage());
            return 1;
        }
        OnnxModel.of(q.model()).write(target.toAbsolutePath());
        out.printf(Locale.ROOT, "pruned %d layers; wrote %s (%s)%n", q.report().quantized().size(), target, Units.mb(Files.size(target)));
        q.report().notes().forEach(out::println);
        q.report().quantized().forEach(l -> out.println("  " + l));
        return 0;
    }

    /** Names of the nodes that {@code tensor} depends on. */
    private static Set<String> ancestors(io.medli.onnx.proto.ModelProto model, String tensor) throws UsageException {
        io.medli.onnx.graph.GraphView view = io.medli.onnx.graph.GraphView.of(model.graph());
        if (view.producer(tensor) == null) throw new UsageException("--keep-before: no node computes a tensor '" + tensor + "'");
        Set<String> names = new java.util.LinkedHashSet<>();
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(List.of(tensor));
        Set<String> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            io.medli.onnx.proto.NodeProto p = view.producer(todo.pop());
            if (p == null || !seen.add(p.name() + "\u0000" + p.outputs())) continue;
            names.add(p.name());
            todo.addAll(view.allInputs(p));
        }
        return names;
    }

    private int pruneChannels(Args a, Path in, Path target, double ratio, Set<String> exclude) throws UsageException, IOException {
        String norm = a.values.getOrDefault("--norm", "l1");
        if (!norm.equals("l1") && !norm.equals("l2")) throw new UsageException("--norm is l1 or l2, not '" + norm + "'");
        if (a.has("--per-layer")) throw new UsageException("--per-layer applies to --sparsity");
        ChannelPruner.Result r;
        try {
            r = ChannelPruner.prune(OnnxModel.read(in).proto(), ChannelPruner.Options.of(ratio)
                    .withNorm(norm.equals("l1") ? ChannelPruner.Norm.L1 : ChannelPruner.Norm.L2).withExclude(exclude));
        } catch (QuantizationException e) {
            err.println("medli: " + e.getMessage());
            return 1;
        }
        OnnxModel.of(r.model()).write(target.toAbsolutePath());
        out.printf(Locale.ROOT, "pruned channels; wrote %s (%s)%n", target, Units.mb(Files.size(target)));
        out.println(ChannelPruner.summary(r));
        out.println("the outputs change: fine-tune the pruned model before comparing or deploying it, e.g. on unlabelled images:");
        out.println("  medli distill --teacher " + in + " --student-model " + target + " --data IMAGES --out TUNED.onnx");
        if (!r.pinned().isEmpty()) {
            out.println("channels kept where:");
            r.pinned().forEach(p -> out.println("  " + p));
        }
        return 0;
    }

    private static double share(Args a, String option) throws UsageException {
        String s = a.values.get(option);
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a number between 0 and 1, not '" + s + "'");
        }
        if (!(v >= 0 && v < 1)) throw new UsageException(option + " must be at least 0 and below 1, not " + s);
        return v;
    }

    private int optimize(Args a) throws UsageException, IOException {
        Path in = model(a);
        Path target = QuantizeCommand.target(a, in);
        String level = a.values.getOrDefault("--level", "basic");
        if (!level.equals("basic") && !level.equals("extended")) {
            throw new UsageException("--level is basic or extended, not '" + level + "' (the 'all' level is specific to the CPU "
                    + "it runs on and is not saved)");
        }
        GraphOptimizer.Result r;
        try {
            r = GraphOptimizer.optimize(OnnxModel.read(in).proto(),
                    level.equals("basic") ? GraphOptimizer.Level.BASIC : GraphOptimizer.Level.EXTENDED);
        } catch (QuantizationException e) {
            err.println("medli: " + e.getMessage());
            return 1;
        }
        OnnxModel.of(r.model()).write(target.toAbsolutePath());
        int before = r.opsBefore().values().stream().mapToInt(Integer::intValue).sum();
        int after = r.opsAfter().values().stream().mapToInt(Integer::intValue).sum();
        out.printf(Locale.ROOT, "%d nodes -> %d; wrote %s (%s)%n", before, after, target, Units.mb(Files.size(target)));
        r.notes().forEach(out::println);
        java.util.Set<String> ops = new java.util.TreeSet<>(r.opsBefore().keySet());
        ops.addAll(r.opsAfter().keySet());
        for (String op : ops) {
            int b = r.opsBefore().getOrDefault(op, 0), c = r.opsAfter().getOrDefault(op, 0);
            if (b != c) out.printf(Locale.ROOT, "  %-28s %4d -> %d%n", op, b, c);
        }
        return 0;
    }

    private int check(Args a) throws UsageException, IOException {
        Path p = model(a);
        List<String> problems = ModelReport.problems(p);
        if (problems.isEmpty()) {
            out.println(p.getFileName() + ": no problems found");
            return 0;
        }
        problems.forEach(out::println);
        return problems.stream().anyMatch(s -> s.startsWith("error")) ? 1 : 0;
    }

    private int runModel(Args a) throws UsageException, IOException, ModelRunException {
        Path p = model(a);
        String opt = a.values.getOrDefault("--optimization", "all");
        if (!Set.of("none", "basic", "extended", "all").contains(opt)) {
            throw new UsageException("--optimization must be none, basic, extended or all");
        }
        RunOptions options = RunOptions.defaults().withThreads(a.intValue("--threads", 0, 0)).withDims(a.dims)
                .withOptimization(opt);
        int warmup = a.intValue("--warmup", 5, 0);
        int iterations = a.intValue("--iterations", a.has("--bench") ? 50 : 1, 1);
        try (ModelRunner runner = ModelRunner.open(p, options)) {
            List<InputSpec> inputs = runner.inputs();
            Map<String, OnnxTensor> feed = runner.generateInputs();
            try {
                for (InputSpec in : inputs) {
                    out.println("input  " + in.name() + " " + io.medli.onnx.proto.DataType.name(in.type())
                            + java.util.Arrays.toString(in.concreteShape(options.dims())) + " (generated, seed " + options.seed() + ")");
                }
                try (var result = runner.run(feed)) {
                    for (var e : result) {
                        String shape = e.getValue().getInfo() instanceof ai.onnxruntime.TensorInfo ti
                                ? java.util.Arrays.toString(ti.getShape()) : e.getValue().getInfo().toString();
                        out.println("output " + e.getKey() + " " + shape);
                    }
                }
                if (a.has("--bench")) {
                    LatencyStats s = runner.benchmark(feed, warmup, iterations, () -> false);
                    out.printf(Locale.ROOT, "latency over %d runs (after %d warm-up): p50 %.3f ms  p90 %.3f ms  p99 %.3f ms"
                            + "  mean %.3f ms  min %.3f ms  max %.3f ms%n", s.iterations(), s.warmup(), s.p50Ms(), s.p90Ms(),
                            s.p99Ms(), s.meanMs(), s.minMs(), s.maxMs());
                    out.printf(Locale.ROOT, "throughput %.1f inferences/s%n", s.throughputPerSecond());
                }
                if (a.has("--profile")) {
                    List<NodeTiming> t = runner.profile(feed, Math.max(1, Math.min(iterations, 20)));
                    long total = t.stream().mapToLong(NodeTiming::totalMicros).sum();
                    out.printf("%-50s %-20s %12s %7s%n", "node", "op", "mean us", "share");
                    for (NodeTiming n : t.subList(0, Math.min(30, t.size()))) {
                        out.printf(Locale.ROOT, "%-50s %-20s %12.1f %6.1f%%%n", clip(n.nodeName(), 50), n.opType(),
                                n.meanMicros(), total == 0 ? 0 : 100.0 * n.totalMicros() / total);
                    }
                }
            } finally {
                feed.values().forEach(OnnxTensor::close);
            }
        }
        return 0;
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : "..." + s.substring(s.length() - n + 3);
    }
}
