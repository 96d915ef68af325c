package io.medli.ui.internal.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;

/** A bar above the canvas that takes no room while hidden (the find bar, the subgraph breadcrumb). */
final class HiddenBar {
    private HiddenBar() {
    }

    /** A hidden bar of {@code columns} grid columns in {@code parent}, whose layout is a GridLayout. */
    static Composite create(Composite parent, int columns) {
        Composite bar = new Composite(parent, SWT.NONE);
        GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false);
        gd.exclude = true;
        bar.setLayoutData(gd);
        bar.setVisible(false);
        bar.setLayout(new GridLayout(columns, false));
        return bar;
    }

    /** Shows or hides {@code bar}, giving its room to the canvas while hidden. */
    static void show(Composite bar, boolean show) {
        ((GridData) bar.getLayoutData()).exclude = !show;
        bar.setVisible(show);
        bar.getParent().layout(true, true);
    }
}
