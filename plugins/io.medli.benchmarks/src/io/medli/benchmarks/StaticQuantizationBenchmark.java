package io.medli.benchmarks;

import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import io.medli.compress.Fidelity;
import io.medli.onnx.progress.Monitor;
import io.medli.compress.QuantizationDebugger;
import io.medli.compress.QuantizedModel;
import io.medli.compress.StaticQuantizer;
import io.medli.compress.calibrate.RangeMethod;
import io.medli.compress.calibrate.TensorTap;
import io.medli.compress.data.ImageFolderData;
import io.medli.compress.data.ImagePreprocessing;
import io.medli.compress.data.InputTensor;
import io.medli.onnx.OnnxModel;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.runtime.ModelRunner;
import io.medli.runtime.RunOptions;

/**
 * M-LSD large: float against our static int8 (QDQ) model, and the authors' tiny model, in one run.
 * Images are split in two: even positions calibrate, odd positions evaluate. Reports file size,
 * latency (batch 1, 2 threads, models interleaved) and SQNR of each output to the float large model.
 * Usage: StaticQuantizationBenchmark LARGE.onnx TINY.onnx IMAGE_DIR [minmax|entropy|percentile:P [BUDGET_DB]]
 */
public final class StaticQuantizationBenchmark {
    private StaticQuantizationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path large = Path.of(args[0]), tiny = Path.of(args[1]), images = Path.of(args[2]);
        RangeMethod method = args.length > 3 ? method(args[3]) : new RangeMethod.MinMax();
        double budgetDb = args.length > 4 ? Double.parseDouble(args[4]) : 20;
        ModelProto largeProto = OnnxModel.read(large).proto();
        // the authors feed RGB in 0..255 with a constant 1 as fourth channel
        ImagePreprocessing prep = ImagePreprocessing.defaults().withScale(1f).withFill(1f);
        List<Path> all = ImageFolderData.list(images), calib = new ArrayList<>(), eval = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) (i % 2 == 0 ? calib : eval).add(all.get(i));
        ImageFolderData calibration = ImageFolderData.open(images, largeProto, prep, calib);
        ImageFolderData evaluation = ImageFolderData.open(images, largeProto, prep, eval);

        Path dir = Files.createTempDirectory("medli-sqbench");
        Path ours = dir.resolve("mlsd-large-medli-qdq.onnx");
        long t0 = System.nanoTime();
        StaticQuantizer.Options options = StaticQuantizer.Options.defaults().withMethod(method).withThreads(2);
        QuantizedModel q = StaticQuantizer.quantize(largeProto, calibration, options, Monitor.NONE);
        OnnxModel.of(q.model()).write(ours);
        double seconds = (System.nanoTime() - t0) / 1e9;

        // the debugger's budget mode: leave the nodes that add most noise in float until the score map keeps
        // 20 dB on 8 calibration images (the evaluation images are not used)
        Path budgeted = dir.resolve("mlsd-large-medli-qdq-budget.onnx");
        long t1 = System.nanoTime();
        StaticQuantizer.Calibration cal = StaticQuantizer.calibrate(largeProto, calibration, options, Monitor.NONE);
        ImageFolderData budgetData = ImageFolderData.open(images, largeProto, prep, calib.subList(0, Math.min(8, calib.size())));
        QuantizationDebugger.BudgetResult budget = QuantizationDebugger.meetBudget(largeProto, cal, options, budgetData, budgetDb,
                List.of(scoreMap(largeProto)), 80, Monitor.NONE);
        OnnxModel.of(budget.model().model()).write(budgeted);
        double budgetSeconds = (System.nanoTime() - t1) / 1e9;

        // cost-aware mixed precision: the heaviest nodes first, each kept in int8 only if the budget holds on
        // all calibration images (each try runs only the quantized model, so all 20 are affordable)
        Path heaviest = dir.resolve("mlsd-large-medli-qdq-heaviest.onnx");
        long t2 = System.nanoTime();
        QuantizationDebugger.BudgetResult mixed = QuantizationDebugger.quantizeHeaviestFirst(largeProto, cal, options, calibration,
                budgetDb, List.of(scoreMap(largeProto)), Monitor.NONE);
        OnnxModel.of(mixed.model().model()).write(heaviest);
        double mixedSeconds = (System.nanoTime() - t2) / 1e9;

        Map<String, Path> models = new LinkedHashMap<>();
        models.put("large float32 (reference)", large);
        models.put("large MEDLI static int8", ours);
        models.put("large int8, noisiest in float", budgeted);
        models.put("large int8, heaviest first", heaviest);
        models.put("tiny float32 (authors)", tiny);
        RunOptions ro = RunOptions.defaults().withThreads(2).withOptimization("all");
        Map<String, ModelRunner> runners = new LinkedHashMap<>();
        for (Map.Entry<String, Path> e : models.entrySet()) runners.put(e.getKey(), ModelRunner.open(e.getValue(), ro));
        OrtEnvironment env = OrtEnvironment.getEnvironment();

        // the score map is the sigmoid of the centre logits; "scores" is that map after a 3x3 max-pool NMS
        String[] labels = { "score map", "scores (NMS)", "offsets" };
        Map<String, List<double[]>> sqnr = new LinkedHashMap<>();
        Map<String, List<Map<String, float[]>>> outs = new LinkedHashMap<>();
        for (Map.Entry<String, Path> e : models.entrySet()) {
            ModelProto m = OnnxModel.read(e.getValue()).proto();
            List<String> taps = List.of(scoreMap(m), "scores", "offsets");
            List<Map<String, float[]>> perImage = new ArrayList<>();
            try (TensorTap tap = TensorTap.open(m, taps, 2, "all")) {
                for (int i = 0; i < evaluation.size(); i++) {
                    Map<String, float[]> o = new LinkedHashMap<>();
                    tap.run(evaluation.sample(i), (name, shape, values) -> o.put(labels[taps.indexOf(name)], values));
                    perImage.add(o);
                }
            }
            outs.put(e.getKey(), perImage);
        }
        List<Map<String, float[]>> ref = outs.get("large float32 (reference)");
        for (Map.Entry<String, List<Map<String, float[]>>> e : outs.entrySet()) {
            List<double[]> rows = new ArrayList<>();
            for (int i = 0; i < ref.size(); i++) {
                double[] r = new double[labels.length];
                for (int k = 0; k < labels.length; k++) r[k] = Fidelity.sqnr(ref.get(i).get(labels[k]), e.getValue().get(i).get(labels[k]));
                rows.add(r);
            }
            sqnr.put(e.getKey(), rows);
        }

        InputTensor probe = evaluation.sample(0).values().iterator().next();
        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (String m : runners.keySet()) times.put(m, new ArrayList<>());
        Map<String, Map<String, OnnxTensor>> feeds = new LinkedHashMap<>();
        for (Map.Entry<String, ModelRunner> e : runners.entrySet()) {
            feeds.put(e.getKey(), Map.of(e.getValue().inputs().get(0).name(),
                    OnnxTensor.createTensor(env, FloatBuffer.wrap(probe.floats()), probe.shape())));
        }
        for (int w = 0; w < 5; w++) for (String m : runners.keySet()) runners.get(m).run(feeds.get(m)).close();
        for (int round = 0; round < 20; round++) {
            for (String m : runners.keySet()) {
                for (int i = 0; i < 3; i++) {
                    long a = System.nanoTime();
                    runners.get(m).run(feeds.get(m)).close();
                    times.get(m).add((System.nanoTime() - a) / 1e6);
                }
            }
        }

        System.out.printf(Locale.ROOT, "calibration: %d images, evaluation: %d other images, from %s%n", calibration.size(),
                evaluation.size(), images);
        System.out.printf(Locale.ROOT, "MEDLI quantized in %.1f s (%s): %d nodes quantized, %d kept in float%n", seconds,
                q.report().notes().get(0), q.report().quantized().size(), q.report().keptInFloat().size());
        System.out.printf(Locale.ROOT, "budget mode: %.0f s, %d nodes left in float, score map SQNR on the budget images %.1f dB (%s)%n",
                budgetSeconds, budget.excluded().size(), budget.outputSqnr(), budget.met() ? "met" : "not met");
        System.out.printf(Locale.ROOT, "heaviest first: %.0f s, %d weighted nodes in int8, left in float %s, score map SQNR on the "
                + "calibration images %.1f dB (budget %.0f dB)%n", mixedSeconds, mixed.model().report().quantized().stream()
                        .filter(n -> !n.contains("(folded")).count(), mixed.excluded(), mixed.outputSqnr(), budgetDb);
        System.out.printf("%-28s %8s %8s %8s %8s %20s %20s %20s%n", "model", "file MB", "p50 ms", "p90 ms", "speedup",
                "score map SQNR dB", "scores SQNR dB", "offsets SQNR dB");
        double floatP50 = 0;
        int k = 0;
        for (String m : models.keySet()) {
            List<Double> t = new ArrayList<>(times.get(m));
            t.sort(null);
            double p50 = t.get(t.size() / 2), p90 = t.get((int) Math.ceil(t.size() * 0.9) - 1);
            if (k++ == 0) floatP50 = p50;
            System.out.printf(Locale.ROOT, "%-28s %8.2f %8.2f %8.2f %7.2fx %20s %20s %20s%n", m, Files.size(models.get(m)) / 1048576.0, p50,
                    p90, floatP50 / p50, k == 1 ? "ref" : median(sqnr.get(m), 0), k == 1 ? "ref" : median(sqnr.get(m), 1),
                    k == 1 ? "ref" : median(sqnr.get(m), 2));
        }
        System.out.println("(SQNR: median over the evaluation images, [min .. max] in brackets)");
        for (String m : models.keySet()) {
            if (m.equals("large float32 (reference)")) continue;
            double[] sig = new double[labels.length], noise = new double[labels.length];
            for (int i = 0; i < ref.size(); i++) {
                for (int l = 0; l < labels.length; l++) {
                    float[] r = ref.get(i).get(labels[l]), t = outs.get(m).get(i).get(labels[l]);
                    for (int j = 0; j < r.length; j++) {
                        sig[l] += (double) r[j] * r[j];
                        noise[l] += (double) (r[j] - t[j]) * (r[j] - t[j]);
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%-28s pooled over all evaluation images: score map %.1f dB, scores %.1f dB, offsets %.1f dB%n", m,
                    10 * Math.log10(sig[0] / noise[0]), 10 * Math.log10(sig[1] / noise[1]), 10 * Math.log10(sig[2] / noise[2]));
        }
        for (ModelRunner r : runners.values()) r.close();
        for (Map<String, OnnxTensor> f : feeds.values()) f.values().forEach(OnnxTensor::close);
        Files.deleteIfExists(ours);
        Files.deleteIfExists(budgeted);
        Files.deleteIfExists(heaviest);
        Files.deleteIfExists(dir);
    }

    private static String median(List<double[]> rows, int col) {
        double[] v = rows.stream().mapToDouble(r -> r[col]).sorted().toArray();
        return String.format(Locale.ROOT, "%.1f [%.1f..%.1f]", v[v.length / 2], v[0], v[v.length - 1]);
    }

    static RangeMethod method(String s) {
        if (s.equals("entropy")) return new RangeMethod.Entropy();
        if (s.startsWith("percentile:")) return new RangeMethod.Percentile(Double.parseDouble(s.substring(11)));
        return new RangeMethod.MinMax();
    }

    /** The sigmoid output that the NMS max-pool reads: M-LSD's centre score map. */
    static String scoreMap(ModelProto m) {
        for (NodeProto n : m.graph().nodes()) if (n.opType().equals("MaxPool")) return n.input(0);
        throw new IllegalArgumentException("no MaxPool (NMS) in the model: not an M-LSD model");
    }
}
