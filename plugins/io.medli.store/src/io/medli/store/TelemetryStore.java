package io.medli.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.medli.store.internal.Sql;

/**
 * The telemetry of monitored devices (issue 18), in the measurement store: each device of a fleet,
 * the chunk reports it sent - each kept once per message id, however often QoS 1 delivered it -
 * and the messages refused, counted by reason. A batch is one transaction.
 */
public final class TelemetryStore {
    private final Object lock;
    private final Connection c;
    private final String label;

    TelemetryStore(Object lock, Connection c, String label) {
        this.lock = lock;
        this.c = c;
        this.label = label;
    }

    /** A report as the receiver accepted it; {@code body} the whole message as JSON. */
    public record Report(String messageId, String fleet, String device, String model, String kind, long seq, Instant sentAt, Instant receivedAt, Long chunk,
            Double estimatedAccuracy, Double accuracyLow, Double accuracyHigh, Double pcaError, Double latencyP50Ms, Double latencyP95Ms, int alerts, long dropped,
            String body) {
    }

    /** Stores the reports not stored before (by message id) in one transaction; returns how many were new. */
    public int add(List<Report> batch) throws StoreException {
        if (batch.isEmpty()) return 0;
        synchronized (lock) {
            try {
                Set<String> seen = existing(batch);
                Map<String, Long> devices = new LinkedHashMap<>();
                int added = 0;
                try (PreparedStatement p = c.prepareStatement("INSERT INTO telemetry (message_id, device_id, model, kind, seq, sent_at, received_at, chunk, "
                        + "estimated_accuracy, accuracy_low, accuracy_high, pca_error, latency_p50_ms, latency_p95_ms, alerts, dropped, body) "
                        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                    for (Report r : batch) {
                        if (!seen.add(r.messageId())) continue; // stored before, or twice in this batch
                        long device = devices.computeIfAbsent(r.fleet() + "/" + r.device(), k -> -1L);
                        if (device < 0) {
                            device = device(r);
                            devices.put(r.fleet() + "/" + r.device(), device);
                        }
                        Sql.bind(p, r.messageId(), device, r.model(), r.kind(), r.seq(), Timestamp.from(r.sentAt()), Timestamp.from(r.receivedAt()), r.chunk(),
                                r.estimatedAccuracy(), r.accuracyLow(), r.accuracyHigh(), r.pcaError(), r.latencyP50Ms(), r.latencyP95Ms(), r.alerts(), r.dropped(),
                                r.body());
                        p.addBatch();
                        added++;
                    }
                    p.executeBatch();
                }
                for (Report r : batch) {
                    Sql.update(c, "UPDATE fleet_devices SET last_seen = ?, model = ? WHERE fleet = ? AND name = ? AND last_seen < ?", Timestamp.from(r.receivedAt()),
                            r.model(), r.fleet(), r.device(), Timestamp.from(r.receivedAt()));
                }
                c.commit();
                return added;
            } catch (SQLException e) {
                Sql.rollback(c);
                throw StoreException.failed(label, "store " + batch.size() + " telemetry message(s)", e);
            }
        }
    }

    private Set<String> existing(List<Report> batch) throws SQLException {
        Set<String> out = new HashSet<>();
        StringBuilder q = new StringBuilder("SELECT message_id FROM telemetry WHERE message_id IN (");
        for (int i = 0; i < batch.size(); i++) q.append(i == 0 ? "?" : ",?");
        try (PreparedStatement p = c.prepareStatement(q.append(')').toString())) {
            for (int i = 0; i < batch.size(); i++) p.setString(i + 1, batch.get(i).messageId());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        }
        return out;
    }

    private long device(Report r) throws SQLException {
        Long id = Sql.id(c, "SELECT id FROM fleet_devices WHERE fleet = ? AND name = ?", r.fleet(), r.device());
        if (id != null) return id;
        Timestamp now = Timestamp.from(r.receivedAt());
        return Sql.insert(c, "INSERT INTO fleet_devices (fleet, name, model, first_seen, last_seen) VALUES (?,?,?,?,?)", r.fleet(), r.device(), r.model(), now, now);
    }

    /** Counts a message refused for {@code reason} (malformed, oversized, unknown device, ...), with what was wrong. */
    public void reject(String reason, String detail) throws StoreException {
        synchronized (lock) {
            try {
                Timestamp now = Timestamp.from(Instant.now());
                String d = detail == null ? null : detail.substring(0, Math.min(500, detail.length()));
                if (Sql.update(c, "UPDATE telemetry_rejects SET n = n + 1, last_at = ?, last_detail = ? WHERE reason = ?", now, d, reason) == 0) {
                    Sql.update(c, "INSERT INTO telemetry_rejects (reason, n, last_at, last_detail) VALUES (?,?,?,?)", reason, 1L, now, d);
                }
                c.commit();
            } catch (SQLException e) {
                Sql.rollback(c);
                throw StoreException.failed(label, "count a refused telemetry message", e);
            }
        }
    }

    /** The refused messages by reason. */
    public Map<String, Long> rejects() throws StoreException {
        synchronized (lock) {
            Map<String, Long> out = new LinkedHashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT reason, n FROM telemetry_rejects ORDER BY reason"); ResultSet rs = p.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), rs.getLong(2));
                c.commit();
                return out;
            } catch (SQLException e) {
                Sql.rollback(c);
                throw StoreException.failed(label, "read the refused telemetry", e);
            }
        }
    }

