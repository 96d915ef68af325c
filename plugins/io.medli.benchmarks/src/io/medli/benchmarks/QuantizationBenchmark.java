package io.medli.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import io.medli.compress.DynamicQuantizer;
import io.medli.compress.Fidelity;
import io.medli.compress.QuantizedModel;
import io.medli.compress.text.WordPieceTokenizer;
import io.medli.onnx.OnnxModel;
import io.medli.runtime.ModelRunner;
import io.medli.runtime.RunOptions;

/**
 * Our dynamic int8 MiniLM against the int8 model ONNX Runtime's own tooling made, in one run:
 * file size, latency at sequence length 128 (batch 1, 2 threads, runs of the models interleaved),
 * and the mean cosine similarity of mean-pooled embeddings to the float model on real sentences.
 * Usage: QuantizationBenchmark FLOAT.onnx PEER.onnx tokenizer.json TEXT_DIR [SENTENCES]
 */
public final class QuantizationBenchmark {
    private QuantizationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path floatModel = Path.of(args[0]), peer = Path.of(args[1]);
        WordPieceTokenizer tok = WordPieceTokenizer.load(Path.of(args[2]));
        List<String> sentences = sentences(Path.of(args[3]), args.length > 4 ? Integer.parseInt(args[4]) : 300);
        Path dir = Files.createTempDirectory("medli-qbench");
        Path ours = dir.resolve("minilm-medli-int8.onnx");
        long t0 = System.nanoTime();
        QuantizedModel q = DynamicQuantizer.quantize(OnnxModel.read(floatModel).proto(), DynamicQuantizer.Options.defaults());
        OnnxModel.of(q.model()).write(ours);
        double quantizeSeconds = (System.nanoTime() - t0) / 1e9;

        Map<String, Path> models = new LinkedHashMap<>();
        models.put("float32 (reference)", floatModel);
        models.put("MEDLI dynamic int8", ours);
        models.put("ORT tooling int8 (peer)", peer);
        RunOptions options = RunOptions.defaults().withThreads(2).withOptimization("all");
        Map<String, ModelRunner> runners = new LinkedHashMap<>();
        for (Map.Entry<String, Path> e : models.entrySet()) runners.put(e.getKey(), ModelRunner.open(e.getValue(), options));
        OrtEnvironment env = OrtEnvironment.getEnvironment();

        // fidelity on real sentences, each at its own length
        double[] sumCos = new double[3], minCos = { 1, 1, 1 };
        for (String s : sentences) {
            long[] ids = tok.encode(s, 128);
            float[][] pooled = new float[3][];
            int k = 0;
            for (ModelRunner r : runners.values()) pooled[k++] = meanPooled(r, env, ids);
            for (int m = 1; m < 3; m++) {
                double c = Fidelity.cosine(pooled[0], pooled[m]);
                sumCos[m] += c;
                minCos[m] = Math.min(minCos[m], c);
            }
        }

        // latency at 128 tokens, interleaved so that machine noise hits all models alike
        StringBuilder longText = new StringBuilder();
        for (String s : sentences) {
            longText.append(s).append(' ');
            if (longText.length() > 2000) break;
        }
        long[] ids128 = tok.encode(longText.toString(), 128);
        Map<String, Map<String, OnnxTensor>> feeds = new LinkedHashMap<>();
        for (String name : runners.keySet()) feeds.put(name, inputs(env, ids128));
        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (String name : runners.keySet()) times.put(name, new ArrayList<>());
        for (int w = 0; w < 20; w++) for (String name : runners.keySet()) runners.get(name).run(feeds.get(name)).close();
        for (int round = 0; round < 30; round++) {
            for (String name : runners.keySet()) {
                for (int i = 0; i < 5; i++) {
                    long a = System.nanoTime();
                    runners.get(name).run(feeds.get(name)).close();
                    times.get(name).add((System.nanoTime() - a) / 1e6);
                }
            }
        }

        System.out.printf(Locale.ROOT, "%d real sentences from %s; sequence length 128 for latency (%d runs per model, interleaved)%n",
                sentences.size(), args[3], times.values().iterator().next().size());
        System.out.printf(Locale.ROOT, "MEDLI quantized in %.1f s: %d nodes int8, %d kept in float%n", quantizeSeconds,
                q.report().quantized().size(), q.report().keptInFloat().size());
        System.out.printf("%-26s %12s %10s %10s %14s %12s%n", "model", "file MB", "p50 ms", "p90 ms", "mean cosine", "min cosine");
        int k = 0;
        double floatP50 = 0;
        for (Map.Entry<String, Path> e : models.entrySet()) {
            List<Double> t = new ArrayList<>(times.get(e.getKey()));
            t.sort(null);
            double p50 = t.get(t.size() / 2), p90 = t.get((int) Math.ceil(t.size() * 0.9) - 1);
            if (k == 0) floatP50 = p50;
            System.out.printf(Locale.ROOT, "%-26s %12.2f %10.2f %10.2f %14s %12s%n", e.getKey(), Files.size(e.getValue()) / 1048576.0,
                    p50, p90, k == 0 ? "1" : String.format(Locale.ROOT, "%.5f", sumCos[k] / sentences.size()),
                    k == 0 ? "1" : String.format(Locale.ROOT, "%.5f", minCos[k]));
            k++;
        }
        System.out.printf(Locale.ROOT, "(float p50 %.2f ms)%n", floatP50);
        for (ModelRunner r : runners.values()) r.close();
        Files.deleteIfExists(ours);
        Files.deleteIfExists(dir);
    }

    /** Sentences of 6 to 60 words from the text files in {@code dir}, deduplicated, in file order. */
    static List<String> sentences(Path dir, int max) throws Exception {
        Set<String> out = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(dir).sorted()) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (!Files.isRegularFile(f)) continue;
                String text;
                try {
                    text = Files.readString(f);
                } catch (java.nio.charset.MalformedInputException e) {
                    continue;
                }
                for (String s : text.replaceAll("\\s+", " ").split("(?<=[.!?])\\s+")) {
                    String t = s.trim();
                    int words = t.split(" ").length;
                    if (words >= 6 && words <= 60 && t.chars().filter(Character::isLetter).count() > t.length() / 2) out.add(t);
                    if (out.size() >= max) return new ArrayList<>(out);
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static Map<String, OnnxTensor> inputs(OrtEnvironment env, long[] ids) throws Exception {
        long[][] i = { ids }, mask = { new long[ids.length] }, types = { new long[ids.length] };
        java.util.Arrays.fill(mask[0], 1);
        Map<String, OnnxTensor> m = new LinkedHashMap<>();
        m.put("input_ids", OnnxTensor.createTensor(env, i));
        m.put("attention_mask", OnnxTensor.createTensor(env, mask));
        m.put("token_type_ids", OnnxTensor.createTensor(env, types));
        return m;
    }

    private static float[] meanPooled(ModelRunner r, OrtEnvironment env, long[] ids) throws Exception {
        Map<String, OnnxTensor> in = inputs(env, ids);
        try (OrtSession.Result res = r.run(in)) {
            float[][][] h = (float[][][]) res.get("last_hidden_state").get().getValue();
            float[] mean = new float[h[0][0].length];
            for (float[] tokenVec : h[0]) for (int d = 0; d < mean.length; d++) mean[d] += tokenVec[d] / h[0].length;
            return mean;
        } finally {
            in.values().forEach(OnnxTensor::close);
        }
    }
}
