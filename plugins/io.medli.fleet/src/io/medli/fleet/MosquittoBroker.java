package io.medli.fleet;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A private Mosquitto broker (Debian's {@code mosquitto}) for a fleet: on a loopback port, with its
 * own configuration, password file and access list in one folder, persistence on (QoS 1 messages
 * survive a restart). Every device may publish only under its own topic
 * ({@code medli/<fleet>/<device>/#}); the reader (the IDE's receiver) may read everything under
 * {@code medli/}. Nobody gets in without a password.
 */
public final class MosquittoBroker implements AutoCloseable {
    public static final Path MOSQUITTO = Path.of("/usr/sbin/mosquitto"), PASSWD = Path.of("/usr/bin/mosquitto_passwd");

    /** A device of the fleet and its password. */
    public record Device(String fleet, String name, String password) {
        public Device {
            for (String part : new String[] { fleet, name }) {
                if (part == null || !part.matches("[A-Za-z0-9._-]{1,64}")) {
                    throw new IllegalArgumentException("a fleet or device name of letters, digits, '.', '_' or '-' (at most 64), not '" + part + "'");
                }
            }
        }
    }

    private final Path dir;
    private final int port;
    private Process process;

    private MosquittoBroker(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /**
     * Writes the broker's files into {@code dir} and starts it on {@code port} (0: a free one).
     *
     * @param reader the user allowed to read every device's topics, and its password
     */
    public static MosquittoBroker start(Path dir, int port, String reader, String readerPassword, List<Device> devices) throws IOException {
        if (!Files.isExecutable(MOSQUITTO) || !Files.isExecutable(PASSWD)) {
            throw new IOException("Mosquitto is not installed (" + MOSQUITTO + "): apt-get install mosquitto (the test command does)");
        }
        Files.createDirectories(dir.resolve("data"));
        int p = port != 0 ? port : freePort();
        Map<String, String> users = new LinkedHashMap<>();
        users.put(reader, readerPassword);
        for (Device d : devices) users.put(d.name(), d.password());
        Path passwd = dir.resolve("passwd");
        Files.deleteIfExists(passwd);
        Files.createFile(passwd, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        for (Map.Entry<String, String> u : users.entrySet()) run(PASSWD.toString(), "-b", passwd.toString(), u.getKey(), u.getValue());
        Files.writeString(dir.resolve("acl"), acl(reader, devices));
        Files.writeString(dir.resolve("mosquitto.conf"), String.join("\n", "# a private broker for MEDLI Studio's fleet telemetry (written by MosquittoBroker)",
                "per_listener_settings false", "user " + System.getProperty("user.name"), // as root it would drop to 'mosquitto', who cannot read these files
                "listener " + p + " 127.0.0.1", "allow_anonymous false", "password_file " + passwd, "acl_file " + dir.resolve("acl"),
                "persistence true", "persistence_location " + dir.resolve("data") + "/", "autosave_interval 1", "max_queued_messages 100000",
                "log_dest file " + dir.resolve("mosquitto.log"), "log_type error", "log_type warning", "log_type notice", "") );
        MosquittoBroker b = new MosquittoBroker(dir, p);
        b.launch();
        return b;
    }

    /** The access list: each device writes under its own topic only; the reader reads all. */
    static String acl(String reader, List<Device> devices) {
        StringBuilder b = new StringBuilder("user ").append(reader).append("\ntopic read medli/#\n");
        for (Device d : devices) b.append("\nuser ").append(d.name()).append("\ntopic write medli/").append(d.fleet()).append('/').append(d.name()).append("/#\n");
        return b.toString();
    }

    private void launch() throws IOException {
        process = new ProcessBuilder(MOSQUITTO.toString(), "-c", dir.resolve("mosquitto.conf").toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("stdout.txt").toFile()).start();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < end) {
            if (!process.isAlive()) throw new IOException("Mosquitto stopped at start (exit " + process.exitValue() + "): " + tail());
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException e) {
                sleep(50);
            }
        }
        process.destroyForcibly();
        throw new IOException("Mosquitto did not open port " + port + " in 10 s: " + tail());
    }

    private String tail() {
        try {
            List<String> lines = new ArrayList<>();
            for (Path f : List.of(dir.resolve("stdout.txt"), dir.resolve("mosquitto.log"))) if (Files.exists(f)) lines.addAll(Files.readAllLines(f));
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /** Stops the broker (as a restart or a crash would); {@link #restart()} starts it again on the same port. */
    public void stop() {
        if (process == null) return;
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    public void restart() throws IOException {
        stop();
        launch();
    }

    public boolean running() {
        return process != null && process.isAlive();
    }

    public String url() {
        return "tcp://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void run(String... cmd) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IOException(String.join(" ", cmd[0], cmd[1]) + " failed: " + out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
