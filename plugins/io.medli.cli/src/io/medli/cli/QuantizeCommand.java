package io.medli.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import io.medli.compress.DynamicQuantizer;
import io.medli.compress.Float16Converter;
import io.medli.onnx.progress.Monitor;
import io.medli.compress.QuantizationException;
import io.medli.compress.QuantizationPrep;
import io.medli.compress.QuantizationReport;
import io.medli.compress.QuantizedModel;
import io.medli.compress.StaticQuantization;
import io.medli.compress.StaticQuantizer;
import io.medli.compress.calibrate.RangeMethod;
import io.medli.compress.data.CalibrationData;
import io.medli.compress.data.CalibrationDataException;
import io.medli.compress.data.RandomData;
import io.medli.onnx.OnnxModel;
import io.medli.onnx.proto.ModelProto;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code medli quantize}: dynamic int8 by default, static QDQ with {@code --static}, float16 with {@code --float16}. */
@Command(name = "quantize", header = "Int8 (dynamic, static, mixed precision) or float16.", mixinStandardHelpOptions = true, sortOptions = false, description = {
        "Dynamic int8 (default): weights per channel, activations quantized at run time.",
        "--static: int8 in QDQ format, calibrated on --data DIR: images (a folder per class is fine) or NumPy .npy/.npz files, one sample each. "
                + "--budget-db DB makes it mixed precision: every output (or --budget-tensor T) keeps DB dB SQNR on the data; "
                + "the 'heaviest' search quantizes the nodes with the most MACs first, each only if the budget holds, then leaves in float "
                + "the ones whose float/int8 borders cost more than they save (default, fastest model); 'noisiest' quantizes all, then "
                + "leaves the noisiest nodes in float until the budget holds; 'sensitive' first measures what int8 costs the outputs one node "
                + "at a time, leaves in float the nodes that alone keep less than the budget + 3 dB, then searches as 'noisiest'.",
        "--float16: float16 weights and activations; inputs and outputs stay float32 unless --float16-io; operators the CPU runtime lacks "
                + "in float16 run in float32 behind Casts (their weights stay float16).",
        "The input is never modified; the output is written atomically." })
final class QuantizeCommand implements Callable<Integer> {
    static final class Mode {
        @Option(names = "--static", required = true, description = "static int8 (QDQ), calibrated")
        boolean isStatic;
        @Option(names = "--float16", required = true, description = "float16 weights and activations")
        boolean float16;
    }

    static final class Calibration {
        @Option(names = "--data", paramLabel = "DIR", required = true, description = "calibration samples: images or .npy/.npz files")
        Path data;
        @Option(names = "--random-calibration", paramLabel = "N", required = true, description = "calibrate on N random samples (a warning "
                + "goes into the report; never do this for a model you deploy)")
        Integer random;
    }

