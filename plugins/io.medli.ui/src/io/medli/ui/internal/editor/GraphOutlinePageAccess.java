package io.medli.ui.internal.editor;

import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;

import io.medli.diagram.DiagramNode;

/** Test access to an editor's outline page (the page class itself stays package-private). */
public final class GraphOutlinePageAccess {
    private final GraphOutlinePage page;

    public GraphOutlinePageAccess(OnnxModelEditor editor) {
        this.page = editor.outlinePage();
        if (page == null) throw new IllegalStateException("the Outline view has not asked the editor for its page");
    }

    public List<DiagramNode> listed() {
        return page.listed();
    }

    public void setFilter(String text) {
        page.setFilter(text);
    }

    public void select(DiagramNode node) {
        page.setSelection(new StructuredSelection(node));
    }
}
