package io.medli.runtime;

import java.util.Map;

/**
 * How to run a model.
 *
 * @param intraOpThreads threads inside an operator (0 = ONNX Runtime's default)
 * @param optimization graph optimization level: "none", "basic", "extended" or "all"
 * @param dims values for symbolic dimensions of generated inputs (unnamed or unlisted ones are 1)
 * @param seed seed of generated inputs
 */
public record RunOptions(int intraOpThreads, String optimization, Map<String, Long> dims, long seed) {
    public static RunOptions defaults() {
        return new RunOptions(0, "all", Map.of(), 42);
    }

    public RunOptions withThreads(int threads) {
        return new RunOptions(threads, optimization, dims, seed);
    }

    public RunOptions withDims(Map<String, Long> d) {
        return new RunOptions(intraOpThreads, optimization, Map.copyOf(d), seed);
    }

    public RunOptions withOptimization(String level) {
        return new RunOptions(intraOpThreads, level, dims, seed);
    }
}
