package io.medli.compress.data;

import java.util.Map;

/**
 * Samples to feed a model while calibrating or comparing it: each sample maps every model input to
 * a tensor. Implementations read real data (image folders, NumPy arrays); {@link RandomData} makes
 * random inputs only when asked, and says so through {@link #synthetic()}.
 */
public interface CalibrationData {
    /** What the data is, for reports: "image folder photos/ (41 images)". */
    String description();

    int size();

    /** A name for sample {@code index} in messages (its file name). */
    String sampleName(int index);

    /** The shape of every input of sample {@code index}, cheaply (without decoding the sample). */
    Map<String, long[]> shapes(int index);

    /** Sample {@code index}, keyed by model input name. */
    Map<String, InputTensor> sample(int index) throws CalibrationDataException;

    /** True when the data is made up rather than real. */
    default boolean synthetic() {
        return false;
    }
}