    @Parameters(paramLabel = "MODEL", description = "an .onnx file (never modified)")
    Path model;
    @Option(names = "--out", paramLabel = "FILE", required = true, description = "the quantized model")
    Path out;
    @ArgGroup(exclusive = true)
    Mode mode = new Mode();
    @ArgGroup(exclusive = true)
    Calibration calibration;
    @Option(names = "--method", paramLabel = "M", defaultValue = "minmax", description = "activation ranges: minmax, entropy or percentile=P "
            + "(default ${DEFAULT-VALUE})")
    String method;
    @Option(names = "--symmetric", description = "symmetric activation ranges")
    boolean symmetric;
    @Option(names = "--int8-activations", description = "int8 instead of uint8 activations")
    boolean int8Activations;
    @Option(names = "--per-tensor", description = "one weight scale per tensor instead of per channel")
    boolean perTensor;
    @Option(names = "--include", paramLabel = "NODE", description = "quantize only these nodes (and the Add/Concat/pooling/... between them)")
    List<String> include = List.of();
    @Option(names = "--exclude", paramLabel = "NODE", description = "keep this node in float (repeatable)")
    List<String> exclude = List.of();
    @Option(names = "--exclude-op", paramLabel = "OP", description = "keep every node of this operator in float (repeatable)")
    List<String> excludeOps = List.of();
    @Option(names = "--budget-db", paramLabel = "DB", description = "mixed precision: the SQNR every output keeps on the data")
    Double budgetDb;
    @Option(names = "--budget-tensor", paramLabel = "T", description = "the budget applies to T instead of the outputs (repeatable)")
    List<String> budgetTensors = List.of();
    @Option(names = "--budget-search", paramLabel = "S", description = "${COMPLETION-CANDIDATES} (default heaviest)")
    Search search;
    @Option(names = "--int8-weights-in-float", description = "static: nodes left in float (excluded, or by the budget search) still "
            + "store int8 weights, dequantized as they run: a smaller file; their activations stay float")
    boolean int8WeightsInFloat;
    @Option(names = "--no-embeddings", description = "dynamic: keep embedding tables (Gather) in float")
    boolean noEmbeddings;
    @Option(names = "--float16-io", description = "float16: inputs and outputs in float16 too")
    boolean float16Io;
    @Option(names = "--no-prepare", description = "static: quantize the graph as it is, without ONNX Runtime's basic optimizations first "
            + "(Constant-node weights to initializers, batch norm folded into convolutions, constants folded)")
    boolean noPrepare;
    @Option(names = "--prepared-out", paramLabel = "FILE", description = "static: also write the prepared float model the int8 one was made "
            + "from (its tensors carry the int8 model's names): the student of quantization-aware 'medli distill --quantized'")
    Path preparedOut;
    @Option(names = "--bias-correction", description = "static: take the mean shift that rounding adds to each convolution's output "
            + "channels, measured on the data, out of its bias")
    boolean biasCorrection;
    @Option(names = "--weight-rounding", paramLabel = "R", defaultValue = "nearest", description = "static: ${COMPLETION-CANDIDATES} "
            + "(default nearest). gptq rounds each convolution's int8 weights so that its output error on the data is smallest, "
            + "moving each weight's rounding error onto the weights not yet rounded (GPTQ); refit first fits each convolution's weights "
            + "and bias to the float model's output as the int8 model feeds it (weakening inputs that carry mostly rounding noise), "
            + "then rounds them as gptq does")
    Rounding rounding;
    @Option(names = "--equalize", description = "static: scale the channels of convolution outputs to one range, measured on the data, "
            + "and undo it exactly in the convolutions that read them (through ReLU and hard-swish): one int8 scale per tensor then "
            + "fits every channel, where re-parameterized networks spread them 50x apart; values that ReLU or hard-swish turn "
            + "into 0 do not count, and a gated input is floored exactly where its gates close")
    boolean equalize;
    @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "ONNX Runtime's threads for calibration")
    int threads;
    @Mixin
    ImageOptions images;
    @Mixin
    SizeOptions sizes;

    enum Search {
        heaviest, noisiest, sensitive
    }

    enum Rounding {
        nearest, gptq, refit
    }

    private final Streams io;

    QuantizeCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        Path in = Checks.model(model);
        Path target = Checks.target(out, in);
        Set<String> nodes = new LinkedHashSet<>(exclude), ops = new LinkedHashSet<>(excludeOps);
        ModelProto proto = OnnxModel.read(in).proto();
        QuantizedModel q;
        String kind;
        try (ConsoleMonitor monitor = new ConsoleMonitor(io.err())) {
            if (float16Io && !mode.float16) throw new UsageException("--float16-io applies to --float16");
            if (mode.float16) {
                kind = "float16";
                q = Float16Converter.convert(proto, Float16Converter.Options.defaults().withKeepIoFloat32(!float16Io).withKeep(nodes, ops));
            } else if (mode.isStatic) {
                kind = "static int8, QDQ";
                List<String> prepNotes = List.of();
                if (!noPrepare) {
                    QuantizationPrep.Prepared p = QuantizationPrep.prepare(proto);
                    proto = p.model();
                    prepNotes = p.notes();
                }
                q = quantizeStatic(proto, nodes, ops, monitor, prepNotes);
            } else {
                if (preparedOut != null) throw new UsageException("--prepared-out applies to --static quantization");
                if (calibration != null || budgetDb != null || search != null) {
                    throw new UsageException("--data, --random-calibration and --budget-* apply to --static quantization");
                }
                kind = "dynamic int8";
                q = DynamicQuantizer.quantize(proto, new DynamicQuantizer.Options(!noEmbeddings, nodes, ops));
            }
            monitor.checkCancelled();
            OnnxModel.of(q.model()).write(target.toAbsolutePath());
        } catch (QuantizationException | CalibrationDataException e) {
            throw new CommandFailure(e.getMessage());
        }
        QuantizationReport r = q.report();
        io.out().printf(Locale.ROOT, "%s %d nodes (%s); weights %s -> %s; wrote %s (%s)%n", mode.float16 ? "converted" : "quantized",
                r.quantized().size(), kind, Units.mb(r.weightBytesBefore()), Units.mb(r.weightBytesAfter()), target,
                Units.mb(Files.size(target)));
        r.notes().forEach(io.out()::println);
        if (!r.keptInFloat().isEmpty()) {
            io.out().println(mode.float16 ? "kept in float32:" : "kept in float:");
            r.keptInFloat().forEach(k -> io.out().println("  " + k));
        }
        return 0;
    }

    private QuantizedModel quantizeStatic(ModelProto proto, Set<String> nodes, Set<String> ops, Monitor monitor, List<String> prepNotes)
            throws UsageException, QuantizationException, CalibrationDataException, java.io.IOException {
        StaticQuantizer.Options o = StaticQuantizer.Options.defaults().withMethod(method(method)).withSymmetricActivations(symmetric)
                .withPerChannel(!perTensor)
                .withActivations(int8Activations ? StaticQuantizer.ActivationType.INT8 : StaticQuantizer.ActivationType.UINT8)
                .withInclude(new LinkedHashSet<>(include)).withIncludeConnecting(true).withExclude(nodes, ops)
                .withThreads(Checks.atLeast("--threads", threads, 0)).withInt8WeightsInFloat(int8WeightsInFloat);
        if (search != null && budgetDb == null) throw new UsageException("--budget-search needs --budget-db");
        if (calibration == null) {
            throw new UsageException("static quantization needs calibration data: --data DIR (images or .npy/.npz files)");
        }
        CalibrationData data = calibration.data != null ? images.open(calibration.data, proto, sizes)
                : randomData(proto, Checks.atLeast("--random-calibration", calibration.random, 1));
        StaticQuantization.Plan plan = StaticQuantization.Plan.of(o).withEqualize(equalize)
                .withBudget(budgetDb, budgetTensors, search == null ? null : StaticQuantization.Search.valueOf(search.name().toUpperCase(Locale.ROOT)))
                .withRounding(StaticQuantization.Rounding.valueOf(rounding.name().toUpperCase(Locale.ROOT)), biasCorrection)
                .withThreads(Checks.atLeast("--threads", threads, 0));
        // the model the int8 one is made from, with its tensors' names: the student of quantization-aware training
        java.util.concurrent.atomic.AtomicReference<ModelProto> floatModel = new java.util.concurrent.atomic.AtomicReference<>();
        StaticQuantization.Result r = StaticQuantization.quantize(proto, data, plan, prepNotes, floatModel::set, monitor);
        if (preparedOut != null) OnnxModel.of(floatModel.get()).write(preparedOut.toAbsolutePath());
        if (r.budget() != null) io.out().println(r.budget());
        return r.model();
    }

    private CalibrationData randomData(ModelProto proto, int count) throws UsageException {
        try {
            return RandomData.of(proto, count, 42, sizes.dims(), sizes.shapes());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    static RangeMethod method(String s) throws UsageException {
        if (s.equals("minmax")) return new RangeMethod.MinMax();
        if (s.equals("entropy")) return new RangeMethod.Entropy();
        if (s.startsWith("percentile=")) {
            try {
                return new RangeMethod.Percentile(Double.parseDouble(s.substring("percentile=".length())));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--method percentile=P needs P in (50, 100], e.g. percentile=99.99");
            }
        }
        throw new UsageException("--method is minmax, entropy or percentile=P");
    }
}
