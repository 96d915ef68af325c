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

    private static OutputStream open(Path p, boolean gzip) throws IOException {
        OutputStream o = Files.newOutputStream(p);
        return gzip ? new GZIPOutputStream(o) : o;
    }
}
