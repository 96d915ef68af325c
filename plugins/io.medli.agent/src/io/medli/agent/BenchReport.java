package io.medli.agent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

/**
 * What {@code medli-agent bench} prints: one JSON document of schema {@link #SCHEMA} (described in
 * {@code schema/bench-1.schema.json}). The host reads it back with {@link #parse(String)}; a
 * document of another schema is refused rather than half understood. Times in milliseconds, sizes
 * in bytes.
 */
public final class BenchReport {
    public static final String SCHEMA = "medli-agent-bench/1";

    public String schema = SCHEMA;
    /** The agent that measured: "medli-agent VERSION". */
    public String tool;
    /** When the measurement ended, ISO 8601 in UTC. */
    public String date;
    public Model model;
    public DeviceFacts device;
    public Engine runtime;
    public Settings settings;
    public Load load;
    /** One entry per (batch, threads) pair of the sweep, in the order run. */
    public List<Run> runs = new ArrayList<>();
    /** The agent process's peak resident memory (VmHWM) at the end; null where the OS does not say. */
    public Long peakMemoryBytes;
    /** What loading the model and its first run added to the resident memory at its highest; null where unknown. */
    public Long modelPeakMemoryBytes;
    /** Time per node (ONNX Runtime's profiler), longest first; null unless asked for. */
    public List<Node> profile;
    /** The outputs of the first samples (batch 1, the first thread count), for the host's fidelity check. */
    public List<Sample> outputs = new ArrayList<>();
    public List<String> notes = new ArrayList<>();

    public static final class Model {
        public String file;
        public String sha256;
        public long bytes;
        public List<Tensor> inputs = new ArrayList<>();
        public List<String> outputs = new ArrayList<>();
    }

    /** A tensor's name, ONNX element type name and shape (as run: symbolic sizes bound). */
    public static final class Tensor {
        public String name;
        public String type;
        public long[] shape;
        /** Little-endian raw data in base64 (outputs only). */
        public String data;
    }

    public static final class Engine {
        public String name = "onnxruntime";
        public String version;
        public String provider = "CPU";
        public List<String> providers = new ArrayList<>();
        public String optimization;
    }

    public static final class Settings {
        public int warmup;
        public int iterations;
        /** Seconds; 0 when the run is bounded by iterations only. */
        public double durationSeconds;
        public List<Integer> batches = new ArrayList<>();
        /** Intra-op threads; 0 is ONNX Runtime's default. */
        public List<Integer> threads = new ArrayList<>();
        public Map<String, Long> dims = new LinkedHashMap<>();
        /** "generated" (seeded random) or "samples". */
        public String inputs;
        public int sampleCount;
        public long seed;
        public boolean profile;
        public int keepOutputs;
    }

    public static final class Load {
        /** The first session of the process (the file read from disk, ONNX Runtime's graph optimizations). */
        public double firstMs;
        /** Median of the later loads of the same file; null when none was asked for. */
        public Double warmMs;
        public List<Double> warmSamplesMs = new ArrayList<>();
    }

    public static final class Run {
        public int batch;
        public int threads;
        public Latency latency;
        /** Items (batch x runs) per second. */
        public double throughputPerSecond;
        public double[] samplesMs;
    }

    public static final class Latency {
        public int count;
        public double meanMs, sdMs, minMs, p50Ms, p90Ms, p99Ms, maxMs;
    }

    public static final class Node {
        public String name;
        public String opType;
        public double meanMs;
        /** Of the profiled run's node time. */
        public double share;
    }

    public static final class Sample {
        public int index;
        public List<Tensor> tensors = new ArrayList<>();
    }

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    public String toJson() {
        return GSON.toJson(this);
    }

    /** A report from its JSON; an error that names the problem for anything else (another schema, not JSON, cut short). */
    public static BenchReport parse(String json) {
        BenchReport r;
        try {
            r = GSON.fromJson(json, BenchReport.class);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("not a benchmark report (bad JSON: " + e.getMessage() + ")", e);
        }
        if (r == null) throw new IllegalArgumentException("not a benchmark report (empty)");
        if (!SCHEMA.equals(r.schema)) {
            throw new IllegalArgumentException("a benchmark report of schema " + r.schema + ", this MEDLI reads " + SCHEMA
                    + "; deploy the agent of this MEDLI again");
        }
        if (r.model == null || r.runs == null || r.runs.isEmpty()) throw new IllegalArgumentException("a benchmark report without a model or runs");
        return r;
    }
}
