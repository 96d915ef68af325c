package io.medli.boards.ui.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import io.medli.agent.AgentJar;
import io.medli.agent.DeviceFacts;
import io.medli.launch.EdgeBenchmarking;
import io.medli.launch.Monitors;
import io.medli.remote.Board;
import io.medli.remote.BoardFile;
import io.medli.remote.BoardSession;
import io.medli.remote.RemoteAgent;

/**
 * The Boards view: the boards of ~/.medli/boards.json (shared with the command line) - add, edit,
 * remove, Test Connection (connect, check Java, send the agent, show the board's facts). Secrets go
 * to secure storage, never to the file.
 */
public final class BoardsView extends ViewPart {
    public static final String ID = "io.medli.boards.ui.boardsView";
    /** The job family of connection tests (join it to wait for one). */
    public static final Object TEST_FAMILY = BoardsView.class;
    private TableViewer viewer;
    private Label status;
    public final Action add = action("&Add Board...", this::add), edit = action("&Edit...", this::edit), remove = action("&Remove", this::remove),
            test = action("&Test Connection", this::testConnection);

    private static Action action(String text, Runnable r) {
        return new Action(text) {
            @Override
            public void run() {
                r.run();
            }
        };
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(1, false));
        viewer = new TableViewer(c, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        column("Name", 140, b -> b.name());
        column("Address", 220, Board::address);
        column("Login", 220, b -> b.keyFile() != null ? "key " + b.keyFile() : "password");
        column("Folder", 140, Board::folder);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addSelectionChangedListener(e -> enable());
        viewer.addDoubleClickListener(e -> edit());
        status = new Label(c, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        IToolBarManager tb = getViewSite().getActionBars().getToolBarManager();
        for (Action a : List.of(add, edit, remove, test)) tb.add(a);
        MenuManager menu = new MenuManager();
        for (Action a : List.of(add, edit, remove, test)) menu.add(a);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        refresh();
    }

    private void column(String title, int width, java.util.function.Function<Board, String> text) {
        Columns.add(viewer, Board.class, title, width, text);
    }

    void refresh() {
        try {
            viewer.setInput(BoardFile.read(BoardFile.defaultFile()));
            status.setText("Boards are kept in " + BoardFile.defaultFile() + " (no secrets); passwords and passphrases in secure storage.");
        } catch (IOException e) {
            viewer.setInput(List.of());
            status.setText(e.getMessage());
        }
        enable();
    }

    private void enable() {
        boolean one = selected() != null;
        edit.setEnabled(one);
        remove.setEnabled(one);
        test.setEnabled(one);
    }

    public Board selected() {
        return viewer.getStructuredSelection().getFirstElement() instanceof Board b ? b : null;
    }

    public TableViewer viewer() {
        return viewer;
    }

    public String status() {
        return status.getText();
    }

    private void add() {
        BoardDialog d = new BoardDialog(getSite().getShell(), null);
        if (d.open() == Window.OK) save(null, d.board(), d.secret());
    }

    private void edit() {
        Board b = selected();
        if (b == null) return;
        BoardDialog d = new BoardDialog(getSite().getShell(), b);
        if (d.open() == Window.OK) save(b, d.board(), d.secret());
    }

    /** Replaces {@code old} (or the board of the same name) with {@code b}; keeps a typed secret in secure storage. */
    void save(Board old, Board b, char[] secret) {
        try {
            List<Board> all = BoardFile.read(BoardFile.defaultFile());
            all.removeIf(x -> x.name().equals(b.name()) || old != null && x.name().equals(old.name()));
            all.add(b);
            BoardFile.write(BoardFile.defaultFile(), all);
            if (secret != null) EdgeBenchmarking.storeSecret(b.name(), secret);
            if (old != null && !old.name().equals(b.name())) EdgeBenchmarking.storeSecret(old.name(), null);
        } catch (IOException | CoreException e) {
            MessageDialog.openError(getSite().getShell(), "Boards", "Cannot save the board: " + e.getMessage());
        }
        refresh();
    }

    private void remove() {
        Board b = selected();
        if (b == null || !MessageDialog.openConfirm(getSite().getShell(), "Remove Board", "Remove " + b.name() + " (" + b.address() + ") and its stored secret?")) return;
        removeBoard(b);
    }

    public void removeBoard(Board b) {
        try {
            List<Board> all = BoardFile.read(BoardFile.defaultFile());
            all.removeIf(x -> x.name().equals(b.name()));
            BoardFile.write(BoardFile.defaultFile(), all);
            EdgeBenchmarking.storeSecret(b.name(), null);
        } catch (IOException | CoreException e) {
            MessageDialog.openError(getSite().getShell(), "Boards", "Cannot remove the board: " + e.getMessage());
        }
        refresh();
    }

    /** Connects, checks Java, sends the agent when it changed, and shows the board's facts (in a job: a board can be slow). */
    void testConnection() {
        Board b = selected();
        if (b == null) return;
        status.setText("Testing " + b.name() + "...");
        Job job = new Job("Testing the connection to " + b.name()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                String text;
                IStatus result;
                try (BoardSession s = BoardSession.open(b, EdgeBenchmarking.credentials(b), EdgeBenchmarking.hostKeyPolicy())) {
                    java.nio.file.Path agentDir = Platform.getStateLocation(Platform.getBundle("io.medli.launch")).append("agent").toPath();
                    AgentJar.writeFromClassPath(agentDir);
                    RemoteAgent agent = new RemoteAgent(s, agentDir);
                    agent.deploy(Monitors.of(monitor));
                    DeviceFacts f = agent.info();
                    text = b.name() + ": " + f.summary();
                    result = Status.OK_STATUS;
                } catch (IOException | CoreException | RuntimeException e) {
                    text = "Test of " + b.name() + " failed: " + e.getMessage();
                    result = Status.error(text, e);
                }
                String shown = text;
                IStatus r = result;
                viewer.getControl().getDisplay().asyncExec(() -> {
                    if (status.isDisposed()) return;
                    status.setText(shown);
                    status.setForeground(r.isOK() ? null : status.getDisplay().getSystemColor(SWT.COLOR_RED));
                    status.getParent().layout();
                });
                return Status.OK_STATUS; // the outcome is shown in the view, where it was asked for, not again in a dialog
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == TEST_FAMILY;
            }
        };
        job.setUser(true);
        job.schedule();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    IStructuredSelection selection() {
        return viewer.getStructuredSelection();
    }
}
