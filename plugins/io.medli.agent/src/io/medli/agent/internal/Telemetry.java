package io.medli.agent.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * The device's telemetry to an MQTT v5 broker (Eclipse Paho). Each message is first written to a
 * queue folder on the device's disk (one file a message, named by its sequence number), then sent
 * with QoS 1 by a background thread and deleted when the broker has acknowledged it - so serving
 * never waits on the network, and nothing is lost while the broker is away. The queue is bounded:
 * past its bound the oldest messages are dropped, and so is a message the disk has no room for;
 * every message carries the count dropped so far. Every message has an id (the device, this
 * process's run, a sequence number) so that the receiver removes the duplicates QoS 1 may bring.
 */
public final class Telemetry implements AutoCloseable {
    /** The topic root: {@code medli/<fleet>/<device>/<model>/<kind>}. */
    public static final String ROOT = "medli";
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeSpecialFloatingPointValues().create();

    /**
     * @param broker tcp://host:port or ssl://host:port
     * @param model the model's SHA-256 (its first 16 hex digits name the topic)
     * @param maxQueueBytes the queue's bound on disk
     */
    public record Settings(String broker, String fleet, String device, String model, String user, String password, Path queue, long maxQueueBytes) {
        public Settings {
            for (String part : new String[] { fleet, device }) {
                if (part == null || !part.matches("[A-Za-z0-9._-]{1,64}")) {
                    throw new IllegalArgumentException("a fleet or device name of letters, digits, '.', '_' or '-' (at most 64), not '" + part + "'");
                }
            }
            if (maxQueueBytes < 4096) throw new IllegalArgumentException("a queue of at least 4 kB, not " + maxQueueBytes + " bytes");
        }

        public String topic(String kind) {
            return ROOT + "/" + fleet + "/" + device + "/" + model.substring(0, Math.min(16, model.length())) + "/" + kind;
        }
    }

    private final Settings settings;
    private final MqttClient client;
    private final MqttConnectionOptions options;
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "medli-telemetry");
        t.setDaemon(true);
        return t;
    });
    /** A drain is waiting to run: wakes coalesce into it, so an outage does not pile up attempts. */
    private final AtomicBoolean wanted = new AtomicBoolean();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicLong seq = new AtomicLong(), sent = new AtomicLong(), dropped = new AtomicLong();
    private final Consumer<String> log;
    private volatile boolean closed;

    public Telemetry(Settings s, Consumer<String> log) throws IOException {
        this.settings = s;
        this.log = log;
        Files.createDirectories(s.queue());
        seq.set(lastSequence(s.queue()));
        try {
            client = new MqttClient(s.broker(), "medli-" + s.fleet() + "-" + s.device(), new MemoryPersistence());
        } catch (MqttException | IllegalArgumentException e) {
            throw new IOException("not a broker address: " + s.broker() + " (tcp://host:port or ssl://host:port): " + e.getMessage(), e);
        }
        options = new MqttConnectionOptions();
        options.setCleanStart(true);
        options.setAutomaticReconnect(false); // reconnecting is the sender's: it knows the queue
        options.setConnectionTimeout(5);
        options.setKeepAliveInterval(20);
        if (s.user() != null) options.setUserName(s.user());
        if (s.password() != null) options.setPassword(s.password().getBytes(StandardCharsets.UTF_8));
        client.setCallback(new MqttCallback() {
            @Override
            public void disconnected(MqttDisconnectResponse r) {
                log.accept("broker connection lost (" + r.getReasonString() + "); messages queue on disk");
            }

            @Override
            public void mqttErrorOccurred(MqttException e) {
                log.accept("broker error: " + e.getMessage());
            }

            @Override
            public void messageArrived(String topic, MqttMessage m) {
            }

            @Override
            public void deliveryComplete(IMqttToken t) {
            }

            @Override
            public void connectComplete(boolean reconnect, String uri) {
            }

            @Override
            public void authPacketArrived(int reason, MqttProperties p) {
            }
        });
        wake();
    }

    /** Asks the sender to drain the queue (once, however many ask before it runs). */
    private void wake() {
        if (!closed && wanted.compareAndSet(false, true)) {
            try {
                sender.execute(() -> {
                    wanted.set(false);
                    drain();
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                wanted.set(false); // closed meanwhile
            }
        }
    }

    /** Queues a message of {@code kind} (its body a JSON object) and wakes the sender; never blocks on the network. */
    public void publish(String kind, Map<String, Object> body) {
        long n = seq.incrementAndGet();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", settings.device() + "/" + run + "/" + n);
        m.put("fleet", settings.fleet());
        m.put("device", settings.device());
        m.put("model", settings.model());
        m.put("kind", kind);
        m.put("seq", n);
        m.put("sentAt", System.currentTimeMillis());
        m.put("dropped", dropped.get());
        m.put("body", body);
        byte[] bytes = GSON.toJson(m).getBytes(StandardCharsets.UTF_8);
        try {
            makeRoom(bytes.length);
            Path tmp = settings.queue().resolve(String.format("%020d.%s.tmp", n, kind));
            Files.write(tmp, bytes);
            Files.move(tmp, settings.queue().resolve(String.format("%020d.%s.json", n, kind)), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            dropped.incrementAndGet(); // a full disk: the queue stops growing, serving goes on
            log.accept("cannot queue a telemetry message (" + e.getMessage() + "): dropped, " + dropped.get() + " so far");
            cleanTemp();
            return;
        }
        wake();
    }

    /** Drops the oldest queued messages until {@code incoming} more bytes fit the bound. */
    private void makeRoom(long incoming) throws IOException {
        List<Path> q = queued();
        long total = incoming;
        for (Path p : q) total += Files.size(p);
        for (int i = 0; i < q.size() && total > settings.maxQueueBytes(); i++) {
            long size = Files.size(q.get(i));
            if (Files.deleteIfExists(q.get(i))) {
                total -= size;
                dropped.incrementAndGet();
            }
        }
    }

    private void cleanTemp() {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(settings.queue(), "*.tmp")) {
            for (Path p : ds) Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // nothing to clean where nothing could be written
        }
    }

    /** The queued messages, oldest first. */
    private List<Path> queued() throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(settings.queue(), "*.json")) {
            for (Path p : ds) out.add(p);
        }
        out.sort(null);
        return out;
    }

    private static long lastSequence(Path queue) throws IOException {
        long last = 0;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(queue, "*.json")) {
            for (Path p : ds) {
                try {
                    last = Math.max(last, Long.parseLong(p.getFileName().toString().substring(0, 20)));
                } catch (NumberFormatException | IndexOutOfBoundsException e) {
                    // not one of ours
                }
            }
        }
        return last;
    }

    /** Sends what is queued, oldest first, while the broker answers; on the sender thread only. */
    private void drain() {
        if (closed) return;
        try {
            if (!client.isConnected()) {
                client.connect(options);
                log.accept("connected to " + settings.broker());
            }
            for (Path p : queued()) {
                if (closed) return;
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(p);
                } catch (java.nio.file.NoSuchFileException e) {
                    continue; // dropped meanwhile
                }
                String kind = p.getFileName().toString().replaceAll("^[0-9]+\\.|\\.json$", "");
                MqttMessage m = new MqttMessage(bytes);
                m.setQos(1);
                client.publish(settings.topic(kind), m); // returns once the broker has acknowledged it
                Files.deleteIfExists(p);
                sent.incrementAndGet();
            }
        } catch (MqttException e) {
            // the broker is away: try again in a second; the queue keeps everything meanwhile
            if (!closed) {
                try {
                    sender.schedule(this::wake, 1, TimeUnit.SECONDS);
                } catch (java.util.concurrent.RejectedExecutionException x) {
                    // closed meanwhile
                }
            }
        } catch (IOException e) {
            log.accept("cannot read the telemetry queue " + settings.queue() + ": " + e.getMessage());
        }
    }

    public long sent() {
        return sent.get();
    }

    public long dropped() {
        return dropped.get();
    }

    /** Messages still on disk. */
    public int pending() throws IOException {
        return queued().size();
    }

    /** Waits up to {@code millis} for the queue to empty; true when it did. */
    public boolean awaitSent(long millis) throws IOException, InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (pending() > 0) {
            if (System.currentTimeMillis() > end) return false;
            wake();
            Thread.sleep(100);
        }
        return true;
    }

    @Override
    public void close() {
        closed = true;
        sender.shutdownNow();
        try {
            sender.awaitTermination(5, TimeUnit.SECONDS);
            if (client.isConnected()) client.disconnect(2000);
            client.close(true);
        } catch (MqttException | InterruptedException e) {
            // closing: what is still queued stays on disk for the next run
        }
    }
}
