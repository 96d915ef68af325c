package io.medli.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.Page;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import io.medli.diagram.DiagramScene;
import io.medli.diagram.DiagramNode;

/**
 * The Outline of the graph editor: an overview of the whole graph (click or drag to move the
 * editor's view) above the list of nodes, filtered by what is typed.
 */
final class GraphOutlinePage extends Page implements IContentOutlinePage {
    private final OnnxModelEditor editor;
    private Composite root;
    private Canvas overview;
    private Text filter;
    private TableViewer nodes;
    private boolean syncing;

    GraphOutlinePage(OnnxModelEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        overview = new Canvas(root, SWT.BORDER | SWT.DOUBLE_BUFFERED);
        GridData od = new GridData(SWT.FILL, SWT.TOP, true, false);
        od.heightHint = 160;
        overview.setLayoutData(od);
        overview.addListener(SWT.Paint, e -> paintOverview(e.gc));
        overview.addListener(SWT.MouseDown, e -> moveTo(e.x, e.y));
        overview.addListener(SWT.MouseMove, e -> { if ((e.stateMask & SWT.BUTTON1) != 0) moveTo(e.x, e.y); });
        filter = new Text(root, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH);
        filter.setMessage("Filter nodes by operator or name");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        // virtual: rows are made when they scroll into view, so 10,000 nodes cost nothing up front
        nodes = new TableViewer(root, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER | SWT.VIRTUAL);
        nodes.setUseHashlookup(true);
        nodes.getTable().setHeaderVisible(true);
        nodes.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        column("Operator", 110, n -> n.title());
        column("Name", 260, n -> n.name());
        nodes.setContentProvider(ArrayContentProvider.getInstance());
        filter.addListener(SWT.Modify, e -> refresh());
        nodes.addSelectionChangedListener(e -> {
            if (!syncing && e.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof DiagramNode n) {
                editor.select(n.id(), -1);
            }
        });
        refresh();
    }

    private void column(String title, int width, java.util.function.Function<DiagramNode, String> text) {
        TableViewerColumn c = new TableViewerColumn(nodes, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((DiagramNode) element);
            }
        });
    }

    /** The nodes listed now (for tests). */
    List<DiagramNode> listed() {
        @SuppressWarnings("unchecked")
        List<DiagramNode> input = (List<DiagramNode>) nodes.getInput();
        return input == null ? List.of() : new ArrayList<>(input);
    }

    void setFilter(String text) {
        filter.setText(text);
    }

    /** Called when the editor shows a new scene or moves its view. */
    void refresh() {
        if (nodes == null || nodes.getControl().isDisposed()) return;
        DiagramScene s = editor.figure().scene();
        List<DiagramNode> shown = new ArrayList<>();
        if (s != null) {
            String q = filter.getText().trim().toLowerCase(Locale.ROOT);
            for (DiagramNode n : s.diagram().nodes()) {
                if (n.kind() != DiagramNode.Kind.OPERATOR) continue;
                if (q.isEmpty() || n.title().toLowerCase(Locale.ROOT).contains(q) || n.name().toLowerCase(Locale.ROOT).contains(q)) {
                    shown.add(n);
                }
            }
        }
        nodes.setInput(shown);
        overview.redraw();
    }

    void selectionChanged(int box) {
        if (nodes == null || nodes.getControl().isDisposed()) return;
        DiagramScene s = editor.figure().scene();
        syncing = true;
        try {
            nodes.setSelection(box < 0 || s == null ? StructuredSelection.EMPTY
                    : new StructuredSelection(s.diagram().nodes().get(box)), true);
        } finally {
            syncing = false;
        }
        overview.redraw();
    }

    void viewMoved() {
        if (overview != null && !overview.isDisposed()) overview.redraw();
    }

    private double scale() {
        DiagramScene s = editor.figure().scene();
        if (s == null) return 1;
        var a = overview.getClientArea();
        return Math.min((a.width - 4) / (double) Math.max(1, s.width), (a.height - 4) / (double) Math.max(1, s.height));
    }

    private void paintOverview(GC gc) {
        DiagramScene s = editor.figure().scene();
        if (s == null) return;
        double k = scale();
        gc.setBackground(overview.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        for (int i = 0; i < s.bx.length; i++) {
            gc.fillRectangle(2 + (int) (s.bx[i] * k), 2 + (int) (s.by[i] * k), Math.max(1, (int) (s.bw[i] * k)),
                    Math.max(1, (int) (s.bh[i] * k)));
        }
        int[] view = editor.visibleDiagramArea();
        gc.setForeground(overview.getDisplay().getSystemColor(SWT.COLOR_RED));
        gc.setLineWidth(2);
        gc.drawRectangle(2 + (int) (view[0] * k), 2 + (int) (view[1] * k), Math.max(2, (int) (view[2] * k)),
                Math.max(2, (int) (view[3] * k)));
    }

    private void moveTo(int x, int y) {
        double k = scale();
        editor.centerOn((int) ((x - 2) / k), (int) ((y - 2) / k));
    }

    @Override
    public Control getControl() {
        return root;
    }

    @Override
    public void setFocus() {
        filter.setFocus();
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        nodes.addSelectionChangedListener(listener);
    }

    @Override
    public org.eclipse.jface.viewers.ISelection getSelection() {
        return nodes.getSelection();
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        nodes.removeSelectionChangedListener(listener);
    }

    @Override
    public void setSelection(org.eclipse.jface.viewers.ISelection selection) {
        nodes.setSelection(selection);
    }
}
