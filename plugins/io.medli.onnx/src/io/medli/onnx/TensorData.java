package io.medli.onnx;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.TensorProto;

/**
 * Element data of a tensor, wherever the file keeps it: {@code raw_data}, the typed fields, or an
 * external file (mapped on demand, never read into the heap).
 */
public final class TensorData {
    private TensorData() {
    }

    /**
     * The elements as little-endian bytes (as {@code raw_data} stores them). Raw and external data
     * come back without copying; typed fields are converted.
     */
    public static ByteBuffer bytes(TensorProto t) throws IOException {
        if (t.isExternal()) {
            return external(t);
        }
        ByteBuffer raw = t.rawData();
        if (raw != null) {
            return raw.order(ByteOrder.LITTLE_ENDIAN);
        }
        int type = t.dataType();
        ByteBuffer b;
        if (t.floatData() != null && t.floatData().length > 0) {
            float[] f = t.floatData();
            if (type == DataType.FLOAT || type == DataType.COMPLEX64) {
                b = alloc(f.length * 4L);
                b.asFloatBuffer().put(f);
                return b;
            }
        }
        if (t.doubleData() != null && t.doubleData().length > 0) {
            b = alloc(t.doubleData().length * 8L);
            b.asDoubleBuffer().put(t.doubleData());
            return b;
        }
        if (t.int64Data() != null && t.int64Data().length > 0) {
            b = alloc(t.int64Data().length * 8L);
            b.asLongBuffer().put(t.int64Data());
            return b;
        }
        if (t.uint64Data() != null && t.uint64Data().length > 0) {
            b = alloc(t.uint64Data().length * 8L);
            b.asLongBuffer().put(t.uint64Data());
            return b;
        }
        if (t.int32Data() != null && t.int32Data().length > 0) {
            int[] v = t.int32Data();
            // int32_data holds every type of 32 bits or less, one element per entry
            switch (type) {
                case DataType.INT32 -> { b = alloc(v.length * 4L); b.asIntBuffer().put(v); }
                case DataType.INT16, DataType.UINT16, DataType.FLOAT16, DataType.BFLOAT16 -> {
                    b = alloc(v.length * 2L);
                    for (int x : v) b.putShort((short) x);
                    b.flip();
                }
                default -> {
                    b = alloc(v.length);
                    for (int x : v) b.put((byte) x);
                    b.flip();
                }
            }
            return b;
        }
        if (type == DataType.STRING) {
            throw new IOException("tensor '" + t.name() + "' holds strings, which have no fixed-size byte form");
        }
        return alloc(0);
    }

    private static ByteBuffer alloc(long n) throws IOException {
        if (n > Integer.MAX_VALUE) {
            throw new IOException("tensor of " + n + " bytes is too large to convert in memory");
        }
        return ByteBuffer.allocate((int) n).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Number of bytes the elements take, without reading them. */
    public static long byteSize(TensorProto t) {
        if (t.isExternal()) {
            String len = t.externalDataValue("length");
            if (len != null) {
                try {
                    return Long.parseLong(len.trim());
                } catch (NumberFormatException e) {
                    // fall through to the element count
                }
            }
        } else if (t.rawData() != null) {
            return t.rawData().remaining();
        }
        long n = t.elementCount();
        return n < 0 ? 0 : DataType.bytes(t.dataType(), n);
    }

    /** Path of the external file of {@code t}, checked to stay inside the model's directory. */
    public static Path externalPath(TensorProto t) throws IOException {
        String location = t.externalDataValue("location");
        if (location == null || location.isEmpty()) {
            throw new IOException("tensor '" + t.name() + "' is marked external but names no 'location'");
        }
        Path base = t.baseDir();
        if (base == null) {
            throw new IOException("tensor '" + t.name() + "' keeps its data in '" + location
                    + "', but the model was not read from a file, so there is no directory to find it in");
        }
        Path p = base.resolve(location).normalize();
        if (!p.startsWith(base.normalize())) {
            throw new IOException("tensor '" + t.name() + "': external data location '" + location
                    + "' points outside the model's directory; refusing to read it");
        }
        return p;
    }

    private static ByteBuffer external(TensorProto t) throws IOException {
        Path p = externalPath(t);
        long offset = parse(t, "offset", 0);
        long expected = DataType.bytes(t.dataType(), Math.max(0, t.elementCount()));
        long length = parse(t, "length", -1);
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
            long size = ch.size();
            if (length < 0) {
                length = t.dataType() == DataType.STRING ? size - offset : expected;
            }
            if (offset < 0 || offset > size || length > size - offset) {
                throw new IOException("tensor '" + t.name() + "': external data " + p.getFileName() + " holds "
                        + size + " bytes, but the model expects " + length + " bytes at offset " + offset
                        + "; the data file is truncated or belongs to another model");
            }
            if (length > Integer.MAX_VALUE) {
                throw new IOException("tensor '" + t.name() + "' of " + length + " bytes exceeds the 2 GB that can be mapped at once");
            }
            if (length == 0) {
                return alloc(0);
            }
            return ch.map(FileChannel.MapMode.READ_ONLY, offset, length).order(ByteOrder.LITTLE_ENDIAN);
        } catch (NoSuchFileException e) {
            throw new IOException("tensor '" + t.name() + "' keeps its data in '" + t.externalDataValue("location")
                    + "', which does not exist next to the model (" + p + "); copy the data file beside the .onnx file");
        }
    }

