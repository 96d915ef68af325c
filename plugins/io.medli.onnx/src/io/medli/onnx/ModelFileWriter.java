package io.medli.onnx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import io.medli.onnx.internal.wire.ModelEncoder;
import io.medli.onnx.internal.wire.WireWriter;
import io.medli.onnx.proto.ProtoWalk;
import io.medli.onnx.proto.StringStringEntry;
import io.medli.onnx.proto.TensorProto;

/** Writes a model (and its external data file, if any) atomically. */
final class ModelFileWriter {
    private static final int ALIGN = 4096;

    private final OnnxModel model;
    private final WriteOptions options;

    ModelFileWriter(OnnxModel model, WriteOptions options) {
        this.model = model;
        this.options = options;
    }

    void write(Path file) throws IOException {
        Path dir = file.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("cannot save to " + file + ": the folder " + dir + " does not exist");
        }
        String dataName = options.dataFileName() != null ? options.dataFileName() : file.getFileName() + ".data";
        WriteOptions.ExternalData mode = options.externalData();
        if (mode == WriteOptions.ExternalData.AUTO) {
            mode = needsMove(dir) ? WriteOptions.ExternalData.SEPARATE_FILE : null;
        }
        Path modelTmp = tempBeside(file);
        Path dataFile = dir.resolve(dataName);
        Path dataTmp = null;
        try {
            Externalizer ext = null;
            WireWriter w;
            if (mode == null) {
                w = new ModelEncoder(null).model(model.proto());
                if (w.size() > OnnxModel.MAX_PROTO_BYTES) {
                    mode = WriteOptions.ExternalData.SEPARATE_FILE;
                }
            }
            if (mode != null) {
                long threshold = mode == WriteOptions.ExternalData.INLINE ? Long.MAX_VALUE
                        : options.externalData() == WriteOptions.ExternalData.AUTO ? 1024 : options.externalThreshold();
                if (mode != WriteOptions.ExternalData.INLINE) {
                    dataTmp = tempBeside(dataFile);
                }
                ext = new Externalizer(threshold, dataName, dataTmp);
                try {
                    w = new ModelEncoder(ext).model(model.proto());
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                ext.finish();
                if (w.size() > OnnxModel.MAX_PROTO_BYTES) {
                    throw new IOException("the model needs " + w.size() + " bytes even with its large tensors in "
                            + "external data; protobuf cannot hold more than 2 GB");
                }
            } else {
                w = new ModelEncoder(null).model(model.proto());
            }
            try (FileChannel ch = FileChannel.open(modelTmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                w.writeTo(ch);
                ch.force(true);
            }
            if (dataTmp != null) {
                if (ext.wroteAny()) {
                    move(dataTmp, dataFile);
                } else {
                    Files.deleteIfExists(dataTmp);
                }
                dataTmp = null;
            }
            move(modelTmp, file);
            modelTmp = null;
            if (ext != null) {
                ext.commit(dir);
            }
        } finally {
            if (modelTmp != null) Files.deleteIfExists(modelTmp);
            if (dataTmp != null) Files.deleteIfExists(dataTmp);
        }
    }

    /** True when an external reference would break if kept as is in {@code dir}. */
    private boolean needsMove(Path dir) {
        boolean[] move = { false };
        ProtoWalk.tensors(model.proto(), t -> {
            if (t.isExternal() && (t.baseDir() == null || !t.baseDir().equals(dir))) {
                move[0] = true;
            }
        });
        return move[0];
    }

    private static Path tempBeside(Path file) throws IOException {
        return Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".tmp");
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Streams large tensors into the data file and hands the encoder external references. */
    private static final class Externalizer implements ModelEncoder.TensorRewriter {
        private final long threshold;
        private final String dataName;
        private final FileChannel out;
        private long offset;
        private final Map<TensorProto, TensorProto> replaced = new IdentityHashMap<>();

        Externalizer(long threshold, String dataName, Path dataTmp) throws IOException {
            this.threshold = threshold;
            this.dataName = dataName;
            this.out = dataTmp == null ? null : FileChannel.open(dataTmp, StandardOpenOption.WRITE);
        }

        @Override
        public TensorProto rewrite(TensorProto t) {
            try {
                long size = TensorData.byteSize(t);
                boolean external = t.isExternal();
                if (out != null && size >= threshold && (external || t.rawData() != null || size > 0)) {
                    ByteBuffer data = TensorData.bytes(t);
                    long at = size >= ALIGN ? (offset + ALIGN - 1) / ALIGN * ALIGN : offset;
                    long len = data.remaining();
                    long pos = at;
                    while (data.hasRemaining()) {
                        pos += out.write(data, pos);
                    }
                    offset = at + len;
                    TensorProto copy = copyHeader(t);
                    copy.dataLocation(TensorProto.LOCATION_EXTERNAL);
                    copy.externalData().add(new StringStringEntry("location", dataName));
                    copy.externalData().add(new StringStringEntry("offset", Long.toString(at)));
                    copy.externalData().add(new StringStringEntry("length", Long.toString(len)));
                    replaced.put(t, copy);
                    return copy;
                }
                if (external) {
                    // inline it again: mapped bytes become raw_data
                    TensorProto copy = copyHeader(t);
                    copy.rawData(TensorData.bytes(t));
                    replaced.put(t, copy);
                    return copy;
                }
                return t;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        boolean wroteAny() {
            return offset > 0 || replaced.values().stream().anyMatch(TensorProto::isExternal);
        }

        void finish() throws IOException {
            if (out != null) {
                out.force(true);
                out.close();
            }
        }

        /** After the files are in place, the in-memory model points at what was written. */
        void commit(Path dir) {
            replaced.forEach((orig, copy) -> {
                orig.rawData(copy.rawData());
                orig.floatData(null).int32Data(null).int64Data(null).doubleData(null).uint64Data(null);
                orig.externalData().clear();
                orig.externalData().addAll(copy.externalData());
                orig.dataLocation(copy.rawDataLocation());
                orig.baseDir(dir);
            });
        }

        private static TensorProto copyHeader(TensorProto t) {
            TensorProto c = new TensorProto().dims(t.dims()).dataType(t.rawDataType()).name(t.rawName())
                    .docString(t.docString()).baseDir(t.baseDir());
            if (t.hasMetadataProps()) c.metadataProps().addAll(t.metadataProps());
            if (t.hasUnknownFields()) c.unknownFields().addAll(t.unknownFields());
            if (t.dataType() == io.medli.onnx.proto.DataType.STRING && t.stringData() != null) {
                c.stringData(List.copyOf(t.stringData()));
            }
            return c;
        }
    }
}
