package io.medli.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.ILaunchConfigurationTab;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.medli.boards.ui.internal.BoardsView;
import io.medli.boards.ui.internal.EdgeBenchmarkTabGroup;
import io.medli.launch.EdgeBenchmarking;
import io.medli.remote.Board;
import io.medli.remote.BoardFile;
import io.medli.remote.BoardSession;
import io.medli.remote.Credentials;
import io.medli.remote.HostKeyPolicy;
import io.medli.testing.LoopbackBoard;

/** The Boards view and the Edge Benchmark launch tabs, driven through their widgets, against a real OpenSSH board on loopback. */
@ExtendWith(NoErrorLogged.class)
class BoardsUiTest {
    @TempDir
    static Path tmp;
    static LoopbackBoard lb;

    @BeforeAll
    static void board() throws Exception {
        lb = new LoopbackBoard(Files.createDirectories(tmp.resolve("sshd")));
        System.setProperty("medli.boards", tmp.resolve("medli/boards.json").toString());
        // the board's host key accepted once (the IDE asks in a dialog; a test cannot answer a modal one from here)
        HostKeyPolicy once = new HostKeyPolicy(lb.userKnownHosts, BoardFile.defaultFile().resolveSibling("known_hosts"), (h, t, f) -> true);
        try (BoardSession s = BoardSession.open(lb.board("x", lb.userKey), Credentials.NONE, once)) {
            assertTrue(s.isOpen());
        }
    }

    @AfterAll
    static void stop() throws Exception {
        System.clearProperty("medli.boards");
        if (lb != null) lb.close();
    }

    private static <T extends Control> List<T> all(Composite root, Class<T> type) {
        return Widgets.all(root, type);
    }

    private static <T extends Control> T field(Composite s, Class<T> type, String key) {
        return Widgets.field(s, type, key);
    }

    @Test
    void addABoardInItsDialogTestTheConnectionAndRemoveIt() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        BoardsView view = (BoardsView) page.showView(BoardsView.ID);
        Display d = Display.getCurrent();
        Board expected = lb.board("pi", lb.userKey);
        boolean[] driven = { false };
        d.timerExec(200, new Runnable() {
            @Override
            public void run() {
                for (Shell s : d.getShells()) {
                    if (s.isVisible() && !all(s, Text.class).isEmpty() && all(s, Text.class).stream().anyMatch(t -> "address".equals(t.getData("field")))) {
                        field(s, Text.class, "name").setText("pi");
                        field(s, Text.class, "address").setText(expected.user() + "@127.0.0.1:" + lb.port);
                        field(s, Text.class, "key").setText(lb.userKey.toString());
                        field(s, Text.class, "folder").setText(expected.folder());
                        field(s, Text.class, "java").setText(expected.java());
                        Button ok = all(s, Button.class).stream().filter(b -> "OK".equals(b.getText())).findFirst().orElseThrow();
                        assertTrue(ok.isEnabled(), "a complete board can be saved");
                        ok.notifyListeners(SWT.Selection, new Event());
                        driven[0] = true;
                        return;
                    }
                }
                d.timerExec(100, this);
            }
        });
        view.add.run();
        assertTrue(driven[0], "the Add Board dialog opened and was filled in");
        assertEquals(List.of(expected), BoardFile.read(BoardFile.defaultFile()), "saved to boards.json, no secret in it");
        Table table = (Table) view.viewer().getControl();
        assertEquals(1, table.getItemCount());
        assertEquals("pi", table.getItem(0).getText(0));

