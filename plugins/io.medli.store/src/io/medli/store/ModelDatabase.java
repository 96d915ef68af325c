package io.medli.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

import io.medli.store.internal.Sql;

/**
 * The database of small architectures (issue 17's M1), in the measurement store: architectures
 * (task, parameters, operations, weights), their models (number format, accuracy on a named data
 * set) and, through the models' checksums, every measurement of them on every device. Every figure
 * carries its source. An import is one transaction: a file that fails halfway changes nothing.
 */
public final class ModelDatabase {
    /** The format of {@link #exportJson()} and {@link #importJson(String)}. */
    public static final String SCHEMA = "medli-model-db/1";

    private final Object lock;
    private final Connection c;
    private final String label;

    ModelDatabase(Object lock, Connection c, String label) {
        this.lock = lock;
        this.c = c;
        this.label = label;
    }

    /** An architecture and its models; {@code source}: "measured: ..." or "published: ..." with where. */
    public record Architecture(String name, String family, String task, Long parameters, Long macs, Long weightBytes, String source, List<Model> models) {
        public Architecture {
            models = models == null ? List.of() : List.copyOf(models);
        }
    }

    /** A model of an architecture, by its file's SHA-256 (as benchmarks record it). */
    public record Model(String sha256, String name, long bytes, String numberFormat, Double accuracy, String accuracyDataset, String source) {
    }

    /** A measurement of a model of an architecture on a device: one row of the Model DB. */
    public record Row(long measurementId, String architecture, String task, Long parameters, Long macs, String model, String sha256, String numberFormat, long modelBytes,
            Double accuracy, String accuracyDataset, String device, int batch, int threads, double p50Ms, Instant measuredAt) {
    }

    /** Which rows: each criterion null for any; fastest first, at most {@code limit}. */
    public record Query(String task, String device, Double maxP50Ms, Long maxModelBytes, Double minAccuracy, int limit) {
        public static Query all() {
            return new Query(null, null, null, null, null, 1000);
        }
    }

    /** Adds or updates an architecture and its models (a model already measured is linked to it by its checksum). */
    public void register(Architecture a) throws StoreException {
        synchronized (lock) {
            try {
                put(a);
                c.commit();
            } catch (SQLException | IllegalArgumentException e) {
                rollback();
                throw failed("register architecture " + a.name(), e);
            }
        }
    }

    private void put(Architecture a) throws SQLException {
        check(a);
        Long id = Sql.id(c, "SELECT id FROM architectures WHERE name = ?", a.name());
        if (id == null) {
            id = Sql.insert(c, "INSERT INTO architectures (name, family, task, parameters, macs, weight_bytes, source) VALUES (?,?,?,?,?,?,?)", a.name(), a.family(),
                    a.task(), a.parameters(), a.macs(), a.weightBytes(), a.source());
        } else {
            // figures left out keep the ones there (an int8 model of the architecture does not replace its float figures)
            Sql.update(c, "UPDATE architectures SET family = COALESCE(CAST(? AS VARCHAR), family), task = COALESCE(CAST(? AS VARCHAR), task), "
                    + "parameters = COALESCE(CAST(? AS BIGINT), parameters), macs = COALESCE(CAST(? AS BIGINT), macs), "
                    + "weight_bytes = COALESCE(CAST(? AS BIGINT), weight_bytes), source = COALESCE(CAST(? AS VARCHAR), source) WHERE id = ?", a.family(), a.task(),
                    a.parameters(), a.macs(), a.weightBytes(), a.source(), id);
        }
        for (Model m : a.models()) {
            Long mid = Sql.id(c, "SELECT id FROM models WHERE sha256 = ?", m.sha256());
            if (mid == null) {
                Sql.insert(c, "INSERT INTO models (sha256, name, bytes, architecture_id, number_format, accuracy, accuracy_dataset, source, first_seen) "
                        + "VALUES (?,?,?,?,?,?,?,?,?)", m.sha256(), m.name(), m.bytes(), id, m.numberFormat(), m.accuracy(), m.accuracyDataset(), m.source(),
                        Timestamp.from(Instant.now()));
            } else {
                // an accuracy left out keeps the one measured before (a model added again without data)
                Sql.update(c, "UPDATE models SET architecture_id = ?, number_format = COALESCE(CAST(? AS VARCHAR), number_format), "
                        + "accuracy = COALESCE(CAST(? AS DOUBLE PRECISION), accuracy), accuracy_dataset = COALESCE(CAST(? AS VARCHAR), accuracy_dataset), "
                        + "source = COALESCE(CAST(? AS VARCHAR), source) WHERE id = ?", id, m.numberFormat(), m.accuracy(), m.accuracyDataset(), m.source(), mid);
            }
        }
    }

