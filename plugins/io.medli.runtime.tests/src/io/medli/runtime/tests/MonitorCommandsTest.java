package io.medli.runtime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** medli monitor: the reference profile, the fleet's devices and broker, the receiver and the status, with their one-line errors. */
class MonitorCommandsTest extends CommandLines {
    @Test
    void monitorProfileMakesTheReferenceADeviceComparesChunksWith(@TempDir Path dir) throws Exception {
        Path model = CommandLineTest.alwaysTwo(dir), profile = dir.resolve("profile.json");
        String data = "/usr/share/datasets/fashion-mnist";
        assertEquals(0, medli("monitor", "profile", model.toString(), "--data", data, "--limit", "3000", "--chunk", "500", "--out", profile.toString()), err());
        assertTrue(out().startsWith("profile.json: 3000 samples in 6 chunks of 500; accuracy on them 10.") && out().contains("PCA: "), out());
        assertTrue(out().matches("(?s).*\\nbrightness +0[.][0-9]{4} \\(.*\\npredicted class +0[.][0-9]{4} \\(.*"), out());
        io.medli.monitor.MonitorProfile p = io.medli.monitor.MonitorProfile.fromJson(java.nio.file.Files.readString(profile));
        assertEquals(io.medli.monitor.ImageStats.NAMES, p.inputs());
        assertEquals(500, p.chunkSize());
        assertEquals(io.medli.onnx.AtomicFiles.sha256(model), p.model());
        // too little data for two chunks, and a file that is not data: each said, nothing written
        java.nio.file.Files.delete(profile);
        assertEquals(2, medli("monitor", "profile", model.toString(), "--data", data, "--limit", "600", "--chunk", "500", "--out", profile.toString()));
        assertTrue(err().contains("--limit needs an integer of at least 1000"), err());
        assertEquals(1, medli("monitor", "profile", model.toString(), "--data", dir.toString(), "--out", profile.toString()));
        assertTrue(err().contains("is not a data set MEDLI reads"), err());
        assertFalse(java.nio.file.Files.exists(profile));
    }

    @Test
    void monitorDevicesAndTheFleetsBroker(@TempDir Path dir) throws Exception {
        Path fleet = dir.resolve("fleet");
        assertEquals(0, medli("monitor", "device", "add", "line1", "--fleet", "plant1", "--fleet-dir", fleet.toString()), err());
        Path secret = fleet.resolve("devices/line1.password");
        assertTrue(out().contains("its password is in " + secret) && out().contains("--fleet plant1 --device line1 --user line1 --password-file line1.password"), out());
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(secret)));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(fleet.resolve("fleet.json"))));
        out.reset();
        assertEquals(0, medli("monitor", "device", "list", "--fleet-dir", fleet.toString()));
        assertEquals("plant1/line1", out().trim());
        assertEquals(2, medli("monitor", "device", "add", "bad/name", "--fleet-dir", fleet.toString()));
        assertTrue(err().contains("not 'bad/name'"), err());
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        out.reset();
        assertEquals(0, medli("monitor", "broker", "--fleet-dir", fleet.toString(), "--port", String.valueOf(port), "--check"), err());
        assertTrue(out().contains("broker at tcp://127.0.0.1:" + port + " for 1 device(s)") && out().contains("stopped"), out());
        assertTrue(java.nio.file.Files.readString(fleet.resolve("broker/acl")).contains("user line1\ntopic write medli/plant1/line1/#"));
        assertEquals(1, medli("monitor", "device", "remove", "nobody", "--fleet-dir", fleet.toString()));
        assertTrue(err().contains("no device 'nobody'"), err());
        // the receiver without its broker: one clear message; the status of a store with no telemetry yet
        System.setProperty("medli.store", dir.resolve("store").toString());
        try {
            assertEquals(1, medli("monitor", "receive", "--fleet-dir", fleet.toString(), "--seconds", "1"));
            assertTrue(err().contains("cannot reach the broker at tcp://127.0.0.1:" + port) && err().contains("medli monitor broker"), err());
            out.reset();
            assertEquals(0, medli("monitor", "status"), err());
            assertTrue(out().startsWith("no telemetry yet in "), out());
        } finally {
            System.clearProperty("medli.store");
        }
    }

}
