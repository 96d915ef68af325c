package io.medli.compress.data;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A NumPy {@code .npy} array: the header (dtype, shape) and, when read in full, its values as
 * float or int64. Little-endian C-order arrays of float16/32/64, int8/16/32/64, uint8 and bool.
 */
final class NpyArray {
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern ORDER = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    final String dtype;
    final long[] shape;

    private NpyArray(String dtype, long[] shape) {
        this.dtype = dtype;
        this.shape = shape;
    }

    long count() {
        long n = 1;
        for (long d : shape) n *= d;
        return n;
    }

    /** Reads the header and leaves {@code in} at the first value. */
    static NpyArray header(InputStream in, String where) throws IOException {
        DataInputStream d = new DataInputStream(in);
        byte[] magic = new byte[8];
        try {
            d.readFully(magic);
        } catch (EOFException e) {
            throw new IOException(where + " is too short to be a .npy array");
        }
        if ((magic[0] & 0xff) != 0x93 || !new String(magic, 1, 5, StandardCharsets.ISO_8859_1).equals("NUMPY")) {
            throw new IOException(where + " is not a .npy array (no NUMPY magic)");
        }
        int major = magic[6];
        int len;
        if (major == 1) {
            len = (d.readUnsignedByte()) | (d.readUnsignedByte() << 8);
        } else if (major == 2 || major == 3) {
            byte[] b = new byte[4];
            d.readFully(b);
            len = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getInt();
            if (len < 0 || len > 1 << 20) throw new IOException(where + ": implausible .npy header length " + len);
        } else {
            throw new IOException(where + ": unsupported .npy version " + major);
        }
        byte[] h = new byte[len];
        d.readFully(h);
        String header = new String(h, StandardCharsets.ISO_8859_1);
        Matcher descr = DESCR.matcher(header), order = ORDER.matcher(header), shape = SHAPE.matcher(header);
        if (!descr.find() || !order.find() || !shape.find()) throw new IOException(where + ": malformed .npy header: " + header.trim());
        if (order.group(1).equals("True")) {
            throw new IOException(where + " is stored in Fortran order; save it in C order (numpy.ascontiguousarray)");
        }
        String t = descr.group(1);
        if (t.startsWith(">")) throw new IOException(where + " is big-endian (" + t + "); save it little-endian");
        String dtype = t.replace("<", "").replace("|", "").replace("=", "");
        if (width(dtype) == 0) throw new IOException(where + " has dtype " + t + "; supported are float16/32/64, int8-64, uint8, bool");
        String[] parts = shape.group(1).split(",");
        long[] dims = new long[0];
        int n = 0;
        for (String p : parts) {
            if (p.isBlank()) continue;
            dims = java.util.Arrays.copyOf(dims, n + 1);
            try {
                dims[n++] = Long.parseLong(p.trim());
            } catch (NumberFormatException e) {
                throw new IOException(where + ": malformed shape (" + shape.group(1) + ")");
            }
        }
        return new NpyArray(dtype, dims);
    }

    private static int width(String dtype) {
        return switch (dtype) {
            case "f2", "i2" -> 2;
            case "f4", "i4" -> 4;
            case "f8", "i8" -> 8;
            case "i1", "u1", "b1" -> 1;
            default -> 0;
        };
    }

    boolean isFloat() {
        return dtype.startsWith("f");
    }

    /** Reads the values after the header as floats or longs, as {@code asFloat} says. */
    InputTensor read(InputStream in, boolean asFloat, String where) throws IOException {
        long n = count();
        int w = width(dtype);
        if (n * w > Integer.MAX_VALUE - 16) throw new IOException(where + " is too large for one sample (" + n + " values)");
        byte[] raw = in.readNBytes((int) (n * w));
        if (raw.length != n * w) throw new IOException(where + " is truncated: " + raw.length + " of " + n * w + " bytes");
        ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        float[] f = asFloat ? new float[(int) n] : null;
        long[] l = asFloat ? null : new long[(int) n];
        for (int i = 0; i < n; i++) {
            double v = switch (dtype) {
                case "f2" -> Float.float16ToFloat(b.getShort());
                case "f4" -> b.getFloat();
                case "f8" -> b.getDouble();
                case "i1" -> b.get();
                case "u1", "b1" -> b.get() & 0xff;
                case "i2" -> b.getShort();
                case "i4" -> b.getInt();
                default -> Double.NaN;
            };
            if (dtype.equals("i8")) {
                long x = b.getLong();
                if (asFloat) f[i] = x; else l[i] = x;
            } else if (asFloat) {
                f[i] = (float) v;
            } else {
                if (dtype.startsWith("f")) throw new IOException(where + " holds floats (" + dtype + ") for an integer input");
                l[i] = (long) v;
            }
        }
        return asFloat ? InputTensor.ofFloats(shape, f) : InputTensor.ofLongs(shape, l);
    }
}
