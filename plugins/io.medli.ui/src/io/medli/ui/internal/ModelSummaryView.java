package io.medli.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.part.ViewPart;

import io.medli.onnx.OnnxModel;
import io.medli.onnx.cost.CostModel;
import io.medli.onnx.cost.ModelSummary;
import io.medli.onnx.cost.ModelCost;
import io.medli.onnx.graph.GraphView;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.ValueInfo;
import io.medli.onnx.shape.InferenceResult;
import io.medli.onnx.shape.ShapeInference;
import io.medli.ui.MedliUi;

/**
 * Shows the structure and cost of the .onnx file selected in the workbench: the same figures
 * as {@code medli inspect}, computed in a background job.
 */
public final class ModelSummaryView extends ViewPart {
    private Label title;
    private TableViewer table;
    private IFile shown;
    private Job current;

    private final ISelectionListener listener = (part, selection) -> {
        if (part != this && selection instanceof IStructuredSelection s && s.size() == 1) {
            IFile f = Adapters.adapt(s.getFirstElement(), IFile.class);
            if (f != null && "onnx".equalsIgnoreCase(f.getFileExtension())) {
                show(f);
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        title = new Label(parent, SWT.NONE);
        title.setText(Messages.Summary_hint);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table = new TableViewer(parent, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        column(Messages.Summary_property, 160, 0);
        column(Messages.Summary_value, 640, 1);
        table.setContentProvider(ArrayContentProvider.getInstance());
        getSite().getPage().addPostSelectionListener(listener);
    }

    private void column(String name, int width, int index) {
        TableViewerColumn c = new TableViewerColumn(table, SWT.NONE);
        c.getColumn().setText(name);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((String[]) element)[index];
            }
        });
    }

    /** Reads {@code file} in the background and shows its summary. */
    public void show(IFile file) {
        if (current != null) {
            current.cancel();
        }
        shown = file;
        title.setText(NLS.bind(Messages.Summary_reading, file.getFullPath()));
        Path path = file.getLocation() == null ? null : file.getLocation().toFile().toPath();
        Job job = new Job("Reading model " + file.getName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                SubMonitor sub = SubMonitor.convert(monitor, 3);
                List<String[]> rows;
                String heading;
                try {
                    if (path == null) throw new IOException(file.getFullPath() + " is not on the local file system");
                    ModelProto m = OnnxModel.read(path).proto();
                    sub.worked(1);
                    if (sub.isCanceled()) return Status.CANCEL_STATUS;
                    InferenceResult shapes = ShapeInference.infer(m);
                    sub.worked(1);
                    ModelCost cost = CostModel.analyze(m, shapes, ModelSummary.bindings(m, Map.of()));
                    sub.worked(1);
                    rows = rows(m, shapes, cost);
                    heading = file.getFullPath().toString();
                } catch (IOException | RuntimeException e) {
                    if (e instanceof RuntimeException) UiLog.error("Summarizing " + file.getFullPath() + " failed", e);
                    rows = List.of();
                    heading = file.getName() + ": " + e.getMessage();
                }
                List<String[]> fr = rows;
                String fh = heading;
                if (!monitor.isCanceled() && !table.getControl().isDisposed()) {
                    table.getControl().getDisplay().asyncExec(() -> {
                        if (table.getControl().isDisposed() || shown != file) return;
                        title.setText(fh);
                        table.setInput(fr);
                    });
                }
                return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == MedliUi.JOB_FAMILY;
            }
        };
        job.setUser(false);
        current = job;
        job.schedule();
    }

    static List<String[]> rows(ModelProto m, InferenceResult shapes, ModelCost cost) {
        List<String[]> rows = new ArrayList<>();
        for (ModelSummary.Row r : ModelSummary.structure(m, shapes, cost.bindings(), java.util.Set.of())) rows.add(new String[] { r.key(), r.value() });
        rows.add(new String[] { "Parameters", String.format(Locale.ROOT, "%,d", cost.params()) });
        rows.add(new String[] { "MACs", String.format(Locale.ROOT, "%,d", cost.macs()) });
        rows.add(new String[] { "Weights", String.format(Locale.ROOT, "%.2f MB", cost.weightBytes() / 1048576.0) });
        rows.add(new String[] { "Peak activations", String.format(Locale.ROOT, "%.2f MB", cost.peakActivationBytes() / 1048576.0) });
        for (ModelSummary.Row r : ModelSummary.notes(shapes, cost)) rows.add(new String[] { r.key(), r.value() });
        return rows;
    }

    /** The rows currently shown (for tests). */
    public List<String[]> rows() {
        Object in = table.getInput();
        @SuppressWarnings("unchecked")
        List<String[]> l = in instanceof List<?> ? (List<String[]>) in : List.of();
        return l;
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(listener);
        if (current != null) current.cancel();
        super.dispose();
    }
}
