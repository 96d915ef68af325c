package io.medli.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.medli.onnx.AtomicFiles;
import io.medli.store.Filter;
import io.medli.store.MeasurementRow;
import io.medli.store.MeasurementStore;
import io.medli.store.ResultsExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code medli results}: the stored measurements, filtered, as a table or exported. */
@Command(name = "results", header = "List the stored benchmark results (filter, export CSV or JSON).", mixinStandardHelpOptions = true, description = {
        "Every 'medli bench' (and the IDE's Edge Benchmark) is kept in the measurement store; newest first." })
final class ResultsCommand implements Callable<Integer> {
    @Option(names = "--board", paramLabel = "NAME", description = "only this board ('this machine' for local runs)")
    String board;
    @Option(names = "--model", paramLabel = "NAME|SHA", description = "only this model: its file name or the start of its SHA-256")
    String model;
    @Option(names = "--max-p50", paramLabel = "MS", description = "only p50 latencies up to this")
    Double maxP50;
    @Option(names = "--min-p50", paramLabel = "MS", description = "only p50 latencies from this")
    Double minP50;
    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "at most this many (default: ${DEFAULT-VALUE})")
    int limit;
    @Option(names = "--csv", paramLabel = "FILE", description = "write them as CSV")
    Path csv;
    @Option(names = "--json", paramLabel = "FILE", description = "write them as JSON")
    Path json;
    @Mixin
    StoreOptions store = new StoreOptions();

    private final Streams io;

    ResultsCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        List<MeasurementRow> rows;
        try (MeasurementStore s = store.open()) {
            rows = s.find(new Filter(board, model, maxP50, minP50, Checks.atLeast("--limit", limit, 1)));
        }
        PrintStream o = io.out();
        o.printf("%-20s %-16s %-28s %5s %7s %9s %9s %9s %10s%n", "measured (UTC)", "board", "model", "batch", "threads", "p50 ms", "p90 ms", "p99 ms", "items/s");
        for (MeasurementRow r : rows) {
            o.printf(Locale.ROOT, "%-20s %-16s %-28s %5d %7s %9.3f %9.3f %9.3f %10.1f%n", r.measuredAt().toString().substring(0, 19).replace('T', ' '), Units.cut(r.device(), 16),
                    Units.cut(r.model(), 28), r.batch(), r.threads() == 0 ? "default" : Integer.toString(r.threads()), r.p50Ms(), r.p90Ms(), r.p99Ms(), r.throughput());
        }
        if (rows.isEmpty()) io.err().println("no results in " + store.describe() + (board != null || model != null || maxP50 != null || minP50 != null ? " that pass the filter" : ""));
        if (csv != null) write(csv, ResultsExport.csv(rows));
        if (json != null) write(json, ResultsExport.json(rows));
        return 0;
    }

    private void write(Path file, String text) throws java.io.IOException {
        AtomicFiles.writeString(file, text);
        io.out().println("wrote " + file);
    }
}
