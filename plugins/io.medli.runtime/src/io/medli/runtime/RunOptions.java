package io.medli.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How to run a model.
 *
 * @param intraOpThreads threads inside an operator (0 = ONNX Runtime's default)
 * @param optimization graph optimization level: "none", "basic", "extended" or "all"
 * @param dims values for named symbolic dimensions of generated inputs
 * @param shapes whole shapes of generated inputs, by input name (they win over {@code dims})
 * @param openSize the size of a generated input's axis that stays open after {@code dims} and
 *        {@code shapes}, other than the first (the batch, 1); 0 to refuse to guess
 * @param seed seed of generated inputs
 * @param spinning whether idle intra-op threads spin; off where ONNX Runtime shares the cores with
 *        PyTorch in the same process (spinning threads of one starve the other)
 * @param provider ONNX Runtime's execution provider ({@link Providers}), "CPU" by default
 */
public record RunOptions(int intraOpThreads, String optimization, Map<String, Long> dims, Map<String, long[]> shapes, long openSize,
        long seed, boolean spinning, String provider) {
    public static RunOptions defaults() {
        return new RunOptions(0, "all", Map.of(), Map.of(), 0, 42, true, Providers.CPU);
    }

    public RunOptions withProvider(String p) {
        return new RunOptions(intraOpThreads, optimization, dims, shapes, openSize, seed, spinning, p);
    }

    public RunOptions withSpinning(boolean s) {
        return new RunOptions(intraOpThreads, optimization, dims, shapes, openSize, seed, s, provider);
    }

    public RunOptions withThreads(int threads) {
        return new RunOptions(threads, optimization, dims, shapes, openSize, seed, spinning, provider);
    }

    public RunOptions withDims(Map<String, Long> d) {
        return new RunOptions(intraOpThreads, optimization, Map.copyOf(d), shapes, openSize, seed, spinning, provider);
    }

    public RunOptions withShapes(Map<String, long[]> s) {
        Map<String, long[]> copy = new LinkedHashMap<>();
        s.forEach((k, v) -> copy.put(k, v.clone()));
        return new RunOptions(intraOpThreads, optimization, dims, Map.copyOf(copy), openSize, seed, spinning, provider);
    }

    /** Open axes take {@code size} instead of failing: for checks that only need the model to run at some size. */
    public RunOptions withOpenSize(long size) {
        return new RunOptions(intraOpThreads, optimization, dims, shapes, size, seed, spinning, provider);
    }

    public RunOptions withSeed(long s) {
        return new RunOptions(intraOpThreads, optimization, dims, shapes, openSize, s, spinning, provider);
    }

    public RunOptions withOptimization(String level) {
        return new RunOptions(intraOpThreads, level, dims, shapes, openSize, seed, spinning, provider);
    }
}