    /** A device of the fleet as its latest report shows it. */
    public record DeviceStatus(String fleet, String device, String model, Instant firstSeen, Instant lastSeen, long reports, Integer lastAlerts,
            Double lastEstimatedAccuracy, Long dropped) {
    }

    /** Every device, by fleet and name. */
    public List<DeviceStatus> fleet() throws StoreException {
        synchronized (lock) {
            List<DeviceStatus> out = new ArrayList<>();
            String sql = "SELECT d.fleet, d.name, d.model, d.first_seen, d.last_seen, (SELECT COUNT(*) FROM telemetry t WHERE t.device_id = d.id), "
                    + "l.alerts, l.estimated_accuracy, l.dropped FROM fleet_devices d LEFT JOIN telemetry l ON l.id = "
                    + "(SELECT MAX(t2.id) FROM telemetry t2 WHERE t2.device_id = d.id) ORDER BY d.fleet, d.name";
            try (PreparedStatement p = c.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new DeviceStatus(rs.getString(1), rs.getString(2), rs.getString(3) == null ? null : rs.getString(3).trim(), rs.getTimestamp(4).toInstant(),
                            rs.getTimestamp(5).toInstant(), rs.getLong(6), rs.getObject(7, Integer.class), rs.getObject(8, Double.class), rs.getObject(9, Long.class)));
                }
                c.commit();
                return out;
            } catch (SQLException e) {
                Sql.rollback(c);
                throw StoreException.failed(label, "list the fleet", e);
            }
        }
    }

    /** A device's reports since {@code since}, oldest first (the charts' series). */
    public List<Report> reports(String fleet, String device, Instant since) throws StoreException {
        synchronized (lock) {
            List<Report> out = new ArrayList<>();
            String sql = "SELECT t.message_id, d.fleet, d.name, t.model, t.kind, t.seq, t.sent_at, t.received_at, t.chunk, t.estimated_accuracy, t.accuracy_low, "
                    + "t.accuracy_high, t.pca_error, t.latency_p50_ms, t.latency_p95_ms, t.alerts, t.dropped, t.body FROM telemetry t JOIN fleet_devices d "
                    + "ON d.id = t.device_id WHERE d.fleet = ? AND d.name = ? AND t.sent_at >= ? ORDER BY t.sent_at, t.id";
            try (PreparedStatement p = c.prepareStatement(sql)) {
                Sql.bind(p, fleet, device, Timestamp.from(since));
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        int i = 1;
                        out.add(new Report(rs.getString(i++), rs.getString(i++), rs.getString(i++), rs.getString(i++).trim(), rs.getString(i++), rs.getLong(i++),
                                rs.getTimestamp(i++).toInstant(), rs.getTimestamp(i++).toInstant(), rs.getObject(i++, Long.class), rs.getObject(i++, Double.class),
                                rs.getObject(i++, Double.class), rs.getObject(i++, Double.class), rs.getObject(i++, Double.class), rs.getObject(i++, Double.class),
                                rs.getObject(i++, Double.class), rs.getInt(i++), rs.getLong(i++), rs.getString(i)));
                    }
                }
                c.commit();
                return out;
            } catch (SQLException e) {
                Sql.rollback(c);
                throw StoreException.failed(label, "read the telemetry of " + fleet + "/" + device, e);
            }
        }
    }

    /** Retention: deletes the reports sent before {@code before}; returns how many. */
    public int deleteBefore(Instant before) throws StoreException {
        synchronized (lock) {
            try {
                int n = Sql.update(c, "DELETE FROM telemetry WHERE sent_at < ?", Timestamp.from(before));
                c.commit();
                return n;
            } catch (SQLException e) {
                Sql.rollback(c);
                throw StoreException.failed(label, "delete old telemetry", e);
            }
        }
    }

    /** How many reports are stored. */
    public long count() throws StoreException {
        synchronized (lock) {
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM telemetry"); ResultSet rs = p.executeQuery()) {
                rs.next();
                long n = rs.getLong(1);
                c.commit();
                return n;
            } catch (SQLException e) {
                Sql.rollback(c);
                throw StoreException.failed(label, "count the telemetry", e);
            }
        }
    }
}
