package io.medli.remote.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.sshd.common.file.nativefs.NativeFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.server.shell.ProcessShellCommandFactory;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.medli.onnx.progress.Monitor;
import io.medli.remote.Board;
import io.medli.remote.BoardException;
import io.medli.remote.BoardSession;
import io.medli.remote.Credentials;
import io.medli.remote.HostKeyPolicy;
import io.medli.remote.Uploads;
import io.medli.testing.LoopbackBoard;

/**
 * Uploads over a bad link: an embedded MINA SSHD server (commands run by the shell, SFTP on this
 * machine's files) that hangs up after 1 MB of a file has been written, takes data slowly, or stops
 * taking it.
 */
class UploadFaultTest {
    @TempDir
    Path tmp;
    SshServer server;
    final AtomicBoolean armed = new AtomicBoolean(true);
    final AtomicLong written = new AtomicLong();
    /** A slow link: bytes per second the board takes (0: as fast as it can); a stalled one takes nothing. */
    volatile long rate;
    volatile boolean stalled;

    @BeforeEach
    void start() throws Exception {
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(tmp.resolve("host.key")));
        server.setPublickeyAuthenticator((user, key, session) -> true); // the fault is the point here, not the login
        server.setCommandFactory(ProcessShellCommandFactory.INSTANCE);
        server.setFileSystemFactory(NativeFileSystemFactory.INSTANCE);
        SftpSubsystemFactory sftp = new SftpSubsystemFactory();
        sftp.addSftpEventListener(new SftpEventListener() {
            @Override
            public void writing(ServerSession session, String remoteHandle, FileHandle local, long offset, byte[] data, int dataOffset, int dataLen)
                    throws IOException {
                try {
                    while (stalled && session.isOpen()) Thread.sleep(50);
                    if (rate > 0) Thread.sleep(dataLen * 1000L / rate);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public void written(ServerSession session, String remoteHandle, FileHandle local, long offset, byte[] data, int dataOffset, int dataLen,
                    Throwable thrown) throws IOException {
                if (written.addAndGet(dataLen) > 1_000_000 && armed.get()) session.close(true); // the cable pulled
            }
        });
        server.setSubsystemFactories(List.of(sftp));
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.stop(true);
    }

    @Test
    void aConnectionDroppedWhileTheAgentRunsIsSaidAndNoReportIsMade() throws Exception {
        armed.set(false);
        Path key = tmp.resolve("key2");
        LoopbackBoard.run("ssh-keygen", "-q", "-t", "ecdsa", "-b", "256", "-N", "", "-f", key.toString());
        Board b = new Board("embedded", "127.0.0.1", server.getPort(), System.getProperty("user.name"), key.toString(), tmp.resolve("board").toString(),
                LoopbackBoard.java17().toString());
        HostKeyPolicy policy = new HostKeyPolicy(tmp.resolve("user_known_hosts"), tmp.resolve("medli_known_hosts"), (h, t, f) -> true);
        Path agentDir = java.nio.file.Files.createDirectories(tmp.resolve("agent"));
        io.medli.agent.AgentJar.write(agentDir, io.medli.agent.AgentJar.sourcesOnClassPath(), io.medli.agent.AgentJar.ONNX_RUNTIME_JAR);
        Files.copy(io.medli.agent.AgentJar.onnxRuntimeOnClassPath(), agentDir.resolve(io.medli.agent.AgentJar.ONNX_RUNTIME_JAR));
        try (BoardSession s = BoardSession.open(b, Credentials.NONE, policy)) {
            io.medli.remote.RemoteAgent agent = new io.medli.remote.RemoteAgent(s, agentDir);
            agent.deploy(Monitor.NONE);
            Uploads.Sent m = agent.sendModel(BoardTest.model("mlsd_320x320_tiny.onnx"), Monitor.NONE);
            BoardException e = assertThrows(BoardException.class, () -> agent.bench(m.path(), List.of("--duration", "60", "--warm-loads", "0"),
                    java.time.Duration.ofMinutes(5), line -> {
                        if (line.contains("batch 1")) server.getActiveSessions().forEach(x -> x.close(true)); // the board's network gone mid-run
                    }, Monitor.NONE));
            assertTrue(e.getMessage().contains("dropped while running"), e.getMessage());
        } finally {
            // a real board's sshd hangs up on the agent; this embedded one may leave it running: stop it here
            String board = tmp.resolve("board").toString();
            ProcessHandle.allProcesses().filter(ph -> ph.info().commandLine().map(c -> c.contains(board) && c.contains("medli-agent.jar")).orElse(false))
                    .forEach(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void aDroppedConnectionLeavesNoFileUnderTheRealNameAndTheNextUploadCompletes() throws Exception {
        Path key = tmp.resolve("key");
        LoopbackBoard.run("ssh-keygen", "-q", "-t", "ecdsa", "-b", "256", "-N", "", "-f", key.toString());
        Board b = new Board("embedded", "127.0.0.1", server.getPort(), System.getProperty("user.name"), key.toString(), tmp.resolve("board").toString(), null);
        HostKeyPolicy policy = new HostKeyPolicy(tmp.resolve("user_known_hosts"), tmp.resolve("medli_known_hosts"), (h, t, f) -> true);
        Path model = BoardTest.model("mlsd_320x320_tiny.onnx");
        Path target = tmp.resolve("board/models/" + model.getFileName());
        try (BoardSession s = BoardSession.open(b, Credentials.NONE, policy)) {
            BoardException e = assertThrows(BoardException.class, () -> Uploads.upload(s, model, b.folder() + "/models", model.getFileName().toString(), Monitor.NONE));
            assertTrue(e.getMessage().contains("dropped while uploading mlsd_320x320_tiny.onnx"), e.getMessage());
        }
        assertTrue(written.get() > 1_000_000 && written.get() < Files.size(model), "cut halfway: " + written.get());
        assertFalse(Files.exists(target), "no half file under the model's name");
        armed.set(false);
        try (BoardSession s = BoardSession.open(b, Credentials.NONE, policy)) {
            Uploads.Sent sent = Uploads.upload(s, model, b.folder() + "/models", model.getFileName().toString(), Monitor.NONE);
            assertEquals(Files.size(model), sent.bytes());
        }
        assertArrayEquals(Files.readAllBytes(model), Files.readAllBytes(target));
        try (Stream<Path> all = Files.list(target.getParent())) {
            assertEquals(List.of(model.getFileName().toString()), all.map(p -> p.getFileName().toString()).toList(), "the dropped upload's temporary file is gone");
        }
    }

    private Board board(String keyName) throws Exception {
        Path key = tmp.resolve(keyName);
        LoopbackBoard.run("ssh-keygen", "-q", "-t", "ecdsa", "-b", "256", "-N", "", "-f", key.toString());
        return new Board("embedded", "127.0.0.1", server.getPort(), System.getProperty("user.name"), key.toString(), tmp.resolve("board").toString(), null);
    }

    private HostKeyPolicy policy() {
        return new HostKeyPolicy(tmp.resolve("user_known_hosts"), tmp.resolve("medli_known_hosts"), (h, t, f) -> true);
    }

    /** Progress as a user sees it: the fractions reported, and whether Cancel was pressed. */
    static final class Watcher implements Monitor {
        final List<Integer> done = new java.util.concurrent.CopyOnWriteArrayList<>();
        final AtomicLong cancelledAt = new AtomicLong();
        final int cancelAt;

        Watcher(int cancelAt) {
            this.cancelAt = cancelAt;
        }

        @Override
        public void progress(String task, int d, int total) {
            done.add(d);
            if (d >= cancelAt && cancelledAt.get() == 0) cancelledAt.set(System.nanoTime());
        }

        @Override
        public boolean cancelled() {
            return cancelledAt.get() != 0;
        }
    }

    @Test
    void aSlowLinkShowsSteadyProgressAndCancelStopsWithinASecondLeavingNothing() throws Exception {
        armed.set(false);
        rate = 1_000_000; // 1 MB/s: a board on a poor Wi-Fi link
        Board b = board("key3");
        Path model = BoardTest.model("mlsd_320x320_tiny.onnx");
        Path target = tmp.resolve("board/models/" + model.getFileName());
        try (BoardSession s = BoardSession.open(b, Credentials.NONE, policy())) {
            Watcher w = new Watcher(Integer.MAX_VALUE);
            long t0 = System.nanoTime();
            Uploads.upload(s, model, b.folder() + "/models", model.getFileName().toString(), w);
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertTrue(seconds > 1.5, "the link was slow: " + seconds + " s");
            assertTrue(w.done.size() >= 8 && w.done.get(w.done.size() - 1) == 1000, "steady progress, to the end: " + w.done);
            assertArrayEquals(Files.readAllBytes(model), Files.readAllBytes(target));
            Files.delete(target);
            Watcher cancel = new Watcher(300);
            assertThrows(java.util.concurrent.CancellationException.class,
                    () -> Uploads.upload(s, model, b.folder() + "/models", model.getFileName().toString(), cancel));
            double after = (System.nanoTime() - cancel.cancelledAt.get()) / 1e9;
            assertTrue(after < 1.5, "cancel took " + after + " s");
        }
        try (Stream<Path> all = Files.list(target.getParent())) {
            assertEquals(List.of(), all.map(p -> p.getFileName().toString()).toList(), "nothing left of the cancelled upload");
        }
    }

    @Test
    void aLinkThatStopsTakingDataIsSaidAsStalledNotAsAFullDisk() throws Exception {
        armed.set(false);
        stalled = true;
        Board b = board("key4");
        Path model = BoardTest.model("mlsd_320x320_tiny.onnx");
        long t0 = System.nanoTime();
        try (BoardSession s = BoardSession.open(b, Credentials.NONE, policy())) {
            BoardException e = assertThrows(BoardException.class, () -> Uploads.upload(s, model, b.folder() + "/models", model.getFileName().toString(), Monitor.NONE));
            assertTrue(e.getMessage().contains("stalled"), e.getMessage());
        } finally {
            stalled = false;
        }
        assertTrue((System.nanoTime() - t0) / 1e9 < 60, "said within a minute (SSH waits 30 s for the window to open)");
    }
}
