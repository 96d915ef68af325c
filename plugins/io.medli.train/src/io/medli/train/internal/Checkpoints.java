package io.medli.train.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import io.medli.train.TrainingEvent;
import io.medli.train.TrainingException;
import io.medli.train.TrainingListener;

/**
 * A checkpoint folder: last.params, best.params and state.json (the setup it belongs to and where
 * the run was), each written to a temporary file and moved into place, so that a crash or a full
 * disk leaves the previous checkpoint whole.
 */
final class Checkpoints {
    private Checkpoints() {
    }

    /**
     * Writes the checkpoint of {@code epoch} ({@code state} with the setup's key under "spec"); a
     * failure is a warning, not the end of the run.
     */
    static void write(Block net, Path dir, JsonObject state, int epoch, boolean best, TrainingListener listener) {
        try {
            Files.createDirectories(dir);
            save(net, dir.resolve("last.params"));
            if (best) save(net, dir.resolve("best.params"));
            atomically(dir.resolve("state.json"), state.toString().getBytes(StandardCharsets.UTF_8));
            listener.on(new TrainingEvent.Checkpoint(epoch, dir.toString()));
        } catch (IOException e) {
            listener.on(new TrainingEvent.Message("WARNING", "checkpoint of epoch " + epoch + " not written (" + e.getMessage()
                    + "); the previous one is kept. Free space in " + dir + " to keep resumable checkpoints"));
        }
    }

    static void save(Block net, Path file) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
        try {
            try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                net.saveParameters(out);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static void atomically(Path file, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static void load(Block net, NDManager manager, Path file) throws TrainingException {
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            net.loadParameters(manager, in);
        } catch (IOException | MalformedModelException e) {
            throw new TrainingException("cannot read the checkpoint " + file + ": " + e.getMessage(), e);
        }
    }

    /** The saved state of a checkpoint folder when it belongs to the same setup ({@code specKey}), else null. */
    static JsonObject readState(Path dir, String specKey) {
        try {
            JsonObject s = new Gson().fromJson(Files.readString(dir.resolve("state.json")), JsonObject.class);
            if (s == null || !specKey.equals(s.get("spec").getAsString()) || !Files.isRegularFile(dir.resolve("last.params"))) return null;
            return s;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
