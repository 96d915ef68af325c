package io.medli.agent.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@code bench} measures and how.
 *
 * @param durationSeconds when positive, each configuration runs this long (and at most {@code iterations} times)
 * @param batches batch sizes to sweep (the first axis of every input); generated inputs only, unless a single size
 * @param threads intra-op thread counts to sweep (0: ONNX Runtime's default)
 * @param samples a folder of ONNX test data (input_N.pb, or test_data_set_K/input_N.pb), or null for generated inputs
 * @param keepOutputs how many samples' outputs go into the report
 * @param warmLoads how many times the model is loaded again after the first load, for the warm load time
 * @param provider ONNX Runtime's execution provider, e.g. CPU or XNNPACK
 */
public record BenchSettings(Path model, int warmup, int iterations, double durationSeconds, List<Integer> batches, List<Integer> threads,
        Map<String, Long> dims, Path samples, long seed, boolean profile, int keepOutputs, int warmLoads, String optimization,
        String provider) {

    public BenchSettings {
        if (warmup < 0) throw new IllegalArgumentException("--warmup must be 0 or more, was " + warmup);
        if (iterations < 1) throw new IllegalArgumentException("--iterations must be at least 1, was " + iterations);
        if (durationSeconds < 0) throw new IllegalArgumentException("--duration must be positive, was " + durationSeconds);
        if (batches.isEmpty() || batches.stream().anyMatch(b -> b < 1)) throw new IllegalArgumentException("--batch sizes must be 1 or more: " + batches);
        if (threads.isEmpty() || threads.stream().anyMatch(t -> t < 0)) throw new IllegalArgumentException("--threads must be 0 (default) or more: " + threads);
        if (keepOutputs < 0 || warmLoads < 0) throw new IllegalArgumentException("--keep-outputs and --warm-loads must be 0 or more");
        if (!List.of("none", "basic", "extended", "all").contains(optimization)) {
            throw new IllegalArgumentException("--optimization must be none, basic, extended or all, was " + optimization);
        }
        batches = List.copyOf(batches);
        threads = List.copyOf(threads);
        dims = Map.copyOf(dims);
    }
}
