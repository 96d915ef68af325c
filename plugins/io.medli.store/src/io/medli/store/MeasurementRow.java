package io.medli.store;

import java.time.Instant;

/** One stored measurement: a model, on a device, with a runtime, at one batch size and thread count. */
public record MeasurementRow(long id, Instant measuredAt, String device, String arch, String cpuModel, String model, String modelSha256, long modelBytes,
        String runtime, String runtimeVersion, int batch, int threads, int runs, double meanMs, double sdMs, double minMs, double p50Ms, double p90Ms,
        double p99Ms, double maxMs, double throughput, Double firstLoadMs, Double warmLoadMs, Long peakMemoryBytes) {
}
