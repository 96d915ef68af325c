package io.medli.agent.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import io.medli.monitor.ChunkMonitor;
import io.medli.monitor.ImageStats;
import io.medli.monitor.MonitorProfile;
import io.medli.runtime.InputSpec;
import io.medli.runtime.ModelRunException;
import io.medli.runtime.ModelRunner;
import io.medli.runtime.RunOptions;

/**
 * The agent's serve mode: the model answers requests one by one and watches itself. A request is
 * a JSON object {@code {"id": ..., "input": [numbers]}} (the model's single float input, batch 1, in
 * row-major order); the answer {@code {"id", "class", "confidence", "outputs", "latencyMs"}}, or
 * {@code {"id", "error"}} for a request that cannot be run (the next one is served all the same).
 * Every sample goes into the chunk monitor; each full chunk's report goes to the telemetry sink.
 */
public final class Serve implements AutoCloseable {
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeSpecialFloatingPointValues().create();
    private final ModelRunner runner;
    private final InputSpec input;
    private final long[] shape;
    private final int size;
    private final ChunkMonitor monitor;
    private final boolean image;
    /** channels and bands where the profile watches a time series, else null */
    private final int[] signal;
    private final Consumer<ChunkMonitor.ChunkReport> telemetry;
    private long served, failed;

    /** @param profile null to serve without watching */
    public Serve(Path model, MonitorProfile profile, int threads, Consumer<ChunkMonitor.ChunkReport> telemetry) throws IOException, ModelRunException {
        this.runner = ModelRunner.open(model, RunOptions.defaults().withThreads(threads));
        List<InputSpec> inputs = runner.inputs();
        if (inputs.size() != 1) {
            runner.close();
            throw new ModelRunException("serve takes models with one input; " + model.getFileName() + " has " + inputs.size(), null);
        }
        this.input = inputs.get(0);
        long[] s = input.shape().clone();
        for (int i = 0; i < s.length; i++) if (s[i] < 0) s[i] = 1; // open sizes (the batch): one sample
        this.shape = s;
        long n = 1;
        for (long d : s) n *= d;
        this.size = (int) n;
        this.image = profile != null && profile.inputs().equals(ImageStats.NAMES);
        this.signal = profile == null ? null : io.medli.monitor.SignalStats.shapeOf(profile.inputs());
        if (signal != null && (s.length != 3 || s[1] != signal[0])) {
            runner.close();
            throw new ModelRunException("the profile watches " + signal[0] + " signal channel(s); " + model.getFileName() + "'s input is "
                    + java.util.Arrays.toString(input.shape()) + " (batch, channels, samples expected)", null);
        }
        if (image && s.length != 4) {
            runner.close();
            throw new ModelRunException("the profile watches images; " + model.getFileName() + "'s input is " + java.util.Arrays.toString(input.shape()), null);
        }
        if (profile != null && !image && signal == null && profile.inputs().size() != size) {
            runner.close();
            throw new ModelRunException("the profile watches " + profile.inputs().size() + " input values; the model takes " + size, null);
        }
        this.monitor = profile == null ? null : new ChunkMonitor(profile);
        this.telemetry = telemetry;
    }

    /** Answers one request line; never throws for a bad request (the answer says what is wrong). */
    public synchronized String answer(String line) {
        String id = null;
        try {
            JsonObject req = JsonParser.parseString(line).getAsJsonObject();
            JsonElement idEl = req.get("id");
            id = idEl == null || idEl.isJsonNull() ? null : idEl.getAsString();
            JsonArray values = req.getAsJsonArray("input");
            if (values == null) return error(id, "no \"input\": send {\"id\": ..., \"input\": [" + size + " numbers]}");
            if (values.size() != size) return error(id, "\"input\" has " + values.size() + " numbers; the model takes " + size + " (" + java.util.Arrays.toString(shape) + ")");
            float[] x = new float[size];
            for (int i = 0; i < size; i++) x[i] = values.get(i).getAsFloat();
            return GSON.toJson(run(id, x));
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException | NumberFormatException e) {
            return error(id, "not a request (JSON {\"id\": ..., \"input\": [numbers]}): " + e.getMessage());
        } catch (ModelRunException | OrtException e) {
            return error(id, "the model failed: " + e.getMessage());
        }
    }

    private Map<String, Object> run(String id, float[] x) throws ModelRunException, OrtException {
        long t0 = System.nanoTime();
        float[] out;
        try (OnnxTensor t = OnnxTensor.createTensor(ModelRunner.environment(), FloatBuffer.wrap(x), shape); OrtSession.Result r = runner.run(Map.of(input.name(), t))) {
            OnnxValue v = r.get(0);
            if (!(v.getInfo() instanceof TensorInfo ti) || ti.type != ai.onnxruntime.OnnxJavaType.FLOAT) throw new ModelRunException("the first output is not a float tensor", null);
            out = flat((OnnxTensor) v);
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        double[] p = MonitorProfile.probabilities(out);
        int k = io.medli.monitor.Cbpe.argmax(p);
        served++;
        if (monitor != null) {
            double[] features = image ? ImageStats.of(x, (int) shape[1], (int) shape[2], (int) shape[3])
                    : signal != null ? io.medli.monitor.SignalStats.of(x, signal[0], (int) shape[2], signal[1]) : toDouble(x);
            ChunkMonitor.ChunkReport rep = monitor.add(features, p, ms);
            if (rep != null && telemetry != null) telemetry.accept(rep);
        }
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", id);
        a.put("class", k);
        a.put("confidence", p[k]);
        a.put("outputs", out);
        a.put("latencyMs", ms);
        a.put("withMonitoringMs", (System.nanoTime() - t0) / 1e6); // the model and the watching of it: what monitoring costs is the difference
        return a;
    }

    private static float[] flat(OnnxTensor t) {
        FloatBuffer b = t.getFloatBuffer();
        float[] f = new float[b.remaining()];
        b.get(f);
        return f;
    }

    private static double[] toDouble(float[] x) {
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) d[i] = x[i];
        return d;
    }

