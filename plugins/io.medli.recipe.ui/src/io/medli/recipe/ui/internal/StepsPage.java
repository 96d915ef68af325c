package io.medli.recipe.ui.internal;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import io.medli.recipe.Recipe;
import io.medli.recipe.RecipePackage;
import io.medli.recipe.Step;

/** Steps: the ordered list (add of a kind, remove, up, down) and the selected step's parameters. */
public final class StepsPage extends FormPage {
    private static final RecipePackage P = RecipePackage.eINSTANCE;
    private final RecipeEditor editor;
    private ListDetails list;

    StepsPage(RecipeEditor editor) {
        super(editor, "steps", "Steps");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managed) {
        ScrolledForm form = managed.getForm();
        form.setText("Steps");
        RunRecipeAction.addTo(form, editor);
        form.getBody().setLayout(new GridLayout(1, false));
        Recipe r = editor.recipe();
        List<EClass> kinds = List.of(P.getDistillStep(), P.getSpecializeStep(), P.getPruneStep(), P.getRetrainStep(), P.getQuantizeStep(),
                P.getOptimizeStep(), P.getEvaluateStep(), P.getBenchmarkStep());
        list = new ListDetails(form.getBody(), managed.getToolkit(), editor, r, P.getRecipe_Steps(), kinds, StepLabels::of, o -> {
            Step s = (Step) o;
            s.setName(uniqueName(r, s.eClass().getName().replace("Step", "").toLowerCase(java.util.Locale.ROOT)));
            return s;
        }, Set.of());
        editor.onChange(() -> {
            if (form.isDisposed()) return;
            list.refresh();
            editor.showProblems(form);
        });
        editor.showProblems(form);
    }

    /** "quantize", then "quantize-2", "quantize-3"...: step names are unique (variants and runs refer to them). */
    static String uniqueName(Recipe r, String base) {
        String candidate = base;
        for (int n = 2; true; n++) {
            String c = candidate;
            if (r.getSteps().stream().noneMatch(s -> c.equals(s.getName()))) return c;
            candidate = base + "-" + n;
        }
    }

    /** Selects a step (a marker's target, or a test's). */
    public void select(EObject step) {
        if (list != null) list.select(step);
    }

    ListDetails list() {
        return list;
    }
}
