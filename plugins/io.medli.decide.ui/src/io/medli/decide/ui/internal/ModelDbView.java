package io.medli.decide.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;

import io.medli.boards.ui.internal.Columns;
import io.medli.boards.ui.internal.ResultsView;
import io.medli.launch.WorkspaceStore;
import io.medli.onnx.AtomicFiles;
import io.medli.recipe.run.RunHistory;
import io.medli.recipe.ui.internal.RecipeEditor;
import io.medli.recipe.ui.internal.RunsView;
import io.medli.store.MeasurementStore;
import io.medli.store.ModelDatabase;
import io.medli.store.ResultsExport;
import io.medli.store.StoreException;

/**
 * The Model DB view: small architectures measured per device, from the workspace's measurement
 * store. Filters (task, device, maximum latency and size, minimum accuracy), sort by any column, a
 * Pareto chart of accuracy against latency per device; a row opens its benchmark in the Benchmark
 * Results view, or the recipe run that made its model.
 */
public final class ModelDbView extends ViewPart {
    /** F1: the manual's context for this view (io.medli.doc.user's contexts.xml). */
    public static final String HELP = "io.medli.doc.user.modelDbView";
    public static final String ID = "io.medli.decide.ui.modelDbView";
    private TableViewer viewer;
    private ParetoChart chart;
    private Text task, device, maxP50, maxSize, minAccuracy;
    private Label status;
    private List<ModelDatabase.Row> rows = List.of();

