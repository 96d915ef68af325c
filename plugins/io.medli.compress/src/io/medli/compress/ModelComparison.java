package io.medli.compress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.medli.compress.calibrate.TensorTap;
import io.medli.compress.data.CalibrationData;
import io.medli.compress.data.CalibrationDataException;
import io.medli.compress.data.DataFit;
import io.medli.onnx.progress.Monitor;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.ValueInfo;

/**
 * How far a compressed model's outputs are from a reference model's on real samples: SQNR, cosine
 * and largest error of every output the two share, pooled over the samples, top-1 agreement for
 * outputs shaped [rows, classes], and, for score maps that post-processing thresholds (text and
 * segmentation masks), the intersection over union of the two masks.
 */
public final class ModelComparison {

    /**
     * @param top1Agreement share of rows with the same largest class; NaN unless the output is [rows, classes]
     * @param maskIoU intersection over union of the values above the mask threshold in both models (1 when neither has
     *        any); NaN without a threshold
     * @param referencePeak the largest magnitude of the reference's values
     * @param samples the SQNR of each sample, in the data's order, but for samples where the reference is silent:
     *        zero, or 60 dB below the samples' mean power (a text map of an image without text)
     */
    public record OutputFidelity(String output, double sqnr, double cosine, double maxAbsError, double top1Agreement, double maskIoU,
            double referencePeak, List<SampleSqnr> samples) {
        /** Below this, a float32 output is zero for any practical purpose (a sigmoid of -14 and less). */
        public static final double NO_SIGNAL = 1e-6;

        /**
         * Whether the reference carries no signal: its SQNR then compares noise with nothing (-127 dB for an
         * int8 text map of an image without text, max error 0.002) and says nothing about the candidate.
         */
        public boolean referenceSilent() {
            return referencePeak < NO_SIGNAL;
        }
    }

    /** One sample's SQNR: pooled figures hide an image that the candidate serves badly. */
    public record SampleSqnr(String sample, double sqnr) {
    }

    private ModelComparison() {
    }

    /** Runs both models on every sample of {@code data}; data that fits neither model is rejected first. */
    public static List<OutputFidelity> fidelity(ModelProto reference, ModelProto candidate, CalibrationData data, int threads,
            Monitor monitor) throws QuantizationException, CalibrationDataException {
        return fidelity(reference, candidate, data, threads, List.of(), monitor);
    }

    /**
     * As above, at {@code tensors} (inner tensors too, e.g. a score map before post-processing)
     * instead of the shared outputs when the list is not empty; both models must compute them.
     */
    public static List<OutputFidelity> fidelity(ModelProto reference, ModelProto candidate, CalibrationData data, int threads,
            List<String> tensors, Monitor monitor) throws QuantizationException, CalibrationDataException {
        return fidelity(reference, candidate, data, threads, tensors, Double.NaN, monitor);
    }

