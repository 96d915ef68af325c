package io.medli.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import io.medli.compress.GraphOptimizer;
import io.medli.compress.QuantizationException;
import io.medli.onnx.OnnxModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code medli optimize}: ONNX Runtime's optimized graph, saved. */
@Command(name = "optimize", header = "Save ONNX Runtime's optimized graph.", mixinStandardHelpOptions = true, description = {
        "Save ONNX Runtime's optimized graph: constant folding, redundant nodes removed, fusions.",
        "basic keeps standard operators; extended adds ONNX Runtime's fused operators (the 'all' level is specific to the CPU it runs on and is "
                + "not saved)." })
final class OptimizeCommand implements Callable<Integer> {
    enum Level {
        basic, extended
    }

    @Parameters(paramLabel = "MODEL", description = "an .onnx file (never modified)")
    Path model;
    @Option(names = "--out", paramLabel = "FILE", required = true, description = "the optimized model (written atomically)")
    Path out;
    @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "basic", description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    Level level;

    private final Streams io;

    OptimizeCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        Path in = Checks.model(model);
        Path target = Checks.target(out, in);
        GraphOptimizer.Result r;
        try (ConsoleMonitor monitor = new ConsoleMonitor(io.err())) {
            monitor.step("Optimizing in ONNX Runtime at the " + level + " level");
            r = GraphOptimizer.optimize(OnnxModel.read(in).proto(), level == Level.basic ? GraphOptimizer.Level.BASIC : GraphOptimizer.Level.EXTENDED);
            monitor.checkCancelled();
            OnnxModel.of(r.model()).write(target.toAbsolutePath());
        } catch (QuantizationException e) {
            throw new CommandFailure(e.getMessage());
        }
        int before = r.opsBefore().values().stream().mapToInt(Integer::intValue).sum();
        int after = r.opsAfter().values().stream().mapToInt(Integer::intValue).sum();
        io.out().printf(Locale.ROOT, "%d nodes -> %d; wrote %s (%s)%n", before, after, target, Units.mb(Files.size(target)));
        r.notes().forEach(io.out()::println);
        Set<String> ops = new TreeSet<>(r.opsBefore().keySet());
        ops.addAll(r.opsAfter().keySet());
        for (String op : ops) {
            int b = r.opsBefore().getOrDefault(op, 0), c = r.opsAfter().getOrDefault(op, 0);
            if (b != c) io.out().printf(Locale.ROOT, "  %-28s %4d -> %d%n", op, b, c);
        }
        return 0;
    }
}
