package io.medli.onnx.internal.wire;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import io.medli.onnx.OnnxFormatException;

/**
 * Reads the protocol buffers wire format from a buffer without copying it: length-delimited
 * fields come back as slices of the same (usually memory-mapped) buffer. Every length is checked
 * against what is left before anything is allocated, so a corrupt file cannot make it allocate
 * more than the file holds, loop, or read out of bounds.
 */
public final class WireReader {
    public static final int VARINT = 0, FIXED64 = 1, LEN = 2, START_GROUP = 3, END_GROUP = 4, FIXED32 = 5;

    private final ByteBuffer buf;
    private final long fileBase;
    private int pos;
    private final int limit;

    /** A reader over {@code buf} between its position and limit, which starts at byte 0 of the file. */
    public WireReader(ByteBuffer buf) {
        this(buf.duplicate().order(ByteOrder.LITTLE_ENDIAN), 0, buf.position(), buf.limit());
    }

    private WireReader(ByteBuffer buf, long fileBase, int pos, int limit) {
        this.buf = buf;
        this.fileBase = fileBase;
        this.pos = pos;
        this.limit = limit;
    }

    public boolean atEnd() {
        return pos >= limit;
    }

    /** Absolute offset in the file of the next byte. */
    public long offset() {
        return fileBase + pos;
    }

    public int remaining() {
        return limit - pos;
    }

    public OnnxFormatException error(String what) {
        return new OnnxFormatException(offset(), what);
    }

    /** Slice of the next {@code len} bytes (shares the buffer), advancing past them. */
    public ByteBuffer slice(int len, String what) throws OnnxFormatException {
        if (len < 0 || len > limit - pos) {
            throw error(what + ": length " + (len & 0xffffffffL) + " runs past the end of its enclosing message ("
                    + (limit - pos) + " bytes left); the file is truncated or corrupt");
        }
        ByteBuffer s = buf.duplicate();
        s.position(pos).limit(pos + len);
        pos += len;
        return s.slice().order(ByteOrder.LITTLE_ENDIAN);
    }

    public int readTag() throws OnnxFormatException {
        long start = offset();
        long tag = readVarint();
        if (tag <= 0 || tag > 0xffffffffL || (tag >>> 3) == 0) {
            throw new OnnxFormatException(start, "expected a protobuf field tag, found " + tag);
        }
        int wt = (int) (tag & 7);
        if (wt > 5) {
            throw new OnnxFormatException(start, "expected a protobuf field tag, found wire type " + wt);
        }
        return (int) tag;
    }

    public long readVarint() throws OnnxFormatException {
        long result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos >= limit) {
                throw error("expected the rest of a varint, found the end of the message; the file is truncated");
            }
            byte b = buf.get(pos++);
            result |= (long) (b & 0x7f) << shift;
            if (b >= 0) {
                return result;
            }
        }
        throw error("expected a varint of at most 10 bytes, found a longer one");
    }

    public int readInt32() throws OnnxFormatException {
        return (int) readVarint();
    }

    public int readLength(String what) throws OnnxFormatException {
        long start = offset();
        long len = readVarint();
        if (len < 0 || len > limit - pos) {
            throw new OnnxFormatException(start, what + ": length " + len + " runs past the end of its enclosing message ("
                    + (limit - pos) + " bytes left); the file is truncated or corrupt");
        }
        return (int) len;
    }

    public int readFixed32() throws OnnxFormatException {
        need(4);
        int v = buf.getInt(pos);
        pos += 4;
        return v;
    }

    public long readFixed64() throws OnnxFormatException {
        need(8);
        long v = buf.getLong(pos);
        pos += 8;
        return v;
    }

    public float readFloat() throws OnnxFormatException {
        return Float.intBitsToFloat(readFixed32());
    }

    public double readDouble() throws OnnxFormatException {
        return Double.longBitsToDouble(readFixed64());
    }

    public String readString(String what) throws OnnxFormatException {
        int len = readLength(what);
        String s;
        if (buf.hasArray()) {
            s = new String(buf.array(), buf.arrayOffset() + pos, len, StandardCharsets.UTF_8);
        } else {
            byte[] b = new byte[len];
            buf.get(pos, b);
            s = new String(b, StandardCharsets.UTF_8);
        }
        pos += len;
        return s;
    }

    public byte[] readBytes(String what) throws OnnxFormatException {
        int len = readLength(what);
        byte[] b = new byte[len];
        buf.get(pos, b);
        pos += len;
        return b;
    }

    public ByteBuffer readBytesSlice(String what) throws OnnxFormatException {
        return slice(readLength(what), what);
    }

    /** Reader over a length-delimited field (an embedded message); this reader skips past it. */
    public WireReader readMessage(String what) throws OnnxFormatException {
        int len = readLength(what);
        WireReader r = new WireReader(buf, fileBase, pos, pos + len);
        pos += len;
        return r;
    }

    /**
     * Skips the field whose tag was just read and returns its complete encoding (tag included),
     * so that fields this code does not know survive a round trip.
     */
    public ByteBuffer skipField(int tag, int tagStart) throws OnnxFormatException {
        skipValue(tag, 0);
        ByteBuffer s = buf.duplicate();
        s.position(tagStart).limit(pos);
        return s.slice();
    }

    /** Position inside this reader's buffer, for {@link #skipField}. */
    public int mark() {
        return pos;
    }

    private void skipValue(int tag, int depth) throws OnnxFormatException {
        switch (tag & 7) {
            case VARINT -> readVarint();
            case FIXED64 -> { need(8); pos += 8; }
            case FIXED32 -> { need(4); pos += 4; }
            case LEN -> { int len = readLength("unknown field " + (tag >>> 3)); pos += len; }
            case START_GROUP -> {
                if (depth > 64) {
                    throw error("groups nested more than 64 deep");
                }
                while (true) {
                    if (atEnd()) {
                        throw error("expected the end of group " + (tag >>> 3) + ", found the end of the message");
                    }
                    int t = readTag();
                    if ((t & 7) == END_GROUP) {
                        if ((t >>> 3) != (tag >>> 3)) {
                            throw error("group " + (tag >>> 3) + " closed by end-group " + (t >>> 3));
                        }
                        return;
                    }
                    skipValue(t, depth + 1);
                }
            }
            default -> throw error("unexpected wire type " + (tag & 7) + " for field " + (tag >>> 3));
        }
    }

    /** Checks that {@code tag} has the wire type expected for a known field. */
    public void expect(int tag, int wireType, String field) throws OnnxFormatException {
        if ((tag & 7) != wireType) {
            throw error("field '" + field + "' has wire type " + (tag & 7) + ", expected " + wireType);
        }
    }

    private void need(int n) throws OnnxFormatException {
        if (limit - pos < n) {
            throw error("expected " + n + " more bytes, found " + (limit - pos) + "; the file is truncated");
        }
    }
}
