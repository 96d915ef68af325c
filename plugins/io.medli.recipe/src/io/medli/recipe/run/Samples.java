package io.medli.recipe.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import io.medli.compress.data.CalibrationData;
import io.medli.compress.data.CalibrationDataException;
import io.medli.compress.data.ImageFolderData;
import io.medli.compress.data.ImagePreprocessing;
import io.medli.compress.data.NpyData;
import io.medli.onnx.proto.ModelProto;

/**
 * A folder as model inputs, for the command line and the recipes alike: NumPy {@code .npy/.npz}
 * samples, an idx folder (Fashion-MNIST, MNIST), or images preprocessed as asked.
 */
public final class Samples {
    /** Which part of an idx folder: calibration reads the training split, validation the test split. */
    public enum Split {
        TRAIN("train"), TEST("t10k");

        final String prefix;

        Split(String prefix) {
            this.prefix = prefix;
        }
    }

    private Samples() {
    }

    public static CalibrationData open(Path folder, ModelProto model, ImagePreprocessing images) throws CalibrationDataException, IOException {
        return open(folder, model, images, Split.TRAIN, IdxSamples.PER_CLASS);
    }

    /** As above; {@code split} and {@code perClass} choose the samples of an idx folder. */
    public static CalibrationData open(Path folder, ModelProto model, ImagePreprocessing images, Split split, int perClass)
            throws CalibrationDataException, IOException {
        if (!Files.isDirectory(folder)) throw new NoSuchFileException(folder.toString());
        if (NpyData.holdsArrays(folder)) return NpyData.open(folder, model);
        if (IdxSamples.holds(folder)) return IdxSamples.open(folder, model, split.prefix, perClass);
        return ImageFolderData.open(folder, model, images);
    }

    /** Whether {@code folder} is an idx folder (its samples are not images to preprocess). */
    public static boolean isIdx(Path folder) {
        return IdxSamples.holds(folder);
    }
}