        view.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(BoardFile.read(BoardFile.defaultFile()).get(0)));
        assertTrue(view.test.isEnabled());
        view.test.run();
        Job.getJobManager().join(BoardsView.TEST_FAMILY, null);
        UiWait.until(() -> view.status().contains("Java 17"), 30_000, "the board's facts in the view");
        assertTrue(view.status().contains("ONNX Runtime 1.29.0") && view.status().startsWith("pi: "), view.status());

        view.removeBoard(BoardFile.read(BoardFile.defaultFile()).get(0));
        assertEquals(0, table.getItemCount());
        assertEquals(List.of(), BoardFile.read(BoardFile.defaultFile()));
    }

    @Test
    void aBenchmarkOnThisMachineShowsInTheResultsViewWithItsLatencyChartAndExports() throws Exception {
        IProject project = TinyProject.create("results", "cal", 0);
        project.refreshLocal(org.eclipse.core.resources.IResource.DEPTH_INFINITE, null); // the model was copied in by java.nio
        ILaunchConfigurationWorkingCopy w = EdgeBenchmarking.findOrCreate(project.getFile("tiny.onnx")).getWorkingCopy();
        w.setAttribute(EdgeBenchmarking.ATTR_ITERATIONS, 20);
        w.setAttribute(EdgeBenchmarking.ATTR_WARMUP, 1);
        w.setAttribute(EdgeBenchmarking.ATTR_THREADS, "1,2");
        w.doSave().launch(org.eclipse.debug.core.ILaunchManager.RUN_MODE, null);
        Job.getJobManager().join(EdgeBenchmarking.FAMILY, null);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        io.medli.boards.ui.internal.ResultsView view = (io.medli.boards.ui.internal.ResultsView) page.showView(io.medli.boards.ui.internal.ResultsView.ID);
        UiWait.dispatch(200);
        Table table = view.viewer().getTable();
        Text model = field(table.getParent().getParent(), Text.class, "model");
        model.setText("tiny.onnx");
        assertTrue(table.getItemCount() >= 2, "both thread counts: " + table.getItemCount() + " (" + view.status() + ")");
        view.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(List.of(view.viewer().getElementAt(0), view.viewer().getElementAt(1))));
        UiWait.dispatch(100);
        assertEquals(2, view.chartSeries(), "two runs compared in the chart");
        page.activate(view);
        UiWait.dispatch(200);
        Screenshots.take(table.getShell(), "benchmark-results");
        Path csv = tmp.resolve("results.csv");
        view.exportTo(csv, "csv");
        List<String> lines = Files.readAllLines(csv);
        assertEquals(table.getItemCount() + 1, lines.size(), "a header and a line a result");
        assertTrue(lines.get(1).contains(",this machine,") && lines.get(1).contains(",tiny.onnx,"), lines.get(1));
        String console = org.eclipse.debug.core.DebugPlugin.getDefault().getLaunchManager().getLaunches()[0].getProcesses()[0].getStreamsProxy()
                .getOutputStreamMonitor().getContents();
        assertTrue(console.contains("[medli-agent] loading tiny.onnx"), "the agent's progress in the console: " + console);
        model.setText("no-such-model.onnx");
        assertEquals(0, table.getItemCount());
    }

    @Test
    void theLaunchTabsShowTheBoardsAndWriteTheConfiguration() throws Exception {
        BoardFile.write(BoardFile.defaultFile(), List.of(lb.board("pi", lb.userKey), lb.board("jetson", lb.userKey)));
        IProject project = TinyProject.create("tabs", "cal", 0);
        ILaunchConfigurationWorkingCopy w = EdgeBenchmarking.findOrCreate(project.getFile("tiny.onnx")).getWorkingCopy();
        EdgeBenchmarkTabGroup group = new EdgeBenchmarkTabGroup();
        group.createTabs(null, "run");
        Shell shell = new Shell(Display.getCurrent());
        shell.setLayout(new FillLayout());
        try {
            for (ILaunchConfigurationTab t : group.getTabs()) {
                t.createControl(shell);
                t.initializeFrom(w);
            }
            Table boards = field(shell, Table.class, "boards");
            assertEquals(2, boards.getItemCount(), "every board of the Boards view");
            boards.getItem(1).setChecked(true);
            field(shell, Text.class, "threads").setText("1,2");
            field(shell, Text.class, "dims").setText("batch_size=1");
            for (ILaunchConfigurationTab t : group.getTabs()) t.performApply(w);
            assertEquals("jetson", w.getAttribute(EdgeBenchmarking.ATTR_BOARDS, ""));
            assertEquals("1,2", w.getAttribute(EdgeBenchmarking.ATTR_THREADS, ""));
            assertEquals("/tabs/tiny.onnx", w.getAttribute(EdgeBenchmarking.ATTR_MODEL, ""));
            assertTrue(group.getTabs()[2].isValid(w));
            field(shell, Text.class, "threads").setText("1,two");
            assertFalse(group.getTabs()[2].isValid(w));
            assertTrue(group.getTabs()[2].getErrorMessage().contains("Threads: 'two' is not a whole number"), group.getTabs()[2].getErrorMessage());
            field(shell, Text.class, "dims").setText("batch_size");
            assertFalse(group.getTabs()[0].isValid(w));
            field(shell, Text.class, "dims").setText("");
            // inputs from a data set: the folder must be in ONNX's test-data layout
            Button fromData = field(shell, Button.class, "fromData");
            fromData.setSelection(true);
            field(shell, Button.class, "generated").setSelection(false);
            fromData.notifyListeners(SWT.Selection, new Event());
            Text samples = field(shell, Text.class, "samples");
            assertTrue(samples.isEnabled());
            samples.setText("/tabs");
            assertFalse(group.getTabs()[0].isValid(w));
            assertTrue(group.getTabs()[0].getErrorMessage().contains("test-data layout"), group.getTabs()[0].getErrorMessage());
            IFolder data = project.getFolder("data");
            data.create(true, true, null);
            data.getFolder("test_data_set_0").create(true, true, null);
            data.getFile("test_data_set_0/input_0.pb").create(new java.io.ByteArrayInputStream(new byte[] { 8, 1 }), true, null);
            samples.setText("/tabs/data");
            assertTrue(group.getTabs()[0].isValid(w), group.getTabs()[0].getErrorMessage());
            Combo provider = field(shell, Combo.class, "provider");
            provider.setText("xnnpack");
            for (ILaunchConfigurationTab t : group.getTabs()) t.performApply(w);
            assertEquals("/tabs/data", w.getAttribute(EdgeBenchmarking.ATTR_SAMPLES, ""));
            assertEquals("XNNPACK", w.getAttribute(EdgeBenchmarking.ATTR_PROVIDER, ""));
            assertTrue(EdgeBenchmarking.agentOptions(w).containsAll(List.of("--provider", "XNNPACK")));
            provider.setText("no such");
            assertFalse(group.getTabs()[2].isValid(w));
        } finally {
            shell.dispose();
            group.dispose();
        }
    }
}
