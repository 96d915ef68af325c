package io.medli.runtime;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import io.medli.onnx.OnnxModel;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.graph.GraphView;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.TensorProto;

/**
 * A model loaded in ONNX Runtime (CPU): run it on given or generated inputs, time it, profile it.
 * Not thread-safe; close it to free the native session.
 */
public final class ModelRunner implements AutoCloseable {
    private final OrtEnvironment env;
    private final OrtSession session;
    private final OnnxModel model;
    private final RunOptions options;
    private final Path modelPath;
    /** The model's bytes when it was opened from memory (for the profiling session). */
    private byte[] bytes;
    /** A folder to delete on close, when the model had to go through a file. */
    private Path temporary;

    private ModelRunner(OrtEnvironment env, OrtSession session, OnnxModel model, Path modelPath, RunOptions options) {
        this.env = env;
        this.session = session;
        this.model = model;
        this.modelPath = modelPath;
        this.options = options;
    }

    /** Loads {@code file} in ONNX Runtime. */
    public static ModelRunner open(Path file, RunOptions options) throws ModelRunException, IOException {
        OnnxModel m = OnnxModel.read(file);
        return new ModelRunner(environment(), createSession(file, options, null), m, file, options);
    }

    /**
     * Loads a model held in memory (an edited or transformed one) in ONNX Runtime: from its bytes,
     * or, when its weights live in external data files, through a temporary file that
     * {@link #close()} deletes. The model is not modified.
     */
    public static ModelRunner open(ModelProto model, RunOptions options) throws ModelRunException, IOException {
        boolean[] external = new boolean[1];
        io.medli.onnx.proto.ProtoWalk.tensors(model, t -> external[0] |= t.isExternal());
        if (external[0]) {
            Path dir = Files.createTempDirectory("medli-model");
            Path file = dir.resolve("model.onnx");
            try {
                OnnxModel.of(model).write(file);
                ModelRunner r = open(file, options);
                r.temporary = dir;
                return r;
            } catch (IOException | ModelRunException | RuntimeException e) {
                deleteTree(dir);
                throw e;
            }
        }
        byte[] bytes = OnnxModel.of(model).toBytes();
        ModelRunner r = new ModelRunner(environment(), createSession(bytes, options, null), OnnxModel.of(model), null, options);
        r.bytes = bytes;
        return r;
    }

