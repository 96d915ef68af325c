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
import io.medli.onnx.progress.Monitor;
import io.medli.runtime.ModelRunner;
import io.medli.runtime.RunOptions;
import io.medli.train.data.DataException;
import io.medli.train.data.Dataset;

/**
 * An ONNX model with one float input shaped like the samples (a classifier: logits [batch, classes]
 * first out; a backbone: feature maps) run in ONNX Runtime over a data set, in batches: a
 * teacher's outputs, a backbone's features, a model's accuracy.
 */
public final class OnnxClassifier {
    private static final int BATCH = 256;

    private OnnxClassifier() {
    }

    /**
     * Logits [samples][classes] of {@code model} on every sample, or null when {@code monitor}
     * was cancelled.
     *
     * @throws DataException when the model's input or output does not fit the data (the message
     *         says how), or the model cannot run
     */
    public static float[][] logits(Path model, Dataset data, int threads, Monitor monitor) throws DataException, IOException {
        long[][] shape = new long[1][];
        float[][] out = outputs(model, data, threads, monitor, shape);
        if (out == null) return null;
        if (shape[0].length != 2) {
            throw new DataException(model.getFileName() + "'s first output is " + Arrays.toString(shape[0]) + ", not logits [batch, classes]");
        }
        if (shape[0][1] != data.classes().size()) {
            throw new DataException(model.getFileName() + " predicts " + shape[0][1] + " classes but the data set has "
                    + data.classes().size() + " " + data.classes() + ": use a model trained on these classes");
        }
        return out;
    }

    /**
     * The first output of {@code model} for every sample, flattened per sample; {@code shape[0]}
     * receives the output's shape for the last batch.
     */
    public static float[][] outputs(Path model, Dataset data, int threads, Monitor monitor, long[][] shape) throws DataException, IOException {
        if (!Files.isRegularFile(model)) throw new DataException("model " + model + " does not exist");
        try (ModelRunner runner = ModelRunner.open(model, RunOptions.defaults().withThreads(threads))) {
            return outputs(runner, model.getFileName().toString(), data, monitor, shape);
        } catch (ModelRunException e) {
            throw new DataException(model.getFileName() + " cannot run: " + e.getMessage(), e);
        }
    }

    /** As {@link #outputs(Path, Dataset, int, Monitor, long[][])} for a model in memory, called {@code name} in messages. */
    public static float[][] outputs(io.medli.onnx.proto.ModelProto model, String name, Dataset data, int threads, Monitor monitor, long[][] shape)
            throws DataException, IOException {
        try (ModelRunner runner = ModelRunner.open(model, RunOptions.defaults().withThreads(threads))) {
            return outputs(runner, name, data, monitor, shape);
        } catch (ModelRunException e) {
            throw new DataException(name + " cannot run: " + e.getMessage(), e);
        }
    }

    private static float[][] outputs(ModelRunner runner, String name, Dataset data, Monitor monitor, long[][] shape) throws DataException {
        try {
            List<InputSpec> inputs = runner.inputs();
            if (inputs.size() != 1) {
                throw new DataException(name + " has " + inputs.size() + " inputs; a classifier here has one image/signal input");
            }
            InputSpec in = inputs.get(0);
            long[] dims = in.shape();
            int[] sample = data.sampleShape();
            if (dims.length != sample.length + 1) {
                throw new DataException(name + "'s input " + in.name() + " has rank " + dims.length + " but the samples are "
                        + Arrays.toString(sample) + " (rank " + (sample.length + 1) + " with the batch)");
            }
            for (int i = 0; i < sample.length; i++) {
                if (dims[i + 1] > 0 && dims[i + 1] != sample[i]) {
                    throw new DataException(name + "'s input " + in.name() + " is " + Arrays.toString(dims)
                            + " but the samples are " + Arrays.toString(sample) + ": resize the data or cut the model to match");
                }
            }
            int batch = dims[0] > 0 ? (int) dims[0] : BATCH;
            OrtEnvironment env = io.medli.runtime.ModelRunner.environment();
            float[][] out = new float[data.size()][];
            int size = data.sampleSize();
            long[] inShape = new long[dims.length];
            for (int i = 0; i < sample.length; i++) inShape[i + 1] = sample[i];
            for (int start = 0; start < data.size(); start += batch) {
                int n = Math.min(batch, data.size() - start);
                inShape[0] = dims[0] > 0 ? dims[0] : n; // a fixed batch is filled up with zeros
                float[] x = new float[(int) inShape[0] * size];
                for (int k = 0; k < n; k++) data.copySample(start + k, x, k * size);
                try (OnnxTensor t = OnnxTensor.createTensor(env, FloatBuffer.wrap(x), inShape); OrtSession.Result r = runner.run(Map.of(in.name(), t))) {
                    if (!(r.get(0) instanceof OnnxTensor o) || o.getInfo().type != ai.onnxruntime.OnnxJavaType.FLOAT) {
                        throw new DataException(name + "'s first output is not a float tensor");
                    }
                    long[] outDims = o.getInfo().getShape();
                    if (outDims.length == 0 || outDims[0] != inShape[0]) {
                        throw new DataException(name + "'s first output " + Arrays.toString(outDims) + " has no batch dimension");
                    }
                    shape[0] = outDims;
                    FloatBuffer all = o.getFloatBuffer();
                    int per = (int) (all.remaining() / outDims[0]);
                    for (int k = 0; k < n; k++) {
                        out[start + k] = new float[per];
                        all.get(k * per, out[start + k]);
                    }
                }
                if (monitor != null) {
                    monitor.progress("Running " + name, start + n, data.size());
                    if (monitor.cancelled()) return null;
                }
            }
            return out;
        } catch (ModelRunException | OrtException e) {
            throw new DataException(name + " cannot run: " + e.getMessage(), e);
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
