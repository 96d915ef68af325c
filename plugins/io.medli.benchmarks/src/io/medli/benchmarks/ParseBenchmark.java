package io.medli.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import io.medli.onnx.OnnxModel;
import io.medli.onnx.cost.CostModel;
import io.medli.onnx.shape.ShapeInference;

/**
 * Warm parse time and retained heap of a model, with shape inference and cost analysis timed
 * separately; ONNX Runtime's session creation (which parses the same protobuf natively and
 * prepares the graph) is timed in the same run as a reference point.
 * Usage: ParseBenchmark MODEL [RUNS]
 */
public final class ParseBenchmark {
    private ParseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path model = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        for (int i = 0; i < 10; i++) OnnxModel.read(model); // warm-up (JIT)
        double[] parse = new double[runs], infer = new double[runs], cost = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            OnnxModel m = OnnxModel.read(model);
            long t1 = System.nanoTime();
            var shapes = ShapeInference.infer(m.proto());
            long t2 = System.nanoTime();
            CostModel.analyze(m.proto(), shapes, Map.of());
            long t3 = System.nanoTime();
            parse[i] = (t1 - t0) / 1e6;
            infer[i] = (t2 - t1) / 1e6;
            cost[i] = (t3 - t2) / 1e6;
        }
        long before = Stats.usedHeap();
        OnnxModel kept = OnnxModel.read(model);
        long after = Stats.usedHeap();
        double retainedMb = (after - before) / 1048576.0;

        OrtEnvironment env = OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR, "bench");
        int ortRuns = Math.min(runs, 10);
        double[] ort = new double[ortRuns];
        try (OrtSession.SessionOptions so = new OrtSession.SessionOptions()) {
            so.setSessionLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
            so.setIntraOpNumThreads(1);
            env.createSession(model.toString(), so).close();
            for (int i = 0; i < ortRuns; i++) {
                long t0 = System.nanoTime();
                env.createSession(model.toString(), so).close();
                ort[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        System.out.printf(Locale.ROOT, "model %s (%.1f MB, %d nodes)%n", model.getFileName(), Files.size(model) / 1048576.0,
                kept.proto().graph().nodes().size());
        System.out.printf(Locale.ROOT, "medli parse          median %8.2f ms  (min %.2f, max %.2f, %d runs)%n", Stats.median(parse),
                Stats.min(parse), Stats.max(parse), runs);
        System.out.printf(Locale.ROOT, "medli shape infer    median %8.2f ms%n", Stats.median(infer));
        System.out.printf(Locale.ROOT, "medli cost model     median %8.2f ms%n", Stats.median(cost));
        System.out.printf(Locale.ROOT, "heap retained by the parsed model: %.2f MB%n", retainedMb);
        System.out.printf(Locale.ROOT, "ORT create session   median %8.2f ms  (%d runs; parse + graph optimization + kernels)%n",
                Stats.median(ort), ortRuns);
        System.out.printf(Locale.ROOT, "ratio ORT session / medli parse: %.1fx%n", Stats.median(ort) / Stats.median(parse));
        if (kept.proto() == null) throw new AssertionError();
    }
}
