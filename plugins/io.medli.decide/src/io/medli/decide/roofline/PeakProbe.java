package io.medli.decide.roofline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

import ai.onnxruntime.OnnxTensor;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.Dimension;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.OperatorSetId;
import io.medli.onnx.proto.TensorProto;
import io.medli.onnx.proto.TypeProto;
import io.medli.onnx.proto.ValueInfo;
import io.medli.runtime.ModelRunException;
import io.medli.runtime.ModelRunner;
import io.medli.runtime.RunOptions;

/**
 * This machine's roof, measured through ONNX Runtime as models meet it: a float32 matrix product
 * (MatMul), an int8 one (MatMulInteger, u8 x s8, the kernels that quantized models run), and the
 * memory bandwidth of a streaming multiply over a tensor twice the last-level cache. Each is the
 * fastest of several timed runs: a peak, not a typical figure.
 */
public final class PeakProbe {
    /** Matrix sizes: big enough to reach the kernels' steady state, small enough to take a second. */
    static final int GEMM = 1024;
    static final int PASSES = 2;
    /** Elements of the streamed tensor: at least 64 MB of float32 and twice the last-level cache, at most 1 GiB. */
    static int streamElements(long cacheBytes) {
        return (int) Math.min(256L << 20, Math.max(16L << 20, 2 * cacheBytes / 4));
    }

    private PeakProbe() {
    }

    /** @param threads intra-op threads (0: ONNX Runtime's default, one per core) */
    public static Peaks measure(int threads, BooleanSupplier cancelled) throws IOException, ModelRunException {
        RunOptions o = RunOptions.defaults().withThreads(threads);
        double gemmOps = 2.0 * GEMM * GEMM * GEMM;
        long cache = lastLevelCache();
        int n = streamElements(cache);
        // two passes, each probe's fastest run kept: a core taken for a moment (a JVM compiling at start-up) halves one
        // pass's figure, seldom both
        double f = 0, q = 0, bw = 0;
        for (int pass = 0; pass < PASSES; pass++) {
            f = Math.max(f, gemmOps / fastest(matmul(false), o, 15, cancelled));
            q = Math.max(q, gemmOps / fastest(matmul(true), o, 25, cancelled));
            bw = Math.max(bw, 2.0 * n * 4 / fastest(stream(n), o, 5, cancelled)); // read once, written once
        }
        return new Peaks(f, q, bw, cache, String.format(Locale.ROOT,
                "measured on this machine through ONNX Runtime (%s): %dx%d matrix products, a %d MB stream; last-level cache %d MB",
                threads == 0 ? "default threads" : threads + " threads", GEMM, GEMM, (long) n * 4 >> 20, cache >> 20));
    }

    private static double fastest(ModelProto m, RunOptions o, int runs, BooleanSupplier cancelled) throws IOException, ModelRunException {
        try (ModelRunner r = ModelRunner.open(m, o)) {
            Map<String, OnnxTensor> feed = r.generateInputs();
            try {
                long[] ns = r.time(List.of(feed), 2, runs, 0, cancelled);
                return java.util.Arrays.stream(ns).min().orElseThrow() / 1e9;
            } finally {
                feed.values().forEach(OnnxTensor::close);
            }
        }
    }

    /** Y = A x B with B a weight: float32, or uint8 x int8 into int32. */
    static ModelProto matmul(boolean int8) {
        GraphProto g = new GraphProto().name(int8 ? "int8-gemm" : "float-gemm");
        int a = int8 ? DataType.UINT8 : DataType.FLOAT, w = int8 ? DataType.INT8 : DataType.FLOAT;
        g.inputs().add(new ValueInfo("A", TypeProto.tensor(a, List.of(Dimension.of(GEMM), Dimension.of(GEMM)))));
        ByteBuffer raw = ByteBuffer.allocate(GEMM * GEMM * (int8 ? 1 : 4)).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < GEMM * GEMM; i++) {
            int v = (i * 31 + 7) % 13 - 6;
            if (int8) raw.put((byte) v);
            else raw.putFloat(v * 0.01f);
        }
        g.initializers().add(new TensorProto().name("B").dataType(w).dims(GEMM, GEMM).rawData(raw.flip()));
        g.nodes().add(new NodeProto(int8 ? "MatMulInteger" : "MatMul", "gemm", List.of("A", "B"), List.of("Y")));
        g.outputs().add(new ValueInfo("Y", TypeProto.tensor(int8 ? DataType.INT32 : DataType.FLOAT, List.of(Dimension.of(GEMM), Dimension.of(GEMM)))));
        return model(g);
    }

    /** The largest cache of CPU 0 (Linux sysfs); 0 when it cannot be read. */
    static long lastLevelCache() {
        long best = 0;
        int bestLevel = 0;
        java.nio.file.Path base = java.nio.file.Path.of("/sys/devices/system/cpu/cpu0/cache");
        try (var dirs = java.nio.file.Files.list(base)) {
            for (java.nio.file.Path d : dirs.filter(x -> x.getFileName().toString().startsWith("index")).toList()) {
                try {
                    int level = Integer.parseInt(java.nio.file.Files.readString(d.resolve("level")).trim());
                    String type = java.nio.file.Files.readString(d.resolve("type")).trim();
                    String size = java.nio.file.Files.readString(d.resolve("size")).trim();
                    long bytes = Long.parseLong(size.replaceAll("\\D", "")) * (size.endsWith("M") ? 1 << 20 : size.endsWith("K") ? 1 << 10 : 1);
                    if (!type.equals("Instruction") && level >= bestLevel) {
                        bestLevel = level;
                        best = bytes;
                    }
                } catch (IOException | NumberFormatException e) {
                    // an entry this kernel writes otherwise: skip it
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return best;
    }

    /** Y = X * 1.5 over {@code n} floats. */
    static ModelProto stream(int n) {
        GraphProto g = new GraphProto().name("stream");
        g.inputs().add(new ValueInfo("X", TypeProto.tensor(DataType.FLOAT, List.of(Dimension.of(n)))));
        g.initializers().add(new TensorProto().name("s").dataType(DataType.FLOAT).dims(new long[0]).rawData(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(1.5f).flip()));
        g.nodes().add(new NodeProto("Mul", "scale", List.of("X", "s"), List.of("Y")));
        g.outputs().add(new ValueInfo("Y", TypeProto.tensor(DataType.FLOAT, List.of(Dimension.of(n)))));
        return model(g);
    }

    private static ModelProto model(GraphProto g) {
        ModelProto m = new ModelProto().irVersion(8L).producerName("medli-roofline").graph(g);
        m.opsetImports().add(new OperatorSetId("", 17));
        return m;
    }
}
