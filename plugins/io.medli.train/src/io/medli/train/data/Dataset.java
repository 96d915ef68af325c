package io.medli.train.data;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Labelled samples held in memory: one float vector of a fixed shape per sample and a class
 * index. Immutable.
 */
public final class Dataset {
    private final String name;
    private final int[] sampleShape;
    private final int sampleSize;
    private final float[] features;
    private final int[] labels;
    private final List<String> classes;

    /**
     * @param features {@code labels.length * product(sampleShape)} values, sample after sample
     * @throws DataException when the sizes disagree or a label is outside the classes
     */
    public Dataset(String name, int[] sampleShape, float[] features, int[] labels, List<String> classes) throws DataException {
        this.name = name;
        this.sampleShape = sampleShape.clone();
        int size = 1;
        for (int d : sampleShape) {
            if (d <= 0) throw new DataException(name + ": sample shape " + Arrays.toString(sampleShape) + " has a dimension <= 0");
            size = Math.multiplyExact(size, d);
        }
        this.sampleSize = size;
        if ((long) labels.length * size != features.length) {
            throw new DataException(name + ": " + labels.length + " labels but " + features.length + " values for samples of "
                    + size + " values");
        }
        if (classes.isEmpty()) throw new DataException(name + ": no classes");
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes.size()) {
                throw new DataException(name + ": sample " + i + " has label " + labels[i] + ", outside the " + classes.size()
                        + " classes");
            }
        }
        this.features = features;
        this.labels = labels;
        this.classes = List.copyOf(classes);
    }

    public String name() {
        return name;
    }

    public int size() {
        return labels.length;
    }

    /** Shape of one sample, without the batch dimension (e.g. {1, 28, 28}). */
    public int[] sampleShape() {
        return sampleShape.clone();
    }

    public int sampleSize() {
        return sampleSize;
    }

    public List<String> classes() {
        return classes;
    }

    public int label(int i) {
        return labels[i];
    }

    /** Copies sample {@code i} into {@code dst} at {@code offset}. */
    public void copySample(int i, float[] dst, int offset) {
        System.arraycopy(features, i * sampleSize, dst, offset, sampleSize);
    }

    /** Number of samples per class. */
    public int[] classCounts() {
        int[] c = new int[classes.size()];
        for (int l : labels) c[l]++;
        return c;
    }

    /** The samples at {@code indices}, in that order, as a new data set. */
    public Dataset subset(String subsetName, int[] indices) {
        float[] f = new float[indices.length * sampleSize];
        int[] l = new int[indices.length];
        for (int k = 0; k < indices.length; k++) {
            System.arraycopy(features, indices[k] * sampleSize, f, k * sampleSize, sampleSize);
            l[k] = labels[indices[k]];
        }
        try {
            return new Dataset(subsetName, sampleShape, f, l, classes);
        } catch (DataException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 over shape, values and labels: the same samples in the same order give the same text. */
    public String fingerprint() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            ByteBuffer b = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
            for (int d : sampleShape) b.putInt(d);
            b.putInt(labels.length);
            for (int i = 0; i < features.length; i++) {
                if (b.remaining() < 4) {
                    md.update(b.array(), 0, b.position());
                    b.clear();
                }
                b.putFloat(features[i]);
            }
            for (int l : labels) {
                if (b.remaining() < 4) {
                    md.update(b.array(), 0, b.position());
                    b.clear();
                }
                b.putInt(l);
            }
            md.update(b.array(), 0, b.position());
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return name + " (" + size() + " samples of " + Arrays.toString(sampleShape) + ", " + classes.size() + " classes)";
    }
}
