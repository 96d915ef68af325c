package io.medli.boards.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

import io.medli.launch.EdgeBenchmarking;
import io.medli.launch.WorkspaceStore;
import io.medli.onnx.AtomicFiles;
import io.medli.store.Filter;
import io.medli.store.MeasurementRow;
import io.medli.store.MeasurementStore;
import io.medli.store.ResultsExport;
import io.medli.store.StoreException;

/**
 * The Benchmark Results view: the workspace's measurement store in a table (filter by board, model
 * and latency; sort by any column), the selected runs' latency histogram and percentile curves side
 * by side, CSV and JSON export. Refreshes when a benchmark ends.
 */
public final class ResultsView extends ViewPart {
    public static final String ID = "io.medli.boards.ui.resultsView";
    private TableViewer viewer;
    private LatencyChart chart;
    private Text board, model, maxP50;
    private Label status;
    private List<MeasurementRow> rows = List.of();
    private final JobChangeAdapter refresher = new JobChangeAdapter() {
        @Override
        public void done(IJobChangeEvent event) {
            if (event.getJob().belongsTo(EdgeBenchmarking.FAMILY) && !viewer.getControl().isDisposed()) {
                viewer.getControl().getDisplay().asyncExec(() -> {
                    if (!viewer.getControl().isDisposed()) refresh();
                });
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(8, false));
        board = filter(c, "Board:", "board");
        model = filter(c, "Model:", "model");
        maxP50 = filter(c, "p50 up to (ms):", "maxP50");
        Button csv = new Button(c, SWT.PUSH);
        csv.setText("Export CSV...");
        csv.addListener(SWT.Selection, e -> export("csv"));
        Button json = new Button(c, SWT.PUSH);
        json.setText("Export JSON...");
        json.addListener(SWT.Selection, e -> export("json"));
        SashForm sash = new SashForm(c, SWT.HORIZONTAL); // side by side: a view at the bottom of a window is wide and low
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 8, 1));
        viewer = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        viewer.getTable().setHeaderVisible(true);
        column("Measured (UTC)", 150, r -> r.measuredAt().toString().substring(0, 19).replace('T', ' '), Comparator.comparing(MeasurementRow::measuredAt));
        column("Board", 110, MeasurementRow::device, Comparator.comparing(MeasurementRow::device));
        column("Model", 170, MeasurementRow::model, Comparator.comparing(MeasurementRow::model));
        column("Runtime", 110, r -> r.runtime() + " " + r.runtimeVersion(), Comparator.comparing(MeasurementRow::runtimeVersion));
        column("Batch", 50, r -> Integer.toString(r.batch()), Comparator.comparingInt(MeasurementRow::batch));
        column("Threads", 60, r -> r.threads() == 0 ? "default" : Integer.toString(r.threads()), Comparator.comparingInt(MeasurementRow::threads));
        column("p50 ms", 70, r -> ms(r.p50Ms()), Comparator.comparingDouble(MeasurementRow::p50Ms));
        column("p90 ms", 70, r -> ms(r.p90Ms()), Comparator.comparingDouble(MeasurementRow::p90Ms));
        column("p99 ms", 70, r -> ms(r.p99Ms()), Comparator.comparingDouble(MeasurementRow::p99Ms));
        column("items/s", 80, r -> String.format(Locale.ROOT, "%.1f", r.throughput()), Comparator.comparingDouble(MeasurementRow::throughput));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addSelectionChangedListener(e -> showSelected());
        chart = new LatencyChart(sash);
        sash.setWeights(55, 45);
        status = new Label(c, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 8, 1));
        Job.getJobManager().addJobChangeListener(refresher);
        refresh();
    }

    private static String ms(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private Text filter(Composite c, String label, String id) {
        new Label(c, SWT.NONE).setText(label);
        Text t = new Text(c, SWT.BORDER | SWT.SEARCH);
        t.setData("field", id);
        t.setLayoutData(new GridData(90, SWT.DEFAULT));
        t.addModifyListener(e -> refresh());
        return t;
    }

    private void column(String title, int width, Function<MeasurementRow, String> text, Comparator<MeasurementRow> order) {
        Columns.sortable(viewer, MeasurementRow.class, title, width, text, order);
    }

    /** Reads the store again with the filters as typed. */
    public void refresh() {
        Double p50 = null;
        try {
            if (!maxP50.getText().isBlank()) p50 = Double.parseDouble(maxP50.getText().trim());
        } catch (NumberFormatException e) {
            status.setText("'" + maxP50.getText().trim() + "' is not a latency in milliseconds");
            return;
        }
        try (MeasurementStore s = WorkspaceStore.open()) {
            rows = s.find(new Filter(blank(board), blank(model), p50, null, 5000));
            viewer.setInput(rows);
            status.setText(rows.size() + " result(s) in " + WorkspaceStore.describe());
        } catch (StoreException | CoreException e) {
            status.setText(e.getMessage());
        }
    }

    /** Shows only a board's results for a model (as another view asks, e.g. a Model DB row). */
    public void filterTo(String boardName, String modelName) {
        board.setText(boardName == null ? "" : boardName);
        model.setText(modelName == null ? "" : modelName);
        refresh();
    }

    private static String blank(Text t) {
        return t.getText().isBlank() ? null : t.getText().trim();
    }

    private void showSelected() {
        List<String> labels = new ArrayList<>();
        List<double[]> samples = new ArrayList<>();
        try (MeasurementStore s = WorkspaceStore.open()) {
            for (Object o : viewer.getStructuredSelection().toList()) {
                MeasurementRow r = (MeasurementRow) o;
                labels.add(r.device() + ", " + r.model() + ", b" + r.batch() + ", " + (r.threads() == 0 ? "default" : r.threads() + "t"));
                samples.add(s.samples(r.id()));
                if (labels.size() == 5) break; // five curves stay readable
            }
        } catch (StoreException | CoreException e) {
            status.setText(e.getMessage());
        }
        chart.show(labels, samples);
    }

    /** Writes the rows shown (filtered) as CSV or JSON. */
    public void exportTo(Path file, String kind) throws java.io.IOException {
        String text = kind.equals("csv") ? ResultsExport.csv(rows) : ResultsExport.json(rows);
        AtomicFiles.writeString(file, text);
    }

    private void export(String kind) {
        FileDialog d = new FileDialog(getSite().getShell(), SWT.SAVE);
        d.setFilterExtensions(new String[] { "*." + kind });
        d.setFileName("benchmark-results." + kind);
        d.setOverwrite(true);
        String f = d.open();
        if (f == null) return;
        try {
            exportTo(Path.of(f), kind);
            status.setText("wrote " + rows.size() + " result(s) to " + f);
        } catch (java.io.IOException e) {
            MessageDialog.openError(getSite().getShell(), "Export", "Cannot write " + f + ": " + e.getMessage());
        }
    }

    public TableViewer viewer() {
        return viewer;
    }

    /** The status line: how many results, from which store, or what went wrong. */
    public String status() {
        return status.getText();
    }

    LatencyChart chart() {
        return chart;
    }

    public int chartSeries() {
        return chart.series().size();
    }

    @Override
    public void dispose() {
        Job.getJobManager().removeJobChangeListener(refresher);
        super.dispose();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
