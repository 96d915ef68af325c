package io.medli.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.medli.agent.internal.Telemetry;
import io.medli.fleet.MosquittoBroker;
import io.medli.fleet.TelemetryReceiver;
import io.medli.store.MeasurementStore;
import io.medli.store.TelemetryStore;

/**
 * A simulated fleet through a real Mosquitto into the measurement store: three devices publish
 * their reports, the broker is restarted in the middle, and the store ends with every message sent,
 * once; bad messages a device could send under its own topic are refused and counted by reason.
 */
class FleetTelemetryTest {
    @TempDir
    Path dir;
    static final String MODEL = "ab".repeat(32);

    static Map<String, Object> report(int chunk) {
        return Map.of("chunk", chunk, "estimatedAccuracy", 0.8, "estimatedAccuracyBand", List.of(0.75, 0.85), "pcaError", 1.0, "latencyP50Ms", 2.5,
                "latencyP95Ms", 4.0, "alerts", chunk % 5 == 4 ? List.of("x drifted") : List.of());
    }

    @Test
    void everyMessageSentIsStoredOnceThroughABrokerRestart() throws Exception {
        List<MosquittoBroker.Device> devices = List.of(new MosquittoBroker.Device("plant1", "cam1", "p1"), new MosquittoBroker.Device("plant1", "cam2", "p2"),
                new MosquittoBroker.Device("plant2", "mic1", "p3"));
        try (MosquittoBroker broker = MosquittoBroker.start(dir.resolve("broker"), 0, "ide", "r", devices);
                MeasurementStore store = MeasurementStore.h2(dir.resolve("store"))) {
            TelemetryStore ts = store.telemetry();
            Set<String> known = Set.of("plant1/cam1", "plant1/cam2", "plant2/mic1");
            try (TelemetryReceiver receiver = new TelemetryReceiver(new TelemetryReceiver.Settings(broker.url(), "ide", "r", "ide-receiver", known,
                    Map.of("plant1/cam1", MODEL, "plant1/cam2", MODEL, "plant2/mic1", MODEL)), ts, line -> {
                    })) {
                List<Telemetry> fleet = new ArrayList<>();
                for (MosquittoBroker.Device d : devices) {
                    fleet.add(new Telemetry(new Telemetry.Settings(broker.url(), d.fleet(), d.name(), MODEL, d.name(), d.password(), dir.resolve("q-" + d.name()),
                            64L << 20), line -> {
                            }));
                }
                int sent = 0;
                for (int chunk = 0; chunk < 40; chunk++) {
                    if (chunk == 20) broker.stop(); // the broker goes away mid-run: the devices queue on disk
                    if (chunk == 30) broker.restart();
                    for (Telemetry t : fleet) {
                        t.publish("report", report(chunk));
                        sent++;
                    }
                }
                for (Telemetry t : fleet) {
                    assertTrue(t.awaitSent(30_000), "every device's queue drains");
                    t.close();
                }
                assertTrue(receiver.awaitHandled(sent, 30_000), "handled " + receiver.stats());
                TelemetryReceiver.Stats s = receiver.stats();
                assertEquals(sent, s.stored(), "count sent = count stored: " + s);
                assertEquals(0, s.refused(), s.toString());
                assertEquals(sent, ts.count());
                assertEquals(3, ts.fleet().size());
                TelemetryStore.DeviceStatus cam1 = ts.fleet().get(0);
                assertEquals("cam1", cam1.device());
                assertEquals(40, cam1.reports());
                assertEquals(MODEL, cam1.model());
                List<TelemetryStore.Report> series = ts.reports("plant1", "cam1", Instant.EPOCH);
                assertEquals(40, series.size());
                assertEquals(8, series.stream().filter(r -> r.alerts() > 0).count());
                assertEquals(0.75, series.get(0).accuracyLow());

                // bad messages under a device's own topic: refused by reason, never stored
                MqttClient cam2 = new MqttClient(broker.url(), "cam2-raw", new MemoryPersistence());
                MqttConnectionOptions o = new MqttConnectionOptions();
                o.setUserName("cam2");
                o.setPassword("p2".getBytes(StandardCharsets.UTF_8));
                cam2.connect(o);
                String topic = "medli/plant1/cam2/" + MODEL.substring(0, 16) + "/report";
                long now = System.currentTimeMillis();
                publish(cam2, topic, "not json {");
                publish(cam2, topic, "{\"id\": \"cam2/x/1\"}");
                publish(cam2, topic, envelope("cam2/x/2", "plant1", "cam1", MODEL, now)); // says it is cam1
                publish(cam2, topic, envelope("cam2/x/3", "plant1", "cam2", "cd".repeat(32), now)); // another model than its topic
                publish(cam2, "medli/plant1/cam2/" + "cd".repeat(8) + "/report", envelope("cam2/x/4", "plant1", "cam2", "cd".repeat(32), now)); // not the deployed model
                publish(cam2, topic, envelope("cam2/x/5", "plant1", "cam2", MODEL, now + 3_600_000)); // an hour ahead
                publish(cam2, topic, "{\"pad\": \"" + "x".repeat(TelemetryReceiver.MAX_BYTES) + "\"}");
                publish(cam2, topic, envelope("cam2/x/6", "plant1", "cam2", MODEL, now)); // a good one, sent twice
                publish(cam2, topic, envelope("cam2/x/6", "plant1", "cam2", MODEL, now));
                cam2.disconnect();
                cam2.close();
                assertTrue(receiver.awaitHandled(sent + 9, 10_000), receiver.stats().toString());
                s = receiver.stats();
                assertEquals(Map.of("clock ahead", 1L, "malformed", 2L, "model mismatch", 1L, "oversized", 1L, "topic mismatch", 2L), s.reasons());
                assertEquals(sent + 1, ts.count(), "the good one stored once");
                assertEquals(1, s.duplicates());
                assertEquals(s.reasons(), ts.rejects());
            }
        }
    }

