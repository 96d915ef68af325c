package io.medli.recipe.ui.internal;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;

import io.medli.recipe.PruneStructure;
import io.medli.recipe.templates.RecipeTemplates;

/** Prune...: whole channels (smaller and faster) or single weights (sparser), and how much. */
final class PruneDialog extends OneStepDialog {
    private Combo structure;
    private Spinner percent;

    PruneDialog(Shell shell, IFile model, RecipeTemplates.Facts facts) {
        super(shell, model, facts, "Prune...", "Prune the model by weight magnitude and open the result; fine-tune it with a Retrain step in a recipe");
    }

    @Override
    void createFields(Composite c) {
        label(c, "&Structure:");
        structure = combo(c, "structure", List.of("channels", "weights"), 0);
        label(c, "&Ratio (%):");
        percent = new Spinner(c, SWT.BORDER);
        percent.setData("field", "ratio");
        percent.setValues(30, 1, 90, 0, 5, 10);
        structure.addListener(SWT.Selection, e -> percent.setMaximum(structure.getSelectionIndex() == 0 ? 90 : 99));
    }

    @Override
    protected void okPressed() {
        PruneStructure s = structure.getSelectionIndex() == 0 ? PruneStructure.CHANNELS : PruneStructure.WEIGHTS;
        done(RecipeTemplates.prune(recipeDir(), modelPath(), s, percent.getSelection() / 100.0),
                base() + "-pruned-" + percent.getSelection());
    }
}
