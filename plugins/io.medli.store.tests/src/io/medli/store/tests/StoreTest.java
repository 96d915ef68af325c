package io.medli.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.medli.agent.Agent;
import io.medli.agent.BenchReport;
import io.medli.store.Filter;
import io.medli.store.MeasurementRow;
import io.medli.store.MeasurementStore;
import io.medli.store.ModelDatabase;
import io.medli.store.StoreException;
import io.medli.testing.PostgresServer;

/** The store on embedded H2 and on a real PostgreSQL server: migrations, a real report saved and found, a failed save that leaves nothing. */
class StoreTest {
    @TempDir
    static Path tmp;
    static PostgresServer pg;
    static BenchReport report;

    @BeforeAll
    static void measureAndStart() throws Exception {
        Path model = Path.of(System.getProperty("medli.models.dir", "build/models")).resolve("mlsd_320x320_tiny.onnx");
        if (!Files.isRegularFile(model)) throw new IllegalStateException("missing " + model + "; run tools/fetch-models.sh (the test command does)");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Agent.run(new String[] { "bench", model.toString(), "--iterations", "20", "--warmup", "1", "--threads", "1,2", "--warm-loads", "1" },
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, code);
        report = BenchReport.parse(out.toString(StandardCharsets.UTF_8));
        pg = new PostgresServer("store secret");
    }

    @AfterAll
    static void stop() throws Exception {
        if (pg != null) pg.close();
    }

    @Test
    void h2() throws Exception {
        Path folder = tmp.resolve("h2");
        check(() -> open(() -> MeasurementStore.h2(folder)));
    }

    @Test
    void postgres() throws Exception {
        check(() -> open(() -> MeasurementStore.postgres(pg.url(), "medli", "store secret".toCharArray())));
    }

    @Test
    void aWrongPasswordAServerThatIsDownAndNoSuchDatabaseSaySo() throws Exception {
        StoreException login = assertThrows(StoreException.class, () -> MeasurementStore.postgres(pg.url(), "medli", "wrong".toCharArray()));
        assertTrue(login.getMessage().contains("refused the login") && login.getMessage().contains("check the user and password"), login.getMessage());
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        long t0 = System.nanoTime();
        StoreException down = assertThrows(StoreException.class,
                () -> MeasurementStore.postgres("jdbc:postgresql://127.0.0.1:" + closed + "/medli", "medli", "x".toCharArray()));
        assertTrue(down.getMessage().contains("cannot reach the store") && down.getMessage().contains("is the server running"), down.getMessage());
        assertTrue((System.nanoTime() - t0) / 1e9 < 30, "a server that is down is said within seconds");
        StoreException db = assertThrows(StoreException.class,
                () -> MeasurementStore.postgres(pg.url().replace("/medli", "/nosuch"), "medli", "store secret".toCharArray()));
        assertTrue(db.getMessage().contains("no such database"), db.getMessage());
    }

