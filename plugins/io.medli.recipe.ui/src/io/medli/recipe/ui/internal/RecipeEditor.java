package io.medli.recipe.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.ide.IGotoMarker;

import io.medli.recipe.DataSet;
import io.medli.recipe.Goal;
import io.medli.recipe.Recipe;
import io.medli.recipe.Step;
import io.medli.recipe.check.RecipeChecks;
import io.medli.recipe.files.RecipeFileException;
import io.medli.recipe.files.RecipeFiles;
import io.medli.recipe.provider.RecipeItemProviderAdapterFactory;
import io.medli.ui.internal.UiLog;

/**
 * The recipe editor: Overview (source, data, target, goals), Steps (master/details), Runs (history,
 * run, reports) and Source (the XML as it will be saved). Every change is an EMF command on one stack:
 * Edit > Undo/Redo and the dirty state follow it. The recipe is checked after every change (the
 * header says how many problems) and on save the problems become markers; double-clicking one
 * selects the step, data set or goal it is about.
 */
public final class RecipeEditor extends FormEditor implements IEditingDomainProvider, IGotoMarker {
    public static final String ID = "io.medli.recipe.ui.editor";

    private ComposedAdapterFactory factory;
    private AdapterFactoryEditingDomain domain;
    private Recipe recipe;
    private IFile file;
    private final List<Runnable> refreshers = new ArrayList<>();
    private Diagnostic problems;
    private OverviewPage overview;
    private StepsPage steps;
    private RunsPage runs;
    private SourcePage source;
    private final Action undo = new Action("Undo") {
        @Override
        public void run() {
            domain.getCommandStack().undo();
        }
    };
    private final Action redo = new Action("Redo") {
        @Override
        public void run() {
            domain.getCommandStack().redo();
        }
    };

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput fi)) throw new PartInitException("the recipe editor opens recipe files in the workspace");
        file = fi.getFile();
        factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        factory.addAdapterFactory(new RecipeItemProviderAdapterFactory());
        factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        BasicCommandStack stack = new BasicCommandStack();
        domain = new AdapterFactoryEditingDomain(factory, stack, new HashMap<>());
        try {
            recipe = RecipeFiles.parse(domain.getResourceSet(), Files.readAllBytes(location()), location());
        } catch (RecipeFileException e) {
            throw new PartInitException(e.getMessage());
        } catch (java.io.IOException e) {
            throw new PartInitException("cannot read " + file.getFullPath() + ": " + e.getMessage());
        }
        super.init(site, input);
        setPartName(file.getName());
        stack.addCommandStackListener(e -> getSite().getShell().getDisplay().asyncExec(this::changed));
        problems = RecipeChecks.check(recipe, baseDir());
        file.getWorkspace().addResourceChangeListener(runsChanged, org.eclipse.core.resources.IResourceChangeEvent.POST_CHANGE);
    }

    /** A run (from this editor, Run As, the command line) wrote into runs/: the Runs page shows it. */
    private final org.eclipse.core.resources.IResourceChangeListener runsChanged = event -> {
        if (event.getDelta() == null || event.getDelta().findMember(file.getParent().getFullPath().append("runs")) == null) return;
        getSite().getShell().getDisplay().asyncExec(() -> {
            if (runs != null) runs.refresh();
            if (overview != null && overview.goalStatus() != null) overview.goalStatus().refresh();
        });
    };

    @Override
    protected void addPages() {
        try {
            overview = new OverviewPage(this);
            steps = new StepsPage(this);
            runs = new RunsPage(this);
            addPage(overview);
            addPage(steps);
            addPage(runs);
            source = new SourcePage(this);
            addPage(source);
        } catch (PartInitException e) {
            UiLog.error("cannot open the recipe editor's pages", e);
        }
        IActionBars bars = getEditorSite().getActionBars();
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.updateActionBars();
        updateActions();
    }

    /** After every command (and undo/redo): dirty state, actions, every page, and the problems. */
    private void changed() {
        if (getContainer() == null || getContainer().isDisposed()) return;
        firePropertyChange(PROP_DIRTY);
        updateActions();
        problems = RecipeChecks.check(recipe, baseDir());
        for (Runnable r : refreshers) r.run();
    }

    private void updateActions() {
        CommandStack s = domain.getCommandStack();
        undo.setEnabled(s.canUndo());
        undo.setText(s.canUndo() ? "Undo " + s.getUndoCommand().getLabel() : "Undo");
        redo.setEnabled(s.canRedo());
        redo.setText(s.canRedo() ? "Redo " + s.getRedoCommand().getLabel() : "Redo");
    }

    /** Pages register here to show the model after each change. */
    void onChange(Runnable r) {
        refreshers.add(r);
    }

    /** The header message of a page: the number of problems and the first one. */
    void showProblems(org.eclipse.ui.forms.widgets.ScrolledForm form) {
        List<Diagnostic> all = problems.getChildren();
        long errors = all.stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR).count();
        if (all.isEmpty()) form.setMessage(null, IMessageProvider.NONE);
        else form.setMessage(all.size() + (all.size() == 1 ? " problem: " : " problems, the first: ") + all.get(0).getMessage(),
                errors > 0 ? IMessageProvider.ERROR : IMessageProvider.WARNING);
    }

    public Diagnostic problems() {
        return problems;
    }

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    ComposedAdapterFactory adapterFactory() {
        return factory;
    }

    public Recipe recipe() {
        return recipe;
    }

    public IFile file() {
        return file;
    }

    Path location() {
        return file.getLocation().toFile().toPath();
    }

    Path baseDir() {
        return location().getParent();
    }

    public StepsPage stepsPage() {
        return steps;
    }

    public OverviewPage overviewPage() {
        return overview;
    }

    public RunsPage runsPage() {
        return runs;
    }

    @Override
    public boolean isDirty() {
        return domain != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded() || source != null && source.edited();
    }

    /** The Source page's text changed by typing: the editor is dirty until it is read back or saved. */
    void sourceEdited() {
        firePropertyChange(PROP_DIRTY);
    }

    public SourcePage sourcePage() {
        return source;
    }

    /** Writes the recipe atomically (the file on disk stays whole if writing fails) and puts its problems on it as markers. */
    @Override
    public void doSave(IProgressMonitor monitor) {
        if (source != null && !source.apply()) {
            setActivePage(source.getId());
            org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), "Cannot save the recipe",
                    "The Source page does not hold a readable recipe; fix it there (its header says why), or undo the typing.");
            if (monitor != null) monitor.setCanceled(true);
            return;
        }
        try {
            RecipeFiles.save(recipe, location());
            file.refreshLocal(IResource.DEPTH_ZERO, monitor);
            ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
            firePropertyChange(PROP_DIRTY);
            RecipeMarkers.update(file, recipe, RecipeChecks.check(recipe, baseDir()));
        } catch (RecipeFileException | CoreException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), "Cannot save the recipe", e.getMessage());
            if (monitor != null) monitor.setCanceled(true);
        }
    }

    @Override
    public void doSaveAs() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void gotoMarker(IMarker marker) {
        EObject o = RecipeMarkers.target(recipe, marker);
        while (o != null && !(o instanceof Step || o instanceof DataSet || o instanceof Goal)) o = o.eContainer();
        if (o instanceof Step s) {
            setActivePage(steps.getId());
            steps.select(s);
        } else if (o != null) {
            setActivePage(overview.getId());
            overview.select(o);
        } else {
            setActivePage(overview.getId());
        }
    }

    /** The page that is showing (tests switch pages through {@link #setActivePage(String)}). */
    public IFormPage activePage() {
        return getActivePageInstance();
    }

    @Override
    public void dispose() {
        if (file != null) file.getWorkspace().removeResourceChangeListener(runsChanged);
        refreshers.clear();
        if (factory != null) factory.dispose();
        super.dispose();
    }
}
