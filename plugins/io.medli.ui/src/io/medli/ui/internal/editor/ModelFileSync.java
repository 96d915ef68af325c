package io.medli.ui.internal.editor;

import org.eclipse.osgi.util.NLS;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;

import io.medli.onnx.OnnxModel;
import io.medli.onnx.proto.ModelProto;
import io.medli.ui.MedliUi;

/**
 * The graph editor and its file: saving through the workspace in a job, and following what
 * happens to the file outside the editor (changed, moved, deleted).
 */
final class ModelFileSync implements IResourceChangeListener {
    private final OnnxModelEditor editor;
    /** While the editor writes its file, the change it makes is not one from outside. */
    private volatile boolean saving;

    ModelFileSync(OnnxModelEditor editor) {
        this.editor = editor;
    }

    void start() {
        ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
    }

    void stop() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        changed(event);
    }

    /**
     * The file was changed, moved or deleted outside the editor: an unchanged editor follows (reloads,
     * takes the new name, closes); one with unsaved edits asks, or says what happened, and keeps them.
     */
    private void changed(IResourceChangeEvent event) {
        IFile f = editor.file();
        if (f == null || event.getDelta() == null) return;
        org.eclipse.core.resources.IResourceDelta d = event.getDelta().findMember(f.getFullPath());
        if (d == null) return;
        if (d.getKind() == org.eclipse.core.resources.IResourceDelta.REMOVED) {
            if ((d.getFlags() & org.eclipse.core.resources.IResourceDelta.MOVED_TO) != 0) {
                IFile moved = ResourcesPlugin.getWorkspace().getRoot().getFile(d.getMovedToPath());
                Display.getDefault().asyncExec(() -> {
                    if (editor.isClosed()) return;
                    editor.moved(moved);
                });
            } else {
                Display.getDefault().asyncExec(this::fileDeleted);
            }
        } else if (d.getKind() == org.eclipse.core.resources.IResourceDelta.CHANGED
                && (d.getFlags() & org.eclipse.core.resources.IResourceDelta.CONTENT) != 0 && !saving) {
            Display.getDefault().asyncExec(this::fileChanged);
        }
    }

    private void fileDeleted() {
        if (editor.isClosed()) return;
        if (!editor.isDirty()) {
            editor.getSite().getPage().closeEditor(editor, false);
            return;
        }
        MessageDialog.openWarning(editor.getSite().getShell(), Messages.Sync_deleted_title, NLS.bind(Messages.Sync_deleted_message, editor.getPartName()));
    }

    private void fileChanged() {
        if (editor.isClosed() || editor.document() == null) return;
        if (editor.isDirty() && !MessageDialog.openQuestion(editor.getSite().getShell(), "File Changed", editor.getPartName() + " was changed outside "
                + "the editor. Replace the editor's contents, and its unsaved edits, with the file?")) {
            return;
        }
        editor.reload();
    }

    /**
     * Writes the current state to {@code target} in a workspace job that holds the file's folder
     * (the write is atomic: a temporary file beside it, then a move) and refreshes the workspace.
     * The UI keeps painting meanwhile, but this returns when the file is written, so that Save and
     * Close keeps its meaning; false when it failed (the file on disk is then unchanged, and a
     * dialog said why).
     */
    boolean save(Path target, IFile workspaceFile) {
        ModelDocument document = editor.document();
        ModelProto m = document.current();
        IFile[] files = workspaceFile != null ? new IFile[] { workspaceFile }
                : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(target.toUri());
        String[] failure = new String[1];
        org.eclipse.core.resources.WorkspaceJob job = new org.eclipse.core.resources.WorkspaceJob(NLS.bind(Messages.Sync_saving, target.getFileName())) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) {
                try {
                    OnnxModel.of(m).write(target);
                } catch (IOException | RuntimeException e) {
                    io.medli.ui.internal.UiLog.error("Saving " + target + " failed; the file on disk is unchanged", e);
                    failure[0] = e.getMessage() == null ? e.toString() : e.getMessage();
                    return Status.OK_STATUS; // reported in a dialog below, not twice
                }
                for (IFile f : files) {
                    try {
                        // DEPTH_ONE: external data files are written beside the model
                        f.getParent().refreshLocal(IResource.DEPTH_ONE, monitor);
                    } catch (CoreException e) {
                        // the workspace notices the change at its next refresh
                    }
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == MedliUi.JOB_FAMILY;
            }
        };
        if (files.length > 0) job.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().modifyRule(files[0].getParent()));
        job.setUser(true);
        saving = true;
        try {
            runWhileDispatching(job);
        } finally {
            saving = false;
        }
        if (failure[0] != null) {
            editor.showError(NLS.bind(Messages.Sync_saveFailed_title, target.getFileName()), NLS.bind(Messages.Sync_saveFailed_message, failure[0]));
            return false;
        }
        document.markSaved(m);
        editor.dirtyChanged();
        return true;
    }

    /** Schedules {@code job} and dispatches UI events until it is done (resource listeners may need the UI thread). */
    private static void runWhileDispatching(Job job) {
        Display display = Display.getCurrent();
        if (display == null) {
            job.schedule();
            try {
                job.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
            @Override
            public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                done.set(true);
                display.wake();
            }
        });
        job.schedule();
        while (!done.get()) {
            if (!display.readAndDispatch()) display.sleep();
        }
    }
}
