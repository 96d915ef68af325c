package io.medli.recipe.ui.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import io.medli.launch.RecipeLaunching;

/**
 * The Run button in each page's header: saves the recipe, then launches its "Compression Recipe"
 * configuration (made on first use), the same launch as Run As, with its console and Terminate.
 */
public final class RunRecipeAction extends Action {
    private final RecipeEditor editor;

    private RunRecipeAction(RecipeEditor editor) {
        super("Run");
        setToolTipText("Save and run the recipe; unchanged steps are reused from earlier runs");
        setImageDescriptor(org.eclipse.ui.PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(org.eclipse.ui.ISharedImages.IMG_TOOL_FORWARD));
        this.editor = editor;
    }

    static void addTo(ScrolledForm form, RecipeEditor editor) {
        form.getToolBarManager().add(new RunRecipeAction(editor));
        form.getToolBarManager().update(true);
    }

    @Override
    public void run() {
        start(editor);
    }

    /** Saves and launches; false when the save failed or the recipe has errors (each said in a dialog). */
    public static boolean start(RecipeEditor editor) {
        if (editor.isDirty()) editor.doSave(null);
        if (editor.isDirty()) return false; // the save failed and said why
        if (editor.problems().getSeverity() >= Diagnostic.ERROR) {
            MessageDialog.openError(editor.getSite().getShell(), "The recipe cannot run",
                    "Fix the problems first (see the Problems view): " + editor.problems().getChildren().get(0).getMessage());
            return false;
        }
        try {
            DebugUITools.launch(RecipeLaunching.findOrCreate(editor.file()), ILaunchManager.RUN_MODE);
            return true;
        } catch (CoreException e) {
            MessageDialog.openError(editor.getSite().getShell(), "The recipe cannot run", e.getStatus().getMessage());
            return false;
        }
    }
}
