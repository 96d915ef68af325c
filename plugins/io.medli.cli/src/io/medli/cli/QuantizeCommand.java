package io.medli.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.medli.compress.DynamicQuantizer;
import io.medli.compress.Float16Converter;
import io.medli.compress.Monitor;
import io.medli.compress.QuantizationDebugger;
import io.medli.compress.QuantizationException;
import io.medli.compress.QuantizationReport;
import io.medli.compress.QuantizedModel;
import io.medli.compress.StaticQuantizer;
import io.medli.compress.calibrate.RangeMethod;
import io.medli.compress.data.CalibrationData;
import io.medli.compress.data.CalibrationDataException;
import io.medli.compress.data.ImageFolderData;
import io.medli.compress.data.ImagePreprocessing;
import io.medli.compress.data.NpyData;
import io.medli.compress.data.RandomData;
import io.medli.onnx.OnnxModel;
import io.medli.onnx.proto.ModelProto;

/** {@code medli quantize}: dynamic int8 by default, static QDQ with {@code --static}. */
final class QuantizeCommand {
    static final String USAGE = """
              quantize MODEL --out FILE [--exclude NODE]... [--exclude-op OP]...
                    dynamic int8 quantization (weights per channel, activations at run time)
                    [--no-embeddings]  keep embedding tables (Gather) in float
              quantize MODEL --out FILE --static --data DIR [options]
                    static int8 in QDQ format, calibrated on DIR: images (a folder per
                    class is fine) or NumPy .npy/.npz files, one sample each
                    --method minmax|entropy|percentile=P   activation ranges (minmax)
                    --symmetric --int8-activations --per-tensor
                    --include NODE... (and the Add/Concat/pooling/... between them)
                    --exclude NODE... --exclude-op OP...
                    --budget-db DB [--budget-tensor T]...  mixed precision: every output
                        (or T) keeps DB dB SQNR on the data
                      --budget-search heaviest  quantize the nodes with the most MACs
                        first, each only if the budget holds, then leave in float the
                        ones whose float/int8 borders cost more than they save
                        (default; fastest model)
                      --budget-search noisiest  quantize all, then leave the nodes that
                        add most noise in float until the budget holds
                    images: --scale S (1/255) --mean R,G,B --std R,G,B --bgr --fill V
                        --layout NCHW|NHWC --size WxH
                    --random-calibration N   calibrate on N random samples (a warning
                        goes into the report; never do this for a model you deploy)
              quantize MODEL --out FILE --float16 [--float16-io] [--exclude NODE]...
                        [--exclude-op OP]...
                    float16 weights and activations; inputs and outputs stay float32
                    unless --float16-io; operators the CPU runtime lacks in float16
                    run in float32 behind Casts (their weights stay float16)
                    the input is never modified; the output is written atomically
            """;

    private final PrintStream out;
    private final PrintStream err;

    QuantizeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] argv) throws UsageException, IOException {
        Args a = Args.parse(argv, 1,
                Set.of("--no-embeddings", "--static", "--symmetric", "--int8-activations", "--per-tensor", "--bgr", "--float16",
                        "--float16-io"),
                Set.of("--out", "--data", "--method", "--budget-db", "--budget-search", "--scale", "--mean", "--std", "--fill",
                        "--layout", "--size", "--random-calibration", "--threads"),
                Set.of("--exclude", "--exclude-op", "--include", "--budget-tensor"));
        Set<String> nodes = new LinkedHashSet<>(a.all("--exclude")), ops = new LinkedHashSet<>(a.all("--exclude-op")),
                include = new LinkedHashSet<>(a.all("--include"));
        List<String> budgetTensors = a.all("--budget-tensor");
        Path in = Path.of(a.onlyPositional("MODEL (an .onnx file)"));
        if (!Files.exists(in)) throw new NoSuchFileException(in.toString());
        Path target = target(a, in);
        ModelProto model = OnnxModel.read(in).proto();
        QuantizedModel q;
        String mode;
        try {
            if (a.has("--float16-io") && !a.has("--float16")) throw new UsageException("--float16-io applies to --float16");
            if (a.has("--float16")) {
                if (a.has("--static")) throw new UsageException("give either --static or --float16, not both");
                mode = "float16";
                q = Float16Converter.convert(model, Float16Converter.Options.defaults().withKeepIoFloat32(!a.has("--float16-io"))
                        .withKeep(nodes, ops));
            } else if (a.has("--static")) {
                mode = "static int8, QDQ";
                q = quantizeStatic(model, a, nodes, ops, include, budgetTensors);
            } else {
                for (String o : List.of("--data", "--method", "--budget-db", "--budget-search", "--random-calibration")) {
                    if (a.values.containsKey(o)) throw new UsageException(o + " applies to --static quantization");
                }
                mode = "dynamic int8";
                q = DynamicQuantizer.quantize(model, new DynamicQuantizer.Options(!a.has("--no-embeddings"), nodes, ops));
            }
        } catch (QuantizationException | CalibrationDataException e) {
            err.println("medli: " + e.getMessage());
            return 1;
        }
        OnnxModel.of(q.model()).write(target.toAbsolutePath());
        QuantizationReport r = q.report();
        out.printf(Locale.ROOT, "%s %d nodes (%s); weights %s -> %s; wrote %s (%s)%n", a.has("--float16") ? "converted" : "quantized",
                r.quantized().size(), mode,
                Units.mb(r.weightBytesBefore()), Units.mb(r.weightBytesAfter()), target, Units.mb(Files.size(target)));
        r.notes().forEach(n -> out.println(n));
        if (!r.keptInFloat().isEmpty()) {
            out.println(a.has("--float16") ? "kept in float32:" : "kept in float:");
            r.keptInFloat().forEach(k -> out.println("  " + k));
        }
        return 0;
    }

    /** The --out file, which must not be the input: the input model is never modified. */
    static Path target(Args a, Path in) throws UsageException, IOException {
        String outName = a.values.get("--out");
        if (outName == null) throw new UsageException("--out FILE is required: the input model is never modified");
        Path target = Path.of(outName);
        if (Files.exists(target) && Files.isSameFile(in, target)) {
            throw new UsageException("--out names the input model; write the result to another file");
        }
        return target;
    }

    private QuantizedModel quantizeStatic(ModelProto model, Args a, Set<String> nodes, Set<String> ops, Set<String> include,
            List<String> budgetTensors) throws UsageException, QuantizationException, CalibrationDataException, IOException {
        StaticQuantizer.Options o = StaticQuantizer.Options.defaults().withMethod(method(a.values.getOrDefault("--method", "minmax")))
                .withSymmetricActivations(a.has("--symmetric")).withPerChannel(!a.has("--per-tensor"))
                .withActivations(a.has("--int8-activations") ? StaticQuantizer.ActivationType.INT8 : StaticQuantizer.ActivationType.UINT8)
                .withInclude(include).withIncludeConnecting(true).withExclude(nodes, ops)
                .withThreads((int) a.number("--threads", 0));
        String search = a.values.getOrDefault("--budget-search", "heaviest");
        if (!search.equals("heaviest") && !search.equals("noisiest")) {
            throw new UsageException("--budget-search is heaviest or noisiest, not '" + search + "'");
        }
        if (a.values.containsKey("--budget-search") && !a.values.containsKey("--budget-db")) {
            throw new UsageException("--budget-search needs --budget-db");
        }
        CalibrationData data = data(model, a);
        Monitor monitor = new Monitor() {
            private String last = "";

            @Override
            public void progress(String task, int done, int total) {
                String phase = task.split(" ")[0];
                if (!phase.equals(last) && done < total) {
                    if (phase.equals("Trying")) err.printf(Locale.ROOT, "Trying %d nodes in int8, heaviest first...%n", total);
                    else err.printf(Locale.ROOT, "%s on %d samples...%n", phase, total);
                }
                last = phase;
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
        StaticQuantizer.Calibration c = StaticQuantizer.calibrate(model, data, o, monitor);
        if (!a.values.containsKey("--budget-db")) return StaticQuantizer.quantize(model, c, o);
        double budget = a.number("--budget-db", 0);
        QuantizationDebugger.BudgetResult r = search.equals("heaviest")
                ? QuantizationDebugger.quantizeHeaviestFirst(model, c, o, data, budget, budgetTensors, monitor)
                : QuantizationDebugger.meetBudget(model, c, o, data, budget, budgetTensors, 200, monitor);
        out.printf(Locale.ROOT, "SQNR budget %.1f dB %s: worst %.1f dB with %d nodes left in float%s%n", budget,
                r.met() ? "met" : "NOT met", r.outputSqnr(), r.excluded().size(),
                r.excluded().isEmpty() ? "" : " (" + String.join(", ", r.excluded()) + ")");
        return r.model();
    }

    private static CalibrationData data(ModelProto model, Args a) throws UsageException, CalibrationDataException, IOException {
        String random = a.values.get("--random-calibration");
        String dir = a.values.get("--data");
        if (random != null) {
            if (dir != null) throw new UsageException("give either --data or --random-calibration, not both");
            return RandomData.of(model, (int) a.number("--random-calibration", 1), 42, a.dims);
        }
        if (dir == null) {
            throw new UsageException("static quantization needs calibration data: --data DIR (images or .npy/.npz files)");
        }
        return folder(model, a);
    }

    /** The samples of --data DIR: NumPy arrays, or images preprocessed as the image options say. */
    static CalibrationData folder(ModelProto model, Args a) throws UsageException, CalibrationDataException, IOException {
        Path folder = Path.of(a.values.get("--data"));
        if (!Files.isDirectory(folder)) throw new NoSuchFileException(folder.toString());
        if (NpyData.holdsArrays(folder)) return NpyData.open(folder, model);
        if (IdxCalibration.holds(folder)) return IdxCalibration.open(folder, model);
        ImagePreprocessing p = ImagePreprocessing.defaults();
        if (a.values.containsKey("--scale")) p = p.withScale((float) fraction(a.values.get("--scale")));
        if (a.values.containsKey("--mean") || a.values.containsKey("--std")) {
            p = p.withNormalization(triple(a, "--mean", "0,0,0"), triple(a, "--std", "1,1,1"));
        }
        if (a.values.containsKey("--fill")) p = p.withFill((float) a.number("--fill", 1));
        if (a.has("--bgr")) p = p.withBgr(true);
        if (a.values.containsKey("--layout")) {
            try {
                p = p.withLayout(ImagePreprocessing.Layout.valueOf(a.values.get("--layout").toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--layout is NCHW or NHWC");
            }
        }
        if (a.values.containsKey("--size")) {
            String[] wh = a.values.get("--size").split("x");
            try {
                p = p.withSize(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
            } catch (RuntimeException e) {
                throw new UsageException("--size is WIDTHxHEIGHT, e.g. 224x224");
            }
        }
        return ImageFolderData.open(folder, model, p);
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

    private static double fraction(String v) throws UsageException {
        try {
            int slash = v.indexOf('/');
            return slash < 0 ? Double.parseDouble(v) : Double.parseDouble(v.substring(0, slash)) / Double.parseDouble(v.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new UsageException("--scale needs a number such as 0.0039 or 1/255, got '" + v + "'");
        }
    }

    private static float[] triple(Args a, String option, String dflt) throws UsageException {
        String[] p = a.values.getOrDefault(option, dflt).split(",");
        if (p.length != 3) throw new UsageException(option + " needs three values R,G,B");
        float[] v = new float[3];
        try {
            for (int i = 0; i < 3; i++) v[i] = Float.parseFloat(p[i].trim());
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs three numbers R,G,B");
        }
        return v;
    }
}
