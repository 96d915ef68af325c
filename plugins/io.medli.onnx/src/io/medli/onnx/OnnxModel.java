package io.medli.onnx;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import io.medli.onnx.internal.wire.ModelDecoder;
import io.medli.onnx.internal.wire.ModelEncoder;
import io.medli.onnx.proto.ModelProto;

/**
 * An ONNX model read from a file or bytes. Reading maps the file and decodes its structure only;
 * weights stay in the mapped file (or in their external data files) until someone asks for them.
 * The model is mutable; {@link #write} saves it atomically.
 */
public final class OnnxModel {
    /** Protobuf's limit: larger models keep their weights in external data. */
    public static final long MAX_PROTO_BYTES = Integer.MAX_VALUE;

    private final ModelProto proto;
    private final Path source;

    private OnnxModel(ModelProto proto, Path source) {
        this.proto = proto;
        this.source = source;
    }

    /** Wraps a model built in memory. */
    public static OnnxModel of(ModelProto proto) {
        return new OnnxModel(proto, null);
    }

    public static OnnxModel read(Path file) throws IOException {
        Path abs = file.toAbsolutePath();
        if (Files.isDirectory(abs)) {
            throw new IOException(abs + " is a directory, not an ONNX model file");
        }
        try (FileChannel ch = FileChannel.open(abs, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size > MAX_PROTO_BYTES) {
                throw new OnnxFormatException(-1, "the file has " + size + " bytes, more than the 2 GB a protobuf "
                        + "message can hold; models this large keep their weights in external data files");
            }
            ByteBuffer map = ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
            ModelProto m = new ModelDecoder(abs.getParent()).readModel(map);
            return new OnnxModel(m, abs);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(abs.toString(), null, "no such file");
        } catch (AccessDeniedException e) {
            throw new AccessDeniedException(abs.toString(), null, "permission denied");
        }
    }

    /** Reads a model from bytes; external data is resolved against {@code baseDir} (may be null). */
    public static OnnxModel read(ByteBuffer bytes, Path baseDir) throws OnnxFormatException {
        return new OnnxModel(new ModelDecoder(baseDir == null ? null : baseDir.toAbsolutePath()).readModel(bytes), null);
    }

    /** A TensorProto stored on its own, as the reference inputs and outputs of the ONNX test data are. */
    public static io.medli.onnx.proto.TensorProto readTensor(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return new ModelDecoder(file.toAbsolutePath().getParent()).readTensor(new io.medli.onnx.internal.wire.WireReader(ByteBuffer.wrap(bytes)), 0);
    }

    /** A TensorProto's bytes as a file of its own ({@link #readTensor} reads it back): samples sent to a board, test data. */
    public static byte[] tensorBytes(io.medli.onnx.proto.TensorProto t) {
        return new ModelEncoder(null).tensor(t).toByteArray();
    }

    public static OnnxModel read(byte[] bytes) throws OnnxFormatException {
        return read(ByteBuffer.wrap(bytes), null);
    }

    public ModelProto proto() {
        return proto;
    }

    /** The file this model was read from, or null. */
    public Path source() {
        return source;
    }

    /** Serialises the model to bytes (external data stays where it is referenced). */
    public byte[] toBytes() throws IOException {
        var w = new ModelEncoder(null).model(proto);
        if (w.size() > MAX_PROTO_BYTES) {
            throw new IOException("the model serialises to " + w.size() + " bytes, more than the 2 GB a protobuf "
                    + "message can hold; save it with external data");
        }
        return w.toByteArray();
    }

    /** Writes the model with default options: see {@link WriteOptions#defaults()}. */
    public void write(Path file) throws IOException {
        write(file, WriteOptions.defaults());
    }

    /**
     * Writes the model to {@code file} atomically: into a temporary file beside it, then moved into
     * place, so that a failure (full disk, crash) leaves any existing file unchanged.
     */
    public void write(Path file, WriteOptions options) throws IOException {
        new ModelFileWriter(this, options).write(file.toAbsolutePath());
    }
}
