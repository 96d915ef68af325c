package io.medli.fleet;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.eclipse.paho.mqttv5.client.IMqttMessageListener;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttSubscription;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import io.medli.store.StoreException;
import io.medli.store.TelemetryStore;

/**
 * The host's side of the telemetry: subscribes to every device of the broker ({@code medli/#},
 * QoS 1, a session the broker keeps while the receiver is away), checks each message and stores
 * the good ones in batches; a malformed, oversized or forged message, an unknown device, a model
 * that is not the one deployed, a clock far ahead: counted by reason, never stored as data, never
 * a crash. A message delivered twice (QoS 1) is stored once, by its id.
 */
public final class TelemetryReceiver implements AutoCloseable {
    public static final int MAX_BYTES = 256 * 1024;
    /** A device's clock this far ahead of the receiver's is wrong, not early. */
    public static final Duration CLOCK_AHEAD = Duration.ofMinutes(5);
    private static final int BATCH = 2000;

    /**
     * @param devices the devices allowed, as "fleet/name"; null to take any the broker let in
     * @param deployed the model each device should run, "fleet/name" to SHA-256; a device missing here is not checked
     */
    public record Settings(String broker, String user, String password, String clientId, Set<String> devices, Map<String, String> deployed) {
    }

    /** A message checked: a report to store, or the reason it was refused. */
    public record Checked(TelemetryStore.Report report, String reason, String detail) {
        static Checked refused(String reason, String detail) {
            return new Checked(null, reason, detail);
        }
    }

    private final Settings settings;
    private final TelemetryStore store;
    private final Consumer<String> log;
    private final MqttClient client;
    private final BlockingQueue<TelemetryStore.Report> queue = new ArrayBlockingQueue<>(200_000);
    private final Thread writer;
    private final AtomicLong received = new AtomicLong(), stored = new AtomicLong(), duplicates = new AtomicLong(), refused = new AtomicLong();
    private final Map<String, AtomicLong> reasons = new ConcurrentHashMap<>();
    private volatile boolean closed;

    public TelemetryReceiver(Settings s, TelemetryStore store, Consumer<String> log) throws MqttException {
        this.settings = s;
        this.store = store;
        this.log = log;
        client = new MqttClient(s.broker(), s.clientId(), new MemoryPersistence());
        MqttConnectionOptions o = new MqttConnectionOptions();
        o.setUserName(s.user());
        if (s.password() != null) o.setPassword(s.password().getBytes(StandardCharsets.UTF_8));
        o.setCleanStart(false);
        o.setSessionExpiryInterval(24 * 3600L); // the broker keeps QoS 1 messages for the receiver while it is away
        o.setAutomaticReconnect(true);
        o.setAutomaticReconnectDelay(1, 5);
        o.setReceiveMaximum(65_535);
        o.setMaximumPacketSize((long) MAX_BYTES + 1024);
        writer = new Thread(this::write, "medli-telemetry-writer");
        writer.setDaemon(true);
        writer.start();
        client.connect(o);
        // (Paho 1.2.5's subscribe(topic, qos, listener) calls itself for ever: the array form)
        client.subscribe(new MqttSubscription[] { new MqttSubscription("medli/#", 1) }, new IMqttMessageListener[] { (topic, m) -> arrived(topic, m.getPayload()) });
    }

