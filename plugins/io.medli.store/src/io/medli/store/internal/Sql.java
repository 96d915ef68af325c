package io.medli.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;

/** The few JDBC steps every part of the store repeats: a lookup by one key, an insert that returns its id, nullable parameters. */
public final class Sql {
    private Sql() {
    }

    /** The id of the first row {@code sql} finds for {@code keys}; null when there is none. */
    public static Long id(Connection c, String sql, Object... keys) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, keys);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** Runs an INSERT; returns the generated id. */
    public static long insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(p, values);
            p.executeUpdate();
            try (ResultSet k = p.getGeneratedKeys()) {
                k.next();
                return k.getLong(1);
            }
        }
    }

    /** Runs an UPDATE or DELETE; returns the rows changed. */
    public static int update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, values);
            return p.executeUpdate();
        }
    }

    /** The first column of every row {@code sql} finds for {@code keys}: ids. */
    public static java.util.List<Long> ids(Connection c, String sql, Object... keys) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, keys);
            java.util.List<Long> out = new java.util.ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) out.add(rs.getLong(1));
            }
            return out;
        }
    }

    /** Ids as an SQL list, for "IN (...)". */
    public static String list(java.util.List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    /** Undoes the open transaction; a connection that is gone has committed nothing. */
    public static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            // the connection is gone; nothing was committed
        }
    }

    /** Binds {@code values} in order; null (and NaN) as SQL NULL. */
    public static void bind(PreparedStatement p, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null || v instanceof Double d && d.isNaN()) p.setNull(i + 1, Types.NULL);
            else p.setObject(i + 1, v);
        }
    }
}
