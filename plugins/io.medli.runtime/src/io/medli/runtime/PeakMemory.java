package io.medli.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's peak resident memory on Linux: {@link #reset()} lowers the kernel's high-water mark
 * (VmHWM) to the memory resident now, and {@link #peak()} reads it back, so that the difference is
 * what loading and running a model added at its highest - native buffers of ONNX Runtime included,
 * which the JVM's own counters do not see. It is process-wide: anything else the process does in
 * between counts too. Elsewhere (or where /proc does not allow it) both return -1.
 */
public final class PeakMemory {
    private static final Path STATUS = Path.of("/proc/self/status"), CLEAR = Path.of("/proc/self/clear_refs");

    private PeakMemory() {
    }

    /** Resets the peak to the resident memory now and returns that, in bytes; -1 where this cannot be measured. */
    public static synchronized long reset() {
        try {
            Files.writeString(CLEAR, "5", StandardCharsets.US_ASCII); // 5: reset the peak RSS (Linux 4.0+)
            return read("VmRSS:");
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return -1;
        }
    }

    /** The peak resident memory since the last {@link #reset()}, in bytes; -1 where unknown. */
    public static long peak() {
        return read("VmHWM:");
    }

    private static long read(String field) {
        try {
            for (String line : Files.readAllLines(STATUS, StandardCharsets.US_ASCII)) {
                if (line.startsWith(field)) return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]) * 1024;
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or /proc hidden: unknown
        }
        return -1;
    }
}
