package io.medli.compress.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.ModelProto;

/**
 * Random samples, made only when a caller asks for them explicitly: float inputs uniform in
 * [0, 1), integer inputs in [0, 100). Ranges calibrated on them say little about real data,
 * which is why {@link #synthetic()} is true and reports carry a warning.
 */
public final class RandomData implements CalibrationData {
    private final List<ModelInput> inputs;
    private final int count;
    private final long seed;
    private final Map<String, Long> dims;
    private final Map<String, long[]> given;

    private RandomData(List<ModelInput> inputs, int count, long seed, Map<String, Long> dims, Map<String, long[]> given) {
        this.inputs = inputs;
        this.count = count;
        this.seed = seed;
        this.dims = dims;
        this.given = given;
    }

    /** {@code count} samples for {@code model}; symbolic dimensions take values from {@code dims}, else 1. */
    public static RandomData of(ModelProto model, int count, long seed, Map<String, Long> dims) {
        return of(model, count, seed, dims, Map.of());
    }

    /**
     * {@code count} samples for {@code model}: inputs named in {@code shapes} take those shapes (which
     * must keep the model's fixed sizes), symbolic dimensions of the others values from {@code dims}, else 1.
     *
     * @throws IllegalArgumentException when a given shape does not fit its input
     */
    public static RandomData of(ModelProto model, int count, long seed, Map<String, Long> dims, Map<String, long[]> shapes) {
        List<ModelInput> inputs = ModelInput.of(model);
        for (ModelInput in : inputs) {
            long[] s = shapes.get(in.name());
            long[] d = in.dims();
            if (s == null || d == null) continue;
            if (s.length != d.length) throw new IllegalArgumentException("the shape given for '" + in.name() + "' has " + s.length
                    + " sizes, but the input has rank " + d.length);
            for (int i = 0; i < d.length; i++) {
                if (d[i] >= 0 && d[i] != s[i]) throw new IllegalArgumentException("the shape given for '" + in.name() + "' sets axis " + i
                        + " to " + s[i] + ", but the model fixes it at " + d[i]);
            }
        }
        return new RandomData(inputs, count, seed, Map.copyOf(dims), Map.copyOf(shapes));
    }

    @Override
    public String description() {
        return count + " random samples (seed " + seed + ")";
    }

    @Override
    public int size() {
        return count;
    }

    @Override
    public String sampleName(int index) {
        return "random #" + index;
    }

    @Override
    public boolean synthetic() {
        return true;
    }

    @Override
    public Map<String, long[]> shapes(int index) {
        Map<String, long[]> out = new LinkedHashMap<>();
        for (ModelInput in : inputs) out.put(in.name(), shape(in));
        return out;
    }

    private long[] shape(ModelInput in) {
        if (given.containsKey(in.name())) return given.get(in.name()).clone();
        long[] d = in.dims() == null ? new long[0] : in.dims().clone();
        for (int i = 0; i < d.length; i++) if (d[i] < 0) d[i] = dims.getOrDefault(in.symbols()[i], 1L);
        return d;
    }

    @Override
    public Map<String, InputTensor> sample(int index) {
        SplittableRandom r = new SplittableRandom(seed * 31 + index);
        Map<String, InputTensor> out = new LinkedHashMap<>();
        for (ModelInput in : inputs) {
            long[] s = shape(in);
            int n = 1;
            for (long d : s) n = Math.multiplyExact(n, (int) d);
            if (in.elemType() == DataType.FLOAT) {
                float[] v = new float[n];
                for (int i = 0; i < n; i++) v[i] = (float) r.nextDouble();
                out.put(in.name(), InputTensor.ofFloats(s, v));
            } else {
                long[] v = new long[n];
                for (int i = 0; i < n; i++) v[i] = r.nextInt(100);
                out.put(in.name(), InputTensor.ofLongs(s, v));
            }
        }
        return out;
    }
}
