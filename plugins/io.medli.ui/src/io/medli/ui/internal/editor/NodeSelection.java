package io.medli.ui.internal.editor;

import org.eclipse.core.runtime.IAdaptable;
import io.medli.diagram.DiagramScene;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * What is selected in the graph editor: a box (an operator or terminal) or an edge (a tensor).
 * Adapts to {@link IPropertySource} for the Properties view.
 */
public final class NodeSelection implements IAdaptable {
    private final OnnxModelEditor editor;
    private final DiagramScene scene;
    private final int box;
    private final String tensor;

    NodeSelection(OnnxModelEditor editor, DiagramScene scene, int box, String tensor) {
        this.editor = editor;
        this.scene = scene;
        this.box = box;
        this.tensor = tensor;
    }

    public DiagramScene scene() { return scene; }
    /** The selected box, or -1 when a tensor is selected. */
    public int box() { return box; }
    /** The selected tensor, or null when a box is selected. */
    public String tensor() { return tensor; }
    /** Index of the selected operator in its graph, or -1. */
    public int nodeIndex() { return box < 0 ? -1 : scene.diagram.nodes().get(box).nodeIndex(); }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySource.class) {
            return adapter.cast(new NodePropertySource(editor, this));
        }
        return null;
    }

    @Override
    public String toString() {
        return box >= 0 ? scene.diagram.nodes().get(box).title() + " " + scene.diagram.nodes().get(box).name() : "tensor " + tensor;
    }
}
