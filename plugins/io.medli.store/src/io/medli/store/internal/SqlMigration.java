package io.medli.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * One versioned migration: an SQL file of this bundle, its two vendor-specific types filled in for
 * the database at hand. Handed to Flyway as an object rather than found by scanning the class path,
 * which does not work across OSGi bundles.
 */
public final class SqlMigration implements JavaMigration {
    private final int version;
    private final String description;
    private final String resource;

    public SqlMigration(int version, String description, String resource) {
        this.version = version;
        this.description = description;
        this.resource = resource;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(Integer.toString(version));
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        try {
            return text().hashCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        String sql = text().replace("${bytes}", postgres ? "BYTEA" : "VARBINARY(1000000000)").replace("${text}", postgres ? "TEXT" : "CHARACTER LARGE OBJECT");
        try (Statement st = c.createStatement()) {
            for (String s : statements(sql)) st.execute(s);
        } catch (SQLException e) {
            throw new SQLException("migration " + version + " (" + description + ") failed: " + e.getMessage(), e);
        }
    }

    private String text() throws IOException {
        try (InputStream in = SqlMigration.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IOException(resource + " is missing from the store bundle");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The statements of a script: comment lines dropped, split at semicolons that end a line. */
    static java.util.List<String> statements(String sql) {
        StringBuilder b = new StringBuilder();
        for (String line : sql.split("\n")) if (!line.strip().startsWith("--")) b.append(line).append('\n');
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String s : b.toString().split(";\\s*\n")) if (!s.isBlank()) out.add(s.strip().replaceAll(";$", ""));
        return out;
    }
}