    /** Every figure has a source; an accuracy names its data set. */
    private static void check(Architecture a) {
        String at = "architecture " + (a.name() == null ? "(no name)" : "'" + a.name() + "'");
        if (a.name() == null || a.name().isBlank()) throw new IllegalArgumentException(at + " has no name");
        boolean figures = a.parameters() != null || a.macs() != null || a.weightBytes() != null;
        if (figures && (a.source() == null || a.source().isBlank())) throw new IllegalArgumentException(at + " has figures but no source");
        for (Model m : a.models()) {
            String mt = at + ", model " + (m.name() == null ? "(no name)" : "'" + m.name() + "'");
            if (m.sha256() == null || !m.sha256().matches("[0-9a-f]{64}")) throw new IllegalArgumentException(mt + " has no SHA-256 (64 hex digits)");
            if (m.name() == null || m.name().isBlank()) throw new IllegalArgumentException(mt + " has no name");
            if (m.accuracy() != null) {
                if (m.accuracyDataset() == null || m.accuracyDataset().isBlank()) throw new IllegalArgumentException(mt + " has an accuracy but no data set");
                if (m.source() == null || m.source().isBlank()) throw new IllegalArgumentException(mt + " has an accuracy but no source");
                if (m.accuracy() < 0 || m.accuracy() > 100) throw new IllegalArgumentException(mt + " has an accuracy of " + m.accuracy() + " %");
            }
        }
    }