    private String error(String id, String message) {
        failed++;
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", id);
        a.put("error", message);
        return GSON.toJson(a);
    }

    /** Serves every line of {@code in} until it ends, one answer line each. */
    public void serve(BufferedReader in, PrintWriter out) throws IOException {
        for (String line; (line = in.readLine()) != null;) {
            if (line.isBlank()) continue;
            out.println(answer(line));
            out.flush();
        }
    }

    /**
     * Serves the request files that appear in {@code dir} ({@code *.jsonl}, a request a line) until
     * {@code stop}: each file's answers go to {@code out/NAME.jsonl} (written atomically), the file
     * itself to {@code done/}. A file is taken once it has not grown for a poll (half a second), so a
     * file still being copied in is left alone.
     */
    public void watch(Path dir, java.util.function.BooleanSupplier stop, Consumer<String> log) throws IOException, InterruptedException {
        Path out = Files.createDirectories(dir.resolve("out")), done = Files.createDirectories(dir.resolve("done"));
        Map<Path, Long> sizes = new java.util.HashMap<>();
        while (!stop.getAsBoolean()) {
            List<Path> ready = new java.util.ArrayList<>();
            try (var files = Files.newDirectoryStream(dir, "*.jsonl")) {
                for (Path f : files) {
                    long size = Files.size(f);
                    Long before = sizes.put(f, size);
                    if (before != null && before == size) ready.add(f);
                }
            }
            ready.sort(null);
            for (Path f : ready) {
                sizes.remove(f);
                StringBuilder answers = new StringBuilder();
                for (String line : Files.readAllLines(f, java.nio.charset.StandardCharsets.UTF_8)) if (!line.isBlank()) answers.append(answer(line)).append('\n');
                io.medli.onnx.AtomicFiles.writeString(out.resolve(f.getFileName()), answers.toString());
                Files.move(f, done.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                log.accept("answered " + f.getFileName() + " into " + out.resolve(f.getFileName()));
            }
            Thread.sleep(500);
        }
    }

    /**
     * Serves requests on {@code http://127.0.0.1:PORT/predict} (POST, a request a line in the body,
     * the answers in the response) until {@code stop}; {@code GET /health} says how many were served.
     * Loopback only: a board's other programs ask, nobody else.
     */
    public com.sun.net.httpserver.HttpServer http(int port) throws IOException {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), port), 16);
        server.createContext("/predict", ex -> {
            try (ex) {
                if (!"POST".equals(ex.getRequestMethod())) {
                    reply(ex, 405, error(null, "POST the requests to /predict"));
                    return;
                }
                byte[] body = ex.getRequestBody().readNBytes(64 << 20);
                StringBuilder answers = new StringBuilder();
                synchronized (this) { // one model, one monitor: requests one after the other
                    for (String line : new String(body, java.nio.charset.StandardCharsets.UTF_8).split("\n")) if (!line.isBlank()) answers.append(answer(line)).append('\n');
                }
                reply(ex, 200, answers.toString());
            }
        });
        server.createContext("/health", ex -> {
            try (ex) {
                reply(ex, 200, "{\"served\":" + served + ",\"failed\":" + failed + "}\n");
            }
        });
        server.start();
        return server;
    }

    private static void reply(com.sun.net.httpserver.HttpExchange ex, int code, String text) throws IOException {
        byte[] b = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(code, b.length);
        ex.getResponseBody().write(b);
    }

    public long served() {
        return served;
    }

    public long failed() {
        return failed;
    }

    /** A chunk report as one JSON line, for the telemetry file. */
    public static String json(ChunkMonitor.ChunkReport r, String model) {
        return json(report(r, model));
    }

    public static String json(Map<String, Object> report) {
        return GSON.toJson(report);
    }

    /** A chunk report as the telemetry file and the broker carry it. */
    public static Map<String, Object> report(ChunkMonitor.ChunkReport r, String model) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", model);
        m.put("chunk", r.chunk());
        m.put("n", r.n());
        Map<String, Map<String, Double>> drift = new LinkedHashMap<>();
        for (var s : r.drift()) drift.computeIfAbsent(s.feature(), f -> new LinkedHashMap<>()).put(s.method().name().toLowerCase(java.util.Locale.ROOT), s.value());
        m.put("drift", drift);
        m.put("pcaError", r.pcaError());
        if (r.estimate() != null) {
            m.put("estimatedAccuracy", r.estimate().accuracy());
            m.put("estimatedAccuracyBand", new double[] { r.estimate().low(), r.estimate().high() });
            m.put("estimatedMacroF1", r.estimate().macroF1());
        }
        m.put("classShares", r.classShares());
        m.put("meanConfidence", r.meanConfidence());
        m.put("latencyP50Ms", r.latencyP50Ms());
        m.put("latencyP95Ms", r.latencyP95Ms());
        m.put("crossings", r.crossings());
        m.put("alerts", r.alerts());
        return m;
    }

    /** Reads a profile file, naming it when it is not one. */
    public static MonitorProfile profile(Path file) throws IOException {
        try {
            return MonitorProfile.fromJson(Files.readString(file));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        runner.close();
    }
}
