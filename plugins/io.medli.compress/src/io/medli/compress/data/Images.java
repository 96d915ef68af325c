package io.medli.compress.data;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Image files for every reader of image data (calibration folders, labelled class folders,
 * unlabelled training images): which files count as images, their sizes, decoding and resizing.
 * Errors are IOExceptions whose message names the file and what is wrong with it.
 */
public final class Images {
    /** The file endings read as images. */
    public static final List<String> EXTENSIONS = List.of(".jpg", ".jpeg", ".png", ".bmp", ".gif");

    private Images() {
    }

    public static boolean isImage(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(n::endsWith);
    }

    /** The image files under {@code folder}, searched recursively, sorted. */
    public static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).filter(Images::isImage).sorted().toList();
        }
    }

    /** Width and height of {@code f}, from its header only. */
    public static int[] size(Path f) throws IOException {
        return withReader(f, "read", r -> new int[] { r.getWidth(0), r.getHeight(0) });
    }

    private interface ReaderUse<T> {
        T apply(ImageReader r) throws IOException;
    }

    /** Opens {@code f} with the first ImageIO reader that knows its format; errors name the file. */
    private static <T> T withReader(Path f, String verb, ReaderUse<T> use) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(f.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) throw new IOException("not a readable image: " + f);
            ImageReader r = readers.next();
            try {
                r.setInput(in);
                return use.apply(r);
            } finally {
                r.dispose();
            }
        } catch (RuntimeException e) {
            throw new IOException("cannot " + verb + " the image " + f + ": " + e.getMessage(), e);
        }
    }

    /** The whole image, every pixel. */
    public static BufferedImage read(Path f) throws IOException {
        BufferedImage img;
        try {
            img = ImageIO.read(f.toFile());
        } catch (IOException | RuntimeException e) {
            throw new IOException("cannot read the image " + f + ": " + e.getMessage(), e);
        }
        if (img == null) throw new IOException("cannot read the image " + f + ": not a PNG, JPEG, BMP or GIF file");
        return img;
    }

    /**
     * {@code f} decoded for a resize to {@code width} x {@code height}: pixels of a large image that
     * the resize would average away anyway are skipped while decoding (at least twice the target
     * size is kept).
     */
    public static BufferedImage readFor(Path f, int width, int height) throws IOException {
        return withReader(f, "decode", r -> {
            int step = Math.max(1, Math.min(r.getWidth(0) / (2 * width), r.getHeight(0) / (2 * height)));
            ImageReadParam p = r.getDefaultReadParam();
            p.setSourceSubsampling(step, step, 0, 0);
            return r.read(0, p);
        });
    }

    /** {@code img} stretched bilinearly to {@code w} x {@code h} RGB; {@code img} itself when it has that size. */
    public static BufferedImage resized(BufferedImage img, int w, int h) {
        if (img.getWidth() == w && img.getHeight() == h) return img;
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(img, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
