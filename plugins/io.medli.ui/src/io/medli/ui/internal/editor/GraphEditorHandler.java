package io.medli.ui.internal.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import io.medli.onnx.edit.ModelEdits;

/** Runs the graph editor's commands (Model menu and key bindings) on the active editor. */
public final class GraphEditorHandler extends AbstractHandler {
    public static final String PREFIX = "io.medli.ui.graph.";

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        if (!(part instanceof OnnxModelEditor e)) return null;
        String id = event.getCommand().getId().substring(PREFIX.length());
        switch (id) {
            case "rename" -> e.rename();
            case "find" -> e.showFindBar();
            case "zoomIn" -> e.zoomAround(1.25, -1, -1);
            case "zoomOut" -> e.zoomAround(0.8, -1, -1);
            case "zoomFit" -> e.zoomToFit();
            case "zoomActual" -> e.setZoom(1);
            case "back" -> e.back();
            case "profile" -> e.profileOnThisMachine();
            case "inputSizes" -> e.editInputSizes();
            case "removeUnusedWeights" -> e.execute(ModelEdits.removeUnusedWeights());
            default -> throw new IllegalArgumentException("unknown graph editor command " + id);
        }
        return null;
    }
}