    private static OrtSession createSession(byte[] bytes, RunOptions options, String profilePrefix) throws ModelRunException {
        Providers.check(options.provider());
        try (OrtSession.SessionOptions so = sessionOptions(options)) {
            if (profilePrefix != null) so.enableProfiling(profilePrefix);
            return environment().createSession(bytes, so);
        } catch (OrtException e) {
            throw new ModelRunException("ONNX Runtime cannot load the model: " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null) return;
        try (var s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(java.util.Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a leftover temporary file is harmless
        }
    }

    /**
     * How long ONNX Runtime takes to load {@code file} into a session with {@code options}, in
     * nanoseconds (the session is closed again): what a deployed program pays at start, without
     * this class's own reading of the model.
     */
    public static long timeLoad(Path file, RunOptions options) throws ModelRunException {
        environment();
        long t0 = System.nanoTime();
        OrtSession s = createSession(file, options, null);
        long t = System.nanoTime() - t0;
        try {
            s.close();
        } catch (OrtException e) {
            // closing a fresh session does not fail
        }
        return t;
    }

    /** The process-wide ORT environment, logging only fatal errors: errors come back as exceptions, warnings are about the model. */
    public static OrtEnvironment environment() {
        return OrtEnvironment.getEnvironment(ai.onnxruntime.OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL, "medli");
    }

    private static OrtSession createSession(Path file, RunOptions options, String profilePrefix) throws ModelRunException {
        OrtEnvironment env = environment();
        Providers.check(options.provider());
        try (OrtSession.SessionOptions so = sessionOptions(options)) {
            if (profilePrefix != null) {
                so.enableProfiling(profilePrefix);
            }
            return env.createSession(file.toAbsolutePath().toString(), so);
        } catch (OrtException e) {
            throw new ModelRunException("ONNX Runtime cannot load " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static OrtSession.SessionOptions sessionOptions(RunOptions options) throws OrtException {
        OrtSession.SessionOptions so = new OrtSession.SessionOptions();
        // errors come back as exceptions and are reported once, by the caller
        so.setSessionLogLevel(ai.onnxruntime.OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL);
        if (options.intraOpThreads() > 0) {
            so.setIntraOpNumThreads(options.intraOpThreads());
            so.setInterOpNumThreads(1);
        }
        if (!options.spinning()) so.addConfigEntry("session.intra_op.allow_spinning", "0");
        so.setOptimizationLevel(switch (options.optimization()) {
            case "none" -> OrtSession.SessionOptions.OptLevel.NO_OPT;
            case "basic" -> OrtSession.SessionOptions.OptLevel.BASIC_OPT;
            case "extended" -> OrtSession.SessionOptions.OptLevel.EXTENDED_OPT;
            default -> OrtSession.SessionOptions.OptLevel.ALL_OPT;
        });
        Providers.add(so, options.provider());
        return so;
    }

    /** The session, for runs that fetch chosen outputs or feed their own tensors; owned (and closed) by this runner. */
    public OrtSession session() {
        return session;
    }

    public OnnxModel model() {
        return model;
    }

    /** The inputs a caller must feed, as ONNX Runtime reports them. */
    public List<InputSpec> inputs() throws ModelRunException {
        try {
            List<InputSpec> out = new ArrayList<>();
            for (NodeInfo ni : session.getInputInfo().values()) {
                if (ni.getInfo() instanceof TensorInfo ti) {
                    long[] shape = ti.getShape();
                    String[] names = ti.getDimensionNames();
                    String[] dn = new String[shape.length];
                    for (int i = 0; i < dn.length; i++) dn[i] = names != null && i < names.length && names[i] != null ? names[i] : "";
                    out.add(new InputSpec(ni.getName(), declaredType(ni.getName()), shape, dn));
                } else {
                    throw new ModelRunException("input '" + ni.getName() + "' is not a tensor (" + ni.getInfo()
                            + "); only tensor inputs can be generated");
                }
            }
            return out;
        } catch (OrtException e) {
            throw new ModelRunException("cannot read the model's inputs: " + e.getMessage(), e);
        }
    }

    public List<String> outputNames() {
        return new ArrayList<>(session.getOutputNames());
    }

    /** Element type as the model declares it (ORT's Java enum does not follow ONNX's numbering). */
    private int declaredType(String input) throws ModelRunException {
        for (io.medli.onnx.proto.ValueInfo v : model.proto().graph().inputs()) {
            if (v.name().equals(input) && v.type() != null) return v.type().elemType();
        }
        throw new ModelRunException("input '" + input + "' has no declared type in the model");
    }

    /**
     * Random inputs of the right type and shape. Integer inputs that index a table (a Gather over
     * an initializer, e.g. token ids) stay inside it; inputs named like masks are all ones.
     */
    public Map<String, OnnxTensor> generateInputs() throws ModelRunException {
        return generateInputs(options);
    }

    /** As {@link #generateInputs()}, with the sizes and seed of {@code options} (the session keeps its own). */
    public Map<String, OnnxTensor> generateInputs(RunOptions options) throws ModelRunException {
        Random rnd = new Random(options.seed());
        Map<String, OnnxTensor> out = new LinkedHashMap<>();
        GraphView view = GraphView.of(model.proto().graph());
        List<String> open = new ArrayList<>();
        for (InputSpec in : inputs()) {
            try {
                String o = in.openSizes(options);
                if (o != null) open.add(o);
            } catch (IllegalArgumentException e) {
                throw new ModelRunException(e.getMessage());
            }
        }
        if (!open.isEmpty()) {
            throw new ModelRunException("generated inputs need every size, and " + String.join("; ", open)
                    + ". Set named sizes with --dim NAME=VALUE or whole shapes with --shape INPUT=AxBx...");
        }
        try {
            for (InputSpec in : inputs()) {
                long[] shape = in.shapeFor(options);
                long count = 1;
                for (long d : shape) count = Math.multiplyExact(count, d);
                if (count > 512L * 1024 * 1024) {
                    throw new ModelRunException("input '" + in.name() + "' of shape " + java.util.Arrays.toString(shape)
                            + " is too large to generate; bind its symbolic dimensions to smaller values");
                }
                out.put(in.name(), generate(in, shape, (int) count, indexBound(view, in.name()), rnd));
            }
            return out;
        } catch (OrtException e) {
            out.values().forEach(OnnxTensor::close);
            throw new ModelRunException("cannot create input tensors: " + e.getMessage(), e);
        }
    }

    private static long indexBound(GraphView view, String input) {
        long bound = Long.MAX_VALUE;
        for (NodeProto n : view.consumers(input)) {
            if (n.opType().equals("Gather") && input.equals(n.input(1))) {
                TensorProto data = view.initializer(n.input(0));
                if (data != null && data.dims().length > 0) {
                    int axis = (int) n.intAttr("axis", 0);
                    if (axis < 0) axis += data.dims().length;
                    if (axis >= 0 && axis < data.dims().length) bound = Math.min(bound, data.dims()[axis]);
                }
            }
        }
        return bound == Long.MAX_VALUE ? 10 : bound;
    }

    private OnnxTensor generate(InputSpec in, long[] shape, int count, long intBound, Random rnd) throws OrtException,
            ModelRunException {
        boolean mask = in.name().toLowerCase(java.util.Locale.ROOT).contains("mask");
        int type = in.type();
        if (type == DataType.STRING) {
            String[] s = new String[count];
            java.util.Arrays.fill(s, "medli");
            return OnnxTensor.createTensor(env, s, shape);
        }
        int bytes = (int) DataType.bytes(type, count);
        ByteBuffer b = ByteBuffer.allocateDirect(bytes).order(ByteOrder.nativeOrder());
        for (int i = 0; i < count; i++) {
            switch (type) {
                case DataType.FLOAT -> b.putFloat(mask ? 1f : rnd.nextFloat() * 2 - 1);
                case DataType.DOUBLE -> b.putDouble(mask ? 1 : rnd.nextDouble() * 2 - 1);
                case DataType.FLOAT16 -> b.putShort(io.medli.onnx.Float16.fromFloat(mask ? 1f : rnd.nextFloat() * 2 - 1));
                case DataType.INT64 -> b.putLong(mask ? 1 : (long) (rnd.nextDouble() * intBound));
                case DataType.INT32 -> b.putInt(mask ? 1 : (int) (rnd.nextDouble() * Math.min(intBound, Integer.MAX_VALUE)));
                case DataType.INT8 -> b.put((byte) (mask ? 1 : rnd.nextInt(Math.min(128, (int) Math.min(intBound, 128)))));
                case DataType.UINT8 -> b.put((byte) (mask ? 1 : rnd.nextInt((int) Math.min(intBound == 10 ? 256 : intBound, 256))));
                case DataType.BOOL -> b.put((byte) (mask || rnd.nextBoolean() ? 1 : 0));
                case DataType.INT16 -> b.putShort((short) (mask ? 1 : rnd.nextInt((int) Math.min(intBound, 32767))));
                default -> throw new ModelRunException("input '" + in.name() + "' has element type "
                        + DataType.name(type) + ", which cannot be generated; give the input data instead");
            }
        }
        b.flip();
        return OnnxTensor.createTensor(env, b, shape, javaType(type));
    }

    private static OnnxJavaType javaType(int type) {
        return switch (type) {
            case DataType.FLOAT -> OnnxJavaType.FLOAT;
            case DataType.DOUBLE -> OnnxJavaType.DOUBLE;
            case DataType.FLOAT16 -> OnnxJavaType.FLOAT16;
            case DataType.INT64 -> OnnxJavaType.INT64;
            case DataType.INT32 -> OnnxJavaType.INT32;
            case DataType.INT16 -> OnnxJavaType.INT16;
            case DataType.INT8 -> OnnxJavaType.INT8;
            case DataType.UINT8 -> OnnxJavaType.UINT8;
            case DataType.BOOL -> OnnxJavaType.BOOL;
            default -> OnnxJavaType.UNKNOWN;
        };
    }

    /** Runs once; the caller closes the result. */
    public OrtSession.Result run(Map<String, ? extends OnnxTensor> inputs) throws ModelRunException {
        try {
            return session.run(inputs);
        } catch (OrtException e) {
            throw new ModelRunException("ONNX Runtime failed to run " + name() + ": " + e.getMessage(), e);
        }
    }

    /** Output tensors of one run as little-endian bytes, by output name (for exact comparisons). */
    public Map<String, byte[]> runToBytes(Map<String, ? extends OnnxTensor> inputs) throws ModelRunException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (OrtSession.Result r = run(inputs)) {
            for (Map.Entry<String, OnnxValue> e : r) {
                if (e.getValue() instanceof OnnxTensor t && t.getInfo().type != OnnxJavaType.STRING) {
                    ByteBuffer b = t.getByteBuffer();
                    byte[] a = new byte[b.remaining()];
                    b.get(a);
                    out.put(e.getKey(), a);
                }
            }
        }
        return out;
    }

    /** Latency over {@code iterations} runs after {@code warmup} untimed ones. */
    public LatencyStats benchmark(Map<String, ? extends OnnxTensor> inputs, int warmup, int iterations,
            java.util.function.BooleanSupplier cancelled) throws ModelRunException {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1, was " + iterations);
        }
        return LatencyStats.of(warmup, time(List.of(inputs), warmup, iterations, 0, cancelled));
    }

    /**
     * The time of each run, in nanoseconds: {@code warmup} untimed runs, then timed ones until
     * {@code iterations} are done or, when {@code durationNs} is positive, until that much time has
     * passed (at least one run, at most {@code iterations}). Runs take the feeds in turn.
     */
    public long[] time(List<? extends Map<String, ? extends OnnxTensor>> feeds, int warmup, int iterations, long durationNs,
            java.util.function.BooleanSupplier cancelled) throws ModelRunException {
        if (feeds.isEmpty() || iterations < 1) throw new IllegalArgumentException("need inputs and at least one iteration");
        for (int i = 0; i < warmup && !cancelled.getAsBoolean(); i++) {
            run(feeds.get(i % feeds.size())).close();
        }
        long[] samples = new long[iterations];
        int done = 0;
        long end = durationNs > 0 ? System.nanoTime() + durationNs : Long.MAX_VALUE;
        for (; done < iterations && !cancelled.getAsBoolean(); done++) {
            Map<String, ? extends OnnxTensor> in = feeds.get(done % feeds.size());
            long t0 = System.nanoTime();
            run(in).close();
            long t1 = System.nanoTime();
            samples[done] = t1 - t0;
            if (t1 >= end) {
                done++;
                break;
            }
        }
        if (done == 0) {
            throw new ModelRunException("benchmark cancelled before the first timed run");
        }
        return java.util.Arrays.copyOf(samples, done);
    }

    /**
     * Time per node: runs the model {@code runs} times in a second session with ONNX Runtime's
     * profiler on, then reads its trace. Sorted by total time, longest first.
     */
    public List<NodeTiming> profile(Map<String, ? extends OnnxTensor> inputs, int runs) throws ModelRunException,
            IOException {
        Path dir = Files.createTempDirectory("medli-profile");
        try {
            OrtSession ps = bytes != null ? createSession(bytes, options, dir.resolve("ort").toString())
                    : createSession(modelPath, options, dir.resolve("ort").toString());
            String trace;
            try (ps) {
                ps.run(inputs).close(); // the first run includes allocation; keep it out of the figures
                for (int i = 0; i < runs; i++) {
                    ps.run(inputs).close();
                }
                trace = ps.endProfiling();
            } catch (OrtException e) {
                throw new ModelRunException("profiling " + name() + " failed: " + e.getMessage(), e);
            }
            return ProfileTrace.parse(Path.of(trace), runs + 1, 1);
        } finally {
            try (var s = Files.list(dir)) {
                for (Path p : (Iterable<Path>) s::iterator) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        }
    }

    private String name() {
        return modelPath == null ? "the model" : modelPath.getFileName().toString();
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            // closing a session only fails if it was closed already
        }
        deleteTree(temporary);
    }
}
