package io.medli.store;

/**
 * Which measurements to list: each criterion null for any. {@code model} matches a model's file
 * name or the start of its SHA-256; newest first, at most {@code limit}.
 */
public record Filter(String device, String model, Double maxP50Ms, Double minP50Ms, int limit) {
    public static Filter all() {
        return new Filter(null, null, null, null, 1000);
    }

    public Filter device(String d) {
        return new Filter(d, model, maxP50Ms, minP50Ms, limit);
    }

    public Filter model(String m) {
        return new Filter(device, m, maxP50Ms, minP50Ms, limit);
    }

    public Filter p50Between(Double min, Double max) {
        return new Filter(device, model, max, min, limit);
    }

    public Filter limit(int n) {
        return new Filter(device, model, maxP50Ms, minP50Ms, n);
    }
}
