package io.medli.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.medli.onnx.AtomicFiles;
import io.medli.onnx.OnnxModel;
import io.medli.onnx.cost.CostModel;
import io.medli.onnx.cost.ModelCost;
import io.medli.onnx.progress.Monitor;
import io.medli.onnx.proto.ModelProto;
import io.medli.store.MeasurementStore;
import io.medli.store.ModelDatabase;
import io.medli.store.ResultsExport;
import io.medli.store.StoreException;
import io.medli.train.OnnxClassifier;
import io.medli.train.data.DataException;
import io.medli.train.data.Dataset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code medli modeldb list|import|export}: the database of small architectures and their measurements. */
final class ModelDbCommand {
    private ModelDbCommand() {
    }

    static CommandLine create(Streams io) {
        CommandLine cl = new CommandLine(new Root());
        cl.addSubcommand("list", new ListRows(io));
        cl.addSubcommand("add", new Add(io));
        cl.addSubcommand("import", new Import(io));
        cl.addSubcommand("export", new Export(io));
        return cl;
    }

    @Command(name = "modeldb", header = "The database of small architectures measured per device.", mixinStandardHelpOptions = true, description = {
            "Architectures (task, parameters, operations, weights) and their models (number format, accuracy on a named data set, each figure "
                    + "with its source), joined to every benchmark of those models kept in the measurement store." })
    static final class Root implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: list, add, import or export");
        }
    }

    @Command(name = "list", header = "Measured models by architecture, fastest first (filter, export CSV).", mixinStandardHelpOptions = true)
    static final class ListRows implements Callable<Integer> {
        @Option(names = "--task", paramLabel = "TASK", description = "only this task, e.g. 'image classification'")
        String task;
        @Option(names = "--board", paramLabel = "NAME", description = "only this board ('this machine' for local runs)")
        String board;
        @Option(names = "--max-p50", paramLabel = "MS", description = "only p50 latencies up to this")
        Double maxP50;
        @Option(names = "--max-size", paramLabel = "MB", description = "only model files up to this")
        Double maxSize;
        @Option(names = "--min-accuracy", paramLabel = "PERCENT", description = "only models at least this accurate")
        Double minAccuracy;
        @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "at most this many (default: ${DEFAULT-VALUE})")
        int limit;
        @Option(names = "--csv", paramLabel = "FILE", description = "write them as CSV")
        Path csv;
        @Mixin
        StoreOptions store = new StoreOptions();
        private final Streams io;

        ListRows(Streams io) {
            this.io = io;
        }

        @Override
        public Integer call() throws Exception {
            List<ModelDatabase.Row> rows;
            try (MeasurementStore s = store.open()) {
                rows = s.models().find(new ModelDatabase.Query(task, board, maxP50, maxSize == null ? null : (long) (maxSize * 1e6), minAccuracy,
                        Checks.atLeast("--limit", limit, 1)));
            }
            PrintStream o = io.out();
            o.printf("%-24s %-20s %-9s %9s %-16s %9s %9s %s%n", "architecture", "task", "format", "size MB", "board", "p50 ms", "accuracy", "data set");
            for (ModelDatabase.Row r : rows) {
                o.printf(Locale.ROOT, "%-24s %-20s %-9s %9.3f %-16s %9.3f %9s %s%n", Units.cut(r.architecture(), 24), Units.cut(r.task(), 20), r.numberFormat() == null ? "" : r.numberFormat(),
                        r.modelBytes() / 1e6, Units.cut(r.device(), 16), r.p50Ms(), r.accuracy() == null ? "" : String.format(Locale.ROOT, "%.2f %%", r.accuracy()),
                        r.accuracyDataset() == null ? "" : r.accuracyDataset());
            }
            if (rows.isEmpty()) io.err().println("no measured models of known architectures in " + store.describe() + "; add architectures with 'medli modeldb import'");
            if (csv != null) {
                AtomicFiles.writeString(csv, ResultsExport.modelDbCsv(rows));
                io.out().println("wrote " + csv);
            }
            return 0;
        }
    }

    @Command(name = "add", header = "Add a model of an architecture: its size and cost from the file, its accuracy measured on labelled data.",
            mixinStandardHelpOptions = true, description = { "The model's checksum links it to every 'medli bench' of it. Its parameters, operations and "
                    + "weights come from MEDLI's cost model, its number format from its operators, its accuracy (with --data) from the data's test "
                    + "split; each figure is recorded as measured, with how." })
    static final class Add implements Callable<Integer> {
        @Parameters(paramLabel = "MODEL", description = "an .onnx file")
        Path model;
        @Option(names = "--architecture", required = true, paramLabel = "NAME", description = "the architecture, e.g. 'cnn w16'")
        String architecture;
        @Option(names = "--task", required = true, paramLabel = "TASK", description = "e.g. 'image classification'")
        String task;
        @Option(names = "--family", paramLabel = "NAME", description = "e.g. cnn, mobilenetv2")
        String family;
        @Option(names = "--data", paramLabel = "DATA", description = "labelled data: the model's top-1 accuracy on its test split is recorded")
        Path data;
        @Mixin
        TrainCommands.DataOptions dataOptions;
        @Mixin
        StoreOptions store = new StoreOptions();
        private final Streams io;

        Add(Streams io) {
            this.io = io;
        }

        @Override
        public Integer call() throws Exception {
            Path p = Checks.model(model);
            ModelProto m = OnnxModel.read(p).proto();
            ModelCost cost = CostModel.analyze(m, java.util.Map.of());
            String format = m.graph().nodes().stream().anyMatch(n -> n.opType().matches("QuantizeLinear|DequantizeLinear|QLinear.*|.*Integer|DynamicQuantize.*"))
                    ? "int8" : "float32";
            String day = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
            Double accuracy = null;
            String dataset = null, source = null;
            if (data != null) {
                try {
                    Dataset d = TrainCommands.open(data, true, dataOptions);
                    float[][] logits = OnnxClassifier.logits(p, d, 0, Monitor.NONE);
                    accuracy = Math.round(OnnxClassifier.accuracy(logits, d) * 1e6) / 1e4; // percent, to the precision of a float
                    dataset = data.getFileName() + " (test split, " + d.size() + " samples)";
                    source = "measured: top-1 by 'medli modeldb add' on " + day;
                } catch (DataException e) {
                    throw new CommandFailure(e.getMessage());
                }
            }
            ModelDatabase.Model entry = new ModelDatabase.Model(AtomicFiles.sha256(p), p.getFileName().toString(), Files.size(p), format, accuracy, dataset,
                    source);
            try (MeasurementStore s = store.open()) {
                // the architecture's figures are its float network's: a quantized model adds its quantization parameters to the count
                boolean figures = format.equals("float32");
                s.models().register(new ModelDatabase.Architecture(architecture, family, task, figures ? cost.params() : null, figures ? cost.macs() : null,
                        figures ? cost.weightBytes() : null, figures ? "measured: MEDLI's cost model of " + p.getFileName() + " on " + day : null, List.of(entry)));
            }
            io.out().printf(Locale.ROOT, "%s: %s (%s), %s, %d parameters, %.3f GMAC%s; kept in %s%n", architecture, p.getFileName(), task, format, cost.params(),
                    cost.macs() / 1e9, accuracy == null ? "" : String.format(Locale.ROOT, ", accuracy %.2f %% on %s", accuracy, dataset), store.describe());
            return 0;
        }
    }

    @Command(name = "import", header = "Add or update architectures and models from a JSON file, all or nothing.", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "a file of 'medli modeldb export' (schema " + ModelDatabase.SCHEMA + ")")
        Path file;
        @Mixin
        StoreOptions store = new StoreOptions();
        private final Streams io;

        Import(Streams io) {
            this.io = io;
        }

        @Override
        public Integer call() throws Exception {
            String json = Files.readString(file);
            try (MeasurementStore s = store.open()) {
                int n = s.models().importJson(json);
                io.out().println("imported " + n + " architecture(s) into " + store.describe());
            } catch (StoreException e) {
                throw new CommandFailure(file + ": " + e.getMessage());
            }
            return 0;
        }
    }

    @Command(name = "export", header = "Write every architecture and model as JSON.", mixinStandardHelpOptions = true)
    static final class Export implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "the JSON file to write (atomically)")
        Path file;
        @Mixin
        StoreOptions store = new StoreOptions();
        private final Streams io;

        Export(Streams io) {
            this.io = io;
        }

        @Override
        public Integer call() throws Exception {
            try (MeasurementStore s = store.open()) {
                AtomicFiles.writeString(file, s.models().exportJson());
            }
            io.out().println("wrote " + file);
            return 0;
        }
    }
}
