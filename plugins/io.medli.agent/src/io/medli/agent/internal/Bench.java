package io.medli.agent.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import io.medli.agent.Agent;
import io.medli.agent.BenchReport;
import io.medli.agent.DeviceFacts;
import io.medli.onnx.AtomicFiles;
import io.medli.onnx.proto.TensorProto;
import io.medli.runtime.InputSpec;
import io.medli.runtime.LatencyStats;
import io.medli.runtime.ModelRunException;
import io.medli.runtime.ModelRunner;
import io.medli.runtime.NodeTiming;
import io.medli.runtime.PeakMemory;
import io.medli.runtime.RunOptions;
import io.medli.runtime.Tensors;

/**
 * One {@code bench}: load times, then for each thread count and batch size a session of its own,
 * warm-up and timed runs; the first configuration also gives the kept outputs, the peak memory of
 * loading and the per-node profile.
 */
public final class Bench {
    private final BenchSettings s;
    private final Consumer<String> log;
    private final BooleanSupplier cancelled;

    public Bench(BenchSettings settings, Consumer<String> log, BooleanSupplier cancelled) {
        this.s = settings;
        this.log = log;
        this.cancelled = cancelled;
    }

    public BenchReport run() throws IOException, ModelRunException {
        Path file = s.model();
        if (!Files.isRegularFile(file)) throw new IOException("no model file " + file);
        BenchReport r = new BenchReport();
        r.tool = "medli-agent " + Agent.VERSION;
        r.model = new BenchReport.Model();
        r.model.file = file.getFileName().toString();
        r.model.bytes = Files.size(file);
        r.model.sha256 = AtomicFiles.sha256(file);
        r.settings = settings();
        r.device = DeviceFacts.probe(); // starts ONNX Runtime: its own start stays out of the first load
        r.runtime = new BenchReport.Engine();
        r.runtime.version = r.device.ortVersion;
        r.runtime.providers.addAll(r.device.ortProviders);
        r.runtime.optimization = s.optimization();
        r.runtime.provider = s.provider();

        long hwmBefore = PeakMemory.peak();
        System.gc();
        long base = PeakMemory.reset();
        RunOptions first = options(s.threads().get(0));
        log.accept("loading " + file.getFileName());
        r.load = new BenchReport.Load();
        r.load.firstMs = ModelRunner.timeLoad(file, first) / 1e6;
        for (int i = 0; i < s.warmLoads(); i++) {
            checkCancelled();
            r.load.warmSamplesMs.add(ModelRunner.timeLoad(file, first) / 1e6);
        }
        r.load.warmMs = r.load.warmSamplesMs.isEmpty() ? null : median(r.load.warmSamplesMs);

        boolean firstConfig = true;
        for (int threads : s.threads()) {
            for (int batch : s.batches()) {
                checkCancelled();
                log.accept(String.format(Locale.ROOT, "batch %d, %s", batch, threads == 0 ? "default threads" : threads + " threads"));
                try (ModelRunner runner = ModelRunner.open(file, options(threads))) {
                    List<Map<String, OnnxTensor>> feeds = feeds(runner, batch);
                    try {
                        if (firstConfig) {
                            r.model.inputs = describe(runner, feeds.get(0));
                            r.model.outputs = runner.outputNames();
                            if (s.samples() != null) r.settings.sampleCount = feeds.size();
                            keepOutputs(r, runner, feeds, batch);
                            long top = PeakMemory.peak();
                            r.modelPeakMemoryBytes = base < 0 || top < 0 ? null : Math.max(0, top - base);
                        }
                        long[] ns = runner.time(feeds, s.warmup(), s.iterations(), (long) (s.durationSeconds() * 1e9), cancelled);
                        checkCancelled();
                        r.runs.add(run(s.samples() == null ? batch : ownBatch(feeds.get(0)), threads, ns));
                        if (firstConfig && s.profile()) r.profile = profile(runner, feeds.get(0));
                    } finally {
                        feeds.forEach(f -> f.values().forEach(OnnxTensor::close));
                    }
                }
                firstConfig = false;
            }
        }
        long hwmAfter = PeakMemory.peak();
        r.peakMemoryBytes = hwmAfter < 0 ? null : Math.max(hwmBefore, hwmAfter);
        r.date = Instant.now().toString();
        return r;
    }

