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
import io.medli.compress.calibrate.TensorTap;
import io.medli.compress.data.ImageFolderData;
import io.medli.compress.data.ImagePreprocessing;
import io.medli.compress.data.InputTensor;
import io.medli.onnx.OnnxModel;
import io.medli.onnx.proto.ModelProto;
import io.medli.runtime.ModelRunner;
import io.medli.runtime.RunOptions;

/**
 * M-LSD models side by side against the large float model, on images none of them was tuned on:
 * file size, latency (batch 1, one thread and two threads, all models interleaved in one run; on a
 * shared two-core machine the two-thread times are bimodal - the second core is often busy - so
 * their lower quartile is printed next to the median), SQNR of the score
 * map and of the offsets, and agreement on the detected line centres - the peaks of "scores"
 * (after the model's own 3x3 NMS) above a threshold, matched within one pixel - as precision,
 * recall and F1 against the large model's centres.
 *
 * Usage: LineDetectorBenchmark IMAGES THRESHOLD REFERENCE.onnx [LABEL=]MODEL.onnx...
 */
public final class LineDetectorBenchmark {
    private static final String SCORE_MAP = "WireFrameModel_with_alpha/Decoder/Sigmoid_4:0";

    private LineDetectorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path images = Path.of(args[0]);
        float threshold = Float.parseFloat(args[1]);
        Map<String, Path> models = new LinkedHashMap<>();
        for (int i = 2; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            Path p = Path.of(eq > 0 ? args[i].substring(eq + 1) : args[i]);
            models.put(eq > 0 ? args[i].substring(0, eq) : p.getFileName().toString(), p);
        }
        String reference = models.keySet().iterator().next();
        ModelProto refProto = OnnxModel.read(models.get(reference)).proto();
        // the authors feed RGB in 0..255 with a constant 1 as fourth channel
        ImageFolderData data = ImageFolderData.open(images, refProto, ImagePreprocessing.defaults().withScale(1f).withFill(1f));

        List<String> taps = List.of(SCORE_MAP, "scores", "offsets");
        Map<String, List<Map<String, float[]>>> outs = new LinkedHashMap<>();
        for (Map.Entry<String, Path> e : models.entrySet()) {
            List<Map<String, float[]>> perImage = new ArrayList<>();
            try (TensorTap tap = TensorTap.open(OnnxModel.read(e.getValue()).proto(), taps, 2, "all")) {
                for (int i = 0; i < data.size(); i++) {
                    Map<String, float[]> o = new LinkedHashMap<>();
                    tap.run(data.sample(i), (name, shape, values) -> o.put(name, values));
                    perImage.add(o);
                }
            }
            outs.put(e.getKey(), perImage);
        }

