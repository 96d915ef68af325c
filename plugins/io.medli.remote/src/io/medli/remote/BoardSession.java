package io.medli.remote;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.SshException;
import org.apache.sshd.common.cipher.BuiltinCiphers;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;

import io.medli.onnx.progress.Monitor;

/**
 * One authenticated SSH connection to a board (Apache MINA SSHD): commands with their output
 * streamed, and SFTP. Faults come back as {@link BoardException}s that say which board, what
 * happened and what to do.
 */
public final class BoardSession implements AutoCloseable {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);

    private final Board board;
    private final SshClient client;
    private final ClientSession session;
    private SftpClient sftp;

    private BoardSession(Board board, SshClient client, ClientSession session) {
        this.board = board;
        this.client = client;
        this.session = session;
    }

    public Board board() {
        return board;
    }

    /** Connects and logs in: by the board's key file (its passphrase from {@code credentials}) or by password. */
    public static BoardSession open(Board board, Credentials credentials, HostKeyPolicy policy) throws BoardException {
        SshClient client = SshClient.setUpDefaultClient();
        // AES-GCM first (SSHD proposes ChaCha20, its own Java code): the JDK runs AES-GCM on the CPU's AES instructions (model uploads)
        client.setCipherFactories(List.of(BuiltinCiphers.aes128gcm, BuiltinCiphers.aes256gcm, BuiltinCiphers.aes128ctr, BuiltinCiphers.aes192ctr,
                BuiltinCiphers.aes256ctr, BuiltinCiphers.cc20p1305_openssh));
        HostKeyPolicy.Check check;
        try {
            check = policy.check(board.port() == 22 ? board.host() : "[" + board.host() + "]:" + board.port());
        } catch (IOException e) {
            throw new BoardException("cannot prepare " + policy.medliKnownHosts() + ": " + e.getMessage(), e);
        }
        client.setServerKeyVerifier(check);
        client.start();
        ClientSession session = null;
        try {
            try {
                session = client.connect(board.user(), board.host(), board.port()).verify(CONNECT_TIMEOUT).getSession();
            } catch (IOException e) {
                throw unreachable(board, e);
            }
            if (board.keyFile() != null && !board.keyFile().isBlank()) {
                for (KeyPair k : keys(board, credentials)) session.addPublicKeyIdentity(k);
            } else if (credentials.password() != null) {
                session.addPasswordIdentity(new String(credentials.password()));
            } else {
                throw new BoardException("no key file and no password for " + board.name() + ": set one in the board's settings");
            }
            try {
                session.auth().verify(CONNECT_TIMEOUT);
            } catch (IOException e) {
                if (check.problem() != null) throw new BoardException(board.name() + ": " + check.problem(), e);
                throw new BoardException(board.name() + " (" + board.address() + ") refused the login: " + rootMessage(e)
                        + ". Check the user, the password or key, and that the key is in ~/.ssh/authorized_keys on the board", e);
            }
            return new BoardSession(board, client, session);
        } catch (BoardException e) {
            if (check.problem() != null && !e.getMessage().contains(check.problem())) {
                e = new BoardException(board.name() + ": " + check.problem(), e);
            }
            closeQuietly(session, client);
            throw e;
        } catch (RuntimeException e) {
            closeQuietly(session, client);
            throw new BoardException("cannot connect to " + board.name() + " (" + board.address() + "): " + e, e);
        }
    }

    private static BoardException unreachable(Board board, IOException e) {
        Throwable c = e;
        while (c.getCause() != null && c.getCause() != c) c = c.getCause();
        String why = c instanceof ConnectException ? "connection refused (is the board on, and its SSH server running on port " + board.port() + "?)"
                : c instanceof UnknownHostException ? "unknown host name " + board.host() + " (check the name, or use the board's address)"
                : c instanceof NoRouteToHostException ? "no route to the host (is it on this network?)"
                : e instanceof SshException && String.valueOf(e.getMessage()).contains("timeout") ? "no answer in " + CONNECT_TIMEOUT.toSeconds() + " s (is the address right, and the board on?)"
                : rootMessage(e);
        return new BoardException("cannot reach " + board.name() + " at " + board.host() + ":" + board.port() + ": " + why, e);
    }

    private static Iterable<KeyPair> keys(Board board, Credentials credentials) throws BoardException {
        Path key = Path.of(board.keyFile().startsWith("~/") ? System.getProperty("user.home") + board.keyFile().substring(1) : board.keyFile());
        if (!Files.isReadable(key)) throw new BoardException("the key file " + key + " of " + board.name() + " cannot be read");
        try (InputStream in = Files.newInputStream(key)) {
            FilePasswordProvider pass = credentials.passphrase() == null ? FilePasswordProvider.EMPTY : FilePasswordProvider.of(new String(credentials.passphrase()));
            Iterable<KeyPair> keys = SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName(key.toString()), in, pass);
            if (keys == null || !keys.iterator().hasNext()) throw new BoardException(key + " holds no private key");
            return keys;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            if (e instanceof BoardException b) throw b;
            throw new BoardException("cannot read the key " + key + " of " + board.name() + ": " + rootMessage(e)
                    + (credentials.passphrase() == null ? " (if it has a passphrase, give it)" : " (is the passphrase right?)"), e);
        }
    }

    /** What a command printed and how it ended. */
    public record Result(int exitCode, String out, String err) {
    }

    /** Runs {@code command} with no input, output kept; a command that is not done in {@code timeout} is a failure. */
    public Result exec(String command, Duration timeout) throws BoardException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = exec(command, out, err, timeout, Monitor.NONE);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * Runs {@code command}, its output into {@code out} and {@code err} as it comes; returns its exit
     * code. On cancel the channel is closed and a CancellationException thrown: closing a channel
     * does not always end the remote process, so callers that start long ones stop them too
     * ({@link RemoteAgent} kills the agent by its process id).
     */
    public int exec(String command, OutputStream out, OutputStream err, Duration timeout, Monitor monitor) throws BoardException {
        try (ChannelExec ch = session.createExecChannel(command)) {
            ch.setOut(out);
            ch.setErr(err);
            ch.open().verify(CONNECT_TIMEOUT);
            long end = System.nanoTime() + timeout.toNanos();
            Set<ClientChannelEvent> done = EnumSet.of(ClientChannelEvent.CLOSED, ClientChannelEvent.EXIT_STATUS);
            while (true) {
                Set<ClientChannelEvent> ev = ch.waitFor(done, Duration.ofMillis(200));
                if (ev.contains(ClientChannelEvent.EXIT_STATUS) || ev.contains(ClientChannelEvent.CLOSED)) break;
                if (monitor.cancelled()) throw new java.util.concurrent.CancellationException("cancelled");
                if (System.nanoTime() > end) throw new BoardException("'" + firstWord(command) + "' on " + board.name() + " did not finish in " + timeout.toSeconds() + " s");
            }
            ch.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(5)); // the last output after the exit status
            Integer status = ch.getExitStatus();
            if (status == null) throw dropped("running '" + firstWord(command) + "'", null);
            return status;
        } catch (IOException e) {
            if (e instanceof BoardException b) throw b;
            throw dropped("running '" + firstWord(command) + "'", e);
        }
    }

    BoardException dropped(String what, Throwable e) {
        return new BoardException("the connection to " + board.name() + " dropped while " + what + (e == null ? "" : " (" + rootMessage(e) + ")")
                + "; run again when the board is reachable", e);
    }

    /** The session's SFTP client, opened on first use. */
    public SftpClient sftp() throws BoardException {
        if (sftp == null) {
            try {
                sftp = SftpClientFactory.instance().createSftpClient(session);
            } catch (IOException e) {
                throw new BoardException(board.name() + " offers no SFTP (" + rootMessage(e) + "); enable its SSH server's sftp subsystem", e);
            }
        }
        return sftp;
    }

    public boolean isOpen() {
        return session.isOpen();
    }

    /** Drops a link that stopped answering at once, without the graceful goodbye a stalled peer would not answer either. */
    void abort() {
        session.close(true);
    }

    /** Lines of a stream as they complete, to a consumer (the console). */
    public static OutputStream lines(Consumer<String> sink) {
        return new OutputStream() {
            private final ByteArrayOutputStream line = new ByteArrayOutputStream();

            @Override
            public synchronized void write(int b) {
                if (b == '\n') flushLine();
                else line.write(b);
            }

            @Override
            public synchronized void write(byte[] b, int off, int len) {
                for (int i = off; i < off + len; i++) write(b[i]);
            }

            private void flushLine() {
                sink.accept(line.toString(StandardCharsets.UTF_8));
                line.reset();
            }

            @Override
            public synchronized void close() {
                if (line.size() > 0) flushLine();
            }
        };
    }

    static String firstWord(String command) {
        String c = command.strip();
        int sp = c.indexOf(' ');
        return sp < 0 ? c : c.substring(0, sp);
    }

    static String rootMessage(Throwable e) {
        Throwable c = e;
        while (c.getCause() != null && c.getCause() != c) c = c.getCause();
        return c.getMessage() != null ? c.getMessage() : c.getClass().getSimpleName();
    }

    @Override
    public void close() {
        if (sftp != null) {
            try {
                sftp.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        closeQuietly(session, client);
    }

    private static void closeQuietly(ClientSession session, SshClient client) {
        try {
            if (session != null) session.close();
        } catch (IOException e) {
            // the connection is gone either way
        }
        client.stop();
    }
}
