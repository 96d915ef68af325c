package io.medli.decide.kb;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What MEDLI knows about edge devices, their compilers and runtimes, and published results on them.
 * Kept as a versioned JSON file (schema {@value #SCHEMA}); every figure names its source - a
 * published document or a measurement by this tool - and {@link KnowledgeCheck} refuses one that
 * does not.
 */
public record KnowledgeBase(String schema, int version, String title, List<Source> sources, List<Device> devices, List<Compiler> compilers,
        List<PublishedResult> results) {
    public static final String SCHEMA = "medli-knowledge-base/1";

    public KnowledgeBase {
        sources = sources == null ? List.of() : List.copyOf(sources);
        devices = devices == null ? List.of() : List.copyOf(devices);
        compilers = compilers == null ? List.of() : List.copyOf(compilers);
        results = results == null ? List.of() : List.copyOf(results);
    }

    /** Where figures come from: {@code kind} "published" (a document, {@code where} it is) or "measured" (by this tool). */
    public record Source(String id, String kind, String title, String where, String note) {
        public boolean measured() {
            return "measured".equals(kind);
        }
    }

    /**
     * A number and where it comes from.
     *
     * @param source a {@link Source} id
     * @param run a run in the measurement store that measured it (instead of, or besides, a source)
     * @param derived how it follows from sourced figures, when it is not printed as such
     */
    public record Figure(Double value, String source, String run, String note, String derived) {
    }

    /** Figures a device may carry, with their units. */
    public static final Map<String, String> FIGURES = Map.ofEntries(Map.entry("cores", ""), Map.entry("clockMHz", "MHz"),
            Map.entry("peakInt8Gops", "GOP/s"), Map.entry("peakFp16Gflops", "GFLOP/s"), Map.entry("peakFp32Gflops", "GFLOP/s"), Map.entry("memoryMB", "MB"),
            Map.entry("memoryKB", "kB"), Map.entry("flashKB", "kB"), Map.entry("onChipMB", "MB"), Map.entry("cacheMB", "MB"), Map.entry("bandwidthGBs", "GB/s"), Map.entry("powerW", "W"),
            Map.entry("priceUsd", "USD"));

    /**
     * A device: a board, a module or an accelerator with its host. {@code os} is "linux", "macos" or
     * "bare metal"; {@code boards} are the names its measurements have in the store (besides its id and name).
     */
    public record Device(String id, String name, String os, String cpu, String simd, String accelerator, Map<String, Figure> figures, List<String> boards) {
        public Device {
            figures = figures == null ? Map.of() : Map.copyOf(figures);
            boards = boards == null ? List.of() : List.copyOf(boards);
        }

        public Device(String id, String name, String os, String cpu, String simd, String accelerator, Map<String, Figure> figures) {
            this(id, name, os, cpu, simd, accelerator, figures, null);
        }

        /** Whether a measurement kept under board name {@code board} was made on this device. */
        public boolean isBoard(String board) {
            return board != null && (board.equalsIgnoreCase(id) || board.equalsIgnoreCase(name) || boards.stream().anyMatch(board::equalsIgnoreCase));
        }

        /** The value of a figure, NaN when the base has none. */
        public double value(String key) {
            Figure f = figures.get(key);
            return f == null || f.value() == null ? Double.NaN : f.value();
        }

        /** Memory for a model in bytes: RAM of a microcontroller, or the board's memory; NaN when unknown. */
        public double memoryBytes() {
            double kb = value("memoryKB");
            if (!Double.isNaN(kb)) return kb * 1024;
            double mb = value("memoryMB");
            return Double.isNaN(mb) ? Double.NaN : mb * 1024 * 1024;
        }
    }

    /**
     * A compiler or runtime. {@code operators} is null where the base does not record which operators it takes.
     */
    public record Compiler(String id, String name, List<String> devices, List<String> inputs, String quantization, String os, String licence, String setup,
            String source, Operators operators) {
        public Compiler {
            devices = devices == null ? List.of() : List.copyOf(devices);
            inputs = inputs == null ? List.of() : List.copyOf(inputs);
        }
    }

    /**
     * The ONNX operators a compiler takes: all of them, or the {@code supported} list; any other
     * operator is {@code otherwise} "unsupported" (the model does not compile) or "cpu" (it runs on
     * the host CPU instead of the accelerator). Operators of other domains ("domain:Op") are taken
     * only from the {@code domains} listed (e.g. ONNX Runtime's "com.microsoft").
     */
    public record Operators(Boolean all, List<String> supported, String otherwise, String source, String note, List<String> domains) {
        public Operators {
            supported = supported == null ? List.of() : List.copyOf(supported);
            domains = domains == null ? List.of() : List.copyOf(domains);
        }

        public Operators(Boolean all, List<String> supported, String otherwise, String source, String note) {
            this(all, supported, otherwise, source, note, null);
        }

        /** The operators of {@code ops} this compiler does not take. */
        public Set<String> missing(Set<String> ops) {
            Set<String> out = new TreeSet<>();
            for (String op : ops) {
                int colon = op.lastIndexOf(':');
                boolean taken = colon >= 0 ? domains.contains(op.substring(0, colon)) && (Boolean.TRUE.equals(all) || supported.contains(op))
                        : Boolean.TRUE.equals(all) || supported.contains(op);
                if (!taken) out.add(op);
            }
            return out;
        }

        public boolean fallsBackToCpu() {
            return "cpu".equals(otherwise);
        }
    }

    /**
     * A published result: a benchmark's model run on a device with a software stack.
     *
     * @param ramKB the RAM the deployed model takes (activations and runtime), where published
     * @param flashKB the flash its weights (and code) take, where published
     * @param unit the compute unit that ran it (e.g. "1 CPU", "NPU/MCU"), where published
     */
    public record PublishedResult(String benchmark, String model, String device, String stack, Double latencyMs, Double energyUj, String source, String file,
            Double ramKB, Double flashKB, String unit) {
        public PublishedResult(String benchmark, String model, String device, String stack, Double latencyMs, Double energyUj, String source, String file) {
            this(benchmark, model, device, stack, latencyMs, energyUj, source, file, null, null, null);
        }
    }

    /** A figure as the base has it: no rounding, no trailing zeros. */
    public static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    public Optional<Device> device(String id) {
        return devices.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public Optional<Compiler> compiler(String id) {
        return compilers.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Source> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public List<PublishedResult> resultsOn(String deviceId) {
        return results.stream().filter(r -> deviceId.equals(r.device())).toList();
    }
}
