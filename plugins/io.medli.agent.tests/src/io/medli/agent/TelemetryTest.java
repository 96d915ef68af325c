package io.medli.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.paho.mqttv5.client.IMqttMessageListener;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.medli.agent.internal.Telemetry;
import io.medli.fleet.MosquittoBroker;

/**
 * The device's telemetry through a real Mosquitto (private configuration, passwords, access list):
 * every message arrives once its broker is there, a broker restarted mid-run loses nothing (the
 * device's disk queue holds what it could not send; duplicates are told apart by id), the queue's
 * bound drops the oldest and says so, and a device cannot publish under another's topic.
 */
class TelemetryTest {
    @TempDir
    static Path dir;
    static MosquittoBroker broker;
    static final String MODEL = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    @BeforeAll
    static void start() throws Exception {
        broker = MosquittoBroker.start(dir.resolve("broker"), 0, "ide", "reader-secret",
                List.of(new MosquittoBroker.Device("plant1", "dev1", "secret1"), new MosquittoBroker.Device("plant1", "dev2", "secret2")));
    }

    @AfterAll
    static void stop() {
        if (broker != null) broker.close();
    }

    /** The IDE's side: every message under medli/, QoS 1, a session the broker keeps across its restart. */
    static final class Reader implements AutoCloseable {
        final MqttClient client;
        final List<String> ids = new CopyOnWriteArrayList<>();
        final Set<String> unique = ConcurrentHashMap.newKeySet();
        final List<JsonObject> messages = new CopyOnWriteArrayList<>();

        Reader(String id) throws MqttException {
            client = new MqttClient(broker.url(), id, new MemoryPersistence());
            MqttConnectionOptions o = new MqttConnectionOptions();
            o.setUserName("ide");
            o.setPassword("reader-secret".getBytes(StandardCharsets.UTF_8));
            o.setCleanStart(false);
            o.setSessionExpiryInterval(3600L);
            o.setAutomaticReconnect(true);
            o.setAutomaticReconnectDelay(1, 2);
            client.connect(o);
            // (Paho 1.2.5's subscribe(topic, qos, listener) calls itself for ever: the array form)
            client.subscribe(new MqttSubscription[] { new MqttSubscription("medli/#", 1) }, new IMqttMessageListener[] { (topic, m) -> {
                JsonObject j = JsonParser.parseString(new String(m.getPayload(), StandardCharsets.UTF_8)).getAsJsonObject();
                messages.add(j);
                ids.add(j.get("id").getAsString());
                unique.add(j.get("id").getAsString());
            } });
        }

        void await(int n, long millis) throws InterruptedException {
            long end = System.currentTimeMillis() + millis;
            while (unique.size() < n && System.currentTimeMillis() < end) Thread.sleep(50);
        }

        @Override
        public void close() throws MqttException {
            if (client.isConnected()) client.disconnect();
            client.close();
        }
    }

    static Telemetry device(String name, String password, Path queue, long bound) throws Exception {
        return new Telemetry(new Telemetry.Settings(broker.url(), "plant1", name, MODEL, name, password, queue, bound), line -> {
        });
    }

    @Test
    void nothingIsLostWhenTheBrokerRestartsMidRun() throws Exception {
        try (Reader reader = new Reader("ide-restart"); Telemetry t = device("dev1", "secret1", dir.resolve("q1"), 64L << 20)) {
            for (int i = 0; i < 50; i++) t.publish("report", Map.of("chunk", i));
            assertTrue(t.awaitSent(20_000), "50 sent: " + t.sent());
            reader.await(50, 10_000);
            assertEquals(50, reader.unique.size());
            // the broker goes away; the device goes on serving and queues on disk
            broker.stop();
            for (int i = 50; i < 80; i++) t.publish("report", Map.of("chunk", i));
            Thread.sleep(500);
            assertEquals(30, t.pending(), "queued on disk while the broker is away");
            broker.restart();
            assertTrue(t.awaitSent(30_000), "the queue drains once the broker is back: " + t.pending() + " left");
            reader.await(80, 30_000);
            assertEquals(80, reader.unique.size(), "count sent = count received: " + reader.unique.size());
            assertEquals(0, t.dropped());
            assertTrue(reader.ids.size() >= 80, "QoS 1: at least once");
        }
    }

    @Test
    void theQueuesBoundDropsTheOldestAndTheNextMessageSaysHowMany() throws Exception {
        broker.stop();
        try (Telemetry t = device("dev2", "secret2", dir.resolve("q2"), 4096)) {
            for (int i = 0; i < 40; i++) t.publish("report", Map.of("chunk", i, "padding", "x".repeat(100)));
            assertTrue(t.dropped() > 0, "a 4 kB queue cannot hold 40 messages of 300 bytes");
            assertTrue(t.pending() < 40);
            broker.restart();
            try (Reader reader = new Reader("ide-bound")) {
                assertTrue(t.awaitSent(30_000));
                t.publish("report", Map.of("chunk", 40));
                assertTrue(t.awaitSent(10_000));
                reader.await(1, 10_000);
                Thread.sleep(300);
                JsonObject last = reader.messages.get(reader.messages.size() - 1);
                assertEquals(40, last.getAsJsonObject("body").get("chunk").getAsInt());
                assertEquals(t.dropped(), last.get("dropped").getAsLong(), "the drop is reported with the next message");
            }
        } finally {
            if (!broker.running()) broker.restart();
        }
    }

    @Test
    void aDeviceCannotPublishUnderAnothersTopicNorConnectWithoutItsPassword() throws Exception {
        AtomicInteger seen = new AtomicInteger();
        try (Reader reader = new Reader("ide-acl")) {
            reader.client.subscribe(new MqttSubscription[] { new MqttSubscription("medli/plant1/dev2/#", 1) },
                    new IMqttMessageListener[] { (topic, m) -> seen.incrementAndGet() });
            MqttClient intruder = new MqttClient(broker.url(), "intruder", new MemoryPersistence());
            MqttConnectionOptions o = new MqttConnectionOptions();
            o.setUserName("dev1");
            o.setPassword("secret1".getBytes(StandardCharsets.UTF_8));
            intruder.connect(o);
            MqttMessage m = new MqttMessage("{\"id\": \"forged\"}".getBytes(StandardCharsets.UTF_8));
            m.setQos(1);
            try {
                intruder.publish("medli/plant1/dev2/abc/report", m); // MQTT v5: the broker answers "not authorized" or drops it
            } catch (MqttException e) {
                // refused outright: as good
            }
            Thread.sleep(500);
            assertEquals(0, seen.get(), "the forged message reached no one");
            assertFalse(reader.unique.contains("forged"));
            if (intruder.isConnected()) intruder.disconnect();
            intruder.close();
            MqttClient stranger = new MqttClient(broker.url(), "stranger", new MemoryPersistence());
            MqttConnectionOptions bad = new MqttConnectionOptions();
            bad.setUserName("dev1");
            bad.setPassword("wrong".getBytes(StandardCharsets.UTF_8));
            assertThrows(MqttException.class, () -> stranger.connect(bad));
            stranger.close();
        }
    }
}
