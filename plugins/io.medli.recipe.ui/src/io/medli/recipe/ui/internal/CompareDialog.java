package io.medli.recipe.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

import io.medli.recipe.templates.RecipeTemplates;

/** Compare With...: another model of the project as the reference (the float original, say), and the data to compare on. */
final class CompareDialog extends OneStepDialog {
    private final List<IFile> models = new ArrayList<>();
    private Combo reference, data;

    CompareDialog(Shell shell, IFile model, RecipeTemplates.Facts facts) {
        super(shell, model, facts, "Compare With...", "Measure the model against another one: fidelity on the data, latency side by side");
    }

    @Override
    void createFields(Composite c) {
        try {
            model.getProject().accept(r -> {
                if (r instanceof IFile f && "onnx".equals(f.getFileExtension()) && !f.equals(model)) models.add(f);
                return true;
            });
            // the user's own models first, the ones runs made after them
            models.sort(java.util.Comparator.comparing((IFile f) -> inRuns(f)).thenComparing(f -> f.getProjectRelativePath().toString()));
        } catch (CoreException e) {
            setErrorMessage(e.getMessage());
        }
        label(c, "&Reference model:");
        reference = combo(c, "reference", models.stream().map(f -> f.getProjectRelativePath().toString()).toList(), 0);
        label(c, "&Data:");
        List<String> items = new ArrayList<>(List.of("(none: latency only)"));
        folders().stream().map(this::shown).forEach(items::add);
        data = combo(c, "data", items, items.size() > 1 ? 1 : 0);
        if (models.isEmpty()) setErrorMessage("The project has no other .onnx model to compare with");
    }

    private static boolean inRuns(IResource r) {
        for (String s : r.getProjectRelativePath().segments()) if (s.equals("runs")) return true;
        return false;
    }

    @Override
    protected void okPressed() {
        if (reference.getSelectionIndex() < 0) return;
        IFile ref = models.get(reference.getSelectionIndex());
        Path v = data.getSelectionIndex() <= 0 ? null : folders().get(data.getSelectionIndex() - 1);
        done(RecipeTemplates.compare(recipeDir(), modelPath(), ref.getLocation().toFile().toPath(), v, v != null && v.equals(facts.labelled())),
                base() + "-vs-" + ref.getName().replaceFirst("\\.onnx$", ""));
    }

    @Override
    OneStepRun.Result result() {
        return OneStepRun.Result.REPORT;
    }
}
