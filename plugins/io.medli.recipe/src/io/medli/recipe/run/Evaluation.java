package io.medli.recipe.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import io.medli.compress.CompressionException;
import io.medli.compress.ModelComparison;
import io.medli.compress.calibrate.TensorTap;
import io.medli.compress.data.CalibrationData;
import io.medli.compress.data.CalibrationDataException;
import io.medli.onnx.proto.ModelProto;
import io.medli.recipe.BenchmarkStep;
import io.medli.recipe.DataRole;
import io.medli.recipe.DataSet;
import io.medli.recipe.EvaluateStep;
import io.medli.runtime.LatencyStats;
import io.medli.runtime.ModelRunException;
import io.medli.runtime.ModelRunner;
import io.medli.runtime.RunOptions;
import io.medli.train.OnnxClassifier;
import io.medli.train.data.DataException;
import io.medli.train.data.DataSets;
import io.medli.train.data.Dataset;

/** The measuring steps: fidelity and accuracy against the source model (or the step's reference model), and latency beside it. */
final class Evaluation {
    private Evaluation() {
    }

    /** Lowest output SQNR against the source model on the validation data; top-1 accuracy of both where that data is labelled. */
    static StepExecution.Outcome evaluate(EvaluateStep e, StepExecution.Context c)
            throws RecipeRunException, IOException, CompressionException, CalibrationDataException {
        ModelProto source = StepExecution.read(c.source()), current = StepExecution.read(c.current());
        CalibrationData data = c.data().open(DataRole.VALIDATION, current);
        Map<String, Double> m = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        List<ModelComparison.OutputFidelity> f = ModelComparison.fidelity(source, current, data, c.threads(), List.copyOf(e.getTensors()), c.monitor());
        double sqnr = Double.POSITIVE_INFINITY, cosine = 1;
        for (ModelComparison.OutputFidelity o : f) {
            sqnr = Math.min(sqnr, o.sqnr());
            cosine = Math.min(cosine, o.cosine());
            notes.add(String.format(Locale.ROOT, "%s: SQNR %.1f dB, cosine %.5f, max error %.3g", o.output(), o.sqnr(), o.cosine(), o.maxAbsError()));
        }
        // identical outputs give an infinite SQNR; JSON and charts want a number, and 200 dB is float32's exactness
        m.put(Metrics.SQNR_DB, Math.min(sqnr, 200));
        m.put(Metrics.COSINE, cosine);
        DataSet v = c.data().set(DataRole.VALIDATION);
        if (v.isLabelled()) {
            Path p = c.data().path(DataRole.VALIDATION);
            try {
                Dataset labelled = DataSets.open(p, "t10k", new DataSets.Options(v.getWidth(), v.getHeight(), 1024, 1024, null));
                double base = OnnxClassifier.accuracy(OnnxClassifier.logits(c.source(), labelled, c.threads(), c.monitor()), labelled) * 100.0;
                double acc = OnnxClassifier.accuracy(OnnxClassifier.logits(c.current(), labelled, c.threads(), c.monitor()), labelled) * 100.0;
                m.put(Metrics.ACCURACY, acc);
                m.put(Metrics.BASELINE_ACCURACY, base);
                notes.add(String.format(Locale.ROOT, "accuracy %.2f %% (%s %.2f %%) on %d samples", acc, against(e), base, labelled.size()));
            } catch (DataException x) {
                throw new RecipeRunException(e.getName() + ": cannot read the labelled validation data: " + x.getMessage(), x);
            }
        }
        return new StepExecution.Outcome(null, m, notes);
    }

    /** How the notes name the model a step compares with. */
    private static String against(io.medli.recipe.MeasureStep s) {
        return s.getReference() == null || s.getReference().isBlank() ? "source model" : s.getReference();
    }

    /** Median latency of the current and the source model, interleaved on one sample so both see the same machine state. */
    static StepExecution.Outcome benchmark(BenchmarkStep b, StepExecution.Context c) throws RecipeRunException, IOException, CalibrationDataException {
        if (c.board() != null) return BoardBenchmark.run(b, c, against(b));
        ModelProto current = StepExecution.read(c.current());
        DataRole role = c.data().set(DataRole.VALIDATION) != null ? DataRole.VALIDATION : DataRole.CALIBRATION;
        CalibrationData data = c.data().set(role) == null ? null : c.data().open(role, current);
        Path[] files = { c.source(), c.current() };
        RunOptions o = RunOptions.defaults().withThreads(c.threads());
        List<ModelRunner> runners = new ArrayList<>();
        List<Map<String, OnnxTensor>> feeds = new ArrayList<>();
        try {
            for (Path f : files) {
                ModelRunner r = ModelRunner.open(f, o);
                runners.add(r);
                feeds.add(data == null ? r.generateInputs() : TensorTap.feed(StepExecution.read(f), data.sample(0)));
            }
            int rounds = b.getRounds();
            long[][] ns = new long[2][rounds * 3];
            for (int w = 0; w < b.getWarmup(); w++) for (int i = 0; i < 2; i++) runners.get(i).run(feeds.get(i)).close();
            for (int r = 0; r < rounds; r++) {
                c.monitor().checkCancelled();
                c.monitor().progress("timing the source and the current model", r, rounds);
                for (int i = 0; i < 2; i++) {
                    for (int k = 0; k < 3; k++) {
                        long t = System.nanoTime();
                        runners.get(i).run(feeds.get(i)).close();
                        ns[i][r * 3 + k] = System.nanoTime() - t;
                    }
                }
            }
            LatencyStats base = LatencyStats.of(b.getWarmup(), ns[0]), now = LatencyStats.of(b.getWarmup(), ns[1]);
            long[] peak = { -1, -1 };
            if (b.isMemory()) {
                c.monitor().progress("peak memory of each model, in a process of its own", rounds, rounds);
                peak = new long[] { ModelMemory.peak(files[0], c.threads()), ModelMemory.peak(files[1], c.threads()) };
            }
            Map<String, Double> m = new LinkedHashMap<>();
            m.put(Metrics.LATENCY_MS, now.p50Ms());
            m.put(Metrics.BASELINE_LATENCY_MS, base.p50Ms());
            m.put(Metrics.SPEEDUP, base.p50Ms() / now.p50Ms());
            if (peak[1] >= 0) m.put(Metrics.PEAK_MEMORY_BYTES, (double) peak[1]);
            if (peak[0] >= 0) m.put(Metrics.BASELINE_PEAK_MEMORY_BYTES, (double) peak[0]);
            List<String> notes = new ArrayList<>(List.of(String.format(Locale.ROOT,
                    "p50 %.3f ms (%s %.3f ms): %.2fx; p90 %.3f ms; %d runs each, interleaved%s", now.p50Ms(), against(b), base.p50Ms(),
                    base.p50Ms() / now.p50Ms(), now.p90Ms(), rounds * 3, data == null ? " on generated inputs" : " on " + data.sampleName(0))));
            if (peak[1] >= 0 && peak[0] >= 0) {
                notes.add(String.format(Locale.ROOT, "peak resident memory of loading and one run: %.1f MB (%s %.1f MB; each in a process of its own, Linux)",
                        peak[1] / 1e6, against(b), peak[0] / 1e6));
            }
            return new StepExecution.Outcome(null, m, notes);
        } catch (ModelRunException | OrtException e) {
            throw new RecipeRunException(b.getName() + ": cannot run the models: " + e.getMessage(), e);
        } finally {
            for (Map<String, OnnxTensor> f : feeds) f.values().forEach(OnnxTensor::close);
            for (ModelRunner r : runners) r.close();
        }
    }
}
