package io.medli.train.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A cache file of float rows (teacher outputs, backbone features): written atomically, read back only when whole. */
final class FloatRows {
    private static final int MAGIC = 0x4d4c4f47; // "MLOG"

    private FloatRows() {
    }

    /** The rows, or null when the file is missing, damaged or of another size. */
    static float[][] read(Path file, int rows, int width) {
        if (!Files.isRegularFile(file)) return null;
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC) return null;
            int n = in.readInt(), c = in.readInt();
            if (n != rows || c <= 0 || (width > 0 && c != width) || (long) n * c > Integer.MAX_VALUE) return null;
            float[][] l = new float[n][c];
            for (float[] row : l) for (int j = 0; j < c; j++) row[j] = in.readFloat();
            return l;
        } catch (IOException e) {
            return null; // recomputed
        }
    }

    static void write(Path file, float[][] rows) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
        try {
            try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeInt(rows.length);
                out.writeInt(rows.length == 0 ? 0 : rows[0].length);
                for (float[] row : rows) for (float v : row) out.writeFloat(v);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