    /** The rows that pass {@code q}, fastest first. */
    public List<Row> find(Query q) throws StoreException {
        synchronized (lock) {
            try {
                // the small tables first: the models that pass, the board; then the measurements through their indexes, then joined
                StringBuilder pick = new StringBuilder("SELECT mo.id FROM models mo JOIN architectures a ON a.id = mo.architecture_id WHERE 1 = 1");
                List<Object> args = new ArrayList<>();
                if (q.task() != null) {
                    pick.append(" AND a.task = ?");
                    args.add(q.task());
                }
                if (q.maxModelBytes() != null) {
                    pick.append(" AND mo.bytes <= ?");
                    args.add(q.maxModelBytes());
                }
                if (q.minAccuracy() != null) {
                    pick.append(" AND mo.accuracy >= ?");
                    args.add(q.minAccuracy());
                }
                List<Long> models = ids(pick.toString(), args.toArray());
                List<Long> devices = q.device() == null ? null : ids("SELECT id FROM devices WHERE name = ?", q.device());
                if (models.isEmpty() || devices != null && devices.isEmpty()) {
                    c.commit();
                    return List.of();
                }
                StringBuilder sql = new StringBuilder("SELECT * FROM measurements m WHERE m.model_id IN (").append(join(models)).append(')');
                if (devices != null) sql.append(" AND m.device_id IN (").append(join(devices)).append(')');
                if (q.maxP50Ms() != null) sql.append(" AND m.p50_ms <= ").append(q.maxP50Ms().doubleValue());
                sql.append(" ORDER BY m.p50_ms, m.id LIMIT ").append(Math.max(1, q.limit()));
                sql.insert(0, "SELECT m.id, a.name, a.task, a.parameters, a.macs, mo.name, mo.sha256, mo.number_format, mo.bytes, mo.accuracy, mo.accuracy_dataset, d.name, "
                        + "m.batch, m.threads, m.p50_ms, m.measured_at FROM (");
                sql.append(") m JOIN models mo ON mo.id = m.model_id JOIN architectures a ON a.id = mo.architecture_id JOIN devices d ON d.id = m.device_id "
                        + "ORDER BY m.p50_ms, m.id");
                List<Row> out = new ArrayList<>();
                try (PreparedStatement p = c.prepareStatement(sql.toString()); ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        int i = 1;
                        out.add(new Row(rs.getLong(i++), rs.getString(i++), rs.getString(i++), rs.getObject(i++, Long.class), rs.getObject(i++, Long.class),
                                rs.getString(i++), rs.getString(i++).trim(), rs.getString(i++), rs.getLong(i++), rs.getObject(i++, Double.class), rs.getString(i++),
                                rs.getString(i++), rs.getInt(i++), rs.getInt(i++), rs.getDouble(i++), rs.getTimestamp(i).toInstant()));
                    }
                }
                c.commit();
                return out;
            } catch (SQLException e) {
                rollback();
                throw failed("list the model database", e);
            }
        }
    }

    private List<Long> ids(String sql, Object... args) throws SQLException {
        return Sql.ids(c, sql, args);
    }

    private static String join(List<Long> ids) {
        return Sql.list(ids);
    }

    /** Every architecture with its models, as JSON (schema {@value #SCHEMA}). */
    public String exportJson() throws StoreException {
        synchronized (lock) {
            try {
                List<Architecture> out = new ArrayList<>();
                try (PreparedStatement p = c.prepareStatement("SELECT id, name, family, task, parameters, macs, weight_bytes, source FROM architectures ORDER BY name");
                        ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        out.add(new Architecture(rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, Long.class), rs.getObject(6, Long.class),
                                rs.getObject(7, Long.class), rs.getString(8), modelsOf(id)));
                    }
                }
                c.commit();
                return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(new File(SCHEMA, out));
            } catch (SQLException e) {
                rollback();
                throw failed("export the model database", e);
            }
        }
    }

    private List<Model> modelsOf(long architecture) throws SQLException {
        List<Model> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT sha256, name, bytes, number_format, accuracy, accuracy_dataset, source FROM models "
                + "WHERE architecture_id = ? ORDER BY name")) {
            p.setLong(1, architecture);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new Model(rs.getString(1).trim(), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getObject(5, Double.class), rs.getString(6),
                            rs.getString(7)));
                }
            }
        }
        return out;
    }

    private record File(String schema, List<Architecture> architectures) {
    }

    /** Adds or updates what a file of {@link #exportJson()}'s format holds, all or nothing; returns the architectures imported. */
    public int importJson(String json) throws StoreException {
        File f;
        try {
            f = new Gson().fromJson(json, File.class);
        } catch (JsonParseException e) {
            throw new StoreException("not a model database file (" + SCHEMA + "): " + e.getMessage(), e);
        }
        if (f == null || !SCHEMA.equals(f.schema()) || f.architectures() == null) {
            throw new StoreException("not a model database file: its \"schema\" must be \"" + SCHEMA + "\"", null);
        }
        synchronized (lock) {
            try {
                for (Architecture a : f.architectures()) put(a);
                c.commit();
                return f.architectures().size();
            } catch (SQLException | IllegalArgumentException e) {
                rollback();
                throw new StoreException("nothing imported: " + e.getMessage(), e);
            }
        }
    }

    private void rollback() {
        Sql.rollback(c);
    }

    private StoreException failed(String what, Exception e) {
        return StoreException.failed(label, what, e);
    }
}
