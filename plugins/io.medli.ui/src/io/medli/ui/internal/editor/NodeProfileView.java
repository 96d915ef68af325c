package io.medli.ui.internal.editor;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.part.ViewPart;

import io.medli.runtime.NodeTiming;

/**
 * Measured time per node from "Profile on This Machine", sortable by any column; selecting a row
 * selects the node in the editor it came from.
 */
public final class NodeProfileView extends ViewPart {
    public static final String ID = "io.medli.ui.nodeProfile";

    private TableViewer table;
    private OnnxModelEditor editor;
    private long total;
    private int sortColumn = 2;
    private boolean descending = true;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        table = new TableViewer(parent, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        column("Node", 320, 0, t -> t.nodeName());
        column("Operator", 120, 1, t -> t.opType());
        column("Mean \u00b5s", 100, 2, t -> String.format(Locale.ROOT, "%.1f", t.meanMicros()));
        column("Share", 80, 3, t -> total == 0 ? "" : String.format(Locale.ROOT, "%.1f %%", 100.0 * t.totalMicros() / total));
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer v, Object a, Object b) {
                NodeTiming x = (NodeTiming) a, y = (NodeTiming) b;
                int c = switch (sortColumn) {
                    case 0 -> x.nodeName().compareTo(y.nodeName());
                    case 1 -> x.opType().compareTo(y.opType());
                    default -> Long.compare(x.totalMicros(), y.totalMicros());
                };
                return descending ? -c : c;
            }
        });
        table.addSelectionChangedListener(e -> {
            if (editor != null && editor.canvas() != null && !editor.canvas().isDisposed()
                    && e.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof NodeTiming t) {
                editor.selectNodeNamed(t.nodeName());
            }
        });
    }

    private void column(String title, int width, int index, java.util.function.Function<NodeTiming, String> text) {
        TableViewerColumn c = new TableViewerColumn(table, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        if (index >= 2) c.getColumn().setAlignment(SWT.RIGHT);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((NodeTiming) element);
            }
        });
        c.getColumn().addListener(SWT.Selection, e -> {
            descending = sortColumn == index ? !descending : index >= 2;
            sortColumn = index;
            TableColumn col = c.getColumn();
            table.getTable().setSortColumn(col);
            table.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
            table.refresh();
        });
    }

    /** Shows the timings of a profile of {@code source}'s model. */
    public void show(OnnxModelEditor source, List<NodeTiming> timings) {
        editor = source;
        total = timings.stream().mapToLong(NodeTiming::totalMicros).sum();
        setContentDescription("Profile of " + source.getPartName() + " in ONNX Runtime on this machine ("
                + timings.size() + " nodes, " + String.format(Locale.ROOT, "%.2f ms", total / 1000.0 / Math.max(1, timings.get(0).runs()))
                + " per run)");
        table.setInput(timings);
    }

    /** Rows as shown (for tests). */
    public int rowCount() {
        return table.getTable().getItemCount();
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }
}
