package io.medli.compress.data;

/**
 * How images become an input tensor: value = (pixel * scale - mean[c]) / std[c] for the colour
 * channels (pixel in 0..255, RGB order unless {@code bgr}); channels beyond the third (an alpha
 * channel) are set to {@code fill}. Images are stretched to the input's height and width, or to
 * {@code width} x {@code height} where the model leaves them open.
 *
 * @param layout where the channels are; AUTO reads it from the input's dimensions
 */
public record ImagePreprocessing(Layout layout, float scale, float[] mean, float[] std, boolean bgr, float fill, int width,
        int height) {

    public enum Layout {
        AUTO, NCHW, NHWC
    }

    public ImagePreprocessing {
        if (mean.length != 3 || std.length != 3) throw new IllegalArgumentException("mean and std need three values (R, G, B)");
        for (float s : std) if (!(s > 0)) throw new IllegalArgumentException("std values must be positive");
        if (!(scale > 0)) throw new IllegalArgumentException("scale must be positive");
    }

    /** Pixels scaled to 0..1, RGB, no normalisation, layout from the model, alpha channels 1. */
    public static ImagePreprocessing defaults() {
        return new ImagePreprocessing(Layout.AUTO, 1f / 255, new float[3], new float[] { 1, 1, 1 }, false, 1f, 0, 0);
    }

    public ImagePreprocessing withScale(float s) {
        return new ImagePreprocessing(layout, s, mean, std, bgr, fill, width, height);
    }

    public ImagePreprocessing withNormalization(float[] m, float[] s) {
        return new ImagePreprocessing(layout, scale, m, s, bgr, fill, width, height);
    }

    public ImagePreprocessing withFill(float f) {
        return new ImagePreprocessing(layout, scale, mean, std, bgr, f, width, height);
    }

    public ImagePreprocessing withLayout(Layout l) {
        return new ImagePreprocessing(l, scale, mean, std, bgr, fill, width, height);
    }

    public ImagePreprocessing withBgr(boolean b) {
        return new ImagePreprocessing(layout, scale, mean, std, b, fill, width, height);
    }

    public ImagePreprocessing withSize(int w, int h) {
        return new ImagePreprocessing(layout, scale, mean, std, bgr, fill, w, h);
    }
}
