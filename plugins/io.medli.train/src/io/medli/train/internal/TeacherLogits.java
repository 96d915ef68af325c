package io.medli.train.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

import io.medli.train.OnnxClassifier;
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

    @FunctionalInterface
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
        try {
            return OnnxClassifier.logits(teacher, data, threads, progress == null ? null : progress::done);
        } catch (DataException e) {
            throw new DataException("the teacher: " + e.getMessage(), e);
        }
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
