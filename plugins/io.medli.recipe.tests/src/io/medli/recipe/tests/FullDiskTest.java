package io.medli.recipe.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.medli.onnx.progress.Monitor;
import io.medli.recipe.files.RecipeFiles;
import io.medli.recipe.run.RecipeRunException;
import io.medli.recipe.run.RecipeRunner;
import io.medli.recipe.run.RunResult;
import io.medli.recipe.run.Trainer;

/**
 * A run on a disk that fills up: the project lies on a tmpfs with room for its own files and a
 * little more, so the quantized model cannot be written. Needs {@code mount} (root on Linux, as
 * the test command runs on CI); elsewhere the test is skipped with that reason.
 */
class FullDiskTest {
    @TempDir
    Path tmp;
    Path disk;
    boolean mounted;
    final List<String> log = new ArrayList<>();

    @BeforeEach
    void smallDisk() throws Exception {
        Path staged = Files.createDirectories(tmp.resolve("staged"));
        Recipes.project(staged);
        RecipeFiles.save(Recipes.int8(), staged.resolve("tiny.medlirecipe"));
        long used = 0;
        try (Stream<Path> all = Files.walk(staged)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) used += (Files.size(p) + 4095) / 4096 * 4096;
        }
        disk = Files.createDirectories(tmp.resolve("disk"));
        // room for the project and 64 KiB: the run folder fits, the int8 model (some 700 KB) does not
        long size = used + 64 * 1024;
        mounted = exec("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", disk.toString()) == 0;
        Assumptions.assumeTrue(mounted, "cannot mount a small tmpfs here (needs root): the full-disk case is not tested");
        try (Stream<Path> all = Files.list(staged)) {
            for (Path p : all.toList()) copyTree(p, disk.resolve(p.getFileName().toString()));
        }
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) exec("umount", "-l", disk.toString()); // lazy: the JVM may still map the model it read
    }

    @Test
    void aFullDiskFailsTheStepWithAMessageLeavesNoHalfWrittenFileAndKeepsTheProject() throws Exception {
        Path file = disk.resolve("tiny.medlirecipe");
        byte[] recipe = Files.readAllBytes(file), model = Files.readAllBytes(disk.resolve("tiny.onnx"));
        RecipeRunException e = assertThrows(RecipeRunException.class,
                () -> RecipeRunner.run(RecipeFiles.load(file), file, new RecipeRunner.Options(1, Trainer.inProcess(), log::add, Monitor.NONE)));
        assertTrue(e.getMessage().contains("int8") && e.getMessage().contains("disk is full") && e.getMessage().contains("free"), e.getMessage());
        assertArrayEquals(recipe, Files.readAllBytes(file), "the recipe is untouched");
        assertArrayEquals(model, Files.readAllBytes(disk.resolve("tiny.onnx")), "the source model is untouched");
        List<String> left;
        try (Stream<Path> all = Files.walk(disk.resolve("runs"))) {
            left = all.filter(p -> !p.equals(disk.resolve("runs"))).map(p -> disk.resolve("runs").relativize(p).toString()).toList();
        }
        for (String p : left) {
            assertFalse(p.contains(".partial") || p.endsWith(".tmp") || p.endsWith(".onnx"), "a half-written file is left: " + p + " in " + left);
        }
        // once there is room again, the same recipe runs to the end
        exec("mount", "-o", "remount,size=" + 64L * 1024 * 1024, disk.toString());
        RunResult r = RecipeRunner.run(RecipeFiles.load(file), file, new RecipeRunner.Options(1, Trainer.inProcess(), log::add, Monitor.NONE));
        assertEquals(3, r.steps().size());
        assertTrue(Files.isRegularFile(r.finalModel()));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (Files.isDirectory(from)) {
            Files.createDirectories(to);
            try (Stream<Path> all = Files.list(from)) {
                for (Path p : all.toList()) copyTree(p, to.resolve(p.getFileName().toString()));
            }
        } else {
            Files.copy(from, to);
        }
    }

    private static int exec(String... cmd) throws Exception {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1; // no mount command
        }
    }
}
