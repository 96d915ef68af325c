package io.medli.recipe.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.medli.compress.data.ModelInput;
import io.medli.onnx.OnnxModel;

/**
 * The source model's inputs as the checks need them, read once per file version: checks run on
 * every edit in the editor, and a model is megabytes.
 */
final class ModelInputs {
    private record Version(Path file, long size, long modified) {
    }

    private static final Map<Version, long[]> SIZES = new ConcurrentHashMap<>();
    private static final long[] NONE = {};

    private ModelInputs() {
    }

    /** Height and width of the model's only image input where both are fixed; null otherwise (or unreadable: other checks say so). */
    static long[] fixedImageSize(Path model) {
        try {
            Version v = new Version(model.toAbsolutePath(), Files.size(model), Files.getLastModifiedTime(model).toMillis());
            long[] hw = SIZES.computeIfAbsent(v, ModelInputs::read);
            return hw.length == 0 ? null : hw;
        } catch (IOException e) {
            return null;
        }
    }

    private static long[] read(Version v) {
        try {
            List<ModelInput> in = ModelInput.of(OnnxModel.read(v.file()).proto());
            if (in.size() != 1 || in.get(0).dims() == null || in.get(0).dims().length != 4) return NONE;
            long[] d = in.get(0).dims();
            // channels where 1, 3 or 4 sit: NCHW or NHWC
            boolean nchw = d[1] == 1 || d[1] == 3 || d[1] == 4;
            long h = nchw ? d[2] : d[1], w = nchw ? d[3] : d[2];
            return h > 0 && w > 0 ? new long[] { h, w } : NONE;
        } catch (IOException | RuntimeException e) {
            return NONE;
        }
    }
}
