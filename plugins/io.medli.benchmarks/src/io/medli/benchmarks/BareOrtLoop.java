package io.medli.benchmarks;

import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;

/**
 * The peer of the agent's harness overhead (docs/benchmarks.md section 22): a bare ONNX Runtime loop
 * over a BERT-style model (input_ids, attention_mask, token_type_ids of shape [1, SEQ]) - session,
 * warm-up, System.nanoTime around run() - and its median, printed as "bare p50 MS".
 * Usage: BareOrtLoop MODEL SEQ THREADS WARMUP ITERATIONS
 */
public final class BareOrtLoop {
    private BareOrtLoop() {
    }

    public static void main(String[] a) throws Exception {
        String model = a[0];
        int seq = Integer.parseInt(a[1]), threads = Integer.parseInt(a[2]), warmup = Integer.parseInt(a[3]), iterations = Integer.parseInt(a[4]);
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions so = new OrtSession.SessionOptions()) {
            so.setIntraOpNumThreads(threads); // as the agent's --threads N: N intra-op threads, one inter-op
            so.setInterOpNumThreads(1);
            so.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            try (OrtSession s = env.createSession(model, so)) {
                Random r = new Random(42);
                long[] ids = new long[seq], mask = new long[seq], types = new long[seq];
                for (int i = 0; i < seq; i++) {
                    ids[i] = r.nextInt(30522);
                    mask[i] = 1;
                    types[i] = r.nextInt(2);
                }
                long[] shape = { 1, seq };
                try (OnnxTensor t1 = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
                        OnnxTensor t2 = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
                        OnnxTensor t3 = OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape)) {
                    Map<String, OnnxTensor> in = Map.of("input_ids", t1, "attention_mask", t2, "token_type_ids", t3);
                    for (int i = 0; i < warmup; i++) s.run(in).close();
                    long[] ns = new long[iterations];
                    for (int i = 0; i < iterations; i++) {
                        long t0 = System.nanoTime();
                        s.run(in).close();
                        ns[i] = System.nanoTime() - t0;
                    }
                    Arrays.sort(ns);
                    int rank = (int) Math.ceil(0.5 * iterations); // nearest rank, as the agent
                    System.out.printf(Locale.ROOT, "bare p50 %.4f%n", ns[rank - 1] / 1e6);
                }
            }
        }
    }
}
