package io.medli.runtime;

/**
 * Time ONNX Runtime spent in one node, from its profiling output.
 *
 * @param nodeName the node's name in the model (ORT's names for nodes it created are kept as is)
 * @param opType operator type as ORT reports it (after its graph optimizations)
 * @param totalMicros summed over all profiled runs
 * @param runs how many runs were profiled
 */
public record NodeTiming(String nodeName, String opType, long totalMicros, int runs) {
    public double meanMicros() {
        return runs == 0 ? 0 : (double) totalMicros / runs;
    }
}
