package io.medli.recipe.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

import io.medli.recipe.run.RunComparison;
import io.medli.recipe.run.RunHistory;
import io.medli.ui.internal.UiLog;

/**
 * Recipe Runs: the runs of the recipe in the active editor; select two or more to see them side by
 * side (each step, each figure, each goal), the rows that differ in bold. It follows the recipe
 * editor that is active and reads the runs again when one is activated.
 */
public final class RunsView extends ViewPart {
    public static final String ID = "io.medli.recipe.ui.runsView";
    private TableViewer runs;
    private Table comparison;
    private Label title;
    private RecipeEditor shown;
    private RunComparison.Table table;

    private final IPartListener2 follow = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof RecipeEditor e) show(e);
        }
    };

    /** A new run of the recipe shown: read the runs again. */
    private final org.eclipse.core.resources.IResourceChangeListener runsChanged = event -> {
        RecipeEditor e = shown;
        if (e == null || event.getDelta() == null || event.getDelta().findMember(e.file().getParent().getFullPath().append("runs")) == null) return;
        runs.getControl().getDisplay().asyncExec(this::refresh);
    };

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        title = new Label(parent, SWT.NONE);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        runs = new TableViewer(sash, SWT.MULTI | SWT.BORDER | SWT.FULL_SELECTION);
        runs.setContentProvider(ArrayContentProvider.getInstance());
        runs.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object o) {
                RunHistory.Entry e = (RunHistory.Entry) o;
                return e.dir().getFileName() + "  " + e.status() + (e.goalsMet() == null ? "" : e.goalsMet() ? ", goals met" : ", a goal not met");
            }
        });
        runs.addSelectionChangedListener(e -> compare());
        comparison = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION);
        comparison.setHeaderVisible(true);
        comparison.setLinesVisible(true);
        sash.setWeights(1, 3);
        getSite().getPage().addPartListener(follow);
        org.eclipse.core.resources.ResourcesPlugin.getWorkspace().addResourceChangeListener(runsChanged,
                org.eclipse.core.resources.IResourceChangeEvent.POST_CHANGE);
        if (getSite().getPage().getActiveEditor() instanceof RecipeEditor e) show(e);
        else title.setText("Open a recipe to see its runs");
    }

    /** Shows the runs of {@code e}'s recipe, the two newest compared. */
    public void show(RecipeEditor e) {
        shown = e;
        title.setText("Runs of " + e.file().getFullPath() + ": select two or more to compare them");
        refresh();
    }

    /** Reads the runs again, keeping the selection where the runs are still there. */
    public void refresh() {
        if (shown == null || runs.getControl().isDisposed()) return;
        try {
            List<RunHistory.Entry> all = RunHistory.of(shown.baseDir());
            runs.setInput(all.toArray());
            runs.setSelection(new StructuredSelection(all.subList(0, Math.min(2, all.size())).toArray()));
        } catch (IOException x) {
            UiLog.warning("cannot list the runs of " + shown.file().getFullPath(), x);
        }
        compare();
    }

    /** Selects these runs (by folder name) and compares them. */
    public void select(List<String> names) {
        Object[] in = (Object[]) runs.getInput();
        if (in == null) return;
        runs.setSelection(new StructuredSelection(java.util.Arrays.stream(in).filter(o -> names.contains(((RunHistory.Entry) o).dir().getFileName().toString())).toArray()));
    }

    private void compare() {
        comparison.setRedraw(false);
        try {
            comparison.removeAll();
            for (TableColumn c : comparison.getColumns()) c.dispose();
            List<Path> dirs = ((IStructuredSelection) runs.getSelection()).toList().stream().map(o -> ((RunHistory.Entry) o).dir()).sorted().toList();
            table = dirs.isEmpty() ? null : RunComparison.of(dirs);
            if (table == null) return;
            new TableColumn(comparison, SWT.NONE).setText("");
            for (String r : table.runs()) new TableColumn(comparison, SWT.NONE).setText(r);
            for (RunComparison.Row row : table.rows()) {
                TableItem item = new TableItem(comparison, SWT.NONE);
                item.setText(0, row.label());
                for (int i = 0; i < row.values().size(); i++) item.setText(i + 1, row.values().get(i));
                if (row.differs()) item.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
            }
            for (TableColumn c : comparison.getColumns()) c.pack();
        } catch (IOException x) {
            UiLog.warning("cannot compare the runs", x);
        } finally {
            comparison.setRedraw(true);
        }
    }

    /** The comparison shown (for tests). */
    public RunComparison.Table comparison() {
        return table;
    }

    @Override
    public void setFocus() {
        runs.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(follow);
        org.eclipse.core.resources.ResourcesPlugin.getWorkspace().removeResourceChangeListener(runsChanged);
        super.dispose();
    }
}
