package io.medli.launch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.medli.launch.EdgeBenchmarking;
import io.medli.launch.WorkspaceStore;
import io.medli.remote.Board;
import io.medli.remote.BoardFile;
import io.medli.store.Filter;
import io.medli.store.MeasurementStore;
import io.medli.testing.LoopbackBoard;
import io.medli.testing.PostgresServer;

/** The "Edge Benchmark" launch configuration end to end: this machine, a real OpenSSH board on loopback, two boards at once, cancel. */
class EdgeBenchmarkLaunchTest {
    @TempDir
    static Path tmp;
    static LoopbackBoard lb;
    static IFile model;

    @BeforeAll
    static void setUp() throws Exception {
        lb = new LoopbackBoard(Files.createDirectories(tmp.resolve("sshd")));
        System.setProperty("medli.boards", tmp.resolve("medli/boards.json").toString());
        Board one = lb.board("loop", lb.userKey), two = new Board("loop2", one.host(), one.port(), one.user(), one.keyFile(), tmp.resolve("board2").toString(), one.java());
        BoardFile.write(BoardFile.defaultFile(), List.of(one, two));
        EdgeBenchmarking.setHostKeyPrompt((h, t, f) -> true); // the IDE's dialog, answered yes
        IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject("bench");
        if (!p.exists()) p.create(null);
        p.open(null);
        model = p.getFile("tiny.onnx");
        Path src = Path.of(System.getProperty("medli.models.dir", "build/models")).resolve("mlsd_320x320_tiny.onnx");
        try (var in = Files.newInputStream(src)) {
            if (!model.exists()) model.create(in, true, null);
        }
    }

    @AfterAll
    static void tearDown() throws Exception {
        EdgeBenchmarking.setHostKeyPrompt(null);
        System.clearProperty("medli.boards");
        if (lb != null) lb.close();
    }

    private static ILaunch launch(String boards, int iterations, String duration) throws Exception {
        ILaunchConfigurationWorkingCopy w = EdgeBenchmarking.findOrCreate(model).getWorkingCopy();
        w.setAttribute(EdgeBenchmarking.ATTR_BOARDS, boards);
        w.setAttribute(EdgeBenchmarking.ATTR_ITERATIONS, iterations);
        w.setAttribute(EdgeBenchmarking.ATTR_WARMUP, 1);
        w.setAttribute(EdgeBenchmarking.ATTR_THREADS, "1");
        w.setAttribute(EdgeBenchmarking.ATTR_DURATION, duration);
        ILaunchConfiguration c = w.doSave();
        return c.launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
    }

    private static String console(IProcess p) {
        return p.getStreamsProxy().getOutputStreamMonitor().getContents() + p.getStreamsProxy().getErrorStreamMonitor().getContents();
    }

    private static int rows(String device) throws Exception {
        try (MeasurementStore s = MeasurementStore.h2(EdgeBenchmarking.storeFolder())) {
            return s.find(Filter.all().device(device)).size();
        }
    }

    @Test
    void twoBoardsAtOnceAndThisMachineEachGetAConsoleAndAStoredResult() throws Exception {
        int loop = rows("loop"), loop2 = rows("loop2"), mine = rows("this machine");
        ILaunch l = launch("loop, loop2", 5, "0");
        Job.getJobManager().join(EdgeBenchmarking.FAMILY, null);
        assertEquals(2, l.getProcesses().length, "one job and one console a board");
        for (IProcess p : l.getProcesses()) {
            assertTrue(p.isTerminated());
            assertEquals(0, p.getExitValue(), console(p));
            assertTrue(console(p).contains("batch 1, 1 threads: p50 ") && console(p).contains("scores (sample 0): identical"), console(p));
        }
        assertEquals(loop + 1, rows("loop"));
        assertEquals(loop2 + 1, rows("loop2"));
        ILaunch here = launch("", 5, "0");
        Job.getJobManager().join(EdgeBenchmarking.FAMILY, null);
        IProcess p = here.getProcesses()[0];
        assertEquals(0, p.getExitValue(), console(p));
        assertTrue(console(p).contains("measuring tiny.onnx on this machine"), console(p));
        assertEquals(mine + 1, rows("this machine"));
    }

    @Test
    void terminateStopsTheAgentOnTheBoardAndKeepsNothing() throws Exception {
        int before = rows("loop");
        ILaunch l = launch("loop", 1_000_000, "120");
        IProcess p = l.getProcesses()[0];
        for (int i = 0; i < 600 && !console(p).contains("batch 1, 1 threads"); i++) Thread.sleep(100);
        assertTrue(console(p).contains("batch 1, 1 threads"), "the agent started measuring: " + console(p));
        p.terminate();
        Job.getJobManager().join(EdgeBenchmarking.FAMILY, null);
        assertEquals(130, p.getExitValue(), console(p));
        assertTrue(console(p).contains("cancelled; no result kept"), console(p));
        assertEquals(before, rows("loop"));
    }

