package io.medli.decide.roofline;

/**
 * What a device can do at best: the roof of its roofline.
 *
 * @param floatOpsPerSecond float32 arithmetic (a multiply-accumulate is 2 operations)
 * @param int8OpsPerSecond int8 arithmetic (a multiply-accumulate is 2 operations)
 * @param bytesPerSecond memory bandwidth (DRAM: measured with a stream larger than the caches)
 * @param cacheBytes the last-level cache: tensors that fit in half of it stay there between nodes
 *        and runs, so their traffic is not DRAM traffic; 0 when unknown (then all traffic counts)
 * @param source how the figures were obtained: "measured on this machine with N threads, ..." or a published source
 */
public record Peaks(double floatOpsPerSecond, double int8OpsPerSecond, double bytesPerSecond, long cacheBytes, String source) {
    public Peaks {
        if (!(floatOpsPerSecond > 0 && int8OpsPerSecond > 0 && bytesPerSecond > 0)) {
            throw new IllegalArgumentException("peaks must be positive: " + floatOpsPerSecond + " float ops/s, " + int8OpsPerSecond + " int8 ops/s, "
                    + bytesPerSecond + " bytes/s");
        }
    }

    /** The higher of each figure: two measurements of one machine, one of them perhaps taken while a core was busy. */
    public Peaks max(Peaks o) {
        return new Peaks(Math.max(floatOpsPerSecond, o.floatOpsPerSecond), Math.max(int8OpsPerSecond, o.int8OpsPerSecond),
                Math.max(bytesPerSecond, o.bytesPerSecond), Math.max(cacheBytes, o.cacheBytes), source);
    }

    /** Operations per second of {@code precision}. */
    public double opsPerSecond(Precision precision) {
        return precision == Precision.INT8 ? int8OpsPerSecond : floatOpsPerSecond;
    }

    /** The arithmetic intensity (operations per byte) where a kernel of {@code precision} stops being memory-bound. */
    public double ridge(Precision precision) {
        return opsPerSecond(precision) / bytesPerSecond;
    }

    /** Arithmetic of a node: float (float32, or anything not int8) or int8 (integer kernels, or QDQ around a float operator that ONNX Runtime fuses). */
    public enum Precision {
        FLOAT, INT8
    }
}
