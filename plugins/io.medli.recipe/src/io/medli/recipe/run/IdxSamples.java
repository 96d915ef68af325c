package io.medli.recipe.run;

import java.nio.file.Path;
import java.util.Map;

import io.medli.compress.data.CalibrationData;
import io.medli.compress.data.CalibrationDataException;
import io.medli.compress.data.InputTensor;
import io.medli.onnx.proto.ModelProto;
import io.medli.train.data.DataException;
import io.medli.train.data.Dataset;
import io.medli.train.data.IdxFiles;
import io.medli.train.data.Splits;

/**
 * Samples from an idx folder (the training bundle's Fashion-MNIST/MNIST reader): a seeded,
 * class-balanced subset of one split - for calibration the training split, so a model is
 * calibrated on other images than the test split it is evaluated on.
 */
final class IdxSamples implements CalibrationData {
    /** Calibration samples per class. */
    static final int PER_CLASS = 32;

    private final Dataset data;
    private final String input;
    private final long[] shape;

    private IdxSamples(Dataset data, String input) {
        this.data = data;
        this.input = input;
        int[] s = data.sampleShape();
        shape = new long[s.length + 1];
        shape[0] = 1;
        for (int i = 0; i < s.length; i++) shape[i + 1] = s[i];
    }

    static boolean holds(Path folder) {
        return IdxFiles.present(folder, "train");
    }

    /** {@code perClass} samples per class of {@code split} ("train" or "t10k"). */
    static CalibrationData open(Path folder, ModelProto model, String split, int perClass) throws CalibrationDataException {
        var initializers = model.graph().initializers().stream().map(t -> t.name()).toList();
        var inputs = model.graph().inputs().stream().map(v -> v.name()).filter(n -> !initializers.contains(n)).toList();
        if (inputs.size() != 1) {
            throw new CalibrationDataException(folder + " holds single images, but the model has " + inputs.size() + " inputs " + inputs);
        }
        try {
            return new IdxSamples(Splits.perClass(IdxFiles.read(folder, split), perClass, 0), inputs.get(0));
        } catch (DataException e) {
            throw new CalibrationDataException(e.getMessage());
        }
    }

    @Override
    public String description() {
        return data.size() + " training images of " + data.name();
    }

    @Override
    public int size() {
        return data.size();
    }

    @Override
    public String sampleName(int index) {
        return data.name() + " #" + index;
    }

    @Override
    public Map<String, long[]> shapes(int index) {
        return Map.of(input, shape.clone());
    }

    @Override
    public Map<String, InputTensor> sample(int index) {
        float[] x = new float[data.sampleSize()];
        data.copySample(index, x, 0);
        return Map.of(input, InputTensor.ofFloats(shape.clone(), x));
    }
}
