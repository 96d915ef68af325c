package io.medli.compress.calibrate;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import io.medli.onnx.progress.Monitor;
import io.medli.compress.QuantizationException;
import io.medli.compress.data.CalibrationData;
import io.medli.compress.data.CalibrationDataException;
import io.medli.onnx.proto.ModelProto;

/** Histograms of chosen activations of a float model over calibration data, observed in ONNX Runtime. */
public final class ActivationCollector {
    /** Bins per histogram: fine enough for percentile and entropy ranges of 8-bit quantization. */
    public static final int BINS = 2048;

    private ActivationCollector() {
    }

    public static Map<String, ActivationHistogram> collect(ModelProto model, Collection<String> tensors, CalibrationData data,
            int threads, Monitor monitor) throws QuantizationException, CalibrationDataException {
        Map<String, ActivationHistogram> histograms = new LinkedHashMap<>();
        for (String t : tensors) histograms.put(t, new ActivationHistogram(BINS));
        try (TensorTap tap = TensorTap.open(model, tensors, threads)) {
            for (int i = 0; i < data.size(); i++) {
                monitor.checkCancelled();
                monitor.progress("Calibrating on " + data.sampleName(i), i, data.size());
                tap.run(data.sample(i), (name, shape, values) -> histograms.get(name).add(values));
            }
            monitor.progress("Calibrated", data.size(), data.size());
        }
        return histograms;
    }
}
