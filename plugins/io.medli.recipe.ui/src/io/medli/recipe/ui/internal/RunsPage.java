package io.medli.recipe.ui.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.browser.IWorkbenchBrowserSupport;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import io.medli.recipe.run.Metrics;
import io.medli.recipe.run.RunHistory;
import io.medli.ui.internal.UiLog;

/** Runs: every run beside the recipe, newest first, with its figures and goals, and a chart of quality against latency; a run's report opens in the browser. */
public final class RunsPage extends FormPage {
    private final RecipeEditor editor;
    private TableViewer viewer;
    private RunsChart chart;

    RunsPage(RecipeEditor editor) {
        super(editor, "runs", "Runs");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managed) {
        ScrolledForm form = managed.getForm();
        form.setText("Runs");
        RunRecipeAction.addTo(form, editor);
        Composite body = form.getBody();
        body.setLayout(new GridLayout(1, false));
        viewer = new TableViewer(body, SWT.MULTI | SWT.BORDER | SWT.FULL_SELECTION);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Run", 140, e -> e.dir().getFileName().toString());
        column("Status", 120, RunHistory.Entry::status);
        column("Steps", 80, e -> e.steps() + (e.reused() > 0 ? " (" + e.reused() + " reused)" : ""));
        column("Size MB", 70, e -> num(e.metrics().get(Metrics.SIZE_BYTES), 1e-6, "%.3f"));
        column("SQNR dB", 70, e -> num(e.metrics().get(Metrics.SQNR_DB), 1, "%.1f"));
        column("Accuracy %", 80, e -> num(e.metrics().get(Metrics.ACCURACY), 1, "%.2f"));
        column("Latency ms", 80, e -> num(e.metrics().get(Metrics.LATENCY_MS), 1, "%.3f"));
        column("Speed-up", 70, e -> num(e.metrics().get(Metrics.SPEEDUP), 1, "%.2fx"));
        column("Goals", 300, e -> e.goalsMet() == null ? "" : (e.goalsMet() ? "all met" : "not met: ")
                + String.join("; ", e.goals().stream().filter(g -> g.startsWith("not")).map(g -> g.substring("not met: ".length())).toList()));
        viewer.addDoubleClickListener(e -> openReport());
        Composite buttons = managed.getToolkit().createComposite(body);
        buttons.setLayout(new GridLayout(3, false));
        Button open = managed.getToolkit().createButton(buttons, "Open Report", SWT.PUSH);
        open.addListener(SWT.Selection, e -> openReport());
        Button compare = managed.getToolkit().createButton(buttons, "Compare Selected", SWT.PUSH);
        compare.setToolTipText("Show the selected runs side by side in the Recipe Runs view");
        compare.addListener(SWT.Selection, e -> compareSelected());
        Button refresh = managed.getToolkit().createButton(buttons, "Refresh", SWT.PUSH);
        refresh.addListener(SWT.Selection, e -> refresh());
        chart = new RunsChart(body);
        GridData g = new GridData(SWT.FILL, SWT.FILL, true, true);
        g.heightHint = 220;
        chart.control().setLayoutData(g);
        viewer.addSelectionChangedListener(e -> chart.show(entries(), selected()));
        refresh();
    }

    @SuppressWarnings("unchecked")
    private List<RunHistory.Entry> selected() {
        return ((IStructuredSelection) viewer.getSelection()).toList();
    }

    /** The runs on the chart below the table (for tests). */
    public List<String> charted() {
        return chart == null ? List.of() : chart.dots().stream().map(RunsChart.Dot::run).toList();
    }

    private void column(String title, int width, java.util.function.Function<RunHistory.Entry, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String s = text.apply((RunHistory.Entry) element);
                return s == null ? "" : s;
            }
        });
    }

    private static String num(Double v, double factor, String format) {
        return v == null ? "" : String.format(Locale.ROOT, format, v * factor);
    }

    /** Opens the Recipe Runs view on this recipe with the runs selected here (the two newest when none is). */
    public RunsView compareSelected() {
        try {
            RunsView v = (RunsView) editor.getSite().getPage().showView(RunsView.ID);
            v.show(editor);
            List<String> names = ((IStructuredSelection) viewer.getSelection()).toList().stream()
                    .map(o -> ((RunHistory.Entry) o).dir().getFileName().toString()).toList();
            if (names.size() >= 2) v.select(names);
            return v;
        } catch (PartInitException e) {
            UiLog.error("cannot open the Recipe Runs view", e);
            return null;
        }
    }

    /** Reads the runs again (after a run, or when asked). */
    public void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) return;
        try {
            viewer.setInput(RunHistory.of(editor.baseDir()).toArray());
            if (chart != null) chart.show(entries(), selected());
        } catch (IOException e) {
            UiLog.warning("cannot list the runs of " + editor.file().getFullPath(), e);
        }
    }

    /** The runs listed (for tests). */
    public List<RunHistory.Entry> entries() {
        Object in = viewer == null ? null : viewer.getInput();
        return in == null ? List.of() : java.util.Arrays.stream((Object[]) in).map(o -> (RunHistory.Entry) o).toList();
    }

    private void openReport() {
        RunHistory.Entry e = (RunHistory.Entry) ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        if (e != null && e.report() != null) openReport(e.report());
    }

    /** A run's or a search's report in the workbench browser (an editor where the platform has one). */
    static void openReport(java.nio.file.Path report) {
        try {
            PlatformUI.getWorkbench().getBrowserSupport()
                    .createBrowser(IWorkbenchBrowserSupport.AS_EDITOR | IWorkbenchBrowserSupport.NAVIGATION_BAR, "io.medli.recipe.report",
                            report.getParent().getFileName() + " report", report.toString())
                    .openURL(report.toUri().toURL());
        } catch (PartInitException | java.net.MalformedURLException x) {
            UiLog.error("cannot open the report " + report, x);
        }
    }
}
