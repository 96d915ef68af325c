package io.medli.remote.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.medli.agent.AgentJar;
import io.medli.agent.BenchReport;
import io.medli.agent.DeviceFacts;
import io.medli.agent.Fidelity;
import io.medli.onnx.progress.Monitor;
import io.medli.remote.Board;
import io.medli.remote.BoardException;
import io.medli.remote.BoardSession;
import io.medli.remote.Credentials;
import io.medli.remote.RemoteAgent;
import io.medli.remote.Uploads;
import io.medli.testing.LoopbackBoard;

/** The agent deployed to and run on a real OpenSSH board on loopback; the faults a user meets on the way. */
class BoardTest {
    @TempDir
    static Path tmp;
    static LoopbackBoard lb;
    static Path agentDir;

    @BeforeAll
    static void board() throws Exception {
        lb = new LoopbackBoard(Files.createDirectories(tmp.resolve("sshd")));
        agentDir = Files.createDirectories(tmp.resolve("agent"));
        AgentJar.write(agentDir, AgentJar.sourcesOnClassPath(), AgentJar.ONNX_RUNTIME_JAR);
        Files.copy(AgentJar.onnxRuntimeOnClassPath(), agentDir.resolve(AgentJar.ONNX_RUNTIME_JAR));
        // the board's key is accepted once, as a user would in the IDE
        try (BoardSession s = BoardSession.open(lb.board("loopback", lb.userKey), Credentials.NONE, lb.policy((h, t, f) -> true))) {
            assertTrue(s.isOpen());
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (lb != null) lb.close();
    }

    static Path model(String name) {
        Path p = Path.of(System.getProperty("medli.models.dir", "build/models")).resolve(name);
        if (!Files.isRegularFile(p)) throw new IllegalStateException("missing test model " + p + "; run tools/fetch-models.sh (the test command does)");
        return p;
    }

    private static BoardSession open(Board b) throws BoardException {
        return BoardSession.open(b, Credentials.NONE, lb.policy(null)); // headless: only known keys
    }

    @Test
    void deployAndBenchOnTheBoardThenAnUnchangedDeploySendsNothing() throws Exception {
        Board b = lb.board("loopback", lb.userKey);
        List<String> console = new ArrayList<>();
        try (BoardSession s = open(b)) {
            RemoteAgent agent = new RemoteAgent(s, agentDir);
            assertEquals(17, agent.javaVersion());
            long first = agent.deploy(Monitor.NONE);
            assertTrue(first == 0 || first > 50_000_000, "ONNX Runtime and the agent, or nothing when an earlier test sent them: " + first);
            assertEquals(0, agent.deploy(Monitor.NONE), "an unchanged agent is not sent again");
            DeviceFacts facts = agent.info();
            assertTrue(facts.javaVersion.startsWith("17"), facts.javaVersion);
            Uploads.Sent m = agent.sendModel(model("mlsd_320x320_tiny.onnx"), Monitor.NONE);
            BenchReport r = agent.bench(m.path(), List.of("--iterations", "5", "--warmup", "1", "--threads", "1"), Duration.ofMinutes(2), console::add, Monitor.NONE);
            assertEquals(5, r.runs.get(0).latency.count);
            assertEquals(Uploads.sha256(model("mlsd_320x320_tiny.onnx")), r.model.sha256, "the board ran the very model sent");
            assertTrue(console.stream().anyMatch(l -> l.contains("loading mlsd_320x320_tiny.onnx")), "the agent's progress streams: " + console);
            assertTrue(agent.sendModel(model("mlsd_320x320_tiny.onnx"), Monitor.NONE).unchanged());
        }
        assertEquals(List.of(), leftovers(), "no temporary file on the board");
    }

    @Test
    void samplesOfADataSetGoWithTheModelOnceAndTheBoardsOutputsMatchThisMachines() throws Exception {
        // a conformance model of ONNX and its data set; the second sample a copy of the first
        Path conformance = Path.of("/usr/share/libonnx-testdata/data/pytorch-converted/test_Conv2d");
        Path samples = Files.createDirectories(tmp.resolve("conv-data"));
        for (String set : List.of("test_data_set_0", "test_data_set_1")) {
            Path d = Files.createDirectories(samples.resolve(set));
            for (String f : List.of("input_0.pb", "output_0.pb")) Files.copy(conformance.resolve("test_data_set_0").resolve(f), d.resolve(f));
        }
        long inputBytes = 2 * Files.size(samples.resolve("test_data_set_0/input_0.pb"));
        try (BoardSession s = open(lb.board("loopback", lb.userKey))) {
            RemoteAgent agent = new RemoteAgent(s, agentDir);
            agent.deploy(Monitor.NONE);
            Uploads.Sent m = agent.sendModel(conformance.resolve("model.onnx"), "conv2d.onnx", Monitor.NONE);
            Uploads.Sent d = agent.sendSamples(samples, Monitor.NONE);
            assertEquals(inputBytes, d.bytes(), "only the input files are sent");
            assertFalse(d.unchanged());
            Path onBoard = lb.dir.resolve("home").resolve(d.path().substring(d.path().indexOf(".medli/")));
            try (Stream<Path> all = Files.walk(onBoard)) {
                assertEquals(List.of(".medli-complete", "SHA256SUMS", "input_0.pb", "input_0.pb"),
                        all.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList());
            }
            BenchReport r = agent.bench(m.path(), List.of("--iterations", "5", "--warmup", "1", "--threads", "1", "--keep-outputs", "2", "--samples", d.path()),
                    Duration.ofMinutes(2), l -> { }, Monitor.NONE);
            assertEquals("samples", r.settings.inputs);
            assertEquals(2, r.settings.sampleCount);
            List<Fidelity.Output> f = Fidelity.check(r, conformance.resolve("model.onnx"), samples);
            assertEquals(2, f.size(), "one output per kept sample: " + f);
            for (Fidelity.Output o : f) assertTrue(o.maxAbsDiff() < 1e-4 && o.cosine() > 0.99999, o.text());
            assertTrue(agent.sendSamples(samples, Monitor.NONE).unchanged(), "an unchanged data set is not sent again");
            // a changed data set (a file more) is a new folder, sent whole
            Files.copy(conformance.resolve("test_data_set_0/output_0.pb"), samples.resolve("test_data_set_1/input_1.pb"));
            Uploads.Sent changed = agent.sendSamples(samples, Monitor.NONE);
            assertFalse(changed.unchanged());
            assertFalse(changed.path().equals(d.path()));
        }
        assertEquals(List.of(), leftovers(), "no temporary file on the board");
    }

    @Test
    void anEd25519KeyWithAPassphraseLogsIn() throws Exception {
        Path key = tmp.resolve("ed_key");
        LoopbackBoard.run("ssh-keygen", "-q", "-t", "ed25519", "-N", "board pass", "-C", "medli-test", "-f", key.toString());
        Files.writeString(lb.dir.resolve("authorized_keys"), Files.readString(Path.of(key + ".pub")), java.nio.file.StandardOpenOption.APPEND);
        Board b = lb.board("loopback", key);
        try (BoardSession s = BoardSession.open(b, Credentials.passphrase("board pass".toCharArray()), lb.policy(null))) {
            assertEquals("ok", s.exec("echo ok", Duration.ofSeconds(30)).out().strip());
        }
        BoardException e = assertThrows(BoardException.class, () -> BoardSession.open(b, Credentials.passphrase("wrong".toCharArray()), lb.policy(null)));
        assertTrue(e.getMessage().contains("is the passphrase right?"), e.getMessage());
    }

    @Test
    void anUnknownHostKeyIsRefusedHeadlessAndAChangedOneAlways() throws Exception {
        Board b = lb.board("loopback", lb.userKey);
        Path medli = lb.medliKnownHosts;
        String recorded = Files.readString(medli);
        assertTrue(recorded.contains("[127.0.0.1]:" + lb.port), "the accepted key went into MEDLI's file: " + recorded);
        assertFalse(Files.exists(lb.userKnownHosts), "the user's known_hosts is never written");
        // another known-hosts file that lacks the board: headless refuses with the fingerprint
        Path empty = tmp.resolve("empty_known_hosts");
        BoardException unknown = assertThrows(BoardException.class,
                () -> BoardSession.open(b, Credentials.NONE, new io.medli.remote.HostKeyPolicy(lb.userKnownHosts, empty, null)));
        assertTrue(unknown.getMessage().contains("is not known") && unknown.getMessage().contains("SHA256:"), unknown.getMessage());
        // the board reinstalled: a new host key is refused, even by a user who would accept anything
        lb.newHostKey();
        try {
            AtomicInteger asked = new AtomicInteger();
            BoardException changed = assertThrows(BoardException.class,
                    () -> BoardSession.open(b, Credentials.NONE, lb.policy((h, t, f) -> asked.incrementAndGet() > 0)));
            assertTrue(changed.getMessage().contains("has CHANGED"), changed.getMessage());
            assertEquals(0, asked.get(), "a changed key is not a question");
            assertEquals(recorded, Files.readString(medli), "the recorded key stays");
        } finally {
            // accept the new key for the other tests: remove the old line, as the message says
            Files.writeString(medli, "");
            try (BoardSession s = BoardSession.open(b, Credentials.NONE, lb.policy((h, t, f) -> true))) {
                assertTrue(s.isOpen());
            }
        }
    }

    @Test
    void wrongKeyUnreachableBoardAndNoJavaSayWhatIsWrong() throws Exception {
        BoardException wrong = assertThrows(BoardException.class, () -> open(lb.board("loopback", lb.otherKey)));
        assertTrue(wrong.getMessage().contains("refused the login"), wrong.getMessage());
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Board nowhere = new Board("nowhere", "127.0.0.1", closed, "root", lb.userKey.toString(), null, null);
        BoardException unreachable = assertThrows(BoardException.class, () -> open(nowhere));
        assertTrue(unreachable.getMessage().contains("cannot reach nowhere") && unreachable.getMessage().contains("connection refused"), unreachable.getMessage());
        Board noJava = new Board("nojava", "127.0.0.1", lb.port, System.getProperty("user.name"), lb.userKey.toString(), tmp.resolve("nj").toString(),
                "/opt/no-such-java/bin/java");
        try (BoardSession s = open(noJava)) {
            BoardException e = assertThrows(BoardException.class, () -> new RemoteAgent(s, agentDir).deploy(Monitor.NONE));
            assertTrue(e.getMessage().contains("no Java on nojava") && e.getMessage().contains("openjdk-17-jre-headless"), e.getMessage());
        }
    }

    @Test
    void aModelTheBoardCannotLoadFailsWithTheAgentsReason() throws Exception {
        Path cut = tmp.resolve("cut.onnx");
        byte[] whole = Files.readAllBytes(model("mlsd_320x320_tiny.onnx"));
        Files.write(cut, java.util.Arrays.copyOf(whole, 5000));
        try (BoardSession s = open(lb.board("loopback", lb.userKey))) {
            RemoteAgent agent = new RemoteAgent(s, agentDir);
            agent.deploy(Monitor.NONE);
            Uploads.Sent m = agent.sendModel(cut, Monitor.NONE);
            BoardException e = assertThrows(BoardException.class, () -> agent.bench(m.path(), List.of("--iterations", "1"), Duration.ofMinutes(1), l -> { }, Monitor.NONE));
            assertTrue(e.getMessage().contains("cannot load or run the model") && e.getMessage().contains("cut.onnx"), e.getMessage());
        }
    }

    @Test
    void aFullDiskOnTheBoardIsSaidBeforeSendingAndLeavesNothing() throws Exception {
        Path small = Files.createDirectories(tmp.resolve("smalldisk"));
        org.junit.jupiter.api.Assumptions.assumeTrue(exec("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", small.toString()) == 0,
                "cannot mount a small tmpfs here (needs root): the board's full disk is not tested");
        try {
            Board b = new Board("small", "127.0.0.1", lb.port, System.getProperty("user.name"), lb.userKey.toString(), small.resolve(".medli").toString(),
                    LoopbackBoard.java17().toString());
            try (BoardSession s = open(b)) {
                BoardException e = assertThrows(BoardException.class, () -> new RemoteAgent(s, agentDir).deploy(Monitor.NONE));
                assertTrue(e.getMessage().contains("small has") && e.getMessage().contains("free") && e.getMessage().contains("onnxruntime.jar needs"), e.getMessage());
            }
            try (Stream<Path> all = Files.walk(small)) {
                assertEquals(List.of(), all.filter(Files::isRegularFile).toList(), "nothing written on the full disk");
            }
        } finally {
            exec("umount", "-l", small.toString());
        }
    }

    private static int exec(String... cmd) throws Exception {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    @Test
    void cancelStopsTheAgentOnTheBoard() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        Monitor m = new Monitor() {
            @Override
            public void progress(String task, int done, int total) {
            }

            @Override
            public boolean cancelled() {
                return stop.get();
            }
        };
        try (BoardSession s = open(lb.board("loopback", lb.userKey))) {
            RemoteAgent agent = new RemoteAgent(s, agentDir);
            agent.deploy(Monitor.NONE);
            Uploads.Sent sent = agent.sendModel(model("mlsd_320x320_tiny.onnx"), Monitor.NONE);
            long t0 = System.nanoTime();
            assertThrows(CancellationException.class, () -> agent.bench(sent.path(), List.of("--duration", "120", "--warm-loads", "0"), Duration.ofMinutes(5),
                    line -> { if (line.contains("batch 1")) stop.set(true); }, m));
            assertTrue((System.nanoTime() - t0) / 1e9 < 60, "cancelled long before the 120 s run would end");
            // the agent is gone from the board (this machine)
            for (int i = 0; i < 50 && agentRunning(); i++) Thread.sleep(100);
            assertFalse(agentRunning(), "the agent still runs on the board");
        }
    }

    private static boolean agentRunning() throws Exception {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(x -> x.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String cmd = Files.readString(p.resolve("cmdline")).replace('\0', ' ');
                    if (cmd.contains("medli-agent.jar bench") && cmd.contains(lb.dir.toString())) return true;
                } catch (java.io.IOException e) {
                    // the process ended meanwhile
                }
            }
        }
        return false;
    }

    private static List<String> leftovers() throws Exception {
        Path home = lb.dir.resolve("home/.medli");
        try (Stream<Path> all = Files.walk(home)) {
            return all.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".medli-part")).toList();
        }
    }
}
