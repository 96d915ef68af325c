package io.medli.boards.ui.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchShortcut;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;

import io.medli.launch.EdgeBenchmarking;

/** Run As > Edge Benchmark on an .onnx file or in its editor: its configuration, made on first use (this machine until boards are chosen). */
public final class EdgeBenchmarkShortcut implements ILaunchShortcut {
    @Override
    public void launch(ISelection selection, String mode) {
        if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof org.eclipse.core.runtime.IAdaptable a) {
            IFile f = a.getAdapter(IFile.class);
            if (f != null) launch(f, mode);
        }
    }

    @Override
    public void launch(IEditorPart editor, String mode) {
        IFile f = editor.getEditorInput().getAdapter(IFile.class);
        if (f != null) launch(f, mode);
    }

    private static void launch(IFile file, String mode) {
        try {
            DebugUITools.launch(EdgeBenchmarking.findOrCreate(file), mode);
        } catch (CoreException e) {
            ErrorDialog.openError(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "Edge Benchmark", "No launch configuration for " + file.getName(),
                    e.getStatus());
        }
    }
}
