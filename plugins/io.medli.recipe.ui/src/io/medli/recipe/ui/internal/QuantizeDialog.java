package io.medli.recipe.ui.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

import io.medli.recipe.QuantizeMode;
import io.medli.recipe.templates.ModelKind;
import io.medli.recipe.templates.RecipeTemplates;

/** Quantize...: the mode (static int8 where there are images to calibrate on, dynamic int8 for sequence models, float16) and the calibration data. */
final class QuantizeDialog extends OneStepDialog {
    private static final List<QuantizeMode> MODES = List.of(QuantizeMode.STATIC, QuantizeMode.DYNAMIC, QuantizeMode.FLOAT16);
    private Combo mode, data;

    QuantizeDialog(Shell shell, IFile model, RecipeTemplates.Facts facts) {
        super(shell, model, facts, "Quantize...", "Quantize the model and open the result; the recipe is saved beside it");
    }

    @Override
    void createFields(Composite c) {
        label(c, "&Mode:");
        boolean calibrate = facts.kind() != ModelKind.SEQUENCE && !folders().isEmpty();
        mode = combo(c, "mode", List.of("static int8 (calibrated)", "dynamic int8", "float16"), calibrate ? 0 : 1);
        label(c, "&Calibration data:");
        data = combo(c, "data", folders().stream().map(this::shown).toList(), 0);
        mode.addListener(org.eclipse.swt.SWT.Selection, e -> data.setEnabled(mode.getSelectionIndex() == 0));
        data.setEnabled(mode.getSelectionIndex() == 0);
    }

    @Override
    protected void okPressed() {
        QuantizeMode m = MODES.get(mode.getSelectionIndex());
        if (m == QuantizeMode.STATIC && data.getSelectionIndex() < 0) {
            setErrorMessage("Static int8 calibrates on images: add a folder of images to the project, or choose dynamic int8");
            return;
        }
        Path cal = m == QuantizeMode.STATIC ? folders().get(data.getSelectionIndex()) : null;
        done(RecipeTemplates.quantize(recipeDir(), modelPath(), m, cal),
                base() + "-" + (m == QuantizeMode.FLOAT16 ? "float16" : m == QuantizeMode.DYNAMIC ? "dynamic-int8" : "int8"));
    }
}
