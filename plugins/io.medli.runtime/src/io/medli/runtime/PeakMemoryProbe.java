package io.medli.runtime;

import java.nio.file.Path;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;

/**
 * Run in a JVM of its own: loads one model, runs it once on generated inputs, and prints the
 * resident memory that added at its highest ({@link #PREFIX} then bytes, -1 where unknown). A fresh
 * process, because in a long-lived one memory freed earlier is reused without raising the peak, and
 * the first model measured would pay for ONNX Runtime's own start. The runtime is started before
 * the baseline is taken.
 */
public final class PeakMemoryProbe {
    public static final String PREFIX = "peak-bytes ";

    private PeakMemoryProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: PeakMemoryProbe MODEL.onnx THREADS");
            System.exit(2);
        }
        OrtEnvironment.getEnvironment();
        System.gc();
        long base = PeakMemory.reset();
        try (ModelRunner r = ModelRunner.open(Path.of(args[0]), RunOptions.defaults().withThreads(Integer.parseInt(args[1])))) {
            Map<String, OnnxTensor> in = r.generateInputs();
            r.run(in).close();
            long top = PeakMemory.peak();
            in.values().forEach(OnnxTensor::close);
            System.out.println(PREFIX + (base < 0 || top < 0 ? -1 : Math.max(0, top - base)));
        }
    }
}
