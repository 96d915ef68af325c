package io.medli.compress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What ONNX Runtime's int8 kernels on this CPU can hold. On x86-64 without VNNI, its uint8 x int8
 * convolutions and matrix products add pairs of products in 16 bits with saturation
 * (vpmaddubsw): 255 x 127 x 2 overflows, and a model that is accurate on a VNNI machine loses its
 * output (measured: 46.9 -> 23.8 dB on Int8LoweringTest's model on an AMD EPYC with AVX2 only).
 * There, weights keep 7 bits (|q| <= 63: 255 x 63 x 2 fits), as ONNX Runtime's own quantizer
 * advises with reduce_range. System property {@code medli.int8.weightBits} (7 or 8) overrides.
 */
public final class Int8Kernels {
    private static final int WEIGHT_MAX = detect();

    private Int8Kernels() {
    }

    /** Largest magnitude of an int8 weight code: 127, or 63 where the CPU's kernels would saturate. */
    public static int weightMax() {
        return WEIGHT_MAX;
    }

    /** Whether weights are limited to 7 bits on this machine. */
    public static boolean reducedRange() {
        return WEIGHT_MAX < 127;
    }

    private static int detect() {
        String forced = System.getProperty("medli.int8.weightBits");
        if ("7".equals(forced)) return 63;
        if ("8".equals(forced)) return 127;
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!arch.equals("amd64") && !arch.equals("x86_64")) return 127;
        try {
            String flags = "";
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("flags")) {
                    flags = " " + line.substring(line.indexOf(':') + 1).trim() + " ";
                    break;
                }
            }
            boolean vnni = flags.contains(" avx512_vnni ") || flags.contains(" avx_vnni ") || flags.contains(" amx_int8 ");
            return flags.contains(" avx2 ") && !vnni ? 63 : 127;
        } catch (IOException | RuntimeException e) {
            return 127; // not Linux: no way to tell here
        }
    }
}
