package io.medli.monitor;

/**
 * Per-image statistics that drift when a camera changes: brightness (the mean value), contrast
 * (the standard deviation of the values) and sharpness (the variance of the 4-neighbour Laplacian,
 * which falls when the image blurs), over all channels of a C x H x W image as the model takes it.
 */
public final class ImageStats {
    /** The names of {@link #of}'s values, in order. */
    public static final java.util.List<String> NAMES = java.util.List.of("brightness", "contrast", "sharpness");

    private ImageStats() {
    }

    /** {brightness, contrast, sharpness} of {@code pixels} (channel after channel, row after row). */
    public static double[] of(float[] pixels, int channels, int height, int width) {
        if ((long) channels * height * width != pixels.length) {
            throw new IllegalArgumentException(pixels.length + " values are not an image of " + channels + " x " + height + " x " + width);
        }
        double sum = 0, sq = 0;
        for (float v : pixels) {
            sum += v;
            sq += (double) v * v;
        }
        double mean = sum / pixels.length, var = Math.max(0, sq / pixels.length - mean * mean);
        double lap = 0, lap2 = 0;
        long n = 0;
        for (int c = 0; c < channels; c++) {
            int base = c * height * width;
            for (int y = 1; y < height - 1; y++) {
                for (int x = 1; x < width - 1; x++) {
                    int i = base + y * width + x;
                    double l = pixels[i - 1] + pixels[i + 1] + pixels[i - width] + pixels[i + width] - 4.0 * pixels[i];
                    lap += l;
                    lap2 += l * l;
                    n++;
                }
            }
        }
        double sharp = n == 0 ? 0 : Math.max(0, lap2 / n - (lap / n) * (lap / n));
        return new double[] { mean, Math.sqrt(var), sharp };
    }
}
