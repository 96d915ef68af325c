package io.medli.decide.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Recommend Hardware... on an .onnx file (or in its graph editor): the Decision Tree view with the model's facts filled in. */
public final class RecommendHardwareHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IFile file = null;
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s && s.size() == 1) file = Adapters.adapt(s.getFirstElement(), IFile.class);
        if (file == null) {
            IEditorPart editor = HandlerUtil.getActiveEditor(event);
            if (editor != null && editor.getEditorInput() instanceof IFileEditorInput in) file = in.getFile();
        }
        if (file == null || file.getLocation() == null) throw new ExecutionException("Recommend Hardware works on one .onnx file in the workspace");
        IWorkbenchWindow w = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        try {
            DecisionTreeView v = (DecisionTreeView) w.getActivePage().showView(DecisionTreeView.ID);
            v.setModel(file.getLocation().toFile().toPath());
        } catch (PartInitException e) {
            throw new ExecutionException("Cannot open the Decision Tree view: " + e.getMessage(), e);
        }
        return null;
    }
}
