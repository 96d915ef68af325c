package io.medli.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import io.medli.compress.ModelComparison;
import io.medli.compress.QuantizationException;
import io.medli.compress.calibrate.TensorTap;
import io.medli.compress.data.CalibrationData;
import io.medli.compress.data.CalibrationDataException;
import io.medli.onnx.OnnxModel;
import io.medli.onnx.proto.ModelProto;
import io.medli.runtime.LatencyStats;
import io.medli.runtime.ModelRunException;
import io.medli.runtime.ModelRunner;
import io.medli.runtime.RunOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code medli compare A B --data DIR}: size, latency and fidelity of B against A, side by side. */
@Command(name = "compare", header = "Size, latency and fidelity of model B against model A.", mixinStandardHelpOptions = true, description = {
        "B against the reference A on the samples in DIR (images or .npy/.npz, as for quantize --static): file size, latency p50/p90 "
                + "(batch 1, the two models interleaved, on the first sample), and per shared output (or per --tensor both compute) SQNR, "
                + "cosine, largest error, and top-1 agreement for [rows, classes] outputs." })
final class CompareCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "A", description = "the reference model")
    Path a;
    @Parameters(index = "1", paramLabel = "B", description = "the model compared with A")
    Path b;
    @Option(names = "--data", paramLabel = "DIR", required = true, description = "the samples to compare on")
    Path data;
    @Option(names = "--tensor", paramLabel = "T", description = "compare this tensor instead of the outputs (repeatable)")
    List<String> tensors = List.of();
    @Option(names = "--mask-threshold", paramLabel = "T", description = "also the intersection over union of the values above T in "
            + "A and in B, for score maps that post-processing thresholds (e.g. 0.3 for a DB text detector's probability map)")
    Double maskThreshold;
    @Option(names = "--rounds", paramLabel = "N", defaultValue = "20", description = "rounds of 3 timed runs per model (default ${DEFAULT-VALUE})")
    int rounds;
    @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "ONNX Runtime's threads (default ${DEFAULT-VALUE})")
    int threads;
    @Mixin
    ImageOptions images;
    @Mixin
    SizeOptions sizes;

    private final Streams io;

    CompareCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        Path[] files = { Checks.model(a), Checks.model(b) };
        Checks.atLeast("--rounds", rounds, 1);
        Checks.atLeast("--threads", threads, 0);
        ModelProto ref = OnnxModel.read(files[0]).proto(), other = OnnxModel.read(files[1]).proto();
        List<ModelComparison.OutputFidelity> fidelity;
        CalibrationData samples;
        LatencyStats[] latency;
        try (ConsoleMonitor monitor = new ConsoleMonitor(io.err())) {
            samples = images.open(data, ref, sizes);
            fidelity = ModelComparison.fidelity(ref, other, samples, threads, tensors, maskThreshold == null ? Double.NaN : maskThreshold,
                    monitor);
            latency = latency(files, new ModelProto[] { ref, other }, samples, rounds, threads, monitor);
        } catch (QuantizationException | CalibrationDataException e) {
            throw new CommandFailure(e.getMessage());
        }
        var out = io.out();
        out.printf(Locale.ROOT, "%-16s %14s %14s%n", "", "A", "B");
        out.printf(Locale.ROOT, "%-16s %14s %14s%n", "file", Units.mb(Files.size(files[0])), Units.mb(Files.size(files[1])));
        out.printf(Locale.ROOT, "%-16s %11.2f ms %11.2f ms   (B %.2fx the speed of A)%n", "latency p50", latency[0].p50Ms(),
                latency[1].p50Ms(), latency[0].p50Ms() / latency[1].p50Ms());
        out.printf(Locale.ROOT, "%-16s %11.2f ms %11.2f ms%n", "latency p90", latency[0].p90Ms(), latency[1].p90Ms());
        out.printf(Locale.ROOT, "fidelity of B to A on %s (pooled over the samples):%n", samples.description());
        String maskHeader = maskThreshold == null ? "" : String.format(Locale.ROOT, " %12s", "IoU >" + maskThreshold);
        out.printf(Locale.ROOT, "  %-28s %10s %10s %12s %8s%s%n", tensors.isEmpty() ? "output" : "tensor", "SQNR dB", "cosine", "max error",
                "top-1", maskHeader);
        List<String> silent = new ArrayList<>();
        for (ModelComparison.OutputFidelity f : fidelity) {
            if (f.referenceSilent()) silent.add(String.format(Locale.ROOT, "%s (largest value %.3g)", f.output(), f.referencePeak()));
            out.printf(Locale.ROOT, "  %-28s %10s %10.5f %12.4g %8s%s%n", f.output(),
                    f.referenceSilent() ? "no signal" : String.format(Locale.ROOT, "%.1f", f.sqnr()), f.cosine(), f.maxAbsError(),
                    Double.isNaN(f.top1Agreement()) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * f.top1Agreement()),
                    maskThreshold == null ? "" : String.format(Locale.ROOT, " %12.4f", f.maskIoU()));
        }
        for (ModelComparison.OutputFidelity f : fidelity) {
            if (f.samples().size() < 2) continue;
            List<ModelComparison.SampleSqnr> sorted = new ArrayList<>(f.samples());
            sorted.sort(java.util.Comparator.comparingDouble(ModelComparison.SampleSqnr::sqnr));
            ModelComparison.SampleSqnr low = sorted.get(0), high = sorted.get(sorted.size() - 1);
            int n = sorted.size();
            double median = n % 2 == 1 ? sorted.get(n / 2).sqnr() : (sorted.get(n / 2 - 1).sqnr() + sorted.get(n / 2).sqnr()) / 2;
            out.printf(Locale.ROOT, "  %s SQNR per sample: lowest %.1f dB (%s), median %.1f dB, highest %.1f dB (%s)%s%n", f.output(), low.sqnr(),
                    low.sample(), median, high.sqnr(), high.sample(),
                    n < samples.size() ? String.format(Locale.ROOT, "; %d samples left out where A's output is zero or 60 dB below the others'", samples.size() - n) : "");
        }
        if (!silent.isEmpty()) {
            out.printf(Locale.ROOT, "A's %s zero on these samples, so SQNR and cosine say nothing there: judge B by the max error, "
                    + "or compare on samples where A responds%n", String.join(", ", silent) + (silent.size() == 1 ? " is" : " are"));
        }
        return 0;
    }

    /** Both models on the first sample, 5 warm-up runs each, then {@code rounds} rounds of 3 runs each, interleaved. */
    private static LatencyStats[] latency(Path[] files, ModelProto[] models, CalibrationData data, int rounds, int threads,
            ConsoleMonitor monitor) throws java.io.IOException, ModelRunException, UsageException {
        RunOptions o = RunOptions.defaults().withThreads(threads);
        List<ModelRunner> runners = new ArrayList<>();
        List<Map<String, OnnxTensor>> feeds = new ArrayList<>();
        try {
            for (int m = 0; m < 2; m++) {
                runners.add(ModelRunner.open(files[m], o));
                feeds.add(TensorTap.feed(models[m], data.sample(0)));
            }
            long[][] ns = new long[2][rounds * 3];
            for (int w = 0; w < 5; w++) for (int m = 0; m < 2; m++) runners.get(m).run(feeds.get(m)).close();
            for (int r = 0; r < rounds; r++) {
                monitor.checkCancelled();
                monitor.progress("Timing A and B", r, rounds);
                for (int m = 0; m < 2; m++) {
                    for (int i = 0; i < 3; i++) {
                        long t = System.nanoTime();
                        runners.get(m).run(feeds.get(m)).close();
                        ns[m][r * 3 + i] = System.nanoTime() - t;
                    }
                }
            }
            monitor.progress("Timed A and B", rounds, rounds);
            return new LatencyStats[] { LatencyStats.of(5, ns[0]), LatencyStats.of(5, ns[1]) };
        } catch (OrtException | CalibrationDataException e) {
            throw new ModelRunException("cannot run the models: " + e.getMessage());
        } finally {
            for (Map<String, OnnxTensor> f : feeds) f.values().forEach(OnnxTensor::close);
            for (ModelRunner r : runners) r.close();
        }
    }
}
