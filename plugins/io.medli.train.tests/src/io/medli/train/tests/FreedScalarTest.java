package io.medli.train.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import io.medli.train.TrainingProcess;
import io.medli.train.internal.OsgiClasspath;

/**
 * The distillation loss, the Relu6 layer and a whole training step of every catalog student give
 * right gradients when a garbage collection frees memory between forward and backward (DJL's scalar arithmetic does not: its freed constants made
 * 20-epoch distillation collapse or turn NaN at random steps); and convolution gradients hold no NaN
 * read from fresh memory (oneDNN's padded layouts, see NativeHeap).
 */
class FreedScalarTest {
    @TempDir
    Path dir;

    @Test
    void gradientsSurviveAGarbageCollectionBetweenForwardAndBackward() throws Exception {
        List<Path> cp = new ArrayList<>(TrainingProcess.WorkerSetup.ofThisRuntime(null).classpath());
        cp.add(0, testClasses());
        Path log = dir.resolve("probe.log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "--enable-native-access=ALL-UNNAMED",
                "-cp", String.join(File.pathSeparator, cp.stream().map(Path::toString).toList()), FreedScalarProbe.class.getName())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the probe did not end in 3 minutes");
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        String line = out.lines().filter(l -> l.startsWith("djl-scalar ")).findFirst().orElseThrow(() -> new AssertionError(out));
        String[] w = line.split(" ");
        int rounds = Integer.parseInt(w[7]);
        assertTrue(Integer.parseInt(w[1]) > rounds / 2, "the churn no longer breaks DJL's own x.div(4f) (" + line + "): if DJL fixed its "
                + "freed scalars, Scalars may go; otherwise this test no longer provokes what it guards against");
        assertEquals(0, Integer.parseInt(w[3]), "distillation loss gradients wrong: " + line);
        assertEquals(0, Integer.parseInt(w[5]), "Relu6 gradients wrong: " + line);
        assertEquals("0", w[9], "training steps of catalog students whose gradients a collection changed: " + line + "\n"
                + String.join("\n", out.lines().filter(l -> l.startsWith("wrong: ")).toList()));
        String conv = out.lines().filter(l -> l.startsWith("conv-input-gradient-nan ")).findFirst().orElseThrow(() -> new AssertionError(out));
        String[] c = conv.split(" ");
        assertEquals("true", c[8], "malloc cannot be made to zero-fill here: " + conv);
        assertEquals("0", c[4], "convolution input gradients with NaN although memory is zero-filled: " + conv);
    }

    /** Where this fragment's classes are: the probe runs from them, outside OSGi. */
    private static Path testClasses() {
        if (!OsgiClasspath.isOsgi(FreedScalarTest.class)) {
            return Path.of(FreedScalarTest.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        }
        Bundle host = FrameworkUtil.getBundle(OsgiClasspath.class);
        Bundle fragment = Arrays.stream(host.getBundleContext().getBundles()).filter(b -> b.getSymbolicName().equals("io.medli.train.tests")).findFirst()
                .orElseThrow();
        Path p = OsgiClasspath.file(fragment);
        assertNotNull(p, "no file for " + fragment.getLocation());
        return p;
    }
}
