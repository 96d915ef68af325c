package io.medli.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtProvider;

/**
 * The facts of the machine the agent runs on ({@code medli-agent info}), as the host stores them
 * beside each measurement. Read from the JVM and, on Linux, /proc and /etc/os-release; a fact that
 * cannot be read is null (or empty), never guessed.
 */
public final class DeviceFacts {
    /** SIMD and matrix extensions that decide which ONNX Runtime kernels run (x86 flags and aarch64 features, as /proc/cpuinfo names them). */
    private static final List<String> SIMD = List.of("sse4_1", "sse4_2", "avx", "avx2", "fma", "f16c", "avx512f", "avx512bw", "avx512vl",
            "avx512_vnni", "avx_vnni", "avx512_bf16", "avx512_fp16", "amx_tile", "amx_int8", "amx_bf16", // x86-64
            "neon", "asimd", "asimdhp", "asimddp", "fphp", "i8mm", "bf16", "sve", "sve2", "sme"); // arm

    public String hostname;
    /** The JVM's os.arch: amd64, aarch64, ... */
    public String arch;
    /** /etc/os-release's PRETTY_NAME, else the JVM's os.name. */
    public String os;
    public String kernel;
    public String cpuModel;
    /** Processors available to the JVM. */
    public int cores;
    public List<String> simd = new ArrayList<>();
    /** MemTotal of /proc/meminfo; null where there is none. */
    public Long memoryBytes;
    public String javaVersion;
    public String javaVendor;
    public String ortVersion;
    public List<String> ortProviders = new ArrayList<>();

    /** One line for a person: CPU, architecture, cores (SIMD), memory, OS, Java, ONNX Runtime and its execution providers. */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "%s, %s, %d cores (%s), %.1f GB memory, %s, Java %s, ONNX Runtime %s (execution providers: %s)", cpuModel, arch, cores,
                String.join(" ", simd), memoryBytes == null ? 0 : memoryBytes / 1e9, os, javaVersion, ortVersion, String.join(", ", ortProviders));
    }

    /** The facts of this machine and JVM, ONNX Runtime loaded. */
    public static DeviceFacts probe() {
        DeviceFacts f = new DeviceFacts();
        f.arch = System.getProperty("os.arch");
        f.kernel = System.getProperty("os.version");
        f.os = osRelease();
        if (f.os == null) f.os = System.getProperty("os.name");
        f.cores = java.lang.Runtime.getRuntime().availableProcessors();
        f.javaVersion = System.getProperty("java.version");
        f.javaVendor = System.getProperty("java.vendor");
        f.hostname = hostname();
        List<String> cpuinfo = lines(Path.of("/proc/cpuinfo"));
        f.cpuModel = cpuModel(cpuinfo);
        f.simd = simd(cpuinfo);
        f.memoryBytes = memTotal(lines(Path.of("/proc/meminfo")));
        OrtEnvironment env = io.medli.runtime.ModelRunner.environment(); // the one environment, at the level the runner sets
        f.ortVersion = env.getVersion();
        for (OrtProvider p : OrtEnvironment.getAvailableProviders()) f.ortProviders.add(p.name());
        return f;
    }

    /** "model name" (x86), else the device tree's model (boards), else "Hardware"/"CPU part" (aarch64). */
    static String cpuModel(List<String> cpuinfo) {
        String name = field(cpuinfo, "model name");
        if (name != null) return name;
        try {
            Path dt = Path.of("/proc/device-tree/model");
            if (Files.isReadable(dt)) return Files.readString(dt, StandardCharsets.UTF_8).replace("\0", "").trim();
        } catch (IOException e) {
            // no device tree
        }
        String hw = field(cpuinfo, "Hardware");
        if (hw != null) return hw;
        String impl = field(cpuinfo, "CPU implementer"), part = field(cpuinfo, "CPU part");
        return part == null ? null : "implementer " + impl + ", part " + part;
    }

    /** The SIMD extensions among the first processor's flags (x86) or features (aarch64). */
    static List<String> simd(List<String> cpuinfo) {
        String flags = field(cpuinfo, "flags");
        if (flags == null) flags = field(cpuinfo, "Features");
        if (flags == null) return new ArrayList<>();
        Set<String> have = new LinkedHashSet<>(List.of(flags.toLowerCase(Locale.ROOT).split("\\s+")));
        List<String> out = new ArrayList<>();
        for (String s : SIMD) if (have.contains(s)) out.add(s);
        return out;
    }

    static Long memTotal(List<String> meminfo) {
        String v = field(meminfo, "MemTotal");
        if (v == null) return null;
        try {
            return Long.parseLong(v.split("\\s+")[0]) * 1024;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The value of the first "key : value" line with {@code key}. */
    static String field(List<String> lines, String key) {
        for (String l : lines) {
            int c = l.indexOf(':');
            if (c > 0 && l.substring(0, c).trim().equals(key)) return l.substring(c + 1).trim();
        }
        return null;
    }

    private static String osRelease() {
        for (String l : lines(Path.of("/etc/os-release"))) {
            if (l.startsWith("PRETTY_NAME=")) return l.substring(12).replace("\"", "").trim();
        }
        return null;
    }

    private static String hostname() {
        List<String> h = lines(Path.of("/proc/sys/kernel/hostname")); // not InetAddress: a board without DNS would stall
        return !h.isEmpty() ? h.get(0).trim() : System.getenv("HOSTNAME");
    }

    private static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