    private void arrived(String topic, byte[] payload) {
        received.incrementAndGet();
        Checked c;
        try {
            c = check(topic, payload, Instant.now(), settings);
        } catch (RuntimeException e) {
            c = Checked.refused("malformed", e.toString()); // whatever a message holds, the receiver goes on
        }
        if (c.report() == null) {
            refuse(c.reason(), c.detail());
            return;
        }
        try {
            queue.put(c.report()); // a full queue holds the broker back (no ack yet) rather than losing the message
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void refuse(String reason, String detail) {
        refused.incrementAndGet();
        reasons.computeIfAbsent(reason, r -> new AtomicLong()).incrementAndGet();
        try {
            store.reject(reason, detail);
        } catch (StoreException e) {
            log.accept("cannot count a refused message (" + reason + "): " + e.getMessage());
        }
    }

    /** Checks one message: its size, its JSON, its topic against its body, its device, its model, its clock. */
    public static Checked check(String topic, byte[] payload, Instant now, Settings s) {
        if (payload.length > MAX_BYTES) return Checked.refused("oversized", topic + ": " + payload.length + " bytes");
        String[] t = topic.split("/");
        if (t.length != 5 || !t[0].equals("medli")) return Checked.refused("malformed", "topic " + topic);
        JsonObject j;
        try {
            JsonElement e = JsonParser.parseString(new String(payload, StandardCharsets.UTF_8));
            if (!e.isJsonObject()) return Checked.refused("malformed", topic + ": not a JSON object");
            j = e.getAsJsonObject();
        } catch (JsonParseException e) {
            return Checked.refused("malformed", topic + ": " + e.getMessage());
        }
        String id = string(j, "id"), fleet = string(j, "fleet"), device = string(j, "device"), model = string(j, "model"), kind = string(j, "kind");
        if (id == null || fleet == null || device == null || model == null || kind == null || !j.has("seq") || !j.has("sentAt") || !j.has("body")
                || !j.get("body").isJsonObject()) {
            return Checked.refused("malformed", topic + ": id, fleet, device, model, kind, seq, sentAt and body are needed");
        }
        if (!fleet.equals(t[1]) || !device.equals(t[2]) || !model.startsWith(t[3]) || !kind.equals(t[4])) {
            return Checked.refused("topic mismatch", topic + " carries " + fleet + "/" + device + "/" + model + "/" + kind);
        }
        if (!id.startsWith(device + "/")) return Checked.refused("topic mismatch", topic + ": id " + id + " is not the device's");
        String who = fleet + "/" + device;
        if (s.devices() != null && !s.devices().contains(who)) return Checked.refused("unknown device", who);
        String expected = s.deployed() == null ? null : s.deployed().get(who);
        if (expected != null && !expected.equals(model)) return Checked.refused("model mismatch", who + " runs " + model + ", " + expected + " was deployed");
        Instant sent;
        long seq;
        try {
            sent = Instant.ofEpochMilli(j.get("sentAt").getAsLong());
            seq = j.get("seq").getAsLong();
        } catch (RuntimeException e) {
            return Checked.refused("malformed", topic + ": seq and sentAt must be numbers");
        }
        if (sent.isAfter(now.plus(CLOCK_AHEAD))) return Checked.refused("clock ahead", who + " sent at " + sent + ", received at " + now);
        JsonObject b = j.getAsJsonObject("body");
        Double low = null, high = null;
        if (b.has("estimatedAccuracyBand") && b.get("estimatedAccuracyBand").isJsonArray() && b.getAsJsonArray("estimatedAccuracyBand").size() == 2) {
            low = b.getAsJsonArray("estimatedAccuracyBand").get(0).getAsDouble();
            high = b.getAsJsonArray("estimatedAccuracyBand").get(1).getAsDouble();
        }
        int alerts = b.has("alerts") && b.get("alerts").isJsonArray() ? b.getAsJsonArray("alerts").size() : 0;
        long dropped = j.has("dropped") ? j.get("dropped").getAsLong() : 0;
        return new Checked(new TelemetryStore.Report(id, fleet, device, model, kind, seq, sent, now, number(b, "chunk") == null ? null : number(b, "chunk").longValue(),
                number(b, "estimatedAccuracy"), low, high, number(b, "pcaError"), number(b, "latencyP50Ms"), number(b, "latencyP95Ms"), alerts, dropped,
                new String(payload, StandardCharsets.UTF_8)), null, null);
    }

    private static String string(JsonObject j, String k) {
        JsonElement e = j.get(k);
        return e == null || !e.isJsonPrimitive() ? null : e.getAsString();
    }

    private static Double number(JsonObject j, String k) {
        JsonElement e = j.get(k);
        return e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber() ? null : e.getAsDouble();
    }

    /** The writer thread: batches from the queue into the store. */
    private void write() {
        List<TelemetryStore.Report> batch = new ArrayList<>(BATCH);
        while (!closed || !queue.isEmpty()) {
            try {
                TelemetryStore.Report first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) continue;
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                int added = store.add(batch);
                stored.addAndGet(added);
                duplicates.addAndGet(batch.size() - added);
            } catch (InterruptedException e) {
                if (closed) break;
            } catch (StoreException e) {
                log.accept("cannot store " + batch.size() + " telemetry message(s): " + e.getMessage() + "; trying again");
                queue.addAll(batch); // kept for the next try (the queue has room: they came out of it)
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException x) {
                    if (closed) break;
                }
            } finally {
                batch.clear();
            }
        }
    }

    /** Counts so far. */
    public record Stats(long received, long stored, long duplicates, long refused, Map<String, Long> reasons) {
    }

    public Stats stats() {
        Map<String, Long> r = new java.util.TreeMap<>();
        reasons.forEach((k, v) -> r.put(k, v.get()));
        return new Stats(received.get(), stored.get(), duplicates.get(), refused.get(), r);
    }

    /** Waits until {@code n} messages have been stored or refused (or counted as duplicates), at most {@code millis}. */
    public boolean awaitHandled(long n, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (stored.get() + duplicates.get() + refused.get() < n) {
            if (System.currentTimeMillis() > end) return false;
            Thread.sleep(20);
        }
        return true;
    }

    public boolean connected() {
        return client.isConnected();
    }

    @Override
    public void close() {
        try {
            if (client.isConnected()) client.disconnect(2000);
            client.close(true);
        } catch (MqttException e) {
            // closing anyway
        }
        closed = true;
        try {
            writer.join(10_000); // what arrived is stored before the receiver is gone
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