    @Override
    public void createPartControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        getSite().getWorkbenchWindow().getWorkbench().getHelpSystem().setHelp(c, HELP);
        c.setLayout(new GridLayout(14, false));
        task = filter(c, "Task:", "task", 110);
        device = filter(c, "Device:", "device", 100);
        maxP50 = filter(c, "p50 up to (ms):", "maxP50", 60);
        maxSize = filter(c, "size up to (MB):", "maxSize", 60);
        minAccuracy = filter(c, "accuracy from (%):", "minAccuracy", 50);
        Button refresh = new Button(c, SWT.PUSH);
        refresh.setText("Refresh");
        refresh.addListener(SWT.Selection, e -> refresh());
        Button importJson = new Button(c, SWT.PUSH);
        importJson.setText("Import...");
        importJson.setToolTipText("Architectures and models from a model database file (JSON), all or nothing");
        importJson.addListener(SWT.Selection, e -> {
            String f = dialog(SWT.OPEN, "*.json", null);
            if (f != null) importFrom(Path.of(f));
        });
        Button csv = new Button(c, SWT.PUSH);
        csv.setText("Export CSV...");
        csv.addListener(SWT.Selection, e -> {
            String f = dialog(SWT.SAVE, "*.csv", "model-db.csv");
            if (f != null) exportTo(Path.of(f), "csv");
        });
        Button json = new Button(c, SWT.PUSH);
        json.setText("Export JSON...");
        json.setToolTipText("Every architecture and model of the store (not only the rows shown)");
        json.addListener(SWT.Selection, e -> {
            String f = dialog(SWT.SAVE, "*.json", "model-db.json");
            if (f != null) exportTo(Path.of(f), "json");
        });
        SashForm sash = new SashForm(c, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 14, 1));
        viewer = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        viewer.getTable().setHeaderVisible(true);
        column("Architecture", 150, ModelDatabase.Row::architecture, Comparator.comparing(ModelDatabase.Row::architecture));
        column("Task", 110, ModelDatabase.Row::task, Comparator.comparing(r -> String.valueOf(r.task())));
        column("Format", 60, r -> r.numberFormat() == null ? "" : r.numberFormat(), Comparator.comparing(r -> String.valueOf(r.numberFormat())));
        column("Size MB", 70, r -> String.format(Locale.ROOT, "%.3f", r.modelBytes() / 1e6), Comparator.comparingLong(ModelDatabase.Row::modelBytes));
        column("Device", 100, ModelDatabase.Row::device, Comparator.comparing(ModelDatabase.Row::device));
        column("p50 ms", 70, r -> String.format(Locale.ROOT, "%.3f", r.p50Ms()), Comparator.comparingDouble(ModelDatabase.Row::p50Ms));
        column("Accuracy %", 80, r -> r.accuracy() == null ? "" : String.format(Locale.ROOT, "%.2f", r.accuracy()),
                Comparator.comparingDouble(r -> r.accuracy() == null ? -1 : r.accuracy()));
        column("Data set", 110, r -> r.accuracyDataset() == null ? "" : r.accuracyDataset(), Comparator.comparing(r -> String.valueOf(r.accuracyDataset())));
        column("Model", 160, ModelDatabase.Row::model, Comparator.comparing(ModelDatabase.Row::model));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addDoubleClickListener(e -> openSelected());
        MenuManager menu = new MenuManager();
        menu.add(new Action("Open Benchmark") {
            @Override
            public void run() {
                openSelected();
            }
        });
        menu.add(new Action("Open Recipe Run") {
            @Override
            public void run() {
                openRecipeRun();
            }
        });
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        chart = new ParetoChart(sash);
        sash.setWeights(55, 45);
        status = new Label(c, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 14, 1));
        refresh();
    }

    private Text filter(Composite c, String label, String id, int width) {
        new Label(c, SWT.NONE).setText(label);
        Text t = new Text(c, SWT.BORDER | SWT.SEARCH);
        t.setData("field", id);
        t.setLayoutData(new GridData(width, SWT.DEFAULT));
        t.addModifyListener(e -> refresh());
        return t;
    }

    private void column(String title, int width, Function<ModelDatabase.Row, String> text, Comparator<ModelDatabase.Row> order) {
        Columns.sortable(viewer, ModelDatabase.Row.class, title, width, text, order);
    }

    private Double number(Text t, String what) {
        String s = t.getText().trim();
        if (s.isEmpty()) return null;
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' is not " + what);
        }
    }

    /** Reads the store again with the filters as typed; a store that cannot be read is said, and the view stays. */
    public void refresh() {
        ModelDatabase.Query q;
        try {
            Double size = number(maxSize, "a size in MB");
            q = new ModelDatabase.Query(blank(task), blank(device), number(maxP50, "a latency in milliseconds"), size == null ? null : (long) (size * 1e6),
                    number(minAccuracy, "an accuracy in percent"), 5000);
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return;
        }
        long t0 = System.nanoTime();
        try (MeasurementStore s = WorkspaceStore.open()) {
            rows = s.models().find(q);
            viewer.setInput(rows);
            chart.show(rows);
            status.setText(String.format(Locale.ROOT, "%d row(s) in %s (%.1f ms)%s", rows.size(), WorkspaceStore.describe(), (System.nanoTime() - t0) / 1e6,
                    rows.isEmpty() ? "; add measured models with 'medli modeldb add' or import a model database" : ""));
        } catch (StoreException | CoreException e) {
            rows = List.of();
            viewer.setInput(rows);
            chart.show(rows);
            status.setText("The measurement store cannot be read: " + e.getMessage());
        }
    }

    private static String blank(Text t) {
        return t.getText().isBlank() ? null : t.getText().trim();
    }

    private String dialog(int style, String filter, String name) {
        FileDialog d = new FileDialog(getSite().getShell(), style);
        d.setFilterExtensions(new String[] { filter });
        if (name != null) d.setFileName(name);
        d.setOverwrite(true);
        return d.open();
    }

    /** Imports a model database file into the store, all or nothing; the outcome in the status line. */
    public void importFrom(Path file) {
        try (MeasurementStore s = WorkspaceStore.open()) {
            int n = s.models().importJson(Files.readString(file));
            refresh();
            status.setText("imported " + n + " architecture(s) from " + file.getFileName() + "; " + status.getText());
        } catch (IOException e) {
            status.setText("Cannot read " + file + ": " + e.getMessage());
        } catch (StoreException | CoreException e) {
            status.setText(file.getFileName() + ": " + e.getMessage() + " (the store is unchanged)");
        }
    }

    /** Writes the rows shown as CSV, or every architecture as JSON (atomically). */
    public void exportTo(Path file, String kind) {
        try (MeasurementStore s = WorkspaceStore.open()) {
            AtomicFiles.writeString(file, kind.equals("csv") ? ResultsExport.modelDbCsv(rows) : s.models().exportJson());
            status.setText("wrote " + (kind.equals("csv") ? rows.size() + " row(s)" : "the model database") + " to " + file);
        } catch (IOException | StoreException | CoreException e) {
            status.setText("Cannot write " + file + ": " + e.getMessage());
        }
    }

    /** The selected row's benchmark, in the Benchmark Results view. */
    public void openSelected() {
        if (!(viewer.getStructuredSelection().getFirstElement() instanceof ModelDatabase.Row r)) return;
        try {
            ResultsView v = (ResultsView) getSite().getPage().showView(ResultsView.ID);
            v.filterTo(r.device(), r.model());
        } catch (PartInitException e) {
            status.setText("Cannot open the Benchmark Results view: " + e.getMessage());
        }
    }

    /**
     * The recipe run that made the selected row's model (found by its checksum in the workspace's
     * recipe runs): its recipe in the editor, the run selected in the Recipe Runs view.
     */
    public void openRecipeRun() {
        if (!(viewer.getStructuredSelection().getFirstElement() instanceof ModelDatabase.Row r)) return;
        RunHistory.Producer p = producer(viewer.getControl().getDisplay(), r.sha256());
        if (p == null) {
            status.setText("No recipe run in the workspace made " + r.model() + " (SHA-256 " + r.sha256().substring(0, 12)
                    + "...): it was added from outside a recipe; 'Open Benchmark' shows its measurements");
            return;
        }
        IContainer folder = ResourcesPlugin.getWorkspace().getRoot().getContainerForLocation(org.eclipse.core.runtime.Path.fromOSString(p.recipeDir().toString()));
        IFile recipe = folder == null ? null : recipeIn(folder, p.recipe());
        if (recipe == null) {
            status.setText("The run " + p.run() + " made " + r.model() + ", but its recipe is no longer in the workspace");
            return;
        }
        try {
            IWorkbenchPage page = getSite().getPage();
            IEditorPart editor = IDE.openEditor(page, recipe);
            RunsView runs = (RunsView) page.showView(RunsView.ID);
            if (editor instanceof RecipeEditor e) runs.show(e);
            runs.select(List.of(p.run().getFileName().toString()));
            status.setText(r.model() + " was made by step " + p.step().getFileName() + " of run " + p.run().getFileName() + " of " + recipe.getFullPath());
        } catch (PartInitException e) {
            status.setText("Cannot open " + recipe.getFullPath() + ": " + e.getMessage());
        }
    }

    /** The recipe of a run: the one of its name where a folder holds several, else the first. */
    private static IFile recipeIn(IContainer folder, String name) {
        IFile first = null;
        try {
            for (IResource m : folder.members()) {
                if (!(m instanceof IFile f) || !"medlirecipe".equals(f.getFileExtension())) continue;
                if (first == null) first = f;
                if (f.getFullPath().removeFileExtension().lastSegment().equals(name)) return f;
            }
        } catch (CoreException e) {
            return null;
        }
        return first;
    }

    /** Searches the open projects' recipe runs for a model's checksum, with the busy cursor. */
    private static RunHistory.Producer producer(org.eclipse.swt.widgets.Display display, String sha256) {
        RunHistory.Producer[] found = { null };
        BusyIndicator.showWhile(display, () -> {
            for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
                if (!project.isOpen() || project.getLocation() == null) continue;
                try {
                    RunHistory.producerOf(project.getLocation().toFile().toPath(), sha256).ifPresent(p -> {
                        if (found[0] == null || p.run().getFileName().toString().compareTo(found[0].run().getFileName().toString()) > 0) found[0] = p;
                    });
                } catch (IOException e) {
                    // a project that cannot be read holds no run to open
                }
            }
        });
        return found[0];
    }

    public TableViewer viewer() {
        return viewer;
    }

    /** How many rows of a device are on its Pareto front. */
    public int frontSize(String device) {
        var f = chart.fronts().get(device);
        return f == null ? 0 : f.size();
    }

    public String status() {
        return status.getText();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
