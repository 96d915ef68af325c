package io.medli.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.medli.remote.Board;
import io.medli.remote.HostKeyPolicy;

/**
 * A real OpenSSH server (Debian's openssh-server, which the test command installs) started as a
 * private {@code sshd -f} on a loopback port, with its own host key, a login by an ECDSA key, and
 * known-hosts files of its own: the board of the tests. Its "board" folder is under the test's
 * temporary folder, and its Java the Java 17 of /usr/lib/jvm.
 */
public final class LoopbackBoard implements AutoCloseable {
    public final Path dir;
    public final int port;
    public final Path userKey, otherKey, userKnownHosts, medliKnownHosts;
    private Process sshd;

    public LoopbackBoard(Path dir) throws Exception {
        this.dir = dir;
        Path sshdBin = Path.of("/usr/sbin/sshd");
        if (!Files.isExecutable(sshdBin)) throw new IllegalStateException("no /usr/sbin/sshd: apt-get install openssh-server (the test command does)");
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        keygen("host_key");
        userKey = keygen("user_key");
        otherKey = keygen("other_key");
        Files.copy(Path.of(userKey + ".pub"), dir.resolve("authorized_keys"));
        userKnownHosts = dir.resolve("user_known_hosts");
        medliKnownHosts = dir.resolve("medli/known_hosts");
        Files.writeString(dir.resolve("sshd_config"), String.join("\n", "Port " + port, "ListenAddress 127.0.0.1", "HostKey " + dir.resolve("host_key"),
                "PidFile " + dir.resolve("sshd.pid"), "AuthorizedKeysFile " + dir.resolve("authorized_keys"), "StrictModes no", "UsePAM no",
                "PasswordAuthentication no", "KbdInteractiveAuthentication no", "PermitRootLogin prohibit-password", "Subsystem sftp internal-sftp",
                "LogLevel ERROR", ""), StandardCharsets.UTF_8);
        Files.createDirectories(Path.of("/run/sshd")); // OpenSSH's privilege separation folder
        start();
    }

    private Path keygen(String name) throws Exception {
        run("ssh-keygen", "-q", "-t", "ecdsa", "-b", "256", "-N", "", "-C", "medli-test", "-f", dir.resolve(name).toString());
        return dir.resolve(name);
    }

    /** A new host key, as after reinstalling the board. */
    public void newHostKey() throws Exception {
        stop();
        Files.delete(dir.resolve("host_key"));
        Files.delete(dir.resolve("host_key.pub"));
        keygen("host_key");
        start();
    }

    public void start() throws Exception {
        sshd = new ProcessBuilder("/usr/sbin/sshd", "-D", "-e", "-f", dir.resolve("sshd_config").toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("sshd.log").toFile()).start();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < end) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException e) {
                if (!sshd.isAlive()) throw new IllegalStateException("sshd did not start: " + Files.readString(dir.resolve("sshd.log")));
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("sshd did not listen on port " + port + " in 20 s");
    }

    public void stop() throws Exception {
        if (sshd != null) {
            sshd.destroy();
            sshd.waitFor(10, TimeUnit.SECONDS);
            sshd = null;
        }
    }

    public Board board(String name, Path key) {
        return new Board(name, "127.0.0.1", port, System.getProperty("user.name"), key == null ? null : key.toString(), dir.resolve("home/.medli").toString(),
                java17().toString());
    }

    public HostKeyPolicy policy(HostKeyPolicy.Prompt prompt) {
        return new HostKeyPolicy(userKnownHosts, medliKnownHosts, prompt);
    }

    public static Path java17() {
        try (Stream<Path> jvms = Files.list(Path.of("/usr/lib/jvm"))) {
            return jvms.filter(d -> d.getFileName().toString().matches("java-17-openjdk-.*")).map(d -> d.resolve("bin/java")).filter(Files::isExecutable)
                    .findFirst().orElseThrow(() -> new IllegalStateException("no Java 17 in /usr/lib/jvm: apt-get install openjdk-17-jre-headless"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(List.of(cmd)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IllegalStateException(String.join(" ", cmd) + " failed: " + out);
        return out;
    }

    @Override
    public void close() throws Exception {
        stop();
    }
}
