package io.medli.train.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.medli.runtime.InputSpec;
import io.medli.runtime.ModelRunException;
import io.medli.runtime.ModelRunner;
import io.medli.runtime.RunOptions;
import io.medli.train.data.DataException;
import io.medli.train.data.Dataset;

/**
 * A teacher's raw outputs (logits) for every sample of a data set, computed in ONNX Runtime in
 * batches and cached on disk by teacher file and data set, so that a second run (another student,
 * another temperature) reuses them.
 */
public final class TeacherLogits {
    private static final int MAGIC = 0x4d4c4f47; // "MLOG"

    private TeacherLogits() {
    }

    /** Logits [samples][classes], and whether they came from the cache. */
    public record Result(float[][] logits, boolean cached, Path cacheFile) {
    }

    public interface Progress {
        /** @return false to stop */
        boolean done(int samples, int total);
    }

    public static Result of(Path teacher, Dataset data, Path cacheDir, int threads, Progress progress) throws DataException, IOException {
        if (!Files.isRegularFile(teacher)) throw new DataException("teacher model " + teacher + " does not exist");
        String key = sha256(teacher).substring(0, 16) + "-" + data.fingerprint().substring(0, 16);
        Path cache = cacheDir.resolve("teacher-" + key + ".logits");
        if (Files.isRegularFile(cache)) {
            float[][] l = read(cache, data.size());
            if (l != null && l[0].length == data.classes().size()) return new Result(l, true, cache);
        }
        float[][] logits = compute(teacher, data, threads, progress);
        if (logits == null) return null;
        Files.createDirectories(cacheDir);
        Path tmp = Files.createTempFile(cacheDir, "teacher-", ".part");
        try {
            try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeInt(logits.length);
                out.writeInt(logits[0].length);
                for (float[] row : logits) for (float v : row) out.writeFloat(v);
            }
            Files.move(tmp, cache, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return new Result(logits, false, cache);
    }

    private static float[][] read(Path file, int samples) {
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC) return null;
            int n = in.readInt(), c = in.readInt();
            if (n != samples || c <= 0 || c > 1 << 20) return null;
            float[][] l = new float[n][c];
            for (float[] row : l) for (int j = 0; j < c; j++) row[j] = in.readFloat();
            return l;
        } catch (IOException e) {
            return null; // a damaged cache is recomputed
        }
    }

    private static float[][] compute(Path teacher, Dataset data, int threads, Progress progress) throws DataException, IOException {
        try (ModelRunner runner = ModelRunner.open(teacher, RunOptions.defaults().withThreads(threads))) {
            List<InputSpec> inputs = runner.inputs();
            if (inputs.size() != 1) {
                throw new DataException("the teacher " + teacher.getFileName() + " has " + inputs.size()
                        + " inputs; distillation needs a teacher with one image/signal input");
            }
            InputSpec in = inputs.get(0);
            long[] dims = in.shape();
            int[] sample = data.sampleShape();
            if (dims.length != sample.length + 1) {
                throw new DataException("the teacher's input " + in.name() + " has rank " + dims.length + " but the samples are "
                        + java.util.Arrays.toString(sample) + " (rank " + (sample.length + 1) + " with the batch)");
            }
            for (int i = 0; i < sample.length; i++) {
                if (dims[i + 1] > 0 && dims[i + 1] != sample[i]) {
                    throw new DataException("the teacher's input " + in.name() + " is " + java.util.Arrays.toString(dims) + " but the samples are "
                            + java.util.Arrays.toString(sample) + ": resize the data or cut the teacher to match");
                }
            }
            int batch = dims[0] > 0 ? (int) dims[0] : 256;
            if (dims[0] > 1) batch = (int) dims[0];
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            float[][] out = new float[data.size()][];
            int size = data.sampleSize();
            for (int start = 0; start < data.size(); start += batch) {
                int n = Math.min(batch, data.size() - start);
                int fed = dims[0] > 0 ? (int) dims[0] : n;
                float[] x = new float[fed * size];
                for (int k = 0; k < n; k++) data.copySample(start + k, x, k * size);
                long[] shape = new long[dims.length];
                shape[0] = fed;
                for (int i = 0; i < sample.length; i++) shape[i + 1] = sample[i];
                try (OnnxTensor t = OnnxTensor.createTensor(env, FloatBuffer.wrap(x), shape); OrtSession.Result r = runner.run(Map.of(in.name(), t))) {
                    float[][] logits = (float[][]) matrix(r, teacher);
                    if (logits[0].length != data.classes().size()) {
                        throw new DataException("the teacher predicts " + logits[0].length + " classes but the data set has "
                                + data.classes().size() + " " + data.classes() + ": use a teacher trained on these classes");
                    }
                    for (int k = 0; k < n; k++) out[start + k] = logits[k];
                }
                if (progress != null && !progress.done(start + n, data.size())) return null;
            }
            return out;
        } catch (ModelRunException | OrtException e) {
            throw new DataException("the teacher " + teacher.getFileName() + " cannot run: " + e.getMessage(), e);
        }
    }

    private static Object matrix(OrtSession.Result r, Path teacher) throws OrtException, DataException {
        Object v = r.get(0).getValue();
        if (!(v instanceof float[][] m)) {
            throw new DataException("the teacher " + teacher.getFileName() + "'s first output is not a float [batch, classes] matrix");
        }
        return m;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
