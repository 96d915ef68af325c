package io.medli.ui.internal.editor;

import org.eclipse.osgi.util.NLS;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.medli.diagram.DiagramScene;
import io.medli.diagram.DiagramSearch;

/** The graph editor's find bar (Ctrl+F): a text, "n of m", Enter/Shift+Enter to step, Esc to close. */
final class FindBar {
    private final OnnxModelEditor editor;
    private final Composite bar;
    private final Text text;
    private final Label status;
    private final List<DiagramSearch.Hit> hits = new ArrayList<>();
    private int index;

    FindBar(Composite parent, OnnxModelEditor editor) {
        this.editor = editor;
        bar = HiddenBar.create(parent, 4);
        new Label(bar, SWT.NONE).setText(Messages.FindBar_label);
        text = new Text(bar, SWT.BORDER | SWT.SEARCH);
        text.setLayoutData(new GridData(260, SWT.DEFAULT));
        status = new Label(bar, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button close = new Button(bar, SWT.PUSH);
        close.setText(Messages.FindBar_close);
        close.addListener(SWT.Selection, e -> hide());
        text.addListener(SWT.Modify, e -> find(text.getText()));
        text.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) next((e.stateMask & SWT.SHIFT) != 0 ? -1 : 1);
            else if (e.keyCode == SWT.ESC) hide();
        });
    }

    void show() {
        HiddenBar.show(bar, true);
        text.setFocus();
        text.selectAll();
    }

    void hide() {
        HiddenBar.show(bar, false);
        editor.canvas().setFocus();
    }

    /** Finds {@code query} in the shown scene and selects the first match; the number of matches. */
    int find(String query) {
        hits.clear();
        index = 0;
        DiagramScene s = editor.figure().scene();
        hits.addAll(DiagramSearch.find(s == null ? null : s.diagram, query));
        if (!status.isDisposed()) {
            status.setText(query.trim().isEmpty() ? "" : hits.isEmpty() ? Messages.FindBar_notFound : NLS.bind(Messages.FindBar_position, 1, hits.size()));
            bar.layout();
        }
        if (!hits.isEmpty()) editor.select(hits.get(0).box(), hits.get(0).edge());
        return hits.size();
    }

    /** Moves to the next (+1) or previous (-1) match. */
    void next(int direction) {
        if (hits.isEmpty()) return;
        index = Math.floorMod(index + direction, hits.size());
        DiagramSearch.Hit hit = hits.get(index);
        editor.select(hit.box(), hit.edge());
        status.setText(NLS.bind(Messages.FindBar_position, index + 1, hits.size()));
    }
}
