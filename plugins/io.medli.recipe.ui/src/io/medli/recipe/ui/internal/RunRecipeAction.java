package io.medli.recipe.ui.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/** The Run button in each page's header: saves the recipe, then runs it (or searches its variants) in a job. */
final class RunRecipeAction extends Action {
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
        RunRecipeJob.start(editor);
    }
}
