package io.medli.recipe.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

import io.medli.onnx.AtomicFiles;

/**
 * The folders of runs beside a recipe: {@code runs/<timestamp>/NN-step/} with the step's model,
 * {@code step.json} (its key, figures and notes) and {@code log.txt}. A step is written into a
 * hidden {@code .partial} folder and renamed when complete, so a cancelled or failed step leaves no
 * half-written artefact; a finished step is found again by its key and linked into later runs.
 */
final class RunFolder {
    static final String STEP_FILE = "step.json";
    static final String RUN_FILE = "run.json";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeSpecialFloatingPointValues().create();

    /** What step.json holds. */
    static final class StepRecord {
        String key;
        String kind;
        String name;
        String model;
        String modelHash;
        Map<String, Double> metrics = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        double seconds;
    }

    private final Path runs;
    private final Path dir;

    private RunFolder(Path runs, Path dir) {
        this.runs = runs;
        this.dir = dir;
    }

    /** A new run folder under {@code recipeDir/runs}, named {@code name} or by the time (with a suffix where two runs start in one second). */
    static RunFolder create(Path recipeDir, String name) throws IOException {
        Path runs = recipeDir.resolve("runs");
        Files.createDirectories(runs);
        String stamp = name != null ? name : LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        for (int n = 1;; n++) {
            Path d = runs.resolve(n == 1 ? stamp : stamp + "-" + n);
            try {
                Files.createDirectory(d);
                return new RunFolder(runs, d);
            } catch (FileAlreadyExistsException e) {
                // another run started in the same second
            }
        }
    }

    Path dir() {
        return dir;
    }

    static String stepFolder(int index, String name) {
        return String.format("%02d-%s", index + 1, name.replaceAll("[^A-Za-z0-9._-]", "_"));
    }

    /** An empty hidden folder to write step {@code index} into. */
    Path begin(int index, String name) throws IOException {
        Path p = dir.resolve("." + stepFolder(index, name) + ".partial");
        deleteTree(p);
        return Files.createDirectories(p);
    }

    /** Writes step.json and the log into {@code partial} and gives the folder its final name. */
    Path commit(Path partial, int index, String name, StepRecord record, List<String> log) throws IOException {
        Files.writeString(partial.resolve(STEP_FILE), GSON.toJson(record), StandardCharsets.UTF_8);
        Files.write(partial.resolve("log.txt"), log, StandardCharsets.UTF_8);
        Path done = dir.resolve(stepFolder(index, name));
        try {
            Files.move(partial, done, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, done);
        }
        return done;
    }

    void abandon(Path partial) {
        try {
            deleteTree(partial);
        } catch (IOException ignored) {
            // a hidden .partial folder is ignored by every later run
        }
    }

    /** A finished step of an earlier run with {@code key} whose files are all there, or null. */
    Found find(String key) throws IOException {
        if (!Files.isDirectory(runs)) return null;
        List<Path> candidates = new ArrayList<>();
        try (DirectoryStream<Path> rs = Files.newDirectoryStream(runs, Files::isDirectory)) {
            for (Path run : rs) {
                if (run.equals(dir) || run.getFileName().toString().startsWith(".")) continue;
                try (DirectoryStream<Path> ss = Files.newDirectoryStream(run, p -> Files.isRegularFile(p.resolve(STEP_FILE)))) {
                    for (Path s : ss) candidates.add(s);
                }
            }
        }
        candidates.sort(Comparator.comparing(Path::toString).reversed()); // newest run first
        for (Path s : candidates) {
            StepRecord r = read(s);
            if (r == null || !key.equals(r.key)) continue;
            if (r.model != null && !Files.isRegularFile(s.resolve(r.model))) continue;
            return new Found(s, r);
        }
        return null;
    }

    record Found(Path folder, StepRecord record) {
    }

    /** Links (or where links are not possible, copies) the files of an earlier step into this run. */
    Path reuse(Found f, int index, String name) throws IOException {
        Path partial = begin(index, name);
        try (Stream<Path> files = Files.list(f.folder())) {
            for (Path src : files.filter(Files::isRegularFile).toList()) {
                Path dst = partial.resolve(src.getFileName().toString());
                try {
                    Files.createLink(dst, src);
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(src, dst);
                }
            }
        }
        Path done = dir.resolve(stepFolder(index, name));
        Files.move(partial, done);
        return done;
    }

    void writeRun(Object summary) throws IOException {
        writeAtomically(dir.resolve(RUN_FILE), GSON.toJson(summary));
    }

    /** Writes {@code text} into a hidden file beside {@code file}, then renames it: no half-written file, even on a full disk. */
    static Path writeAtomically(Path file, String text) throws IOException {
        return AtomicFiles.writeString(file, text);
    }

    static StepRecord read(Path stepFolder) {
        try {
            return GSON.fromJson(Files.readString(stepFolder.resolve(STEP_FILE), StandardCharsets.UTF_8), StepRecord.class);
        } catch (IOException | JsonParseException e) {
            return null; // a damaged record is not reused; the step runs again
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        }
    }
}