    static String envelope(String id, String fleet, String device, String model, long sentAt) {
        return "{\"id\": \"" + id + "\", \"fleet\": \"" + fleet + "\", \"device\": \"" + device + "\", \"model\": \"" + model + "\", \"kind\": \"report\", "
                + "\"seq\": 1, \"sentAt\": " + sentAt + ", \"dropped\": 0, \"body\": {\"chunk\": 0}}";
    }

    static void publish(MqttClient c, String topic, String payload) throws Exception {
        MqttMessage m = new MqttMessage(payload.getBytes(StandardCharsets.UTF_8));
        m.setQos(1);
        c.publish(topic, m);
    }

    @Test
    void checkNamesWhatIsWrongWithoutABroker() {
        TelemetryReceiver.Settings s = new TelemetryReceiver.Settings("tcp://x:1", "ide", null, "c", Set.of("f/d"), Map.of());
        Instant now = Instant.now();
        String t = "medli/f/d/" + MODEL.substring(0, 16) + "/report";
        assertEquals("unknown device", TelemetryReceiver.check("medli/f/e/" + MODEL.substring(0, 16) + "/report",
                envelope("e/r/1", "f", "e", MODEL, now.toEpochMilli()).getBytes(StandardCharsets.UTF_8), now, s).reason());
        assertEquals("malformed", TelemetryReceiver.check("medli/f/d", "{}".getBytes(StandardCharsets.UTF_8), now, s).reason());
        assertEquals("malformed", TelemetryReceiver.check(t, "[1, 2]".getBytes(StandardCharsets.UTF_8), now, s).reason());
        TelemetryReceiver.Checked ok = TelemetryReceiver.check(t, envelope("d/r/1", "f", "d", MODEL, now.toEpochMilli()).getBytes(StandardCharsets.UTF_8), now, s);
        assertNull(ok.reason());
        assertEquals("d/r/1", ok.report().messageId());
    }
}
