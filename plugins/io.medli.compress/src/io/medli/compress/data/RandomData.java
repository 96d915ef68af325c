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

    private RandomData(List<ModelInput> inputs, int count, long seed, Map<String, Long> dims) {
        this.inputs = inputs;
        this.count = count;
        this.seed = seed;
        this.dims = dims;
    }

    /** {@code count} samples for {@code model}; symbolic dimensions take values from {@code dims}, else 1. */
    public static RandomData of(ModelProto model, int count, long seed, Map<String, Long> dims) {
        return new RandomData(ModelInput.of(model), count, seed, Map.copyOf(dims));
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
