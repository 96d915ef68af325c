package io.medli.train.tests;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes small idx files (the Fashion-MNIST format) with known pixels and labels. */
final class Idx {
    private Idx() {
    }

    /** {@code n} images of {@code rows x cols}; pixel (i, k) = (i * 7 + k) % 256; label i % classes. */
    static void write(Path dir, String prefix, int n, int rows, int cols, int classes, boolean gzip) throws IOException {
        Files.createDirectories(dir);
        String ext = gzip ? ".gz" : "";
        try (DataOutputStream out = new DataOutputStream(open(dir.resolve(prefix + "-images-idx3-ubyte" + ext), gzip))) {
            out.writeInt(0x803);
            out.writeInt(n);
            out.writeInt(rows);
            out.writeInt(cols);
            for (int i = 0; i < n; i++) for (int k = 0; k < rows * cols; k++) out.writeByte((i * 7 + k) % 256);
        }
        try (DataOutputStream out = new DataOutputStream(open(dir.resolve(prefix + "-labels-idx1-ubyte" + ext), gzip))) {
            out.writeInt(0x801);
            out.writeInt(n);
            for (int i = 0; i < n; i++) out.writeByte(i % classes);
        }
    }

    /** The first {@code n} samples of {@code d} (28x28 grey, values in [0, 1]) as idx files of split {@code prefix}. */
    static void write(Path dir, String prefix, io.medli.train.data.Dataset d, int n) throws IOException {
        Files.createDirectories(dir);
        int size = d.sampleSize();
        int[] shape = d.sampleShape();
        try (DataOutputStream out = new DataOutputStream(open(dir.resolve(prefix + "-images-idx3-ubyte"), false))) {
            out.writeInt(0x803);
            out.writeInt(n);
            out.writeInt(shape[1]);
            out.writeInt(shape[2]);
            float[] x = new float[size];
            for (int i = 0; i < n; i++) {
                d.copySample(i, x, 0);
                for (float v : x) out.writeByte(Math.round(v * 255));
            }
        }
        try (DataOutputStream out = new DataOutputStream(open(dir.resolve(prefix + "-labels-idx1-ubyte"), false))) {
            out.writeInt(0x801);
            out.writeInt(n);
            for (int i = 0; i < n; i++) out.writeByte(d.label(i));
        }
    }

    private static OutputStream open(Path p, boolean gzip) throws IOException {
        OutputStream o = Files.newOutputStream(p);
        return gzip ? new GZIPOutputStream(o) : o;
    }
}
