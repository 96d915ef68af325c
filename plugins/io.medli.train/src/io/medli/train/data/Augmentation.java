package io.medli.train.data;

import java.util.Random;

/**
 * Image augmentation applied to one [C, H, W] sample in place, during training only: horizontal
 * flip, random crop after zero padding (a shift of up to {@code cropPadding} pixels), Gaussian
 * noise and brightness.
 *
 * @param flip probability 0.5 of a horizontal flip
 * @param cropPadding pixels of padding for random crops (0 = none)
 * @param noise standard deviation of added Gaussian noise (0 = none)
 * @param brightness largest relative brightness change (0 = none; 0.2 = scale by 0.8..1.2)
 */
public record Augmentation(boolean flip, int cropPadding, float noise, float brightness) {
    public static final Augmentation NONE = new Augmentation(false, 0, 0, 0);

    public boolean active() {
        return flip || cropPadding > 0 || noise > 0 || brightness > 0;
    }

    /**
     * Parses a comma-separated list such as {@code flip,crop=2,noise=0.05,brightness=0.2}
     * ({@code none} for no augmentation).
     */
    public static Augmentation parse(String text) {
        boolean flip = false;
        int crop = 0;
        float noise = 0, bright = 0;
        if (text == null || text.isBlank() || text.equals("none")) return NONE;
        for (String part : text.split(",")) {
            String p = part.trim();
            String key = p.contains("=") ? p.substring(0, p.indexOf('=')) : p;
            String value = p.contains("=") ? p.substring(p.indexOf('=') + 1) : null;
            try {
                switch (key) {
                    case "flip" -> flip = true;
                    case "crop" -> crop = value == null ? 2 : Integer.parseInt(value);
                    case "noise" -> noise = value == null ? 0.05f : Float.parseFloat(value);
                    case "brightness" -> bright = value == null ? 0.2f : Float.parseFloat(value);
                    default -> throw new IllegalArgumentException("unknown augmentation '" + key + "' (flip, crop=N, noise=S, brightness=B)");
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("augmentation " + key + " needs a number, not '" + value + "'");
            }
        }
        if (crop < 0 || noise < 0 || bright < 0 || bright >= 1) throw new IllegalArgumentException("augmentation values out of range: " + text);
        return new Augmentation(flip, crop, noise, bright);
    }

    /** Augments {@code x[offset ..]}, one sample of shape {@code shape} = [C, H, W]; other ranks are left alone. */
    public void apply(float[] x, int offset, int[] shape, Random rnd, float[] scratch) {
        if (shape.length != 3 || !active()) return;
        int c = shape[0], h = shape[1], w = shape[2], plane = h * w;
        boolean doFlip = flip && rnd.nextBoolean();
        int dy = cropPadding > 0 ? rnd.nextInt(2 * cropPadding + 1) - cropPadding : 0;
        int dx = cropPadding > 0 ? rnd.nextInt(2 * cropPadding + 1) - cropPadding : 0;
        if (doFlip || dx != 0 || dy != 0) {
            System.arraycopy(x, offset, scratch, 0, c * plane);
            for (int ch = 0; ch < c; ch++) {
                for (int y = 0; y < h; y++) {
                    int sy = y + dy;
                    for (int xx = 0; xx < w; xx++) {
                        int sx = (doFlip ? w - 1 - xx : xx) + dx;
                        x[offset + ch * plane + y * w + xx] = sy < 0 || sy >= h || sx < 0 || sx >= w ? 0f : scratch[ch * plane + sy * w + sx];
                    }
                }
            }
        }
        if (brightness > 0) {
            float s = 1 + (rnd.nextFloat() * 2 - 1) * brightness;
            for (int i = 0; i < c * plane; i++) x[offset + i] *= s;
        }
        if (noise > 0) {
            for (int i = 0; i < c * plane; i++) x[offset + i] += (float) rnd.nextGaussian() * noise;
        }
    }
}
