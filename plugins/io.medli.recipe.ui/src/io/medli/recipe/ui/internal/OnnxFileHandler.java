package io.medli.recipe.ui.internal;

import java.io.IOException;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import io.medli.recipe.files.RecipeFileException;
import io.medli.recipe.templates.RecipeTemplates;

/**
 * Compress..., Quantize..., Prune... and Compare With... on an .onnx file, from the Project Explorer
 * or the graph editor: the model is looked at (its kind, the data in its project), then the wizard
 * or the one-step dialog opens with defaults from it.
 */
public final class OnnxFileHandler extends AbstractHandler {
    public static final String COMPRESS = "io.medli.recipe.ui.compress", QUANTIZE = "io.medli.recipe.ui.quantize", PRUNE = "io.medli.recipe.ui.prune",
            COMPARE = "io.medli.recipe.ui.compareWith";

    @Override
    public Object execute(ExecutionEvent event) {
        IFile model = model(HandlerUtil.getCurrentSelection(event), HandlerUtil.getActiveEditor(event));
        Shell shell = HandlerUtil.getActiveShell(event);
        if (model == null || model.getLocation() == null) {
            MessageDialog.openInformation(shell, "MEDLI", "Select an .onnx file in the workspace first.");
            return null;
        }
        RecipeTemplates.Facts facts;
        try {
            facts = RecipeTemplates.inspect(model.getLocation().toFile().toPath(), model.getProject().getLocation().toFile().toPath());
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(shell, "Cannot read " + model.getName(), model.getName() + " is not a readable ONNX model: " + e.getMessage());
            return null;
        }
        String id = event.getCommand().getId();
        if (id.equals(COMPRESS)) {
            new WizardDialog(shell, new NewRecipeWizard(model, facts)).open();
            return null;
        }
        OneStepDialog d = switch (id) {
            case QUANTIZE -> new QuantizeDialog(shell, model, facts);
            case PRUNE -> new PruneDialog(shell, model, facts);
            default -> new CompareDialog(shell, model, facts);
        };
        if (d.open() != Window.OK) return null;
        try {
            OneStepRun.start(model, d.recipe(), d.stem(), d.result());
        } catch (RecipeFileException | CoreException e) {
            MessageDialog.openError(shell, "Cannot save the recipe", e.getMessage());
        }
        return null;
    }

    private static IFile model(ISelection selection, IEditorPart editor) {
        if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof IAdaptable a) {
            IFile f = a.getAdapter(IFile.class);
            if (f != null && "onnx".equals(f.getFileExtension())) return f;
        }
        if (editor != null) {
            IFile f = editor.getEditorInput().getAdapter(IFile.class);
            if (f != null && "onnx".equals(f.getFileExtension())) return f;
        }
        return null;
    }
}
