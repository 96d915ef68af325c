package io.medli.train.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import io.medli.onnx.OnnxModel;
import io.medli.runtime.ModelRunner;
import io.medli.runtime.RunOptions;
import io.medli.train.arch.Architecture;
import io.medli.train.arch.Layer;
import io.medli.train.arch.OnnxExport;
import io.medli.train.arch.StudentCatalog;
import io.medli.train.data.DataException;
import io.medli.train.data.Dataset;
import io.medli.train.data.IdxFiles;
import io.medli.train.internal.TeacherLogits;

class ExportTest {
    @TempDir
    Path dir;

    /** x [1, 2, 2] -> Conv(1 filter, 2x2, bias) -> BN -> Relu -> Residual(Relu) -> Flatten -> Dense(2). */
    static Architecture tiny() {
        return new Architecture("tiny", "tiny test net", new int[] { 1, 2, 2 }, 2, List.of(new Layer.Conv(1, 2, 1, 0, 1, true),
                new Layer.BatchNorm(), new Layer.Relu(), new Layer.Residual(List.of(new Layer.Relu())), new Layer.Flatten(),
                new Layer.Dropout(0.5f), new Layer.Dense(2)));
    }

    static final OnnxExport.Weights WEIGHTS = (path, param) -> switch (path + "/" + param) {
        case "0/weight" -> new float[] { 1, 2, 3, 4 };
        case "0/bias" -> new float[] { 0.5f };
        case "1/gamma" -> new float[] { 2 };
        case "1/beta" -> new float[] { -1 };
        case "1/runningMean" -> new float[] { 3 };
        case "1/runningVar" -> new float[] { 4 };
        case "6/weight" -> new float[] { 1, -1 };
        case "6/bias" -> new float[] { 0, 10 };
        default -> throw new IllegalArgumentException(path + "/" + param);
    };

    /** By hand: conv = x.w + 0.5; bn = 2 (conv - 3) / sqrt(4 + 1e-5) - 1; r = relu(bn); res = 2 r; logits = (res, 10 - res). */
    static float[] expected(float[] x) {
        float conv = x[0] + 2 * x[1] + 3 * x[2] + 4 * x[3] + 0.5f;
        float bn = (float) (2 * (conv - 3) / Math.sqrt(4 + 1e-5) - 1);
        float res = 2 * Math.max(bn, 0);
        return new float[] { res, 10 - res };
    }

    static Path writeTiny(Path file) throws Exception {
        OnnxModel.of(OnnxExport.export(tiny(), WEIGHTS, "test")).write(file);
        return file;
    }

    @Test
    void exportedGraphComputesTheKnownAnswer() throws Exception {
        Path f = writeTiny(dir.resolve("tiny.onnx"));
        float[][] xs = { { 1, 1, 1, 1 }, { 0, 0, 0, 0 }, { -1, 2, 0.5f, 0.25f } };
        try (ModelRunner r = ModelRunner.open(f, RunOptions.defaults())) {
            assertEquals(List.of("logits"), r.outputNames());
            for (float[] x : xs) {
                try (OnnxTensor t = OnnxTensor.createTensor(OrtEnvironment.getEnvironment(), FloatBuffer.wrap(x), new long[] { 1, 1, 2, 2 });
                        OrtSession.Result out = r.run(Map.of("input", t))) {
                    assertArrayEquals(expected(x), ((float[][]) out.get(0).getValue())[0], 1e-5f);
                }
            }
        }
        assertFalse(OnnxModel.read(f).proto().graph().nodes().stream().anyMatch(n -> n.opType().equals("Dropout")), "dropout is not exported");
    }

    @Test
    void catalogBuildsEveryEntryAndRejectsBadParameters() {
        for (StudentCatalog.Entry e : StudentCatalog.entries()) {
            int[] shape = e.name().equals("cnn1d") ? new int[] { 2, 64 } : new int[] { 1, 28, 28 };
            Architecture a = StudentCatalog.create(e.name(), Map.of(), shape, 10);
            assertTrue(a.layers().get(a.layers().size() - 1) instanceof Layer.Dense d && d.units() == 10, e.name());
        }
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> StudentCatalog.create("vgg", Map.of(), new int[] { 1, 8, 8 }, 2));
        assertTrue(x.getMessage().contains("unknown student 'vgg'") && x.getMessage().contains("mobilenetv2"), x.getMessage());
        x = assertThrows(IllegalArgumentException.class, () -> StudentCatalog.create("cnn", Map.of("depth", "3"), new int[] { 1, 8, 8 }, 2));
        assertTrue(x.getMessage().contains("no parameter 'depth'"), x.getMessage());
        x = assertThrows(IllegalArgumentException.class, () -> StudentCatalog.create("cnn", Map.of("width", "-2"), new int[] { 1, 8, 8 }, 2));
        assertTrue(x.getMessage().contains("width must be a positive integer"), x.getMessage());
        x = assertThrows(IllegalArgumentException.class, () -> StudentCatalog.create("cnn1d", Map.of(), new int[] { 1, 8, 8 }, 2));
        assertTrue(x.getMessage().contains("[channels, length]"), x.getMessage());
    }

    @Test
    void teacherOutputsAreCachedAndReused() throws Exception {
        Path teacher = writeTiny(dir.resolve("teacher.onnx"));
        Idx.write(dir.resolve("data"), "train", 300, 2, 2, 2, false);
        Dataset d = IdxFiles.read(dir.resolve("data"), "train");
        TeacherLogits.Result first = TeacherLogits.of(teacher, d, dir.resolve("cache"), 1, null);
        assertFalse(first.cached());
        float[] x = new float[4];
        d.copySample(123, x, 0);
        assertArrayEquals(expected(x), first.logits()[123], 1e-5f);
        long written = Files.getLastModifiedTime(first.cacheFile()).toMillis();
        TeacherLogits.Result second = TeacherLogits.of(teacher, d, dir.resolve("cache"), 1, new io.medli.onnx.progress.Monitor() {
            @Override
            public void progress(String task, int done, int total) {
                throw new AssertionError("the teacher ran again");
            }

            @Override
            public boolean cancelled() {
                throw new AssertionError("the teacher ran again");
            }
        });
        assertTrue(second.cached());
        assertEquals(written, Files.getLastModifiedTime(second.cacheFile()).toMillis());
        assertArrayEquals(first.logits()[299], second.logits()[299]);
    }

    @Test
    void teacherThatDoesNotFitTheDataIsRejected() throws Exception {
        Path teacher = writeTiny(dir.resolve("teacher.onnx"));
        Idx.write(dir.resolve("three"), "train", 30, 2, 2, 3, false);
        DataException e = assertThrows(DataException.class,
                () -> TeacherLogits.of(teacher, IdxFiles.read(dir.resolve("three"), "train"), dir.resolve("cache"), 1, null));
        assertTrue(e.getMessage().contains("predicts 2 classes but the data set has 3"), e.getMessage());
        Idx.write(dir.resolve("big"), "train", 30, 3, 3, 2, false);
        e = assertThrows(DataException.class,
                () -> TeacherLogits.of(teacher, IdxFiles.read(dir.resolve("big"), "train"), dir.resolve("cache"), 1, null));
        assertTrue(e.getMessage().contains("[1, 3, 3]"), e.getMessage());
    }
}
