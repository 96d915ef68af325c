package io.medli.ui.internal.editor;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import io.medli.onnx.edit.EditException;
import io.medli.onnx.edit.ModelEdit;
import io.medli.onnx.edit.ModelEdits;
import io.medli.onnx.proto.ModelProto;

/** An edit on the platform's operation history: Edit > Undo/Redo, Ctrl+Z/Ctrl+Y. */
public final class ModelEditOperation extends AbstractOperation {
    private final ModelDocument document;
    private final ModelEdit edit;
    private ModelProto before;
    private ModelProto after;

    public ModelEditOperation(ModelDocument document, ModelEdit edit, IUndoContext context) {
        super(edit.label());
        this.document = document;
        this.edit = edit;
        addContext(context);
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        before = document.current();
        try {
            after = ModelEdits.apply(before, edit);
        } catch (EditException e) {
            // refused edits leave the model as it was; the message says why
            return Status.error(e.getMessage());
        }
        document.set(after);
        return Status.OK_STATUS;
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        document.set(before);
        return Status.OK_STATUS;
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        document.set(after);
        return Status.OK_STATUS;
    }

    @Override
    public boolean canUndo() {
        return document.current() == after;
    }

    @Override
    public boolean canRedo() {
        return document.current() == before;
    }
}
