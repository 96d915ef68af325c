package io.medli.ui.internal.editor;

import java.util.ArrayDeque;
import java.util.Iterator;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.medli.onnx.proto.GraphProto;

/**
 * The subgraphs (If/Loop/Scan bodies) and function bodies opened from the main graph, innermost
 * first, and the breadcrumb bar that shows the path and a Back button.
 */
final class SubgraphNavigator {
    /** An opened subgraph or function body. */
    private record Level(String title, GraphProto graph) {
    }

    private final ArrayDeque<Level> levels = new ArrayDeque<>();
    private final Composite bar;
    private final Label label;

    SubgraphNavigator(Composite parent, Runnable back) {
        bar = new Composite(parent, SWT.NONE);
        GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false);
        gd.exclude = true;
        bar.setLayoutData(gd);
        bar.setVisible(false);
        bar.setLayout(new GridLayout(2, false));
        Button backButton = new Button(bar, SWT.PUSH);
        backButton.setText("\u2190 Back");
        backButton.addListener(SWT.Selection, e -> back.run());
        label = new Label(bar, SWT.NONE);
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    }

    boolean inSubgraph() {
        return !levels.isEmpty();
    }

    /** The graph shown: the innermost opened one, else {@code main}. */
    GraphProto current(GraphProto main) {
        return levels.isEmpty() ? main : levels.peek().graph();
    }

    /** What a layout job of the current graph is called. */
    String currentTitle() {
        return levels.isEmpty() ? "main graph" : levels.peek().title();
    }

    void push(String title, GraphProto graph) {
        levels.push(new Level(title, graph));
        update();
    }

    /** Leaves the innermost opened graph; false when the main graph is shown. */
    boolean pop() {
        if (levels.isEmpty()) return false;
        levels.pop();
        update();
        return true;
    }

    /** Back to the main graph (after an edit, or to go to a problem). */
    void clear() {
        levels.clear();
        update();
    }

    /** The breadcrumb's text, "" when hidden. */
    String text() {
        return bar.isVisible() ? label.getText() : "";
    }

    private void update() {
        if (bar.isDisposed()) return;
        boolean show = !levels.isEmpty();
        StringBuilder b = new StringBuilder("main graph");
        Iterator<Level> it = levels.descendingIterator();
        while (it.hasNext()) b.append("  \u203a  ").append(it.next().title());
        label.setText(b + (show ? "   (read-only: edits apply to the main graph)" : ""));
        ((GridData) bar.getLayoutData()).exclude = !show;
        bar.setVisible(show);
        bar.getParent().layout(true, true);
    }
}
