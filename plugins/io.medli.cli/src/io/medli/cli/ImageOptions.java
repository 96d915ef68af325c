package io.medli.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import io.medli.compress.data.CalibrationData;
import io.medli.compress.data.CalibrationDataException;
import io.medli.compress.data.ImageFolderData;
import io.medli.compress.data.ImagePreprocessing;
import io.medli.compress.data.ModelInput;
import io.medli.compress.data.NpyData;
import io.medli.onnx.proto.ModelProto;
import picocli.CommandLine.Option;

/** How a folder of samples feeds a model: NumPy arrays as they are, images preprocessed as these options say. */
final class ImageOptions {
    @Option(names = "--scale", paramLabel = "S", description = "pixel factor, a number or a fraction such as 1/255 (default 1/255)")
    String scale;
    @Option(names = "--mean", paramLabel = "R,G,B", description = "subtracted per channel after scaling")
    String mean;
    @Option(names = "--std", paramLabel = "R,G,B", description = "divides per channel after the mean")
    String std;
    @Option(names = "--bgr", description = "channels in B,G,R order")
    boolean bgr;
    @Option(names = "--fill", paramLabel = "V", description = "value of channels beyond the image's (e.g. M-LSD's 4th)")
    Float fill;
    @Option(names = "--layout", paramLabel = "NCHW|NHWC", description = "the input's layout (default: from the model)")
    ImagePreprocessing.Layout layout;
    @Option(names = "--size", paramLabel = "WxH", description = "resize images to W x H (default: the input's size)")
    String size;

    /** The samples in {@code folder}: NumPy arrays, idx files, or images preprocessed as these options say. */
    CalibrationData open(Path folder, ModelProto model) throws UsageException, CalibrationDataException, IOException {
        return open(folder, model, null);
    }

    /** As above; without --size, an open image size comes from {@code sizes} (--shape of the input, or --dim of its named sizes). */
    CalibrationData open(Path folder, ModelProto model, SizeOptions sizes) throws UsageException, CalibrationDataException, IOException {
        ImagePreprocessing p = ImagePreprocessing.defaults();
        if (scale != null) p = p.withScale((float) fraction(scale));
        if (mean != null || std != null) p = p.withNormalization(triple("--mean", mean, "0,0,0"), triple("--std", std, "1,1,1"));
        if (fill != null) p = p.withFill(fill);
        if (bgr) p = p.withBgr(true);
        if (layout != null) p = p.withLayout(layout);
        if (size == null && sizes != null) {
            int[] wh = boundSize(model, sizes);
            if (wh != null) p = p.withSize(wh[0], wh[1]);
        }
        if (size != null) {
            String[] wh = size.split("x");
            try {
                p = p.withSize(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
            } catch (RuntimeException e) {
                throw new UsageException("--size is WIDTHxHEIGHT, e.g. 224x224");
            }
        }
        return io.medli.recipe.run.Samples.open(folder, model, p);
    }

    /** Width and height of the only rank-4 input as --shape or --dim bind them (channels where 1, 3 or 4 sit), or null. */
    private int[] boundSize(ModelProto model, SizeOptions sizes) throws UsageException {
        List<ModelInput> inputs = ModelInput.of(model);
        if (inputs.size() != 1 || inputs.get(0).dims() == null || inputs.get(0).dims().length != 4) return null;
        ModelInput in = inputs.get(0);
        long[] d = sizes.shapes().get(in.name());
        if (d == null) {
            d = in.dims().clone();
            for (int i = 0; i < 4; i++) {
                if (d[i] < 0 && in.symbols() != null && in.symbols()[i] != null) d[i] = sizes.dims().getOrDefault(in.symbols()[i], -1L);
            }
        } else if (d.length != 4) {
            throw new UsageException("--shape " + in.name() + " needs 4 sizes for an image input, got " + d.length);
        }
        boolean nchw = layout != null && layout != ImagePreprocessing.Layout.AUTO ? layout == ImagePreprocessing.Layout.NCHW : d[1] == 1 || d[1] == 3 || d[1] == 4;
        long h = nchw ? d[2] : d[1], w = nchw ? d[3] : d[2];
        return h > 0 && w > 0 ? new int[] { (int) w, (int) h } : null;
    }

    private static double fraction(String v) throws UsageException {
        try {
            int slash = v.indexOf('/');
            return slash < 0 ? Double.parseDouble(v) : Double.parseDouble(v.substring(0, slash)) / Double.parseDouble(v.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new UsageException("--scale needs a number such as 0.0039 or 1/255, got '" + v + "'");
        }
    }

    static float[] triple(String option, String value, String dflt) throws UsageException {
        String[] p = (value == null ? dflt : value).split(",");
        if (p.length != 3) throw new UsageException(option + " needs three values R,G,B");
        float[] v = new float[3];
        try {
            for (int i = 0; i < 3; i++) v[i] = Float.parseFloat(p[i].trim());
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs three numbers R,G,B");
        }
        return v;
    }
}
