package io.medli.train;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.medli.runtime.InputSpec;
import io.medli.runtime.ModelRunException;
import io.medli.runtime.ModelRunner;
import io.medli.runtime.RunOptions;
import io.medli.train.data.DataException;
import io.medli.train.data.Dataset;

/**
 * An ONNX classifier (one float input shaped like the samples, logits [batch, classes] first out)
 * run in ONNX Runtime over a data set, in batches: a teacher's outputs, or a model's accuracy.
 */
public final class OnnxClassifier {
    private static final int BATCH = 256;

    private OnnxClassifier() {
    }

    /** Progress of a run. */
    public interface Progress {
        /** @return false to stop */
        boolean done(int samples, int total);
    }

    /**
     * Logits [samples][classes] of {@code model} on every sample, or null when {@code progress}
     * asked to stop.
     *
     * @throws DataException when the model's input or output does not fit the data (the message
     *         says how), or the model cannot run
     */
    public static float[][] logits(Path model, Dataset data, int threads, Progress progress) throws DataException, IOException {
        if (!Files.isRegularFile(model)) throw new DataException("model " + model + " does not exist");
        try (ModelRunner runner = ModelRunner.open(model, RunOptions.defaults().withThreads(threads))) {
            List<InputSpec> inputs = runner.inputs();
            if (inputs.size() != 1) {
                throw new DataException(model.getFileName() + " has " + inputs.size() + " inputs; a classifier here has one image/signal input");
            }
            InputSpec in = inputs.get(0);
            long[] dims = in.shape();
            int[] sample = data.sampleShape();
            if (dims.length != sample.length + 1) {
                throw new DataException(model.getFileName() + "'s input " + in.name() + " has rank " + dims.length + " but the samples are "
                        + Arrays.toString(sample) + " (rank " + (sample.length + 1) + " with the batch)");
            }
            for (int i = 0; i < sample.length; i++) {
                if (dims[i + 1] > 0 && dims[i + 1] != sample[i]) {
                    throw new DataException(model.getFileName() + "'s input " + in.name() + " is " + Arrays.toString(dims)
                            + " but the samples are " + Arrays.toString(sample) + ": resize the data or cut the model to match");
                }
            }
            int batch = dims[0] > 0 ? (int) dims[0] : BATCH;
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            float[][] out = new float[data.size()][];
            int size = data.sampleSize();
            long[] shape = new long[dims.length];
            for (int i = 0; i < sample.length; i++) shape[i + 1] = sample[i];
            for (int start = 0; start < data.size(); start += batch) {
                int n = Math.min(batch, data.size() - start);
                shape[0] = dims[0] > 0 ? dims[0] : n; // a fixed batch is filled up with zeros
                float[] x = new float[(int) shape[0] * size];
                for (int k = 0; k < n; k++) data.copySample(start + k, x, k * size);
                try (OnnxTensor t = OnnxTensor.createTensor(env, FloatBuffer.wrap(x), shape); OrtSession.Result r = runner.run(Map.of(in.name(), t))) {
                    if (!(r.get(0).getValue() instanceof float[][] logits)) {
                        throw new DataException(model.getFileName() + "'s first output is not a float [batch, classes] matrix");
                    }
                    if (logits[0].length != data.classes().size()) {
                        throw new DataException(model.getFileName() + " predicts " + logits[0].length + " classes but the data set has "
                                + data.classes().size() + " " + data.classes() + ": use a model trained on these classes");
                    }
                    for (int k = 0; k < n; k++) out[start + k] = logits[k];
                }
                if (progress != null && !progress.done(start + n, data.size())) return null;
            }
            return out;
        } catch (ModelRunException | OrtException e) {
            throw new DataException(model.getFileName() + " cannot run: " + e.getMessage(), e);
        }
    }

    /** Share of samples whose largest logit is their label's. */
    public static float accuracy(float[][] logits, Dataset data) {
        int correct = 0;
        for (int i = 0; i < data.size(); i++) if (argMax(logits[i]) == data.label(i)) correct++;
        return (float) correct / data.size();
    }

    public static int argMax(float[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) if (v[i] > v[best]) best = i;
        return best;
    }
}