    /** As above, with the masks' agreement where {@code maskThreshold} is a number (e.g. 0.3, where DB text detection cuts). */
    public static List<OutputFidelity> fidelity(ModelProto reference, ModelProto candidate, CalibrationData data, int threads,
            List<String> tensors, double maskThreshold, Monitor monitor) throws QuantizationException, CalibrationDataException {
        DataFit.check(reference, data);
        DataFit.check(candidate, data);
        if (tensors.isEmpty()) {
            Set<String> names = new LinkedHashSet<>();
            for (ValueInfo v : reference.graph().outputs()) names.add(v.name());
            Set<String> theirs = new LinkedHashSet<>();
            for (ValueInfo v : candidate.graph().outputs()) theirs.add(v.name());
            names.retainAll(theirs);
            if (names.isEmpty()) {
                throw new QuantizationException("the two models share no output name (" + outputs(reference) + " against "
                        + outputs(candidate) + "); compare a model with its own compressed version");
            }
            tensors = List.copyOf(names);
        } else {
            for (String t : tensors) {
                for (ModelProto m : List.of(reference, candidate)) {
                    boolean computed = m.graph().nodes().stream().anyMatch(n -> n.outputs().contains(t))
                            || m.graph().inputs().stream().anyMatch(v -> v.name().equals(t));
                    if (!computed) throw new QuantizationException("model " + (m == reference ? "A" : "B") + " computes no tensor '" + t + "'");
                }
            }
        }
        Map<String, ErrorSums> sums = new LinkedHashMap<>();
        Map<String, int[]> top1 = new LinkedHashMap<>();
        Map<String, long[]> masks = new LinkedHashMap<>(); // intersection, union
        Map<String, List<SampleSqnr>> perSample = new LinkedHashMap<>();
        Map<String, List<Double>> power = new LinkedHashMap<>();
        for (String t : tensors) {
            sums.put(t, new ErrorSums());
            perSample.put(t, new ArrayList<>());
            power.put(t, new ArrayList<>());
        }
        try (TensorTap a = TensorTap.open(reference, tensors, threads, "all"); TensorTap b = TensorTap.open(candidate, tensors, threads, "all")) {
            for (int i = 0; i < data.size(); i++) {
                int index = i;
                monitor.checkCancelled();
                monitor.progress("Comparing on " + data.sampleName(i), i, data.size());
                Map<String, float[]> ref = new LinkedHashMap<>();
                Map<String, long[]> shapes = new LinkedHashMap<>();
                var sample = data.sample(i);
                a.run(sample, (name, shape, values) -> {
                    ref.put(name, values);
                    shapes.put(name, shape);
                });
                b.run(sample, (name, shape, values) -> {
                    float[] r = ref.get(name);
                    if (r == null) return;
                    if (r.length != values.length) {
                        throw new QuantizationException("output '" + name + "' has " + r.length + " values in the reference and "
                                + values.length + " in the other model");
                    }
                    sums.get(name).add(r, values);
                    ErrorSums one = new ErrorSums();
                    one.add(r, values);
                    perSample.get(name).add(new SampleSqnr(data.sampleName(index), one.peak() < OutputFidelity.NO_SIGNAL ? Double.NaN : one.sqnr()));
                    power.get(name).add(one.signal());
                    if (!Double.isNaN(maskThreshold)) {
                        long[] m = masks.computeIfAbsent(name, k -> new long[2]);
                        for (int j = 0; j < r.length; j++) {
                            boolean x = r[j] > maskThreshold, y = values[j] > maskThreshold;
                            if (x && y) m[0]++;
                            if (x || y) m[1]++;
                        }
                    }
                    long[] s = shapes.get(name);
                    if (s.length == 2 && s[1] > 1) {
                        int classes = (int) s[1];
                        int[] c = top1.computeIfAbsent(name, k -> new int[2]);
                        int rows = r.length / classes;
                        c[0] += (int) Math.round(Fidelity.top1Agreement(r, values, classes) * rows);
                        c[1] += rows;
                    }
                });
            }
        }
        monitor.progress("Compared", data.size(), data.size());
        List<OutputFidelity> out = new ArrayList<>();
        for (String t : tensors) {
            ErrorSums s = sums.get(t);
            int[] c = top1.get(t);
            long[] m = masks.get(t);
            out.add(new OutputFidelity(t, s.sqnr(), s.cosine(), s.maxAbs(), c == null ? Double.NaN : (double) c[0] / c[1],
                    m == null ? Double.NaN : m[1] == 0 ? 1 : (double) m[0] / m[1], s.peak(), audible(perSample.get(t), power.get(t))));
        }
        return out;
    }

    /** The samples whose reference power reaches a millionth of the mean (and that are not zero). */
    private static List<SampleSqnr> audible(List<SampleSqnr> samples, List<Double> power) {
        double mean = power.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        List<SampleSqnr> kept = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            if (!Double.isNaN(samples.get(i).sqnr()) && power.get(i) >= 1e-6 * mean) kept.add(samples.get(i));
        }
        return List.copyOf(kept);
    }

    private static List<String> outputs(ModelProto m) {
        return m.graph().outputs().stream().map(ValueInfo::name).toList();
    }
}
