package io.medli.recipe.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import io.medli.compress.data.CalibrationData;
import io.medli.compress.data.CalibrationDataException;
import io.medli.compress.data.ImagePreprocessing;
import io.medli.compress.data.InputTensor;
import io.medli.onnx.proto.ModelProto;
import io.medli.recipe.DataRole;
import io.medli.recipe.DataSet;
import io.medli.recipe.Layout;
import io.medli.recipe.Recipe;

/** A recipe's data sets by role, with paths resolved against the recipe's folder and each set's preprocessing. */
final class RecipeData {
    /** Validation samples per class of an idx folder when the data set sets no limit. */
    private static final int VALIDATION_PER_CLASS = 100;

    private final Recipe recipe;
    private final Path baseDir;

    RecipeData(Recipe recipe, Path baseDir) {
        this.recipe = recipe;
        this.baseDir = baseDir;
    }

    /** The first data set with {@code role}, or null. */
    DataSet set(DataRole role) {
        for (DataSet d : recipe.getDataSets()) if (d.getRole() == role) return d;
        return null;
    }

    Path path(DataRole role) throws RecipeRunException {
        DataSet d = set(role);
        if (d == null || d.getPath() == null) throw new RecipeRunException("the recipe has no " + role.getLiteral() + " data: add a data set with that role");
        return baseDir.resolve(d.getPath()).normalize();
    }

    /** The samples of {@code role} as {@code model} takes them. */
    CalibrationData open(DataRole role, ModelProto model) throws RecipeRunException, CalibrationDataException, IOException {
        DataSet d = set(role);
        Path p = path(role);
        ImagePreprocessing pre = ImagePreprocessing.defaults().withScale((float) d.getScale());
        if (d.getMean() != null || d.getStd() != null) pre = pre.withNormalization(triple(d.getMean(), 0), triple(d.getStd(), 1));
        if (d.getLayout() != Layout.AUTO) pre = pre.withLayout(d.getLayout() == Layout.NHWC ? ImagePreprocessing.Layout.NHWC : ImagePreprocessing.Layout.NCHW);
        if (d.getWidth() > 0 && d.getHeight() > 0) pre = pre.withSize(d.getWidth(), d.getHeight());
        boolean validation = role == DataRole.VALIDATION;
        int perClass = d.getLimit() > 0 ? Math.max(1, d.getLimit() / 10) : validation ? VALIDATION_PER_CLASS : 32;
        CalibrationData data = Samples.open(p, model, pre, validation ? Samples.Split.TEST : Samples.Split.TRAIN, perClass);
        return d.getLimit() > 0 && data.size() > d.getLimit() ? new Limited(data, d.getLimit()) : data;
    }

    private static float[] triple(String v, float dflt) {
        float[] t = { dflt, dflt, dflt };
        if (v == null || v.isBlank()) return t;
        String[] p = v.split(",");
        for (int i = 0; i < 3; i++) t[i] = Float.parseFloat(p[i].trim());
        return t;
    }

    /** The first {@code n} samples. */
    private record Limited(CalibrationData data, int n) implements CalibrationData {
        @Override
        public String description() {
            return data.description() + ", the first " + n;
        }

        @Override
        public int size() {
            return n;
        }

        @Override
        public String sampleName(int index) {
            return data.sampleName(index);
        }

        @Override
        public Map<String, long[]> shapes(int index) {
            return data.shapes(index);
        }

        @Override
        public Map<String, InputTensor> sample(int index) throws CalibrationDataException {
            return data.sample(index);
        }
    }
}