    private BenchReport.Settings settings() {
        BenchReport.Settings o = new BenchReport.Settings();
        o.warmup = s.warmup();
        o.iterations = s.iterations();
        o.durationSeconds = s.durationSeconds();
        o.batches.addAll(s.batches());
        o.threads.addAll(s.threads());
        o.dims.putAll(s.dims());
        o.inputs = s.samples() == null ? "generated" : "samples";
        o.seed = s.seed();
        o.profile = s.profile();
        o.keepOutputs = s.keepOutputs();
        return o;
    }

    private RunOptions options(int threads) {
        return RunOptions.defaults().withThreads(threads).withOptimization(s.optimization()).withDims(s.dims()).withSeed(s.seed()).withProvider(s.provider());
    }

    /** The inputs of one configuration: the samples, or one generated feed at this batch size. */
    private List<Map<String, OnnxTensor>> feeds(ModelRunner runner, int batch) throws IOException, ModelRunException {
        List<InputSpec> inputs = runner.inputs();
        List<Map<String, OnnxTensor>> out = new ArrayList<>();
        try {
            if (s.samples() != null) {
                for (Map<String, TensorProto> sample : SampleInputs.read(s.samples(), inputs)) {
                    Map<String, OnnxTensor> feed = new LinkedHashMap<>();
                    out.add(feed);
                    for (Map.Entry<String, TensorProto> e : sample.entrySet()) feed.put(e.getKey(), Tensors.of(e.getValue()));
                }
                return out;
            }
            RunOptions o = withBatch(options(0), inputs, batch);
            int n = Math.max(1, s.keepOutputs());
            for (int i = 0; i < n; i++) out.add(runner.generateInputs(o.withSeed(s.seed() + i)));
            return out;
        } catch (OrtException e) {
            out.forEach(f -> f.values().forEach(OnnxTensor::close));
            throw new ModelRunException("cannot make input tensors: " + e.getMessage(), e);
        } catch (IOException | ModelRunException | RuntimeException e) {
            out.forEach(f -> f.values().forEach(OnnxTensor::close));
            throw e;
        }
    }

    /**
     * Options whose generated inputs have {@code batch} on their first axis: by its symbolic name when
     * it has one, else as a whole shape. A fixed first axis only takes its own size.
     */
    public static RunOptions withBatch(RunOptions o, List<InputSpec> inputs, int batch) throws ModelRunException {
        Map<String, Long> dims = new HashMap<>(o.dims());
        Map<String, long[]> shapes = new HashMap<>(o.shapes());
        for (InputSpec in : inputs) {
            if (in.shape().length == 0) continue;
            long d0 = in.shape()[0];
            if (d0 > 0) {
                if (d0 != batch) throw new ModelRunException("input '" + in.name() + "' has a fixed batch of " + d0 + "; batch " + batch
                        + " needs a model whose first axis is symbolic");
                continue;
            }
            String name = in.dimNames()[0];
            if (!name.isEmpty()) {
                dims.put(name, (long) batch);
            } else {
                long[] shape = in.shape().clone();
                shape[0] = batch;
                for (int i = 1; i < shape.length; i++) {
                    if (shape[i] < 0) {
                        String n = in.dimNames()[i];
                        Long v = n.isEmpty() ? null : o.dims().get(n);
                        if (v == null) throw new ModelRunException("input '" + in.name() + "' has an open axis " + i + " without a name; give the whole shape");
                        shape[i] = v;
                    }
                }
                shapes.put(in.name(), shape);
            }
        }
        return o.withDims(dims).withShapes(shapes);
    }

