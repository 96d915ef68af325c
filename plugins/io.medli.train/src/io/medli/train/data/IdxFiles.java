package io.medli.train.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * MNIST-style idx files ({@code train-images-idx3-ubyte[.gz]}, {@code train-labels-idx1-ubyte[.gz]},
 * and {@code t10k-*} for the test split), as Fashion-MNIST ships them (Debian package
 * {@code dataset-fashion-mnist}: {@code /usr/share/datasets/fashion-mnist}). Pixels become
 * floats in [0, 1], shape {1, rows, columns}.
 */
public final class IdxFiles {
    /** Where Debian's {@code dataset-fashion-mnist} installs the files. */
    public static final Path DEBIAN_FASHION_MNIST = Path.of("/usr/share/datasets/fashion-mnist");

    static final List<String> FASHION_CLASSES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal",
            "Shirt", "Sneaker", "Bag", "Ankle boot");

    private static final int IMAGES_MAGIC = 0x00000803, LABELS_MAGIC = 0x00000801;

    private IdxFiles() {
    }

    /** True when {@code dir} holds the images and labels of split {@code prefix} ("train" or "t10k"). */
    public static boolean present(Path dir, String prefix) {
        return find(dir, prefix + "-images-idx3-ubyte") != null && find(dir, prefix + "-labels-idx1-ubyte") != null;
    }

    /**
     * Reads split {@code prefix} ("train" or "t10k") of the idx files in {@code dir}. Classes are
     * Fashion-MNIST's names when the folder name says fashion, else the digits 0-9.
     */
    public static Dataset read(Path dir, String prefix) throws DataException {
        Path images = find(dir, prefix + "-images-idx3-ubyte");
        Path labels = find(dir, prefix + "-labels-idx1-ubyte");
        if (images == null || labels == null) {
            String hint = dir.equals(DEBIAN_FASHION_MNIST) ? " (install it: apt-get install dataset-fashion-mnist)" : "";
            throw new DataException(dir + " has no " + prefix + "-images-idx3-ubyte[.gz] and " + prefix
                    + "-labels-idx1-ubyte[.gz]" + hint);
        }
        int[] shape = new int[3];
        float[] pixels;
        int[] classOf;
        try (DataInputStream in = open(images)) {
            int magic = in.readInt();
            if (magic != IMAGES_MAGIC) throw new DataException(images + " is not an idx3 image file (magic " + Integer.toHexString(magic) + ")");
            int n = in.readInt(), rows = in.readInt(), cols = in.readInt();
            if (n < 0 || rows <= 0 || cols <= 0 || (long) n * rows * cols > Integer.MAX_VALUE - 8) {
                throw new DataException(images + ": implausible header " + n + " x " + rows + " x " + cols);
            }
            shape[0] = 1;
            shape[1] = rows;
            shape[2] = cols;
            byte[] raw = new byte[n * rows * cols];
            in.readFully(raw);
            pixels = new float[raw.length];
            for (int i = 0; i < raw.length; i++) pixels[i] = (raw[i] & 0xff) / 255f;
        } catch (EOFException e) {
            throw new DataException(images + " is truncated (fewer pixels than its header says)", e);
        } catch (IOException e) {
            throw new DataException("cannot read " + images + ": " + e.getMessage(), e);
        }
        try (DataInputStream in = open(labels)) {
            int magic = in.readInt();
            if (magic != LABELS_MAGIC) throw new DataException(labels + " is not an idx1 label file (magic " + Integer.toHexString(magic) + ")");
            int n = in.readInt();
            if (n < 0 || (long) n * shape[1] * shape[2] != pixels.length) {
                throw new DataException(labels + " has " + n + " labels but " + images + " has "
                        + pixels.length / (shape[1] * shape[2]) + " images");
            }
            byte[] raw = new byte[n];
            in.readFully(raw);
            classOf = new int[n];
            for (int i = 0; i < n; i++) classOf[i] = raw[i] & 0xff;
        } catch (EOFException e) {
            throw new DataException(labels + " is truncated (fewer labels than its header says)", e);
        } catch (IOException e) {
            throw new DataException("cannot read " + labels + ": " + e.getMessage(), e);
        }
        int max = 0;
        for (int c : classOf) max = Math.max(max, c);
        List<String> classes;
        String folder = dir.toAbsolutePath().normalize().getFileName() == null ? "" : dir.toAbsolutePath().normalize().getFileName().toString();
        if (folder.toLowerCase().contains("fashion") && max < 10) {
            classes = FASHION_CLASSES;
        } else {
            classes = new ArrayList<>();
            for (int c = 0; c <= max; c++) classes.add(Integer.toString(c));
        }
        return new Dataset(folder + "/" + prefix, shape, pixels, classOf, classes);
    }

    private static Path find(Path dir, String base) {
        for (String name : new String[] { base, base + ".gz" }) {
            Path p = dir.resolve(name);
            if (Files.isRegularFile(p)) return p;
        }
        return null;
    }

    private static DataInputStream open(Path file) throws IOException {
        try {
            InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            return new DataInputStream(file.getFileName().toString().endsWith(".gz") ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw);
        } catch (NoSuchFileException e) {
            throw new IOException("no such file", e);
        }
    }
}
