package io.medli.agent;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.medli.agent.internal.Bench;
import io.medli.agent.internal.SampleInputs;
import io.medli.onnx.proto.TensorProto;
import io.medli.runtime.ModelRunException;
import io.medli.runtime.ModelRunner;
import io.medli.runtime.RunOptions;
import io.medli.runtime.Tensors;

/**
 * The host's check of a board's outputs: the reference model run here on the very inputs the agent
 * generated (same seed, sizes and batch) or read (the same sample folder), its float outputs
 * compared with those in the report.
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

    /** The check of a run on generated inputs. */
    public static List<Output> check(BenchReport report, Path reference) throws IOException, ModelRunException {
        return check(report, reference, null);
    }

    /**
     * The check of a run on generated inputs, or, with {@code samples}, of one on that sample folder
     * (the copy on this machine of what the board read).
     */
    public static List<Output> check(BenchReport report, Path reference, Path samples) throws IOException, ModelRunException {
        boolean generated = "generated".equals(report.settings.inputs);
        if (!generated && samples == null) throw new IllegalArgumentException("the board ran uploaded samples; check them with the samples");
        List<Output> out = new ArrayList<>();
        int threads = report.settings.threads.get(0), batch = report.settings.batches.get(0);
        RunOptions base = RunOptions.defaults().withThreads(threads).withOptimization(report.runtime.optimization).withDims(report.settings.dims);
        try (ModelRunner r = ModelRunner.open(reference, base)) {
            RunOptions o = generated ? Bench.withBatch(base, r.inputs(), batch) : base;
            List<Map<String, TensorProto>> feeds = generated ? List.of() : SampleInputs.read(samples, r.inputs());
            for (BenchReport.Sample sample : report.outputs) {
                Map<String, OnnxTensor> in = generated ? r.generateInputs(o.withSeed(report.settings.seed + sample.index)) : tensors(feeds.get(sample.index));
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

    private static Map<String, OnnxTensor> tensors(Map<String, TensorProto> sample) throws ModelRunException {
        Map<String, OnnxTensor> feed = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, TensorProto> e : sample.entrySet()) feed.put(e.getKey(), Tensors.of(e.getValue()));
            return feed;
        } catch (IOException | OrtException | RuntimeException e) {
            feed.values().forEach(OnnxValue::close);
            throw new ModelRunException("cannot make input tensors of the samples: " + e.getMessage(), e);
        }
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