    @Test
    void aStoreOfTheFirstVersionIsMigratedWithItsDataKept() throws Exception {
        Path folder = tmp.resolve("v1");
        java.nio.file.Files.createDirectories(folder);
        org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + folder.toAbsolutePath().resolve("measurements") + ";DB_CLOSE_ON_EXIT=FALSE");
        ds.setUser("medli");
        ds.setPassword("");
        org.flywaydb.core.Flyway.configure(MeasurementStore.class.getClassLoader()).dataSource(ds)
                .javaMigrations(new io.medli.store.internal.SqlMigration(1, "measurements", "sql/V1__measurements.sql"))
                .locations("classpath:io/medli/store/nothing-to-scan").failOnMissingLocations(false).table("medli_schema_history").load().migrate();
        try (var c = ds.getConnection(); var st = c.createStatement()) {
            st.execute("INSERT INTO devices (fingerprint, name, first_seen) VALUES ('" + "f".repeat(64) + "', 'old-board', CURRENT_TIMESTAMP)");
        }
        try (MeasurementStore s = MeasurementStore.h2(folder)) {
            assertEquals(4, s.schemaVersion(), "version 1 brought to 4 on opening");
            s.save(report, "old-board");
            assertEquals(2, s.find(Filter.all().device("old-board")).size(), "the store of version 1 takes new results");
        }
    }

    /** Telemetry reports: kept once per message id, the fleet's status from the latest, refusals counted, retention. */
    private static void telemetry(io.medli.store.TelemetryStore t) throws Exception {
        java.time.Instant t0 = java.time.Instant.parse("2026-12-01T10:00:00Z");
        String model = "a".repeat(64);
        java.util.function.IntFunction<io.medli.store.TelemetryStore.Report> r = i -> new io.medli.store.TelemetryStore.Report("cam1/run/" + i, "plant1", "cam1", model,
                "report", i, t0.plusSeconds(60L * i), t0.plusSeconds(60L * i + 1), (long) i, 0.8 - i * 0.01, 0.75, 0.85, 1.0, 2.0, 3.0, i == 2 ? 1 : 0, 0, "{}");
        assertEquals(3, t.add(List.of(r.apply(0), r.apply(1), r.apply(2), r.apply(1))), "the duplicate in the batch is stored once");
        assertEquals(0, t.add(List.of(r.apply(2))), "and a message stored before is not stored again");
        assertEquals(3, t.count());
        var fleet = t.fleet();
        assertEquals(1, fleet.size());
        assertEquals(3, fleet.get(0).reports());
        assertEquals(1, fleet.get(0).lastAlerts(), "the latest report's alerts");
        assertEquals(0.78, fleet.get(0).lastEstimatedAccuracy(), 1e-12);
        assertEquals(model, fleet.get(0).model());
        assertEquals(List.of(0L, 1L, 2L), t.reports("plant1", "cam1", t0).stream().map(x -> x.seq()).toList());
        t.reject("malformed", "not json");
        t.reject("malformed", "no id");
        t.reject("unknown device", "plant9/x");
        assertEquals(java.util.Map.of("malformed", 2L, "unknown device", 1L), t.rejects());
        assertEquals(2, t.deleteBefore(t0.plusSeconds(120)), "retention: the two older reports go");
        assertEquals(1, t.count());
    }

    interface Opener {
        MeasurementStore open() throws StoreException;
    }

    private static MeasurementStore open(Opener o) {
        try {
            return o.open();
        } catch (StoreException e) {
            throw new AssertionError(e);
        }
    }

    private static void check(Supplier<MeasurementStore> opener) throws Exception {
        List<Long> ids;
        try (MeasurementStore s = opener.get()) {
            assertEquals(4, s.schemaVersion());
            telemetry(s.telemetry());
            ids = s.save(report, "loopback-pi");
            assertEquals(2, ids.size(), "a row per thread count");
            s.save(report, "other-board");
            List<MeasurementRow> mine = s.find(Filter.all().device("loopback-pi"));
            assertEquals(2, mine.size());
            MeasurementRow r = mine.stream().filter(x -> x.threads() == 2).findFirst().orElseThrow();
            BenchReport.Run run = report.runs.get(1);
            assertEquals(run.latency.p50Ms, r.p50Ms(), 0);
            assertEquals(run.latency.sdMs, r.sdMs(), 0);
            assertEquals(report.model.sha256, r.modelSha256());
            assertEquals("mlsd_320x320_tiny.onnx", r.model());
            assertEquals(report.load.firstMs, r.firstLoadMs(), 0);
            assertArrayEquals(run.samplesMs, s.samples(r.id()), "every raw sample back, in order");
            assertEquals(4, s.find(Filter.all().model(report.model.sha256.substring(0, 12))).size(), "by the start of the model's checksum");
            double p50 = report.runs.get(0).latency.p50Ms;
            assertEquals(2, s.find(Filter.all().model("mlsd_320x320_tiny.onnx").p50Between(p50, p50)).size(), "by latency: both boards' first run");
            // a report the store cannot take: nothing of it is kept
            BenchReport bad = BenchReport.parse(report.toJson());
            bad.model.sha256 = null;
            assertThrows(StoreException.class, () -> s.save(bad, "third-board"));
            assertEquals(0, s.find(Filter.all().device("third-board")).size());
            assertEquals(4, s.find(Filter.all()).size());
        }
        try (MeasurementStore again = opener.get()) {
            assertEquals(4, again.schemaVersion(), "opened again: no migration runs twice");
            assertEquals(4, again.find(Filter.all()).size(), "kept");
            modelDatabase(again);
        }
    }

    /** The database of small architectures over the measurements already kept: linked by the model's checksum, filtered, exported and imported whole or not at all. */
    private static void modelDatabase(MeasurementStore s) throws Exception {
        ModelDatabase db = s.models();
        // figures made up for this test, and said to be
        ModelDatabase.Model tiny = new ModelDatabase.Model(report.model.sha256, "mlsd_320x320_tiny.onnx", report.model.bytes, "float32", 77.5,
                "Wireframe", "hand-made for StoreTest");
        db.register(new ModelDatabase.Architecture("M-LSD tiny", "M-LSD", "line detection", 1000L, 2000L, 4000L, "hand-made for StoreTest", List.of(tiny)));
        // an int8 model of the same architecture, added without figures, keeps the architecture's (its float network's)
        db.register(new ModelDatabase.Architecture("M-LSD tiny", null, null, null, null, null, null,
                List.of(new ModelDatabase.Model(report.model.sha256, "mlsd_320x320_tiny.onnx", report.model.bytes, "float32", null, null, null))));
        assertEquals(77.5, db.find(ModelDatabase.Query.all()).get(0).accuracy(), 0, "a model added again without data keeps its measured accuracy");
        assertTrue(db.exportJson().contains("\"parameters\": 1000") && db.exportJson().contains("\"task\": \"line detection\""), db.exportJson());
        List<ModelDatabase.Row> rows = db.find(ModelDatabase.Query.all());
        assertEquals(4, rows.size(), "every measurement of the model, on both boards");
        assertEquals("M-LSD tiny", rows.get(0).architecture());
        assertTrue(rows.get(0).p50Ms() <= rows.get(3).p50Ms(), "fastest first");
        assertEquals(2, db.find(new ModelDatabase.Query("line detection", "loopback-pi", null, null, 70.0, 100)).size());
        assertEquals(0, db.find(new ModelDatabase.Query(null, null, null, null, 80.0, 100)).size(), "none at 80 % or more");
        assertEquals(0, db.find(new ModelDatabase.Query(null, null, 1e-6, null, null, 100)).size(), "none that fast");
        assertEquals(0, db.find(new ModelDatabase.Query(null, null, null, 1000L, null, 100)).size(), "none that small");
        String json = db.exportJson();
        assertTrue(json.contains("\"schema\": \"" + ModelDatabase.SCHEMA + "\"") && json.contains("Wireframe"), json);
        // a file with a figure that has no source: nothing of it is imported, the store unchanged
        String bad = json.replace("\"architectures\": [", "\"architectures\": [{\"name\": \"first\", \"task\": \"x\", \"models\": []}, "
                + "{\"name\": \"bad\", \"parameters\": 5, \"models\": []}, ");
        StoreException e = assertThrows(StoreException.class, () -> db.importJson(bad));
        assertTrue(e.getMessage().contains("nothing imported") && e.getMessage().contains("'bad' has figures but no source"), e.getMessage());
        assertEquals(json, db.exportJson(), "unchanged by the failed import");
        assertEquals(1, db.importJson(json), "an import of what is there changes nothing");
        assertEquals(json, db.exportJson());
    }
}
