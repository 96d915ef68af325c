package io.medli.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

import com.google.gson.Gson;

import io.medli.agent.BenchReport;
import io.medli.agent.DeviceFacts;
import io.medli.store.internal.Sql;
import io.medli.store.internal.SqlMigration;

/**
 * Every benchmark result, kept in a database: embedded H2 in the workspace by default, PostgreSQL
 * when configured - one schema, brought up to date by Flyway's versioned migrations when opened.
 * A report is saved in one transaction (a failed save leaves nothing), one row per batch size and
 * thread count, its raw samples beside it. Thread-safe: one connection, used by one caller at a time.
 */
public final class MeasurementStore implements AutoCloseable {
    /** The migrations in order; a new version of the schema is a new entry, never an edit of an old one. */
    private static final SqlMigration[] MIGRATIONS = { new SqlMigration(1, "measurements", "sql/V1__measurements.sql"),
            new SqlMigration(2, "newest first", "sql/V2__newest_first.sql"), new SqlMigration(3, "model database", "sql/V3__model_database.sql"),
            new SqlMigration(4, "telemetry", "sql/V4__telemetry.sql") };

    /** Flyway reports each step at INFO through java.util.logging: on the console of every command. Warnings still show. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private final Connection c;
    private final String label;

    private MeasurementStore(Connection c, String label) {
        this.c = c;
        this.label = label;
    }

    /** The embedded store in {@code folder} (made if missing). */
    public static MeasurementStore h2(Path folder) throws StoreException {
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot make the store's folder " + folder + ": " + e.getMessage(), e);
        }
        org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + folder.toAbsolutePath().resolve("measurements") + ";DB_CLOSE_ON_EXIT=FALSE");
        ds.setUser("medli");
        ds.setPassword("");
        return open(ds, "H2 " + folder);
    }

    /** A PostgreSQL store (the password from secure storage, never from preferences). */
    public static MeasurementStore postgres(String url, String user, char[] password) throws StoreException {
        org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
        ds.setUrl(url);
        ds.setUser(user);
        ds.setPassword(password == null ? null : new String(password));
        // a server that is down or unreachable answers within seconds, not the driver's minutes
        ds.setConnectTimeout(5);
        ds.setLoginTimeout(10);
        return open(ds, "PostgreSQL " + url);
    }

    static MeasurementStore open(DataSource ds, String label) throws StoreException {
        try {
            Flyway.configure(MeasurementStore.class.getClassLoader()).dataSource(ds).javaMigrations(MIGRATIONS)
                    .locations("classpath:io/medli/store/nothing-to-scan").failOnMissingLocations(false).table("medli_schema_history").load().migrate();
        } catch (FlywayException e) {
            throw connectionFailed(label, e, "cannot bring the store (" + label + ") up to date: " + e.getMessage());
        }
        try {
            Connection c = ds.getConnection();
            c.setAutoCommit(false);
            return new MeasurementStore(c, label);
        } catch (SQLException e) {
            throw connectionFailed(label, e, "cannot open the store (" + label + "): " + e.getMessage());
        }
    }

    /** What a user can act on when the connection fails: a server that cannot be reached, a refused login, or else {@code fallback}. */
    private static StoreException connectionFailed(String label, Exception e, String fallback) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException q && q.getSQLState() != null) {
                if (q.getSQLState().startsWith("08")) {
                    return new StoreException("cannot reach the store (" + label + "): " + q.getMessage() + "; is the server running, and the URL right?", e);
                }
                if (q.getSQLState().startsWith("28")) {
                    return new StoreException("the store (" + label + ") refused the login: " + q.getMessage() + "; check the user and password", e);
                }
                if (q.getSQLState().equals("3D000")) return new StoreException("the store (" + label + ") has no such database: " + q.getMessage() + "; create it first", e);
            }
        }
        return new StoreException(fallback, e);
    }

    /** Which store this is, for a person: "H2 FOLDER" or "PostgreSQL URL". */
    public String describe() {
        return label;
    }

    /** The schema version the store is at. */
    public synchronized int schemaVersion() throws StoreException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT MAX(CAST(\"version\" AS INT)) FROM \"medli_schema_history\" WHERE \"success\"")) {
            rs.next();
            int v = rs.getInt(1);
            c.commit();
            return v;
        } catch (SQLException e) {
            throw failed("read the schema version", e);
        }
    }

    /** Saves a report measured on the device called {@code deviceName}; returns the ids of its measurements (one per run). */
    public synchronized List<Long> save(BenchReport r, String deviceName) throws StoreException {
        try {
            long device = device(deviceName, r.device);
            long model = model(r.model);
            long runtime = runtime(r.runtime);
            String settings = new Gson().toJson(r.settings);
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement m = c.prepareStatement("INSERT INTO measurements (model_id, device_id, runtime_id, measured_at, tool, java_version, batch, "
                    + "threads, optimization, inputs, runs, mean_ms, sd_ms, min_ms, p50_ms, p90_ms, p99_ms, max_ms, throughput, first_load_ms, warm_load_ms, "
                    + "peak_memory_bytes, model_peak_memory_bytes, settings) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement s = c.prepareStatement("INSERT INTO samples (measurement_id, latency_ms) VALUES (?, ?)")) {
                for (BenchReport.Run run : r.runs) {
                    int i = 1;
                    m.setLong(i++, model);
                    m.setLong(i++, device);
                    m.setLong(i++, runtime);
                    m.setTimestamp(i++, Timestamp.from(r.date == null ? Instant.now() : Instant.parse(r.date)));
                    m.setString(i++, r.tool);
                    m.setString(i++, r.device.javaVersion);
                    m.setInt(i++, run.batch);
                    m.setInt(i++, run.threads);
                    m.setString(i++, r.runtime.optimization);
                    m.setString(i++, r.settings.inputs);
                    BenchReport.Latency l = run.latency;
                    m.setInt(i++, l.count);
                    for (double v : new double[] { l.meanMs, l.sdMs, l.minMs, l.p50Ms, l.p90Ms, l.p99Ms, l.maxMs, run.throughputPerSecond }) m.setDouble(i++, v);
                    setDouble(m, i++, r.load == null ? null : r.load.firstMs);
                    setDouble(m, i++, r.load == null ? null : r.load.warmMs);
                    setLong(m, i++, r.peakMemoryBytes);
                    setLong(m, i++, r.modelPeakMemoryBytes);
                    m.setString(i, settings);
                    m.executeUpdate();
                    long id;
                    try (ResultSet k = m.getGeneratedKeys()) {
                        k.next();
                        id = k.getLong(1);
                    }
                    ids.add(id);
                    if (run.samplesMs != null) {
                        ByteBuffer b = ByteBuffer.allocate(run.samplesMs.length * 8).order(ByteOrder.LITTLE_ENDIAN);
                        for (double v : run.samplesMs) b.putDouble(v);
                        s.setLong(1, id);
                        s.setBytes(2, b.array());
                        s.executeUpdate();
                    }
                }
            }
            c.commit();
            return ids;
        } catch (SQLException | RuntimeException e) {
            rollback();
            throw failed("save the measurement of " + (r.model == null ? "a model" : r.model.file), e);
        }
    }

    /** The raw latency samples of a measurement, in milliseconds, in the order measured. */
    public synchronized double[] samples(long measurementId) throws StoreException {
        try (PreparedStatement p = c.prepareStatement("SELECT latency_ms FROM samples WHERE measurement_id = ?")) {
            p.setLong(1, measurementId);
            try (ResultSet rs = p.executeQuery()) {
                double[] out = new double[0];
                if (rs.next()) {
                    ByteBuffer b = ByteBuffer.wrap(rs.getBytes(1)).order(ByteOrder.LITTLE_ENDIAN);
                    out = new double[b.remaining() / 8];
                    for (int i = 0; i < out.length; i++) out[i] = b.getDouble();
                }
                c.commit();
                return out;
            }
        } catch (SQLException e) {
            rollback();
            throw failed("read the samples of measurement " + measurementId, e);
        }
    }

    /** The measurements that pass {@code f}, newest first. */
    public synchronized List<MeasurementRow> find(Filter f) throws StoreException {
        // the measurements first, on their own table (its indexes: board and model, latency, time), then joined
        StringBuilder sql = new StringBuilder("SELECT * FROM measurements m WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        try {
            // boards and models first (small tables), so that the measurements are reached through their index
            if (f.device() != null && !in(sql, "m.device_id", ids("SELECT id FROM devices WHERE name = ?", f.device()))) return List.of();
            if (f.model() != null && !in(sql, "m.model_id", ids("SELECT id FROM models WHERE name = ? OR sha256 LIKE ?", f.model(), f.model().replace("%", "") + "%"))) {
                return List.of();
            }
        } catch (SQLException e) {
            rollback();
            throw failed("list measurements", e);
        }
        if (f.maxP50Ms() != null) {
            sql.append(" AND m.p50_ms <= ?");
            args.add(f.maxP50Ms());
        }
        if (f.minP50Ms() != null) {
            sql.append(" AND m.p50_ms >= ?");
            args.add(f.minP50Ms());
        }
        sql.append(" ORDER BY m.measured_at DESC, m.id DESC LIMIT ").append(Math.max(1, f.limit()));
        sql.insert(0, "SELECT m.id, m.measured_at, d.name, d.arch, d.cpu_model, mo.name, mo.sha256, mo.bytes, r.name, r.version, m.batch, "
                + "m.threads, m.runs, m.mean_ms, m.sd_ms, m.min_ms, m.p50_ms, m.p90_ms, m.p99_ms, m.max_ms, m.throughput, m.first_load_ms, m.warm_load_ms, "
                + "m.peak_memory_bytes FROM (");
        sql.append(") m JOIN devices d ON d.id = m.device_id JOIN models mo ON mo.id = m.model_id JOIN runtimes r ON r.id = m.runtime_id "
                + "ORDER BY m.measured_at DESC, m.id DESC");
        try (PreparedStatement p = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) p.setObject(i + 1, args.get(i));
            List<MeasurementRow> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    int i = 1;
                    out.add(new MeasurementRow(rs.getLong(i++), rs.getTimestamp(i++).toInstant(), rs.getString(i++), rs.getString(i++), rs.getString(i++),
                            rs.getString(i++), rs.getString(i++).trim(), rs.getLong(i++), rs.getString(i++), rs.getString(i++), rs.getInt(i++), rs.getInt(i++),
                            rs.getInt(i++), rs.getDouble(i++), rs.getDouble(i++), rs.getDouble(i++), rs.getDouble(i++), rs.getDouble(i++), rs.getDouble(i++),
                            rs.getDouble(i++), rs.getDouble(i++), (Double) rs.getObject(i++, Double.class), (Double) rs.getObject(i++, Double.class),
                            (Long) rs.getObject(i, Long.class)));
                }
            }
            c.commit();
            return out;
        } catch (SQLException e) {
            rollback();
            throw failed("list measurements", e);
        }
    }

    /** Adds "AND column IN (ids)" to {@code sql}; false when there are none (nothing can match). */
    private static boolean in(StringBuilder sql, String column, List<Long> ids) {
        if (ids.isEmpty()) return false;
        sql.append(" AND ").append(column).append(" IN (").append(Sql.list(ids)).append(')');
        return true;
    }

    private List<Long> ids(String query, String... keys) throws SQLException {
        return Sql.ids(c, query, (Object[]) keys);
    }

    private long device(String name, DeviceFacts f) throws SQLException {
        String fp = sha256(String.join("|", name, String.valueOf(f.hostname), String.valueOf(f.arch), String.valueOf(f.cpuModel), String.valueOf(f.cores),
                String.valueOf(f.memoryBytes)));
        Long id = id("SELECT id FROM devices WHERE fingerprint = ?", fp);
        if (id != null) return id;
        return insert("INSERT INTO devices (fingerprint, name, hostname, arch, os, kernel, cpu_model, cores, simd, memory_bytes, first_seen) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                fp, name, f.hostname, f.arch, f.os, f.kernel, f.cpuModel, f.cores, String.join(" ", f.simd), f.memoryBytes, Timestamp.from(Instant.now()));
    }

    private long model(BenchReport.Model m) throws SQLException {
        Long id = id("SELECT id FROM models WHERE sha256 = ?", m.sha256);
        if (id != null) return id;
        return insert("INSERT INTO models (sha256, name, bytes, first_seen) VALUES (?,?,?,?)", m.sha256, m.file, m.bytes, Timestamp.from(Instant.now()));
    }

    private long runtime(BenchReport.Engine e) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM runtimes WHERE name = ? AND version = ? AND provider = ?")) {
            p.setString(1, e.name);
            p.setString(2, e.version);
            p.setString(3, e.provider);
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next()) return rs.getLong(1);
            }
        }
        return insert("INSERT INTO runtimes (name, version, provider) VALUES (?,?,?)", e.name, e.version, e.provider);
    }

    private Long id(String sql, String key) throws SQLException {
        return Sql.id(c, sql, key);
    }

    private long insert(String sql, Object... values) throws SQLException {
        return Sql.insert(c, sql, values);
    }

    private static void setDouble(PreparedStatement p, int i, Double v) throws SQLException {
        if (v == null || v.isNaN()) p.setNull(i, Types.DOUBLE);
        else p.setDouble(i, v);
    }

    private static void setLong(PreparedStatement p, int i, Long v) throws SQLException {
        if (v == null) p.setNull(i, Types.BIGINT);
        else p.setLong(i, v);
    }

    private void rollback() {
        Sql.rollback(c);
    }

    private StoreException failed(String what, Exception e) {
        return StoreException.failed(label, what, e);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The database of small architectures kept in this store (issue 17), on the same connection. */
    public ModelDatabase models() {
        return new ModelDatabase(this, c, label);
    }

    /** The telemetry of monitored devices kept in this store (issue 18), on the same connection. */
    public TelemetryStore telemetry() {
        return new TelemetryStore(this, c, label);
    }

    @Override
    public synchronized void close() {
        try {
            c.close();
        } catch (SQLException e) {
            // closing anyway
        }
    }
}
