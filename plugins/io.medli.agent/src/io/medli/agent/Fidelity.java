package io.medli.agent;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtSession;
import io.medli.agent.internal.Bench;
import io.medli.runtime.ModelRunException;
import io.medli.runtime.ModelRunner;
import io.medli.runtime.RunOptions;

/**
 * The host's check of a board's outputs: the reference model run here on the very inputs the agent
 * generated (same seed, sizes and batch), its float outputs compared with those in the report.
 * The reference may be the model sent (the board's runtime against this machine's) or the original
 * model it was compressed from.
 */
public final class Fidelity {
    private Fidelity() {
    }

    /** One output of one sample: the largest absolute difference and the cosine similarity. */
    public record Output(int sample, String name, double maxAbsDiff, double cosine) {
        /** One line for a console: "outputs against this machine: NAME (sample N): identical" or the difference and cosine. */
        public String text() {
            return String.format(java.util.Locale.ROOT, "outputs against this machine: %s (sample %d): %s", name, sample, maxAbsDiff == 0 ? "identical"
                    : String.format(java.util.Locale.ROOT, "max |difference| %.3g, cosine %.6f", maxAbsDiff, cosine));
        }
    }

    public static List<Output> check(BenchReport report, Path reference) throws IOException, ModelRunException {
        if (!"generated".equals(report.settings.inputs)) throw new IllegalArgumentException("the board ran uploaded samples; check them with the samples");
        List<Output> out = new ArrayList<>();
        int threads = report.settings.threads.get(0), batch = report.settings.batches.get(0);
        RunOptions base = RunOptions.defaults().withThreads(threads).withOptimization(report.runtime.optimization).withDims(report.settings.dims);
        try (ModelRunner r = ModelRunner.open(reference, base)) {
            RunOptions o = Bench.withBatch(base, r.inputs(), batch);
            for (BenchReport.Sample sample : report.outputs) {
                Map<String, OnnxTensor> in = r.generateInputs(o.withSeed(report.settings.seed + sample.index));
                try (OrtSession.Result res = r.run(in)) {
                    for (BenchReport.Tensor t : sample.tensors) {
                        if (!"FLOAT".equals(t.type) || t.data == null) continue;
                        var v = res.get(t.name);
                        if (v.isEmpty() || !(v.get() instanceof OnnxTensor here)) continue;
                        out.add(compare(sample.index, t, here));
                    }
                } finally {
                    in.values().forEach(OnnxValue::close);
                }
            }
        }
        return out;
    }

    private static Output compare(int sample, BenchReport.Tensor board, OnnxTensor here) {
        ByteBuffer b = ByteBuffer.wrap(Base64.getDecoder().decode(board.data)).order(ByteOrder.LITTLE_ENDIAN);
        var h = here.getFloatBuffer();
        int n = Math.min(b.remaining() / 4, h.remaining());
        double max = 0, dot = 0, na = 0, nb = 0;
        for (int i = 0; i < n; i++) {
            double x = b.getFloat(4 * i), y = h.get(i);
            max = Math.max(max, Math.abs(x - y));
            dot += x * y;
            na += x * x;
            nb += y * y;
        }
        double cos = na == 0 && nb == 0 ? 1 : dot / Math.sqrt(na * nb);
        if (b.remaining() / 4 != h.remaining()) max = Double.POSITIVE_INFINITY; // shapes differ: no match
        return new Output(sample, board.name, max, cos);
    }
}