        InputTensor probe = data.sample(0).values().iterator().next();
        Map<String, double[]> one = latency(models, probe, 1), two = latency(models, probe, 2);
        System.out.printf(Locale.ROOT, "%d images from %s; line centres: scores > %.2f after the model's NMS, matched within 1 pixel%n",
                data.size(), images, threshold);
        System.out.printf(Locale.ROOT, "%-34s %8s %11s %8s %11s %11s %13s %11s %9s %7s %6s%n", "model", "file MB", "1 thr p50",
                "speed", "2 thr p25", "2 thr p50", "score map dB", "offsets dB", "precision", "recall", "F1");
        double refP50 = one.get(reference)[1];
        List<Map<String, float[]>> ref = outs.get(reference);
        for (String m : models.keySet()) {
            double[] noise = new double[2], signal = new double[2];
            int hit = 0, theirs = 0, ours = 0;
            for (int i = 0; i < ref.size(); i++) {
                Map<String, float[]> a = ref.get(i), b = outs.get(m).get(i);
                String[] pooled = { SCORE_MAP, "offsets" };
                for (int k = 0; k < 2; k++) {
                    float[] x = a.get(pooled[k]), y = b.get(pooled[k]);
                    for (int j = 0; j < x.length; j++) {
                        noise[k] += (double) (x[j] - y[j]) * (x[j] - y[j]);
                        signal[k] += (double) x[j] * x[j];
                    }
                }
                int[] counts = match(a.get("scores"), b.get("scores"), threshold);
                hit += counts[0];
                theirs += counts[1];
                ours += counts[2];
            }
            double precision = ours == 0 ? 0 : (double) hitsOf(ref, outs.get(m), threshold) / ours, recall = theirs == 0 ? 0 : (double) hit / theirs;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            boolean isRef = m.equals(reference);
            System.out.printf(Locale.ROOT, "%-34s %8.2f %8.2f ms %7.2fx %8.2f ms %8.2f ms %13s %11s %9s %7s %6s%n", m,
                    Files.size(models.get(m)) / 1048576.0, one.get(m)[1], refP50 / one.get(m)[1], two.get(m)[0], two.get(m)[1],
                    isRef ? "ref" : db(noise[0], signal[0]), isRef ? "ref" : db(noise[1], signal[1]),
                    isRef ? "ref" : String.format(Locale.ROOT, "%.1f%%", 100 * precision), isRef ? "ref" : String.format(Locale.ROOT, "%.1f%%", 100 * recall),
                    isRef ? "ref" : String.format(Locale.ROOT, "%.3f", f1));
        }
        System.out.printf(Locale.ROOT, "(the reference finds %d line centres on these images)%n", centres(ref, threshold));
    }

    private static String db(double noise, double signal) {
        return String.format(Locale.ROOT, "%.1f", 10 * Math.log10(signal / Math.max(noise, 1e-30)));
    }

    /** {reference centres with a candidate centre within 1 pixel, reference centres, candidate centres} on a 160x160 map. */
    static int[] match(float[] ref, float[] cand, float threshold) {
        int side = (int) Math.round(Math.sqrt(ref.length));
        int hit = 0, a = 0, b = 0;
        for (int j = 0; j < ref.length; j++) {
            if (cand[j] > threshold) b++;
            if (!(ref[j] > threshold)) continue;
            a++;
            if (near(cand, j, side, threshold)) hit++;
        }
        return new int[] { hit, a, b };
    }

    /** Candidate centres with a reference centre within 1 pixel, over all images. */
    private static int hitsOf(List<Map<String, float[]>> ref, List<Map<String, float[]>> cand, float threshold) {
        int n = 0;
        for (int i = 0; i < ref.size(); i++) {
            float[] r = ref.get(i).get("scores"), c = cand.get(i).get("scores");
            int side = (int) Math.round(Math.sqrt(r.length));
            for (int j = 0; j < c.length; j++) if (c[j] > threshold && near(r, j, side, threshold)) n++;
        }
        return n;
    }

    private static boolean near(float[] map, int j, int side, float threshold) {
        int y = j / side, x = j % side;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int yy = y + dy, xx = x + dx;
                if (yy >= 0 && yy < side && xx >= 0 && xx < side && map[yy * side + xx] > threshold) return true;
            }
        }
        return false;
    }

    private static int centres(List<Map<String, float[]>> outs, float threshold) {
        int n = 0;
        for (Map<String, float[]> o : outs) for (float v : o.get("scores")) if (v > threshold) n++;
        return n;
    }

    /** p25, p50 and p90 in ms: 5 warm-up runs each, then 30 rounds of 3 runs per model, models interleaved. */
    private static Map<String, double[]> latency(Map<String, Path> models, InputTensor probe, int threads) throws Exception {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        RunOptions ro = RunOptions.defaults().withThreads(threads).withOptimization("all");
        Map<String, ModelRunner> runners = new LinkedHashMap<>();
        Map<String, Map<String, OnnxTensor>> feeds = new LinkedHashMap<>();
        Map<String, List<Double>> times = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, Path> e : models.entrySet()) {
                ModelRunner r = ModelRunner.open(e.getValue(), ro);
                runners.put(e.getKey(), r);
                feeds.put(e.getKey(), Map.of(r.inputs().get(0).name(), OnnxTensor.createTensor(env, FloatBuffer.wrap(probe.floats()), probe.shape())));
                times.put(e.getKey(), new ArrayList<>());
            }
            for (int w = 0; w < 5; w++) for (String m : runners.keySet()) runners.get(m).run(feeds.get(m)).close();
            for (int round = 0; round < 30; round++) {
                for (String m : runners.keySet()) {
                    for (int i = 0; i < 3; i++) {
                        long t = System.nanoTime();
                        runners.get(m).run(feeds.get(m)).close();
                        times.get(m).add((System.nanoTime() - t) / 1e6);
                    }
                }
            }
        } finally {
            for (Map<String, OnnxTensor> f : feeds.values()) f.values().forEach(OnnxTensor::close);
            for (ModelRunner r : runners.values()) r.close();
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<Double>> e : times.entrySet()) {
            double[] v = e.getValue().stream().mapToDouble(Double::doubleValue).sorted().toArray();
            out.put(e.getKey(), new double[] { v[v.length / 4], v[v.length / 2], v[(int) (v.length * 0.9)] });
        }
        return out;
    }
}
