package io.medli.train.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import io.medli.train.TrainingSpec;
import io.medli.train.data.DataException;
import io.medli.train.data.DataSets;
import io.medli.train.data.Dataset;
import io.medli.train.data.IdxFiles;
import io.medli.train.data.Splits;

/** The train, validation and (optional) test parts of a spec's data, split with the spec's seed. */
public record TrainingData(Dataset train, Dataset validation, Dataset test) {

    private static Dataset read(Path p, TrainingSpec spec, String prefix) throws DataException {
        int[] wh = spec.imageWidthHeight();
        return DataSets.open(p, prefix, new DataSets.Options(wh[0], wh[1], spec.window(), spec.hop(), spec.labelColumn()));
    }

    public static TrainingData load(TrainingSpec spec) throws DataException {
        Path dir = Path.of(spec.data());
        if (!Files.exists(dir)) {
            String hint = dir.equals(IdxFiles.DEBIAN_FASHION_MNIST) ? " (install it: apt-get install dataset-fashion-mnist)" : "";
            throw new DataException("training data " + dir + " does not exist" + hint);
        }
        Dataset all = read(dir, spec, "train"), test = null;
        if (Files.isDirectory(dir) && IdxFiles.present(dir, "train") && IdxFiles.present(dir, "t10k")) test = IdxFiles.read(dir, "t10k");
        if (spec.testData() != null) test = read(Path.of(spec.testData()), spec, "t10k");
        if (all.size() == 0) throw new DataException(all.name() + " has no samples");
        if (spec.samplesPerClass() > 0) all = Splits.perClass(all, spec.samplesPerClass(), spec.seed());
        int[] counts = all.classCounts();
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] < 2) {
                throw new DataException(all.name() + ": class '" + all.classes().get(c) + "' has " + counts[c]
                        + " samples; every class needs at least 2 (one to train on, one to validate)");
            }
        }
        Splits.Pair p = Splits.split(all, spec.validationFraction(), spec.seed(), "train", "validation");
        if (test != null && !test.classes().equals(all.classes())) {
            throw new DataException("the test split has classes " + test.classes() + " but the training split " + all.classes());
        }
        if (test != null && !java.util.Arrays.equals(test.sampleShape(), all.sampleShape())) {
            throw new DataException("test samples are " + java.util.Arrays.toString(test.sampleShape()) + " but training samples "
                    + java.util.Arrays.toString(all.sampleShape()));
        }
        return new TrainingData(p.first(), p.second(), test);
    }
}
