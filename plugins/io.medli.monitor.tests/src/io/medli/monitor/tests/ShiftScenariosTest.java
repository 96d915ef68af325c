package io.medli.monitor.tests;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtSession;
import io.medli.monitor.ChunkMonitor;
import io.medli.monitor.ImageStats;
import io.medli.monitor.MonitorProfile;
import io.medli.monitor.ReferenceProfile;
import io.medli.runtime.ModelRunner;
import io.medli.runtime.RunOptions;
import io.medli.train.TrainingEvent;
import io.medli.train.TrainingProcess;
import io.medli.train.TrainingSpec;
import io.medli.train.data.Dataset;
import io.medli.train.data.IdxFiles;

/**
 * The shift scenarios on a real model: the catalog's CNN trained on part of Fashion-MNIST's
 * training split, its reference profile made from 6,000 test images with their labels, then chunks
 * of the other 4,000 - unchanged, brighter, rotated, blurred, or with another class mix - watched
 * without labels. Each shift must be detected within {@link #WITHIN} chunks; unchanged data must
 * raise no alarm; CBPE's estimated accuracy is compared with the true one.
 */
class ShiftScenariosTest {
    static final int CHUNK = 250, REFERENCE = 6000, CHUNKS = 16, WITHIN = ChunkMonitor.DEFAULT_PERSISTENCE;
    static final int SIDE = 28;
    @TempDir
    static Path dir;
    static Dataset test;
    static Path model;
    static MonitorProfile profile;

    @BeforeAll
    static void trainAndProfile() throws Exception {
        trainAndProfile(Integer.parseInt(System.getenv().getOrDefault("MEDLI_MONITOR_SEED", "5")));
    }

    static void trainAndProfile(int seed) throws Exception {
        TrainingSpec spec = new TrainingSpec().data(IdxFiles.DEBIAN_FASHION_MNIST.toString()).student("cnn").studentParam("width", "8").samplesPerClass(300)
                .epochs(4).batchSize(32).threads(2).seed(seed).out(dir.resolve("cnn" + seed + ".onnx").toString());
        List<TrainingEvent> events = new ArrayList<>();
        TrainingEvent end = TrainingProcess.start(spec, TrainingProcess.WorkerSetup.ofThisRuntime(dir.resolve("worker.log")), events::add).waitFor();
        TrainingEvent.Finished f = assertInstanceOf(TrainingEvent.Finished.class, end, () -> end + "\n" + events);
        model = Path.of(f.model());
        test = IdxFiles.read(IdxFiles.DEBIAN_FASHION_MNIST, "t10k");
        int[] idx = range(0, REFERENCE);
        Outputs ref = run(images(idx, "none", null));
        int[] labels = new int[REFERENCE];
        for (int i = 0; i < REFERENCE; i++) labels[i] = test.label(i);
        profile = MonitorProfile.of("cnn", ImageStats.NAMES, ref.features, ref.scores, labels, ReferenceProfile.Settings.defaults(CHUNK));
    }

