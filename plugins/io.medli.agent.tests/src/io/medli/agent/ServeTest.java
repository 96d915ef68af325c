package io.medli.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.medli.agent.internal.Serve;
import io.medli.monitor.ChunkMonitor;
import io.medli.monitor.MonitorProfile;
import io.medli.monitor.ReferenceProfile;
import io.medli.onnx.OnnxModel;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.Dimension;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.OperatorSetId;
import io.medli.onnx.proto.TensorProto;
import io.medli.onnx.proto.TypeProto;
import io.medli.onnx.proto.ValueInfo;

/**
 * The agent's serve mode on a small real classifier (a Gemm in ONNX Runtime): answers, bad
 * requests answered and survived, chunk reports quiet on data like the reference and alerting on a
 * shifted sensor; and the same through {@code java -jar medli-agent.jar serve} on a Java 17.
 */
class ServeTest {
    static final int CHUNK = 100;
    @TempDir
    static Path dir;
    static Path model, profile;

    /** logits = 2 x[0..2] (x[3] is a sensor the model ignores) */
    @BeforeAll
    static void modelAndProfile() throws Exception {
        GraphProto g = new GraphProto().name("sensor-classifier");
        g.inputs().add(new ValueInfo("x", TypeProto.tensor(DataType.FLOAT, List.of(Dimension.of(1), Dimension.of(4)))));
        ByteBuffer w = ByteBuffer.allocate(4 * 4 * 3).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 4; i++) for (int j = 0; j < 3; j++) w.putFloat(i == j ? 2f : 0f);
        g.initializers().add(new TensorProto().name("W").dataType(DataType.FLOAT).dims(4, 3).rawData(w.flip()));
        g.nodes().add(new NodeProto("MatMul", "logits", List.of("x", "W"), List.of("y")));
        g.outputs().add(new ValueInfo("y", TypeProto.tensor(DataType.FLOAT, List.of(Dimension.of(1), Dimension.of(3)))));
        ModelProto m = new ModelProto().irVersion(8L).producerName("ServeTest").graph(g);
        m.opsetImports().add(new OperatorSetId("", 17));
        model = dir.resolve("sensor.onnx");
        OnnxModel.of(m).write(model);
        SplittableRandom r = new SplittableRandom(1);
        int n = 3000;
        double[][] x = new double[n][], scores = new double[n][];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = r.nextInt(3);
            float[] s = sample(r, labels[i], 0);
            x[i] = new double[4];
            float[] logits = new float[3];
            for (int j = 0; j < 4; j++) x[i][j] = s[j];
            for (int j = 0; j < 3; j++) logits[j] = 2 * s[j];
            scores[i] = MonitorProfile.probabilities(logits);
        }
        MonitorProfile p = MonitorProfile.of("sensor", List.of("x0", "x1", "x2", "x3"), x, scores, labels, ReferenceProfile.Settings.defaults(CHUNK));
        profile = dir.resolve("profile.json");
        Files.writeString(profile, p.toJson());
    }

    static float[] sample(SplittableRandom r, int label, double sensorShift) {
        float[] s = new float[4];
        for (int j = 0; j < 4; j++) s[j] = (float) ((j == label ? 1.5 : 0) + gauss(r) + (j == 3 ? sensorShift : 0));
        return s;
    }

    static double gauss(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    static String request(String id, float[] x) {
        StringBuilder b = new StringBuilder("{\"id\": \"" + id + "\", \"input\": [");
        for (int i = 0; i < x.length; i++) b.append(i == 0 ? "" : ", ").append(x[i]);
        return b.append("]}").toString();
    }

    @Test
    void answersEachRequestWatchesTheChunksAndSurvivesBadOnes() throws Exception {
        List<ChunkMonitor.ChunkReport> reports = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(2);
        try (Serve s = new Serve(model, Serve.profile(profile), 1, reports::add)) {
            JsonObject a = JsonParser.parseString(s.answer(request("first", new float[] { 0, 3, 0, 0 }))).getAsJsonObject();
            assertEquals("first", a.get("id").getAsString());
            assertEquals(1, a.get("class").getAsInt());
            assertTrue(a.get("confidence").getAsDouble() > 0.9, a.toString());
            assertEquals(3, a.getAsJsonArray("outputs").size());
            assertTrue(a.get("latencyMs").getAsDouble() > 0);
            // bad requests: each answered with its id and what is wrong; serving goes on
            assertTrue(s.answer("not json {").contains("\"error\":\"not a request"));
            assertTrue(s.answer("{\"id\": \"short\", \"input\": [1, 2]}").contains("\"input\\\" has 2 numbers; the model takes 4"));
            assertTrue(s.answer("{\"id\": \"none\"}").contains("no \\\"input\\\""));
            assertTrue(s.answer("{\"id\": \"x\", \"input\": [1, 2, \"three\", 4]}").contains("\"error\""));
            assertEquals(4, s.failed());
            assertEquals(1, s.served());
            // 4 chunks like the reference (the first request counts), then 4 with the ignored sensor shifted by 3 sd
            StringBuilder in = new StringBuilder();
            for (int i = 1; i < 4 * CHUNK; i++) in.append(request("a" + i, sample(r, r.nextInt(3), 0))).append('\n');
            for (int i = 0; i < 4 * CHUNK; i++) in.append(request("b" + i, sample(r, r.nextInt(3), 3))).append('\n');
            StringWriter out = new StringWriter();
            s.serve(new BufferedReader(new StringReader(in.toString())), new PrintWriter(out));
            assertEquals(8 * CHUNK - 1, out.toString().lines().count());
            assertEquals(8 * CHUNK, s.served());
        }
        assertEquals(8, reports.size());
        for (int c = 0; c < 4; c++) assertTrue(reports.get(c).quiet(), "chunk " + c + ": " + reports.get(c).alerts());
        assertTrue(reports.get(5).alerts().stream().anyMatch(x -> x.startsWith("x3 drifted")), reports.get(5).alerts().toString());
        assertTrue(reports.get(7).alerts().stream().noneMatch(x -> x.startsWith("predicted class")), "the model ignores x3: " + reports.get(7).alerts());
        String line = Serve.json(reports.get(7), "sensor.onnx");
        JsonObject t = JsonParser.parseString(line).getAsJsonObject();
        assertTrue(t.getAsJsonObject("drift").getAsJsonObject("x3").get("jensen_shannon").getAsDouble() > 0.3, line);
        assertTrue(t.get("estimatedAccuracy").getAsDouble() > 0.5, line);
    }

    @Test
    void aWatchedFolderAndALoopbackHttpEndpointServeToo() throws Exception {
        SplittableRandom r = new SplittableRandom(4);
        try (Serve s = new Serve(model, Serve.profile(profile), 1, rep -> {
        })) {
            // HTTP: a request a line in, an answer a line out; a GET is refused with a word
            var server = s.http(0);
            try {
                String base = "http://127.0.0.1:" + server.getAddress().getPort();
                var client = java.net.http.HttpClient.newHttpClient();
                String body = request("h1", sample(r, 2, 0)) + "\n" + request("h2", sample(r, 0, 0)) + "\n";
                var res = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/predict"))
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                assertEquals(200, res.statusCode());
                List<String> lines = res.body().lines().toList();
                assertEquals(2, lines.size(), res.body());
                assertTrue(lines.get(0).startsWith("{\"id\":\"h1\",\"class\":"), lines.get(0));
                assertEquals(405, client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/predict")).GET().build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode());
                assertTrue(client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/health")).GET().build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString()).body().contains("\"served\":2"));
            } finally {
                server.stop(0);
            }
            // a watched folder: a request file appears, its answers come out beside, the file goes to done/
            Path inbox = Files.createDirectories(dir.resolve("inbox"));
            java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
            List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
            Thread t = new Thread(() -> {
                try {
                    s.watch(inbox, stop::get, log::add);
                } catch (Exception e) {
                    log.add("failed: " + e);
                }
            });
            t.start();
            Files.writeString(inbox.resolve("batch-1.jsonl"), request("w1", sample(r, 1, 0)) + "\n" + "garbage\n" + request("w2", sample(r, 2, 0)) + "\n");
            Path answers = inbox.resolve("out/batch-1.jsonl");
            long end = System.currentTimeMillis() + 20_000;
            while (!Files.exists(inbox.resolve("done/batch-1.jsonl")) && System.currentTimeMillis() < end) Thread.sleep(100);
            stop.set(true);
            t.join(5_000);
            List<String> out = Files.readAllLines(answers);
            assertEquals(3, out.size(), out.toString());
            assertTrue(out.get(1).contains("\"error\"") && out.get(2).startsWith("{\"id\":\"w2\""), out.toString());
            assertTrue(log.stream().anyMatch(x -> x.startsWith("answered batch-1.jsonl")), log.toString());
            assertTrue(!Files.exists(inbox.resolve("batch-1.jsonl")));
        }
    }

    @Test
    void theAgentJarServesStandardInputAndWritesTelemetry() throws Exception {
        Path board = dir.resolve("board");
        Files.createDirectories(board);
        AgentJar.write(board, AgentJar.sourcesOnClassPath(), AgentJar.ONNX_RUNTIME_JAR);
        Files.copy(AgentJar.onnxRuntimeOnClassPath(), board.resolve(AgentJar.ONNX_RUNTIME_JAR));
        SplittableRandom r = new SplittableRandom(3);
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 2 * CHUNK; i++) in.append(request("r" + i, sample(r, r.nextInt(3), 0))).append('\n');
        in.append("garbage\n");
        Path requests = board.resolve("requests.jsonl"), answers = board.resolve("answers.jsonl"), err = board.resolve("err.txt"), telemetry = board.resolve("t.jsonl");
        Files.writeString(requests, in);
        // and to a real Mosquitto, as device 'line3' of fleet 'plant1' with its password in a file only it reads
        io.medli.fleet.MosquittoBroker broker = io.medli.fleet.MosquittoBroker.start(dir.resolve("broker"), 0, "ide", "reader-secret",
                List.of(new io.medli.fleet.MosquittoBroker.Device("plant1", "line3", "s3cret")));
        Path password = board.resolve("broker-password");
        Files.writeString(password, "s3cret\n");
        Files.setPosixFilePermissions(password, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        List<String> received = new java.util.concurrent.CopyOnWriteArrayList<>();
        org.eclipse.paho.mqttv5.client.MqttClient ide = new org.eclipse.paho.mqttv5.client.MqttClient(broker.url(), "ide",
                new org.eclipse.paho.mqttv5.client.persist.MemoryPersistence());
        Process p;
        try {
            org.eclipse.paho.mqttv5.client.MqttConnectionOptions o = new org.eclipse.paho.mqttv5.client.MqttConnectionOptions();
            o.setUserName("ide");
            o.setPassword("reader-secret".getBytes(StandardCharsets.UTF_8));
            ide.connect(o);
            ide.subscribe(new org.eclipse.paho.mqttv5.common.MqttSubscription[] { new org.eclipse.paho.mqttv5.common.MqttSubscription("medli/#", 1) },
                    new org.eclipse.paho.mqttv5.client.IMqttMessageListener[] { (topic, m) -> received.add(topic + " " + new String(m.getPayload(), StandardCharsets.UTF_8)) });
            p = new ProcessBuilder(AgentJarTest.findJava17().toString(), "-jar", board.resolve(AgentJar.JAR).toString(), "serve", model.toString(), "--profile",
                    profile.toString(), "--telemetry", telemetry.toString(), "--mqtt", broker.url(), "--fleet", "plant1", "--device", "line3", "--user", "line3",
                    "--password-file", password.toString(), "--queue", board.resolve("queue").toString()).redirectInput(requests.toFile())
                    .redirectOutput(answers.toFile()).redirectError(err.toFile()).start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the agent serves 201 lines in 2 minutes");
            long end = System.currentTimeMillis() + 10_000;
            while (received.size() < 2 && System.currentTimeMillis() < end) Thread.sleep(50);
        } finally {
            if (ide.isConnected()) ide.disconnect();
            ide.close();
            broker.close();
        }
        assertEquals(2, received.size(), received.toString());
        assertTrue(received.get(0).startsWith("medli/plant1/line3/" + io.medli.onnx.AtomicFiles.sha256(model).substring(0, 16) + "/report {\"id\":\"line3/"),
                received.get(0));
        String e = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), e);
        List<String> lines = Files.readAllLines(answers);
        assertEquals(2 * CHUNK + 1, lines.size());
        assertTrue(lines.get(0).startsWith("{\"id\":\"r0\",\"class\":"), lines.get(0));
        assertTrue(lines.get(2 * CHUNK).contains("\"error\""), lines.get(2 * CHUNK));
        assertTrue(e.contains("served 200 request(s), 1 failed") && e.contains("telemetry: 2 sent, 0 queued on disk, 0 dropped"), e);
        List<String> t = Files.readAllLines(telemetry);
        assertEquals(2, t.size(), "one report a chunk");
        assertTrue(JsonParser.parseString(t.get(1)).getAsJsonObject().get("chunk").getAsInt() == 1, t.get(1));
    }
}
