package io.medli.compress.data;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;


import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.ModelProto;

/**
 * A folder of images (searched recursively, so a folder per class works too) as samples of a
 * model with one image input. Every file's header is read when the folder is opened, so an
 * unreadable image is reported before any work starts.
 */
public final class ImageFolderData implements CalibrationData {
    private final Path folder;
    private final List<Path> files;
    private final ModelInput input;
    private final ImagePreprocessing prep;
    private final boolean nchw;
    private final int channels, width, height;

    private ImageFolderData(Path folder, List<Path> files, ModelInput input, ImagePreprocessing prep, boolean nchw,
            int channels, int width, int height) {
        this.folder = folder;
        this.files = files;
        this.input = input;
        this.prep = prep;
        this.nchw = nchw;
        this.channels = channels;
        this.width = width;
        this.height = height;
    }

    /** The images under {@code folder} as samples of {@code model}'s only image input. */
    public static ImageFolderData open(Path folder, ModelProto model, ImagePreprocessing prep) throws CalibrationDataException {
        return open(folder, model, prep, List.of());
    }

    /** As {@link #open(Path, ModelProto, ImagePreprocessing)}, limited to the given files (e.g. a split). */
    public static ImageFolderData open(Path folder, ModelProto model, ImagePreprocessing prep, List<Path> only)
            throws CalibrationDataException {
        List<ModelInput> inputs = ModelInput.of(model);
        if (inputs.size() != 1) {
            throw new CalibrationDataException("an image folder can feed a model with one input; this one has " + inputs.size()
                    + " - use NumPy .npz files, one per sample, with an array per input");
        }
        ModelInput in = inputs.get(0);
        long[] d = in.dims();
        if (in.elemType() != DataType.FLOAT || d == null || d.length != 4) {
            throw new CalibrationDataException("input '" + in.name() + "' is " + in.describe()
                    + "; images feed a float32 input of rank 4 (NCHW or NHWC)");
        }
        boolean nchw = switch (prep.layout()) {
            case NCHW -> true;
            case NHWC -> false;
            case AUTO -> {
                boolean c1 = d[1] == 1 || d[1] == 3 || d[1] == 4, c3 = d[3] == 1 || d[3] == 3 || d[3] == 4;
                if (c1 == c3) {
                    throw new CalibrationDataException("cannot tell where the channels of input '" + in.name() + "' "
                            + in.describe() + " are; give the layout (NCHW or NHWC)");
                }
                yield c1;
            }
        };
        int channels = (int) (nchw ? d[1] : d[3]);
        long h = nchw ? d[2] : d[1], w = nchw ? d[3] : d[2];
        if (channels < 1) {
            throw new CalibrationDataException("input '" + in.name() + "' " + in.describe() + " has no fixed channel count");
        }
        if (h < 0) h = prep.height();
        if (w < 0) w = prep.width();
        if (h <= 0 || w <= 0) {
            throw new CalibrationDataException("input '" + in.name() + "' " + in.describe()
                    + " leaves the image size open; give a width and height");
        }
        List<Path> files;
        if (!Files.isDirectory(folder)) throw new CalibrationDataException("no such folder: " + folder);
        if (only.isEmpty()) {
            try {
                files = Images.list(folder);
            } catch (IOException e) {
                throw new CalibrationDataException("cannot list " + folder + ": " + e.getMessage(), e);
            }
        } else {
            files = List.copyOf(only);
        }
        if (files.isEmpty()) {
            throw new CalibrationDataException("no images (" + String.join(", ", Images.EXTENSIONS) + ") under " + folder);
        }
        for (Path f : files) header(f);
        return new ImageFolderData(folder, files, in, prep, nchw, channels, (int) w, (int) h);
    }

    /** The image files under {@code folder}, sorted, for splitting into calibration and evaluation sets. */
    public static List<Path> list(Path folder) throws IOException {
        return Images.list(folder);
    }

    private static int[] header(Path f) throws CalibrationDataException {
        try {
            return Images.size(f);
        } catch (IOException e) {
            throw new CalibrationDataException(e.getMessage(), e);
        }
    }

