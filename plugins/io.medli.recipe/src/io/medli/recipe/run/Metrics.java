package io.medli.recipe.run;

/** Names of the figures that steps record (keys of {@link RunResult.Step#metrics()} and of metrics.json). */
public final class Metrics {
    public static final String SIZE_BYTES = "size_bytes";
    /** Lowest SQNR over the model's outputs against the source model, on the validation data. */
    public static final String SQNR_DB = "sqnr_db";
    public static final String COSINE = "cosine";
    /** Top-1 accuracy in percent on labelled validation data. */
    public static final String ACCURACY = "accuracy";
    public static final String BASELINE_ACCURACY = "baseline_accuracy";
    /** Median latency in milliseconds, and the source model's in the same interleaved run. */
    public static final String LATENCY_MS = "latency_p50_ms";
    public static final String BASELINE_LATENCY_MS = "baseline_latency_p50_ms";
    public static final String SPEEDUP = "speedup";
    /** Resident memory that loading the model and running it once added at its highest, in bytes, and the source model's. */
    public static final String PEAK_MEMORY_BYTES = "peak_memory_bytes";
    public static final String BASELINE_PEAK_MEMORY_BYTES = "baseline_peak_memory_bytes";

    private Metrics() {
    }
}
