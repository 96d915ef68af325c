package io.medli.recipe.ui.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import io.medli.recipe.Recipe;
import io.medli.recipe.check.RecipeChecks;
import io.medli.recipe.check.RecipeFixes;
import io.medli.recipe.files.RecipeFileException;
import io.medli.recipe.files.RecipeFiles;

/**
 * Quick fixes on recipe markers (Problems view, Ctrl+1): the fixes {@link RecipeFixes} finds obvious.
 * With the recipe open in its editor the fix is a command there (undoable; saved at once when the
 * editor held no other change); otherwise the file is changed and saved atomically.
 */
public final class RecipeQuickFixes implements IMarkerResolutionGenerator2 {
    /** Set on markers whose problem has a fix, so that the Problems view asks only for those. */
    static final String FIXABLE = "io.medli.recipe.fixable";

    @Override
    public boolean hasResolutions(IMarker marker) {
        return marker.getAttribute(FIXABLE, false);
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        Found f = find(marker);
        if (f == null) return new IMarkerResolution[0];
        return f.fixes().stream().map(x -> new Resolution(x.label())).toArray(IMarkerResolution[]::new);
    }

    /** The recipe the marker is on (the open editor's, or the file's), its problem, and that problem's fixes. */
    private record Found(IFile file, RecipeEditor editor, Recipe recipe, List<RecipeFixes.Fix> fixes) {
    }

    static Found find(IMarker marker) {
        if (!(marker.getResource() instanceof IFile file) || file.getLocation() == null) return null;
        RecipeEditor editor = openEditor(file);
        Recipe recipe;
        try {
            recipe = editor != null ? editor.recipe() : RecipeFiles.load(file.getLocation().toFile().toPath());
        } catch (RecipeFileException e) {
            return null;
        }
        Path base = file.getLocation().toFile().toPath().getParent();
        String fragment = marker.getAttribute(RecipeMarkers.OBJECT, null), message = marker.getAttribute(IMarker.MESSAGE, "");
        for (Diagnostic d : RecipeChecks.check(recipe, base).getChildren()) {
            if (!message.equals(d.getMessage()) || d.getData().isEmpty() || !(d.getData().get(0) instanceof EObject o)) continue;
            if (fragment != null && o.eResource() != null && !fragment.equals(o.eResource().getURIFragment(o))) continue;
            return new Found(file, editor, recipe, RecipeFixes.of(recipe, base, d));
        }
        return null;
    }

    private static RecipeEditor openEditor(IFile file) {
        for (IWorkbenchWindow w : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage p : w.getPages()) {
                for (IEditorReference r : p.getEditorReferences()) {
                    if (r.getEditor(false) instanceof RecipeEditor e && file.equals(e.file())) return e;
                }
            }
        }
        return null;
    }

    private static final class Resolution implements IMarkerResolution2 {
        private final String label;

        Resolution(String label) {
            this.label = label;
        }

        @Override
        public String getLabel() {
            return label;
        }

        @Override
        public String getDescription() {
            return label + " (Edit > Undo takes it back while the recipe is open in its editor)";
        }

        @Override
        public Image getImage() {
            return null;
        }

        @Override
        public void run(IMarker marker) {
            Found f = find(marker);
            RecipeFixes.Fix fix = f == null ? null : f.fixes().stream().filter(x -> x.label().equals(label)).findFirst().orElse(null);
            if (fix == null) return; // fixed meanwhile
            if (f.editor() != null) {
                boolean clean = !f.editor().isDirty();
                EditingDomain d = f.editor().domain();
                Command c = switch (fix) {
                    case RecipeFixes.SetValue s -> SetCommand.create(d, s.owner(), s.feature(), s.value());
                    case RecipeFixes.Move m -> MoveCommand.create(d, m.recipe(), io.medli.recipe.RecipePackage.Literals.RECIPE__STEPS, m.step(), m.to());
                };
                d.getCommandStack().execute(c);
                if (clean) f.editor().doSave(null);
                return;
            }
            try {
                RecipeFixes.apply(fix);
                RecipeFiles.save(f.recipe(), f.file().getLocation().toFile().toPath());
                f.file().refreshLocal(0, null);
                RecipeMarkers.update(f.file(), f.recipe(), RecipeChecks.check(f.recipe(), f.file().getLocation().toFile().toPath().getParent()));
            } catch (RecipeFileException | CoreException e) {
                MessageDialog.openError(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "Cannot fix the recipe", e.getMessage());
            }
        }
    }
}
