package io.medli.onnx.internal.wire;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the protocol buffers wire format into a rope of chunks. Large byte fields (weights) are
 * referenced, not copied, and an embedded message is written into its own writer and then
 * appended by reference, so a model is serialised without copying its weights even once before
 * the bytes reach the file.
 */
public final class WireWriter {
    private static final int SMALL = 8192;
    /** Children and byte fields up to this size are copied; bigger ones are referenced. */
    private static final int COPY_LIMIT = 512;

    private final List<ByteBuffer> chunks = new ArrayList<>();
    private byte[] cur = new byte[256];
    private int n;
    private long sealed;

    public long size() {
        return sealed + n;
    }

    private void ensure(int more) {
        if (n + more > cur.length) {
            if (cur.length < SMALL) {
                byte[] bigger = new byte[Math.max(Math.min(SMALL, cur.length * 2), n + more)];
                System.arraycopy(cur, 0, bigger, 0, n);
                cur = bigger;
            } else {
                flushCurrent();
                if (more > cur.length) {
                    cur = new byte[more];
                }
            }
        }
    }

    private void flushCurrent() {
        if (n > 0) {
            chunks.add(ByteBuffer.wrap(cur, 0, n));
            sealed += n;
            cur = new byte[SMALL];
            n = 0;
        }
    }

    public void writeVarint(long v) {
        ensure(10);
        while ((v & ~0x7fL) != 0) {
            cur[n++] = (byte) ((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        cur[n++] = (byte) v;
    }

    public void writeTag(int field, int wireType) {
        writeVarint(((long) field << 3) | wireType);
    }

    public void writeFixed32(int v) {
        ensure(4);
        cur[n++] = (byte) v;
        cur[n++] = (byte) (v >>> 8);
        cur[n++] = (byte) (v >>> 16);
        cur[n++] = (byte) (v >>> 24);
    }

    public void writeFixed64(long v) {
        writeFixed32((int) v);
        writeFixed32((int) (v >>> 32));
    }

    /** Raw bytes, copied when small and referenced when large (the buffer must stay unchanged). */
    public void writeRaw(ByteBuffer b) {
        int len = b.remaining();
        if (len <= COPY_LIMIT) {
            ensure(len);
            b.duplicate().get(cur, n, len);
            n += len;
        } else {
            flushCurrent();
            chunks.add(b.duplicate());
            sealed += len;
        }
    }

    public void writeRaw(byte[] b) {
        writeRaw(ByteBuffer.wrap(b));
    }

    // --- fields ---

    public void int64(int field, long v) {
        writeTag(field, WireReader.VARINT);
        writeVarint(v);
    }

    public void int32(int field, int v) {
        // negative int32 values are sign-extended to 10 bytes, as protobuf does
        int64(field, v);
    }

    public void float32(int field, float v) {
        writeTag(field, WireReader.FIXED32);
        writeFixed32(Float.floatToRawIntBits(v));
    }

    public void string(int field, String s) {
        bytes(field, s.getBytes(StandardCharsets.UTF_8));
    }

    public void bytes(int field, byte[] b) {
        bytes(field, ByteBuffer.wrap(b));
    }

    public void bytes(int field, ByteBuffer b) {
        writeTag(field, WireReader.LEN);
        writeVarint(b.remaining());
        writeRaw(b);
    }

    public void message(int field, WireWriter child) {
        writeTag(field, WireReader.LEN);
        writeVarint(child.size());
        append(child);
    }

    /** Appends everything another writer holds. */
    public void append(WireWriter child) {
        if (child.size() <= COPY_LIMIT) {
            for (ByteBuffer c : child.chunks) {
                writeRaw(c);
            }
            ensure(child.n);
            System.arraycopy(child.cur, 0, cur, n, child.n);
            n += child.n;
        } else {
            flushCurrent();
            chunks.addAll(child.chunks);
            if (child.n > 0) {
                chunks.add(ByteBuffer.wrap(child.cur, 0, child.n));
            }
            sealed += child.size();
        }
    }

    /** Writes everything to {@code out}. */
    public void writeTo(WritableByteChannel out) throws IOException {
        for (ByteBuffer c : chunks) {
            ByteBuffer d = c.duplicate();
            while (d.hasRemaining()) {
                out.write(d);
            }
        }
        ByteBuffer last = ByteBuffer.wrap(cur, 0, n);
        while (last.hasRemaining()) {
            out.write(last);
        }
    }

    public byte[] toByteArray() {
        if (size() > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("message of " + size() + " bytes does not fit in an array");
        }
        byte[] all = new byte[(int) size()];
        int p = 0;
        for (ByteBuffer c : chunks) {
            int len = c.remaining();
            c.duplicate().get(all, p, len);
            p += len;
        }
        System.arraycopy(cur, 0, all, p, n);
        return all;
    }
}
