package io.medli.train.internal;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
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

    OnlineTeacher(Path teacher, int threads) throws TrainingException, IOException {
        // ONNX Runtime and PyTorch take turns on the same cores: spinning worker threads of one
        // would starve the other (measured: a distillation epoch 2.7x slower)
        try (OrtSession.SessionOptions so = new OrtSession.SessionOptions()) {
            so.setIntraOpNumThreads(threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
            so.setInterOpNumThreads(1);
            so.addConfigEntry("session.intra_op.allow_spinning", "0");
            session = OrtEnvironment.getEnvironment().createSession(teacher.toAbsolutePath().toString(), so);
            var info = (ai.onnxruntime.TensorInfo) session.getInputInfo().values().iterator().next().getInfo();
            input = session.getInputNames().iterator().next();
            fixedBatch = info.getShape()[0] > 0;
        } catch (OrtException e) {
            throw new TrainingException("the teacher cannot run: " + e.getMessage(), e);
        }
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
            try (OnnxTensor t = OnnxTensor.createTensor(OrtEnvironment.getEnvironment(), FloatBuffer.wrap(x, from * size, per * size).slice(), dims);
                    OrtSession.Result r = session.run(Map.of(input, t))) {
                ((OnnxTensor) r.get(0)).getFloatBuffer().get(out, from * classes, per * classes);
            } catch (OrtException e) {
                throw new TrainingException("the teacher failed on a training batch: " + e.getMessage(), e);
            }
        }
        return out;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            // nothing left to release
        }
    }
}
