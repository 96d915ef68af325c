package io.medli.recipe.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.medli.runtime.PeakMemoryProbe;
import io.medli.train.TrainingProcess;

/**
 * A model's peak resident memory - loading it and one run - measured in a JVM of its own (the
 * training worker's class path), the way a board's process would see it. -1 where it cannot be
 * measured (not Linux, or the probe failed); the Benchmark step then leaves the figure out.
 */
final class ModelMemory {
    private static final long TIMEOUT_S = 300;

    private ModelMemory() {
    }

    static long peak(Path model, int threads) {
        ProcessBuilder pb = TrainingProcess.WorkerSetup.ofThisRuntime(null).withHeapMb(1024)
                .processBuilder(PeakMemoryProbe.class.getName(), List.of(model.toAbsolutePath().toString(), Integer.toString(threads)))
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            for (String line : out.split("\n")) if (line.startsWith(PeakMemoryProbe.PREFIX)) return Long.parseLong(line.substring(PeakMemoryProbe.PREFIX.length()).trim());
            return -1;
        } catch (IOException | NumberFormatException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
