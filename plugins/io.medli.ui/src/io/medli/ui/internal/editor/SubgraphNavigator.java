package io.medli.ui.internal.editor;

import java.util.ArrayDeque;
import java.util.Iterator;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
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
        bar = HiddenBar.create(parent, 2);
        Button backButton = new Button(bar, SWT.PUSH);
        backButton.setText(Messages.Breadcrumb_back);
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
        label.setText(show ? NLS.bind(Messages.Breadcrumb_readOnly, b) : b.toString());
        HiddenBar.show(bar, show);
    }
}
