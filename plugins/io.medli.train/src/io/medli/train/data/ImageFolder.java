package io.medli.train.data;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.medli.compress.data.Images;

/**
 * A folder with one sub-folder of images (PNG, JPEG, BMP, GIF) per class, the class being the
 * sub-folder's name. Pixels become floats in [0, 1], shape [channels, height, width]: 1 channel
 * when every image is grey, else 3 (RGB). Images are resized to a given size, or must all have
 * the same size.
 */
public final class ImageFolder {
    private ImageFolder() {
    }

    /** True when {@code dir} has sub-folders and the first file found in them is an image. */
    public static boolean looksLike(Path dir) {
        return firstFile(dir).map(ImageFolder::isImage).orElse(false);
    }

    static java.util.Optional<Path> firstFile(Path dir) {
        try (Stream<Path> classes = Files.list(dir)) {
            for (Path c : classes.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(c)) {
                    var f = files.filter(Files::isRegularFile).sorted().findFirst();
                    if (f.isPresent()) return f;
                }
            }
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.empty();
    }

    static boolean isImage(Path p) {
        return Images.isImage(p);
    }

    /**
     * @param width, height the size to resize to, or 0 to require one size for all images
     * @throws DataException naming the file that cannot be read or has another size, or a class
     *         without images
     */
    public static Dataset read(Path dir, int width, int height) throws DataException {
        List<String> classes = new ArrayList<>();
        List<BufferedImage> images = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        boolean allGrey = true;
        int w = width, h = height;
        Path sizeSource = null;
        for (ClassFolders.Folder c : ClassFolders.list(dir, ImageFolder::isImage, "images " + Images.EXTENSIONS)) {
            classes.add(c.name());
            List<Path> files = c.files();
            for (Path f : files) {
                BufferedImage img;
                try {
                    img = Images.read(f);
                } catch (IOException e) {
                    throw new DataException(e.getMessage(), e);
                }
                if (w == 0) {
                    w = img.getWidth();
                    h = img.getHeight();
                    sizeSource = f;
                } else if (width == 0 && (img.getWidth() != w || img.getHeight() != h)) {
                    throw new DataException(f + " is " + img.getWidth() + "x" + img.getHeight() + " but " + sizeSource + " is " + w + "x" + h
                            + ": give an image size to resize all of them");
                }
                allGrey &= img.getColorModel().getNumColorComponents() == 1;
                images.add(img);
                labels.add(classes.size() - 1);
            }
        }
        int channels = allGrey ? 1 : 3, plane = w * h;
        float[] x = new float[images.size() * channels * plane];
        for (int i = 0; i < images.size(); i++) {
            BufferedImage img = Images.resized(images.get(i), w, h);
            int base = i * channels * plane;
            if (channels == 1 && img.getType() == BufferedImage.TYPE_BYTE_GRAY) { // exact grey levels, no colour-space round trip
                for (int yy = 0; yy < h; yy++) for (int xx = 0; xx < w; xx++) x[base + yy * w + xx] = img.getRaster().getSample(xx, yy, 0) / 255f;
                continue;
            }
            for (int yy = 0; yy < h; yy++) {
                for (int xx = 0; xx < w; xx++) {
                    int rgb = img.getRGB(xx, yy);
                    int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
                    if (channels == 1) {
                        x[base + yy * w + xx] = r / 255f;
                    } else {
                        x[base + yy * w + xx] = r / 255f;
                        x[base + plane + yy * w + xx] = g / 255f;
                        x[base + 2 * plane + yy * w + xx] = b / 255f;
                    }
                }
            }
        }
        return new Dataset(dir.getFileName().toString(), new int[] { channels, h, w }, x, labels.stream().mapToInt(Integer::intValue).toArray(),
                classes);
    }
}