    @Override
    public String description() {
        return "image folder " + folder + " (" + files.size() + " images)";
    }

    @Override
    public int size() {
        return files.size();
    }

    @Override
    public String sampleName(int index) {
        return folder.relativize(files.get(index)).toString();
    }

    @Override
    public Map<String, long[]> shapes(int index) {
        return Map.of(input.name(), shape());
    }

    private long[] shape() {
        return nchw ? new long[] { 1, channels, height, width } : new long[] { 1, height, width, channels };
    }

    @Override
    public Map<String, InputTensor> sample(int index) throws CalibrationDataException {
        return toTensor(decode(files.get(index), width, height), 0, 0, 1, 1, false);
    }

    /**
     * A region of an image in fractions of its width and height, mirrored left-right or not: an
     * augmented sample for training on unlabelled images.
     */
    public record Crop(double x, double y, double width, double height, boolean mirror) {
        public Crop {
            if (!(x >= 0 && y >= 0 && width > 0 && height > 0 && x + width <= 1 + 1e-9 && y + height <= 1 + 1e-9)) {
                throw new IllegalArgumentException("a crop lies within the image: " + x + ", " + y + ", " + width + ", " + height);
            }
        }
    }

    /** Decoded images kept for crops (decoding a photograph costs more than a training step's share). */
    private final Map<Integer, BufferedImage> decoded = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The {@code crop} of image {@code index}, stretched to the input's size. Images are decoded
     * once, at up to {@code maxZoom} times the input's size, and kept in memory.
     */
    public Map<String, InputTensor> sample(int index, Crop crop, int maxZoom) throws CalibrationDataException {
        BufferedImage img = decoded.get(index);
        if (img == null) {
            img = decode(files.get(index), width * maxZoom, height * maxZoom);
            decoded.put(index, img);
        }
        return toTensor(img, crop.x(), crop.y(), crop.width(), crop.height(), crop.mirror());
    }

    /** The region (fractions of the image) stretched to the input's size, as the input tensor. */
    private Map<String, InputTensor> toTensor(BufferedImage img, double cx, double cy, double cw, double ch, boolean mirror) {
        BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            int iw = img.getWidth(), ih = img.getHeight();
            int sx0 = (int) Math.round(cx * iw), sy0 = (int) Math.round(cy * ih);
            int sx1 = Math.max(sx0 + 1, (int) Math.round((cx + cw) * iw)), sy1 = Math.max(sy0 + 1, (int) Math.round((cy + ch) * ih));
            if (mirror) g.drawImage(img, width, 0, 0, height, sx0, sy0, sx1, sy1, null);
            else g.drawImage(img, 0, 0, width, height, sx0, sy0, sx1, sy1, null);
        } finally {
            g.dispose();
        }
        int[] px = rgb.getRGB(0, 0, width, height, null, 0, width);
        float[] v = new float[channels * width * height];
        int plane = width * height;
        for (int i = 0; i < plane; i++) {
            int p = px[i];
            float r = (p >> 16) & 0xff, gr = (p >> 8) & 0xff, b = p & 0xff;
            for (int c = 0; c < channels; c++) {
                float value;
                if (channels == 1 || channels == 2 && c == 0) {
                    value = norm((0.299f * r + 0.587f * gr + 0.114f * b), 0);
                } else if (c < 3) {
                    float x = switch (c) {
                        case 0 -> prep.bgr() ? b : r;
                        case 1 -> gr;
                        default -> prep.bgr() ? r : b;
                    };
                    value = norm(x, c);
                } else {
                    value = prep.fill();
                }
                v[nchw ? c * plane + i : i * channels + c] = value;
            }
        }
        return Map.of(input.name(), InputTensor.ofFloats(shape(), v));
    }

    private float norm(float pixel, int c) {
        return (pixel * prep.scale() - prep.mean()[c]) / prep.std()[c];
    }

    private static BufferedImage decode(Path f, int width, int height) throws CalibrationDataException {
        try {
            return Images.readFor(f, width, height);
        } catch (IOException e) {
            throw new CalibrationDataException(e.getMessage(), e);
        }
    }
}