    private static long parse(TensorProto t, String key, long dflt) throws IOException {
        String v = t.externalDataValue(key);
        if (v == null || v.isEmpty()) {
            return dflt;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new IOException("tensor '" + t.name() + "': external data '" + key + "' is '" + v + "', not a number");
        }
    }

    /**
     * Elements converted to double (for statistics and constant folding of small tensors); at most
     * {@code max} of them.
     */
    public static double[] toDoubles(TensorProto t, int max) throws IOException {
        long count = t.elementCount();
        if (count < 0) {
            throw new IOException("tensor '" + t.name() + "' has invalid dimensions");
        }
        int n = (int) Math.min(count, max);
        double[] out = new double[n];
        int type = t.dataType();
        // typed fields first: cheap and exact
        if (t.rawData() == null && !t.isExternal()) {
            if (t.floatData() != null && t.floatData().length >= n && type == DataType.FLOAT) {
                for (int i = 0; i < n; i++) out[i] = t.floatData()[i];
                return out;
            }
            if (t.int64Data() != null && t.int64Data().length >= n) {
                for (int i = 0; i < n; i++) out[i] = t.int64Data()[i];
                return out;
            }
            if (t.doubleData() != null && t.doubleData().length >= n) {
                System.arraycopy(t.doubleData(), 0, out, 0, n);
                return out;
            }
            if (t.int32Data() != null && t.int32Data().length >= n && type != DataType.FLOAT16 && type != DataType.BFLOAT16) {
                for (int i = 0; i < n; i++) out[i] = type == DataType.UINT16 ? (t.int32Data()[i] & 0xffff) : t.int32Data()[i];
                return out;
            }
        }
        ByteBuffer b = bytes(t);
        long needed = DataType.bytes(type, n);
        if (b.remaining() < needed) {
            throw new IOException("tensor '" + t.name() + "' holds " + b.remaining() + " bytes of data, but its shape "
                    + java.util.Arrays.toString(t.dims()) + " of " + DataType.name(type) + " needs " + DataType.bytes(type, count));
        }
        int p = b.position();
        for (int i = 0; i < n; i++) {
            out[i] = switch (type) {
                case DataType.FLOAT -> b.getFloat(p + 4 * i);
                case DataType.DOUBLE -> b.getDouble(p + 8 * i);
                case DataType.INT64, DataType.UINT64 -> b.getLong(p + 8 * i);
                case DataType.INT32 -> b.getInt(p + 4 * i);
                case DataType.UINT32 -> b.getInt(p + 4 * i) & 0xffffffffL;
                case DataType.INT16 -> b.getShort(p + 2 * i);
                case DataType.UINT16 -> b.getShort(p + 2 * i) & 0xffff;
                case DataType.INT8 -> b.get(p + i);
                case DataType.UINT8, DataType.BOOL -> b.get(p + i) & 0xff;
                case DataType.FLOAT16 -> Float16.toFloat(b.getShort(p + 2 * i));
                case DataType.BFLOAT16 -> Float.intBitsToFloat((b.getShort(p + 2 * i) & 0xffff) << 16);
                case DataType.INT4 -> (byte) ((b.get(p + i / 2) >> ((i & 1) * 4)) << 4) >> 4;
                case DataType.UINT4 -> (b.get(p + i / 2) >> ((i & 1) * 4)) & 0xf;
                default -> throw new IOException("tensor '" + t.name() + "' of type " + DataType.name(type)
                        + " cannot be read as numbers");
            };
        }
        return out;
    }
}
