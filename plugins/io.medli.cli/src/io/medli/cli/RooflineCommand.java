package io.medli.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import ai.onnxruntime.OnnxTensor;
import io.medli.decide.roofline.PeakProbe;
import io.medli.decide.roofline.Peaks;
import io.medli.decide.roofline.Roofline;
import io.medli.onnx.OnnxModel;
import io.medli.onnx.proto.ModelProto;
import io.medli.runtime.ModelRunner;
import io.medli.runtime.NodeProfiler;
import io.medli.runtime.NodeTiming;
import io.medli.runtime.RunOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code medli roofline MODEL}: this machine's peaks, the model's floor on them, and how close ONNX Runtime comes. */
@Command(name = "roofline", header = "How close a model runs to this machine's roof.", mixinStandardHelpOptions = true, description = {
        "Measures this machine's peaks through ONNX Runtime (float and int8 matrix products, memory bandwidth), computes the model's "
                + "floor on them - per node the larger of its arithmetic at the peak and its memory traffic at the bandwidth, summed - and "
                + "times the model: the floor as a share of the measured time is its efficiency. Nodes are profiled too, furthest from "
                + "their floor first." })
final class RooflineCommand implements Callable<Integer> {
    @Parameters(paramLabel = "MODEL", description = "an .onnx file")
    Path model;
    @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "intra-op threads, for the peaks and the model (default: ONNX Runtime's)")
    int threads;
    @Option(names = "--iterations", paramLabel = "N", defaultValue = "50", description = "timed runs of the model (default: ${DEFAULT-VALUE})")
    int iterations;
    @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "nodes to list (default: ${DEFAULT-VALUE}; 0: none, no profiling)")
    int top;
    @Mixin
    SizeOptions sizes = new SizeOptions();

    private final Streams io;

    RooflineCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        Path p = Checks.model(model);
        Checks.atLeast("--threads", threads, 0);
        Checks.atLeast("--iterations", iterations, 1);
        Checks.atLeast("--top", top, 0);
        Map<String, Long> dims = sizes.dims();
        PrintStream o = io.out();
        io.err().println("measuring this machine's peaks (a few seconds)");
        Peaks peaks = PeakProbe.measure(threads, () -> Thread.currentThread().isInterrupted());
        ModelProto m = OnnxModel.read(p).proto();
        RunOptions options = sizes.applyTo(RunOptions.defaults().withThreads(threads));
        double measured;
        try (ModelRunner runner = ModelRunner.open(p, options)) {
            Map<String, OnnxTensor> feed = runner.generateInputs();
            try {
                long[] ns = runner.time(List.of(feed), 5, iterations, 0, () -> Thread.currentThread().isInterrupted());
                java.util.Arrays.sort(ns);
                measured = ns[ns.length / 2] / 1e9;
            } finally {
                feed.values().forEach(OnnxTensor::close);
            }
        }
        // the peaks once more after the model, the higher of each kept: a core busy for a moment (the JVM compiling at
        // start-up) would otherwise lower a peak and raise the floor
        peaks = peaks.max(PeakProbe.measure(threads, () -> Thread.currentThread().isInterrupted()));
        o.printf(Locale.ROOT, "peaks: float %.1f GFLOP/s, int8 %.1f GOP/s, memory %.1f GB/s (%s)%n", peaks.floatOpsPerSecond() / 1e9,
                peaks.int8OpsPerSecond() / 1e9, peaks.bytesPerSecond() / 1e9, peaks.source());
        Roofline.Result r = Roofline.of(m, dims, peaks);
        long int8Ops = r.nodes().stream().filter(n -> n.precision() == Peaks.Precision.INT8).mapToLong(Roofline.Node::ops).sum();
        long ops = r.nodes().stream().mapToLong(Roofline.Node::ops).sum();
        long bytes = r.nodes().stream().mapToLong(n -> Math.max(0, n.bytes())).sum();
        o.printf(Locale.ROOT, "%s: %.3f GOP (int8 %.3f), %.1f MB moved; floor %.3f ms (arithmetic %.3f ms, memory %.3f ms)%s%n", p.getFileName(), ops / 1e9,
                int8Ops / 1e9, bytes / 1e6, r.floorSeconds() * 1e3, r.computeSeconds() * 1e3, r.memorySeconds() * 1e3,
                r.unknownSizes() > 0 ? " - " + r.unknownSizes() + " node(s) of unknown size left out of the memory floor; bind sizes with --dim" : "");
        o.printf(Locale.ROOT, "measured: p50 %.3f ms over %d runs; the floor is %.1f %% of it%n", measured * 1e3, iterations, 100 * r.efficiency(measured));
        if (r.efficiency(measured) > 1) {
            io.err().println("the floor is above the measured time, which cannot be: a peak was measured low (was the machine busy?); run again");
        }
        if (top > 0) nodes(r, m, options, o);
        return 0;
    }

    /** Nodes by the time they lose against their floor, from a profile with basic optimizations (which keep the node names). */
    private void nodes(Roofline.Result r, ModelProto m, RunOptions options, PrintStream o) throws Exception {
        Map<String, NodeTiming> timing = new HashMap<>();
        for (NodeTiming t : NodeProfiler.profile(m, options, 10)) timing.put(t.nodeName(), t);
        record Row(Roofline.Node node, double measured) {
        }
        List<Row> rows = new ArrayList<>();
        for (Roofline.Node n : r.nodes()) {
            NodeTiming t = timing.get(n.name());
            if (t != null) rows.add(new Row(n, t.meanMicros() / 1e6));
        }
        rows.sort(Comparator.comparingDouble((Row x) -> x.node().floorSeconds() - x.measured()));
        o.println("nodes furthest from their floor (profiled with basic optimizations: QDQ pairs stay unfused there):");
        o.printf(Locale.ROOT, "%-40s %-14s %-5s %10s %10s %8s %s%n", "node", "op", "prec", "floor ms", "measured", "of floor", "bound");
        for (Row x : rows.subList(0, Math.min(top, rows.size()))) {
            Roofline.Node n = x.node();
            o.printf(Locale.ROOT, "%-40s %-14s %-5s %10.4f %10.4f %7.1f%% %s%n", Units.cut(n.name(), 40), n.opType(),
                    n.precision() == Peaks.Precision.INT8 ? "int8" : "float", n.floorSeconds() * 1e3, x.measured() * 1e3, 100 * n.floorSeconds() / x.measured(),
                    n.memoryBound() ? "memory" : "arithmetic");
        }
    }
}
