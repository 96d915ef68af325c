package io.medli.recipe.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import io.medli.launch.RecipeLaunching;
import io.medli.recipe.Recipe;
import io.medli.recipe.files.RecipeFileException;
import io.medli.recipe.files.RecipeFiles;
import io.medli.recipe.templates.RecipeTemplates;

/**
 * Quantize..., Prune... and Compare With...: the one-step recipe is saved beside the model (so it
 * can be rerun and changed), launched like any recipe (console, Terminate, Runs page), and its
 * result opened when it ends - the new model in the graph editor, or a comparison's report.
 */
public final class OneStepRun extends Job {
    /** The family of one-step runs (join it to wait for one). */
    public static final Object FAMILY = OneStepRun.class;

    enum Result { MODEL, REPORT }

    private final IFile recipe;
    private final Result open;
    private volatile IFile opened;

    private OneStepRun(String name, IFile recipe, Result open) {
        super(name);
        this.recipe = recipe;
        this.open = open;
        setUser(true);
    }

    /** Saves {@code r} as {@code stem.medlirecipe} (or {@code stem-2}...) beside {@code model} and runs it. */
    static OneStepRun start(IFile model, Recipe r, String stem, Result open) throws RecipeFileException, CoreException {
        IContainer folder = recipeFolder(model);
        Path file = RecipeTemplates.freeName(folder.getLocation().toFile().toPath(), stem);
        RecipeFiles.save(r, file);
        IFile recipe = folder.getFile(new org.eclipse.core.runtime.Path(file.getFileName().toString()));
        recipe.refreshLocal(IResource.DEPTH_ZERO, null);
        OneStepRun job = new OneStepRun(r.getName(), recipe, open);
        job.schedule();
        return job;
    }

    /** Where a one-step recipe goes: beside the model, or beside the runs folder when the model is one a run made. */
    static IContainer recipeFolder(IFile model) {
        IContainer folder = model.getParent();
        for (IContainer c = folder; c != null && c.getType() != IResource.ROOT; c = c.getParent()) {
            if (c.getName().equals("runs") && c.getParent() != null) folder = c.getParent();
        }
        return folder;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** The recipe file this run saved. */
    public IFile recipe() {
        return recipe;
    }

    /** The file opened at the end (the model or the report), once the job is done; null if the run failed. */
    public IFile opened() {
        return opened;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        ILaunch launch;
        try {
            launch = RecipeLaunching.findOrCreate(recipe).launch(ILaunchManager.RUN_MODE, monitor, false, true);
        } catch (CoreException e) {
            return e.getStatus();
        }
        IProcess p = launch.getProcesses().length == 0 ? null : launch.getProcesses()[0];
        if (p == null) return Status.error("the recipe " + recipe.getName() + " did not start");
        while (!p.isTerminated()) {
            if (monitor.isCanceled()) {
                try {
                    p.terminate();
                } catch (DebugException e) {
                    // the run stops at its next step anyway
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Status.CANCEL_STATUS;
            }
        }
        try {
            Job.getJobManager().join(RecipeLaunching.FAMILY, null); // the runs folder is in the workspace
            if (p.getExitValue() != 0) {
                return p.getExitValue() == 130 ? Status.CANCEL_STATUS
                        : Status.error(recipe.getName() + ": " + p.getStreamsProxy().getErrorStreamMonitor().getContents().trim());
            }
        } catch (DebugException | InterruptedException e) {
            return Status.error(e.getMessage(), e);
        }
        String result = p.getAttribute(open == Result.MODEL ? RecipeLaunching.ATTR_MODEL : RecipeLaunching.ATTR_REPORT);
        IFile[] files = result == null ? new IFile[0] : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(Path.of(result).toUri());
        if (files.length == 0) return Status.OK_STATUS;
        opened = files[0];
        Display.getDefault().asyncExec(() -> {
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            try {
                if (open == Result.MODEL) IDE.openEditor(page, opened);
                else RunsPage.openReport(Path.of(result));
            } catch (PartInitException e) {
                io.medli.ui.internal.UiLog.error("cannot open " + result, e);
            }
        });
        return Status.OK_STATUS;
    }
}
