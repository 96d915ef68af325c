package io.medli.cli;

import java.nio.file.Path;

import io.medli.store.MeasurementStore;
import io.medli.store.StoreException;
import picocli.CommandLine.Option;

/** Which measurement store a command uses: the embedded one in ~/.medli/measurements, or a PostgreSQL server. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "URL", description = "a PostgreSQL store, jdbc:postgresql://HOST:PORT/DB (password from PGPASSWORD); "
            + "default: the embedded store in ~/.medli/measurements")
    String url;
    @Option(names = "--store-user", paramLabel = "USER", description = "the PostgreSQL user (default: medli)")
    String user = "medli";

    static Path embedded() {
        return Path.of(System.getProperty("medli.store", Path.of(System.getProperty("user.home"), ".medli", "measurements").toString()));
    }

    MeasurementStore open() throws StoreException, UsageException {
        if (url == null) return MeasurementStore.h2(embedded());
        if (!url.startsWith("jdbc:postgresql:")) throw new UsageException("--store takes a jdbc:postgresql:// URL, was " + url);
        String pw = System.getenv("PGPASSWORD");
        return MeasurementStore.postgres(url, user, pw == null ? null : pw.toCharArray());
    }

    String describe() {
        return url == null ? embedded().toString() : url;
    }
}
