package io.medli.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real PostgreSQL (Debian's postgresql, which the machine has or the test command installs)
 * started on a private data folder and a loopback port: initdb with trust, or a password, for the user
 * "medli", pg_ctl start, a database "medli". Run as the postgres user when the tests run as root (initdb
 * refuses root). Stopped and deleted on close.
 */
public final class PostgresServer implements AutoCloseable {
    public final int port;
    private final Path dir;
    private final Path bin;
    private final boolean root;

    /** A cluster whose user medli logs in without a password (trust). */
    public PostgresServer() throws Exception {
        this(null);
    }

    /** A cluster whose user medli logs in with {@code password} (SCRAM), as a shared server would; null for trust. */
    public PostgresServer(String password) throws Exception {
        bin = binaries();
        root = "root".equals(System.getProperty("user.name"));
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        dir = Files.createTempDirectory("medli-pg");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path data = Files.createDirectory(dir.resolve("data"));
        if (root) {
            UserPrincipal pg = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            Files.setOwner(dir, pg);
            Files.setOwner(data, pg);
        }
        List<String> initdb = new ArrayList<>(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "medli", "-E", "UTF8", "--no-sync"));
        if (password == null) {
            initdb.addAll(List.of("-A", "trust"));
        } else {
            Path pw = Files.writeString(dir.resolve("pw"), password);
            if (root) Files.setOwner(pw, dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres"));
            initdb.addAll(List.of("-A", "scram-sha-256", "--pwfile", pw.toString()));
        }
        run(initdb.toArray(String[]::new));
        run(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("log.txt").toString(), "-w", "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off", "start");
        run("env", "PGPASSWORD=" + (password == null ? "" : password), bin.resolve("createdb").toString(), "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", "medli", "medli");
    }

    public String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/medli";
    }

    private static Path binaries() throws IOException {
        Path base = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(base)) throw new IllegalStateException("no PostgreSQL in /usr/lib/postgresql: apt-get install postgresql (the test command does)");
        try (Stream<Path> versions = Files.list(base)) {
            return versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                    .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString().replaceAll("\\D", "0"))))
                    .map(v -> v.resolve("bin")).orElseThrow(() -> new IllegalStateException("no initdb under " + base));
        }
    }

    private void run(String... cmd) throws Exception {
        List<String> c = new ArrayList<>();
        if (root) c.addAll(List.of("runuser", "-u", "postgres", "--"));
        c.addAll(List.of(cmd));
        String out = LoopbackBoard.run(c.toArray(String[]::new));
        if (out == null) throw new IllegalStateException(String.join(" ", c));
    }

    @Override
    public void close() throws Exception {
        try {
            run(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop");
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }
}