    @Test
    void inputsFromADataSetInTheWorkspaceGoToTheBoardWithTheModel() throws Exception {
        // ONNX's conformance Conv2d and its data set, as a user would import them
        Path conformance = Path.of("/usr/share/libonnx-testdata/data/pytorch-converted/test_Conv2d");
        IProject p = model.getProject();
        IFile conv = p.getFile("conv2d.onnx");
        if (!conv.exists()) conv.create(Files.newInputStream(conformance.resolve("model.onnx")), true, null);
        org.eclipse.core.resources.IFolder data = p.getFolder("conv-data");
        if (!data.exists()) {
            data.create(true, true, null);
            data.getFolder("test_data_set_0").create(true, true, null);
            data.getFile("test_data_set_0/input_0.pb").create(Files.newInputStream(conformance.resolve("test_data_set_0/input_0.pb")), true, null);
        }
        ILaunchConfigurationWorkingCopy w = EdgeBenchmarking.findOrCreate(conv).getWorkingCopy();
        w.setAttribute(EdgeBenchmarking.ATTR_BOARDS, "loop");
        w.setAttribute(EdgeBenchmarking.ATTR_ITERATIONS, 5);
        w.setAttribute(EdgeBenchmarking.ATTR_THREADS, "1");
        w.setAttribute(EdgeBenchmarking.ATTR_SAMPLES, "/bench/nowhere");
        CoreException gone = assertThrows(CoreException.class, () -> w.doSave().launch(ILaunchManager.RUN_MODE, new NullProgressMonitor()));
        assertTrue(gone.getMessage().contains("The data set /bench/nowhere") && gone.getMessage().contains("Model tab"), gone.getMessage());
        w.setAttribute(EdgeBenchmarking.ATTR_SAMPLES, data.getFullPath().toString());
        ILaunch l = w.doSave().launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
        Job.getJobManager().join(EdgeBenchmarking.FAMILY, null);
        IProcess proc = l.getProcesses()[0];
        assertEquals(0, proc.getExitValue(), console(proc));
        assertTrue(console(proc).contains("samples sent: ") && console(proc).contains("(sample 0): identical"), console(proc));
        try (MeasurementStore s = MeasurementStore.h2(EdgeBenchmarking.storeFolder())) {
            long id = Long.parseLong(proc.getAttribute(EdgeBenchmarking.ATTR_MEASUREMENTS));
            assertTrue(s.find(Filter.all().device("loop")).stream().anyMatch(r -> r.id() == id && r.model().equals("conv2d.onnx")));
        }
    }

    @Test
    void aPostgreSqlStoreFromThePreferencesTakesTheResultsItsPasswordOnlyInSecureStorage() throws Exception {
        try (PostgresServer pg = new PostgresServer("team secret")) {
            WorkspaceStore.save(new WorkspaceStore.Settings(pg.url(), "medli"), "team secret".toCharArray());
            try {
                String prefs = String.join(",", org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE.getNode("io.medli.launch").keys());
                for (String k : prefs.split(",")) {
                    assertTrue(!org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE.getNode("io.medli.launch").get(k, "").contains("team secret"), k);
                }
                ILaunch here = launch("", 5, "0");
                Job.getJobManager().join(EdgeBenchmarking.FAMILY, null);
                IProcess p = here.getProcesses()[0];
                assertEquals(0, p.getExitValue(), console(p));
                assertTrue(console(p).contains("kept in the measurement store " + pg.url()), console(p));
                try (MeasurementStore s = MeasurementStore.postgres(pg.url(), "medli", "team secret".toCharArray())) {
                    assertEquals(1, s.find(Filter.all().device("this machine")).size(), "the result is in the server's store");
                }
                // a wrong password in secure storage: the launch says so and keeps nothing elsewhere
                WorkspaceStore.save(new WorkspaceStore.Settings(pg.url(), "medli"), "wrong".toCharArray());
                int before = rows("this machine");
                ILaunch bad = launch("", 5, "0");
                Job.getJobManager().join(EdgeBenchmarking.FAMILY, null);
                IProcess q = bad.getProcesses()[0];
                assertEquals(1, q.getExitValue(), console(q));
                assertTrue(console(q).contains("refused the login") && console(q).contains("Measurement Store"), console(q));
                assertEquals(before, rows("this machine"));
            } finally {
                WorkspaceStore.save(new WorkspaceStore.Settings("", "medli"), new char[0]);
            }
        }
        assertTrue(WorkspaceStore.settings().embedded());
        assertEquals(null, WorkspaceStore.password());
    }

    @Test
    void aBoardsSecretIsKeptEncryptedInSecureStorageAndGivenAsPasswordOrPassphrase() throws Exception {
        Board withKey = lb.board("loop", lb.userKey), withPassword = new Board("pw-board", "127.0.0.1", 22, "pi", null, null, null);
        EdgeBenchmarking.storeSecret("loop", "key phrase".toCharArray());
        EdgeBenchmarking.storeSecret("pw-board", "board pw".toCharArray());
        try {
            assertEquals("key phrase", new String(EdgeBenchmarking.credentials(withKey).passphrase()));
            assertEquals("board pw", new String(EdgeBenchmarking.credentials(withPassword).password()));
            var node = org.eclipse.equinox.security.storage.SecurePreferencesFactory.getDefault().node(EdgeBenchmarking.SECURE_NODE).node("pw-board");
            assertTrue(node.isEncrypted("secret"), "encrypted at rest");
            Path storage = Path.of(System.getProperty("medli.root", ".")).resolve("plugins/io.medli.launch.tests/target/secure_storage");
            String file = Files.readString(storage); // the test runs' own keyring (-eclipse.keyring in the build)
            assertTrue(file.contains("pw-board") && !file.contains("board pw"), "the board's node there, its secret not in clear text");
        } finally {
            EdgeBenchmarking.storeSecret("loop", null);
            EdgeBenchmarking.storeSecret("pw-board", null);
        }
        assertEquals(io.medli.remote.Credentials.NONE.toString(), EdgeBenchmarking.credentials(withPassword).toString());
    }

    @Test
    void aBoardThatIsNotSetUpStopsTheLaunchWithItsName() throws Exception {
        CoreException e = assertThrows(CoreException.class, () -> launch("nosuch", 5, "0"));
        assertTrue(e.getMessage().contains("no board called 'nosuch'; the boards are: loop, loop2"), e.getMessage());
    }
}
