package io.medli.train.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
    private TeacherLogits() {
    }

    /** Logits [samples][classes], and whether they came from the cache. */
    public record Result(float[][] logits, boolean cached, Path cacheFile) {
    }

    public static Result of(Path teacher, Dataset data, Path cacheDir, int threads, io.medli.onnx.progress.Monitor monitor) throws DataException, IOException {
        if (!Files.isRegularFile(teacher)) throw new DataException("teacher model " + teacher + " does not exist");
        String key = sha256(teacher).substring(0, 16) + "-" + data.fingerprint().substring(0, 16);
        Path cache = cacheDir.resolve("teacher-" + key + ".logits");
        float[][] cached = FloatRows.read(cache, data.size(), data.classes().size());
        if (cached != null) return new Result(cached, true, cache);
        float[][] logits = compute(teacher, data, threads, monitor);
        if (logits == null) return null;
        FloatRows.write(cache, logits);
        return new Result(logits, false, cache);
    }

    private static float[][] compute(Path teacher, Dataset data, int threads, io.medli.onnx.progress.Monitor monitor) throws DataException, IOException {
        try {
            return OnnxClassifier.logits(teacher, data, threads, monitor);
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
