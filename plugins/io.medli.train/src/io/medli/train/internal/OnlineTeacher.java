package io.medli.train.internal;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.medli.train.TrainingException;

/**
 * The teacher run on each training batch, as the student sees it. With augmentation on, cached
 * outputs would describe the un-augmented image while the student sees a flipped or shifted one,
 * which weakens distillation; so then the teacher runs live, in ONNX Runtime.
 */
final class OnlineTeacher implements AutoCloseable {
    private final OrtSession session;
    private final String input;
    private final boolean fixedBatch;

    private final String hint;
    private final io.medli.runtime.ModelRunner runner;
    /** The hint tensor of the last {@link #logits} call, flattened, or null. */
    private float[] lastHint;
    private long[] hintShape;

    OnlineTeacher(Path teacher, int threads) throws TrainingException, IOException {
        this(teacher, threads, null);
    }

    /** @param hint an inner tensor of the teacher to return with the logits (hint distillation), or null */
    OnlineTeacher(Path teacher, int threads, String hint) throws TrainingException, IOException {
        this.hint = hint;
        Path file = teacher.toAbsolutePath();
        // ONNX Runtime and PyTorch take turns on the same cores: spinning worker threads of one
        // would starve the other (measured: a distillation epoch 2.7x slower)
        io.medli.runtime.RunOptions options = io.medli.runtime.RunOptions.defaults()
                .withThreads(threads > 0 ? threads : Runtime.getRuntime().availableProcessors()).withSpinning(false);
        try {
            if (hint != null) {
                // the teacher with the hint tensor as a second output
                var m = io.medli.onnx.edit.ModelEdits.apply(io.medli.onnx.OnnxModel.read(file).proto(), io.medli.onnx.edit.ModelEdits.addOutput(hint));
                runner = io.medli.runtime.ModelRunner.open(m, options);
            } else {
                runner = io.medli.runtime.ModelRunner.open(file, options);
            }
        } catch (io.medli.onnx.edit.EditException e) {
            throw new TrainingException("the teacher has no tensor '" + hint + "' to give hints from: " + e.getMessage(), e);
        } catch (io.medli.onnx.OnnxFormatException e) {
            throw new TrainingException("the teacher is not a readable ONNX model: " + e.getMessage(), e);
        } catch (io.medli.runtime.ModelRunException e) {
            throw new TrainingException("the teacher cannot run: " + e.getMessage(), e);
        }
        session = runner.session();
        try {
            var info = (ai.onnxruntime.TensorInfo) session.getInputInfo().values().iterator().next().getInfo();
            input = session.getInputNames().iterator().next();
            fixedBatch = info.getShape()[0] > 0;
        } catch (OrtException e) {
            runner.close();
            throw new TrainingException("the teacher cannot run: " + e.getMessage(), e);
        }
    }

    /** The hint tensor's values for the samples of the last {@link #logits} call, flattened. */
    float[] lastHint() {
        return lastHint;
    }

    /** Shape of one sample of the hint tensor (no batch axis), known after the first {@link #logits} call. */
    long[] hintShape() {
        return hintShape;
    }

    /** Logits of {@code b} samples of shape {@code sample}, flattened [b * classes]. */
    float[] logits(float[] x, int b, int[] sample, int classes) throws TrainingException {
        int size = x.length / b;
        float[] out = new float[b * classes];
        int per = fixedBatch ? 1 : b;
        long[] dims = new long[sample.length + 1];
        for (int i = 0; i < sample.length; i++) dims[i + 1] = sample[i];
        for (int from = 0; from < b; from += per) {
            dims[0] = per;
            try (OnnxTensor t = OnnxTensor.createTensor(io.medli.runtime.ModelRunner.environment(), FloatBuffer.wrap(x, from * size, per * size).slice(), dims);
                    OrtSession.Result r = session.run(Map.of(input, t))) {
                ((OnnxTensor) r.get(0)).getFloatBuffer().get(out, from * classes, per * classes);
                if (hint != null) {
                    OnnxTensor h = (OnnxTensor) r.get(hint).orElseThrow();
                    long[] shape = h.getInfo().getShape();
                    int per1 = (int) (h.getInfo().getNumElements() / shape[0]);
                    if (from == 0) {
                        hintShape = java.util.Arrays.copyOfRange(shape, 1, shape.length);
                        lastHint = new float[b * per1];
                    }
                    h.getFloatBuffer().get(lastHint, from * per1, per * per1);
                }
            } catch (OrtException e) {
                throw new TrainingException("the teacher failed on a training batch: " + e.getMessage(), e);
            }
        }
        return out;
    }

    @Override
    public void close() {
        runner.close();
    }
}