    static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) r[i] = from + i;
        return r;
    }

    record Outputs(double[][] features, double[][] scores) {
    }

    /** The images at {@code idx}, each changed by {@code shift}. */
    static float[][] images(int[] idx, String shift, SplittableRandom r) {
        float[][] out = new float[idx.length][SIDE * SIDE];
        for (int k = 0; k < idx.length; k++) {
            float[] x = new float[SIDE * SIDE];
            test.copySample(idx[k], x, 0);
            out[k] = switch (shift) {
                case "brightness" -> brighter(x, 0.2f);
                case "rotation" -> rotated(x, Math.toRadians(25 * (r.nextBoolean() ? 1 : -1)));
                case "blur" -> blurred(x);
                default -> x;
            };
        }
        return out;
    }

    static float[] brighter(float[] x, float by) {
        float[] y = new float[x.length];
        for (int i = 0; i < x.length; i++) y[i] = Math.min(1, x[i] + by);
        return y;
    }

    static float[] rotated(float[] x, double angle) {
        float[] y = new float[x.length];
        double c = Math.cos(angle), s = Math.sin(angle), mid = (SIDE - 1) / 2.0;
        for (int v = 0; v < SIDE; v++) {
            for (int u = 0; u < SIDE; u++) {
                double sx = c * (u - mid) + s * (v - mid) + mid, sy = -s * (u - mid) + c * (v - mid) + mid;
                int x0 = (int) Math.floor(sx), y0 = (int) Math.floor(sy);
                double fx = sx - x0, fy = sy - y0, acc = 0;
                for (int dy = 0; dy < 2; dy++) for (int dx = 0; dx < 2; dx++) {
                    int xx = x0 + dx, yy = y0 + dy;
                    if (xx >= 0 && yy >= 0 && xx < SIDE && yy < SIDE) acc += x[yy * SIDE + xx] * (dx == 0 ? 1 - fx : fx) * (dy == 0 ? 1 - fy : fy);
                }
                y[v * SIDE + u] = (float) acc;
            }
        }
        return y;
    }

    /** A 3 x 3 box blur (edges: the pixels inside). */
    static float[] blurred(float[] x) {
        float[] y = new float[x.length];
        for (int v = 0; v < SIDE; v++) {
            for (int u = 0; u < SIDE; u++) {
                double sum = 0;
                int n = 0;
                for (int dy = -1; dy <= 1; dy++) for (int dx = -1; dx <= 1; dx++) {
                    int xx = u + dx, yy = v + dy;
                    if (xx >= 0 && yy >= 0 && xx < SIDE && yy < SIDE) {
                        sum += x[yy * SIDE + xx];
                        n++;
                    }
                }
                y[v * SIDE + u] = (float) (sum / n);
            }
        }
        return y;
    }

    /** The model on the images, batch by batch: each image's statistics and class probabilities. */
    static Outputs run(float[][] imgs) throws Exception {
        double[][] feats = new double[imgs.length][], scores = new double[imgs.length][];
        try (ModelRunner r = ModelRunner.open(model, RunOptions.defaults().withThreads(1))) {
            String input = r.inputs().get(0).name();
            for (int from = 0; from < imgs.length; from += CHUNK) {
                int n = Math.min(CHUNK, imgs.length - from);
                FloatBuffer fb = FloatBuffer.allocate(n * SIDE * SIDE);
                for (int i = 0; i < n; i++) fb.put(imgs[from + i]);
                fb.flip();
                try (OnnxTensor t = OnnxTensor.createTensor(ModelRunner.environment(), fb, new long[] { n, 1, SIDE, SIDE });
                        OrtSession.Result out = r.run(Map.of(input, t))) {
                    float[][] logits = (float[][]) out.get(0).getValue();
                    for (int i = 0; i < n; i++) {
                        feats[from + i] = ImageStats.of(imgs[from + i], 1, SIDE, SIDE);
                        scores[from + i] = MonitorProfile.probabilities(logits[i]);
                    }
                }
            }
        }
        return new Outputs(feats, scores);
    }

    /** What a scenario showed: the first chunk with an alert (0-based; -1: none), the alerts, the estimated and true accuracies. */
    record Result(String scenario, int firstAlert, int alertedChunks, int crossedChunks, List<String> alerts, double[] estimated, double[] truth) {
        double mae() {
            double s = 0;
            for (int i = 0; i < truth.length; i++) s += Math.abs(estimated[i] - truth[i]);
            return s / truth.length;
        }
    }

    static Result scenario(String name) throws Exception {
        SplittableRandom r = new SplittableRandom(name.hashCode());
        int[] pool = range(REFERENCE, test.size());
        int[] idx = new int[CHUNKS * CHUNK];
        for (int i = 0; i < idx.length; i++) {
            if (name.equals("class prior")) {
                // three classes (T-shirt, trouser, pullover) make 70 % of the chunk instead of 30 %
                int want = r.nextDouble() < 0.7 ? r.nextInt(3) : 3 + r.nextInt(7), j;
                do j = pool[r.nextInt(pool.length)]; while (test.label(j) != want);
                idx[i] = j;
            } else idx[i] = pool[i % pool.length];
        }
        Outputs o = run(images(idx, name, r));
        ChunkMonitor m = new ChunkMonitor(profile);
        int first = -1, alerted = 0, crossed = 0;
        List<String> alerts = new ArrayList<>();
        double[] est = new double[CHUNKS], truth = new double[CHUNKS];
        for (int i = 0; i < idx.length; i++) {
            ChunkMonitor.ChunkReport rep = m.add(o.features[i], o.scores[i], 1.0);
            if (rep == null) continue;
            int c = (int) rep.chunk();
            est[c] = rep.estimate().accuracy();
            int right = 0;
            for (int k = c * CHUNK; k < (c + 1) * CHUNK; k++) if (io.medli.monitor.Cbpe.argmax(o.scores[k]) == test.label(idx[k])) right++;
            truth[c] = right / (double) CHUNK;
            if (!rep.crossings().isEmpty()) crossed++;
            if (!rep.quiet()) {
                alerted++;
                if (first < 0) first = c;
                alerts.addAll(rep.alerts());
            }
        }
        return new Result(name, first, alerted, crossed, alerts, est, truth);
    }

    @Test
    void eachShiftIsDetectedAndUnchangedDataRaisesNoAlarm() throws Exception {
        Map<String, Result> results = new LinkedHashMap<>();
        for (String s : List.of("none", "brightness", "rotation", "blur", "class prior")) results.put(s, scenario(s));
        StringBuilder table = new StringBuilder("| scenario | first chunk alerted | chunks alerted | chunks with a threshold crossed | estimated accuracy (mean) | true accuracy (mean) | MAE |\n");
        for (Result r : results.values()) {
            table.append(String.format(Locale.ROOT, "| %s | %s | %d of %d | %d | %.3f | %.3f | %.3f |%n", r.scenario(), r.firstAlert() < 0 ? "none" : String.valueOf(r.firstAlert() + 1),
                    r.alertedChunks(), CHUNKS, r.crossedChunks(), mean(r.estimated()), mean(r.truth()), r.mae()));
        }
        System.out.println(table);
        results.values().forEach(r -> System.out.println(r.scenario() + ": " + r.alerts().stream().distinct().limit(8).toList()));
        Result none = results.get("none");
        assertTrue(none.alertedChunks() == 0, "unchanged data raised alarms: " + none.alerts() + "\n" + table);
        for (String s : List.of("brightness", "rotation", "blur", "class prior")) {
            Result r = results.get(s);
            assertTrue(r.firstAlert() >= 0 && r.firstAlert() < WITHIN, s + " not detected within " + WITHIN + " chunks\n" + table);
        }
        assertTrue(none.mae() < 0.05, "CBPE on unchanged data: " + table);
    }

    static double mean(double[] v) {
        return java.util.Arrays.stream(v).average().orElse(Double.NaN);
    }
}
