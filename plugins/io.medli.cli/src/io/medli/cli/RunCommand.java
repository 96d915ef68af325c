package io.medli.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import ai.onnxruntime.OnnxTensor;
import io.medli.onnx.proto.DataType;
import io.medli.runtime.InputSpec;
import io.medli.runtime.LatencyStats;
import io.medli.runtime.ModelRunner;
import io.medli.runtime.NodeTiming;
import io.medli.runtime.RunOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code medli run}: the model in ONNX Runtime on generated inputs, optionally timed or profiled. */
@Command(name = "run", header = "Run in ONNX Runtime on generated inputs; time it or profile it.", mixinStandardHelpOptions = true, description = {
        "Run a model in ONNX Runtime on generated inputs (seeded random values).",
        "--bench prints latency percentiles, --profile the time per node." })
final class RunCommand implements Callable<Integer> {
    enum Optimization {
        none, basic, extended, all
    }

    @Parameters(paramLabel = "MODEL", description = "an .onnx file")
    Path model;
    @Option(names = "--bench", description = "time repeated runs")
    boolean bench;
    @Option(names = "--profile", description = "time each node (ONNX Runtime's profiler)")
    boolean profile;
    @Option(names = "--warmup", paramLabel = "N", description = "untimed runs first (default ${DEFAULT-VALUE})", defaultValue = "5")
    int warmup;
    @Option(names = "--iterations", paramLabel = "N", description = "timed runs (default 50 with --bench, else 1)")
    Integer iterations;
    @Option(names = "--threads", paramLabel = "N", description = "ONNX Runtime's threads (default: its own choice)", defaultValue = "0")
    int threads;
    @Option(names = "--optimization", paramLabel = "LEVEL", description = "graph optimizations: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})",
            defaultValue = "all")
    Optimization optimization;
    @Option(names = "--top", paramLabel = "N", description = "with --profile: the N slowest nodes (default ${DEFAULT-VALUE}; 0 lists all)",
            defaultValue = "30")
    int top;
    @Mixin
    SizeOptions sizes;

    private final Streams io;

    RunCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        Path p = Checks.model(model);
        Checks.atLeast("--warmup", warmup, 0);
        Checks.atLeast("--threads", threads, 0);
        Checks.atLeast("--top", top, 0);
        int runs = Checks.atLeast("--iterations", iterations != null ? iterations : bench ? 50 : 1, 1);
        RunOptions options = sizes.applyTo(RunOptions.defaults().withThreads(threads).withOptimization(optimization.name()));
        try (ModelRunner runner = ModelRunner.open(p, options); ConsoleMonitor monitor = new ConsoleMonitor(io.err())) {
            List<InputSpec> inputs = runner.inputs();
            Map<String, OnnxTensor> feed = runner.generateInputs();
            try {
                for (InputSpec in : inputs) {
                    io.out().println("input  " + in.name() + " " + DataType.name(in.type())
                            + Arrays.toString(in.shapeFor(options)) + " (generated, seed " + options.seed() + ")");
                }
                try (var result = runner.run(feed)) {
                    for (var e : result) {
                        String shape = e.getValue().getInfo() instanceof ai.onnxruntime.TensorInfo ti ? Arrays.toString(ti.getShape())
                                : e.getValue().getInfo().toString();
                        io.out().println("output " + e.getKey() + " " + shape);
                    }
                }
                if (bench) {
                    monitor.step(String.format(Locale.ROOT, "Timing %d runs after %d warm-up", runs, warmup));
                    LatencyStats s;
                    try {
                        s = runner.benchmark(feed, warmup, runs, monitor::cancelled);
                    } catch (io.medli.runtime.ModelRunException e) {
                        monitor.checkCancelled(); // stopped before the first timed run
                        throw e;
                    }
                    monitor.checkCancelled();
                    io.out().printf(Locale.ROOT, "latency over %d runs (after %d warm-up): p50 %.3f ms  p90 %.3f ms  p99 %.3f ms"
                            + "  mean %.3f ms  min %.3f ms  max %.3f ms%n", s.iterations(), s.warmup(), s.p50Ms(), s.p90Ms(), s.p99Ms(),
                            s.meanMs(), s.minMs(), s.maxMs());
                    io.out().printf(Locale.ROOT, "throughput %.1f inferences/s%n", s.throughputPerSecond());
                }
                if (profile) {
                    List<NodeTiming> t = runner.profile(feed, Math.max(1, Math.min(runs, 20)));
                    long total = t.stream().mapToLong(NodeTiming::totalMicros).sum();
                    io.out().printf("%-50s %-20s %12s %7s%n", "node", "op", "mean us", "share");
                    for (NodeTiming n : t.subList(0, top == 0 ? t.size() : Math.min(top, t.size()))) {
                        io.out().printf(Locale.ROOT, "%-50s %-20s %12.1f %6.1f%%%n", clip(n.nodeName(), 50), n.opType(), n.meanMicros(),
                                share(n.totalMicros(), total));
                    }
                    printByOpType(t, total);
                }
            } finally {
                feed.values().forEach(OnnxTensor::close);
            }
        }
        return 0;
    }

    /** Where the time goes by kind of kernel: the question after "which node", e.g. how much runs outside int8. */
    private void printByOpType(List<NodeTiming> timings, long total) {
        Map<String, long[]> byOp = new java.util.LinkedHashMap<>(); // op -> {nodes, total us, mean us}
        for (NodeTiming n : timings) {
            long[] a = byOp.computeIfAbsent(n.opType(), k -> new long[3]);
            a[0]++;
            a[1] += n.totalMicros();
            a[2] += Math.round(n.meanMicros());
        }
        io.out().printf("%n%-30s %6s %12s %7s%n", "op (executed kernel)", "nodes", "mean us", "share");
        byOp.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue()[1], x.getValue()[1]))
                .forEach(e -> io.out().printf(Locale.ROOT, "%-30s %6d %12d %6.1f%%%n", e.getKey(), e.getValue()[0], e.getValue()[2],
                        share(e.getValue()[1], total)));
        io.out().printf(Locale.ROOT, "%-30s %6d %12d%n", "total", timings.size(), timings.stream().mapToLong(n -> Math.round(n.meanMicros())).sum());
    }

    private static double share(long part, long total) {
        return total == 0 ? 0 : 100.0 * part / total;
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : "..." + s.substring(s.length() - n + 3);
    }
}