    private void keepOutputs(BenchReport r, ModelRunner runner, List<Map<String, OnnxTensor>> feeds, int batch) throws ModelRunException {
        for (int i = 0; i < Math.min(s.keepOutputs(), feeds.size()); i++) {
            BenchReport.Sample sample = new BenchReport.Sample();
            sample.index = i;
            try (OrtSession.Result out = runner.run(feeds.get(i))) {
                for (Map.Entry<String, OnnxValue> e : out) {
                    if (e.getValue() instanceof OnnxTensor t) sample.tensors.add(tensor(e.getKey(), t, true));
                }
            } catch (OrtException e) {
                throw new ModelRunException("cannot read the outputs: " + e.getMessage(), e);
            }
            r.outputs.add(sample);
        }
    }

    private static List<BenchReport.Tensor> describe(ModelRunner runner, Map<String, OnnxTensor> feed) throws ModelRunException {
        List<BenchReport.Tensor> out = new ArrayList<>();
        try {
            for (Map.Entry<String, OnnxTensor> e : feed.entrySet()) out.add(tensor(e.getKey(), e.getValue(), false));
        } catch (OrtException e) {
            throw new ModelRunException("cannot describe the inputs: " + e.getMessage(), e);
        }
        return out;
    }

    static BenchReport.Tensor tensor(String name, OnnxTensor t, boolean data) throws OrtException {
        BenchReport.Tensor d = new BenchReport.Tensor();
        d.name = name;
        TensorInfo info = t.getInfo();
        d.type = info.onnxType.name().replace("ONNX_TENSOR_ELEMENT_DATA_TYPE_", "");
        d.shape = info.getShape();
        if (data && info.type != ai.onnxruntime.OnnxJavaType.STRING) {
            ByteBuffer b = t.getByteBuffer(); // native order: little-endian on every board ONNX Runtime's Java build supports
            byte[] a = new byte[b.remaining()];
            b.get(a);
            d.data = Base64.getEncoder().encodeToString(a);
        }
        return d;
    }

    /** The first axis of a sample's first input: the batch the samples were made with. */
    private static int ownBatch(Map<String, OnnxTensor> feed) {
        long[] shape = feed.values().iterator().next().getInfo().getShape();
        return shape.length > 0 ? (int) shape[0] : 1;
    }

    private static BenchReport.Run run(int batch, int threads, long[] ns) {
        LatencyStats st = LatencyStats.of(0, ns);
        BenchReport.Run run = new BenchReport.Run();
        run.batch = batch;
        run.threads = threads;
        run.latency = new BenchReport.Latency();
        run.latency.count = st.iterations();
        run.latency.meanMs = st.meanMs();
        run.latency.sdMs = st.sdMs();
        run.latency.minMs = st.minMs();
        run.latency.p50Ms = st.p50Ms();
        run.latency.p90Ms = st.p90Ms();
        run.latency.p99Ms = st.p99Ms();
        run.latency.maxMs = st.maxMs();
        run.throughputPerSecond = st.throughputPerSecond() * batch;
        run.samplesMs = Arrays.stream(ns).mapToDouble(v -> v / 1e6).toArray();
        return run;
    }

    private List<BenchReport.Node> profile(ModelRunner runner, Map<String, OnnxTensor> feed) throws IOException, ModelRunException {
        log.accept("profiling");
        List<NodeTiming> nodes = runner.profile(feed, 10);
        double total = nodes.stream().mapToDouble(NodeTiming::meanMicros).sum();
        List<BenchReport.Node> out = new ArrayList<>();
        for (NodeTiming n : nodes) {
            BenchReport.Node node = new BenchReport.Node();
            node.name = n.nodeName();
            node.opType = n.opType();
            node.meanMs = n.meanMicros() / 1e3;
            node.share = total > 0 ? n.meanMicros() / total : 0;
            out.add(node);
        }
        return out;
    }

    private void checkCancelled() throws ModelRunException {
        if (cancelled.getAsBoolean()) throw new ModelRunException("cancelled");
    }

    static double median(List<Double> v) {
        if (v.isEmpty()) return Double.NaN;
        double[] a = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
    }
}
