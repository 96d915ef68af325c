package io.medli.recipe.ui.internal;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

import io.medli.recipe.DataSet;
import io.medli.recipe.Goal;
import io.medli.recipe.Recipe;
import io.medli.recipe.RecipeFactory;
import io.medli.recipe.RecipePackage;

/** Overview: what the recipe starts from, the data it reads, where it runs and what it must reach. */
public final class OverviewPage extends FormPage {
    private static final RecipePackage P = RecipePackage.eINSTANCE;
    private final RecipeEditor editor;
    private ListDetails data, goals, variants;
    private GoalStatus goalStatus;

    OverviewPage(RecipeEditor editor) {
        super(editor, "overview", "Overview");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managed) {
        ScrolledForm form = managed.getForm();
        FormToolkit kit = managed.getToolkit();
        Recipe r = editor.recipe();
        form.setText("Recipe: " + (r.getName() == null ? editor.file().getName() : r.getName()));
        RunRecipeAction.addTo(form, editor);
        Composite body = form.getBody();
        body.setLayout(new GridLayout(2, true));
        if (r.getTarget() == null) r.setTarget(RecipeFactory.eINSTANCE.createTarget()); // every recipe has one; not an edit of its own
        AttributeForm general = new AttributeForm(section(kit, body, "General", "The model the recipe starts from, relative to the recipe's folder."),
                kit, editor.domain(), editor.adapterFactory(), r, Set.of(P.getRecipe_FormatVersion()));
        AttributeForm target = new AttributeForm(section(kit, body, "Target", "Where the models run and are timed (this machine; boards come with the deploy launcher)."),
                kit, editor.domain(), editor.adapterFactory(), r.getTarget(), Set.of());
        Composite ds = section(kit, body, "Data", "Calibration, validation and training data, each with its preprocessing.");
        data = new ListDetails(ds, kit, editor, r, P.getRecipe_DataSets(), List.of(P.getDataSet()), StepLabels::of, o -> {
            ((DataSet) o).setScale(1.0 / 255);
            return o;
        }, Set.of());
        Composite gs = section(kit, body, "Goals", "What the result must reach, absolute or relative to the source model.");
        goals = new ListDetails(gs, kit, editor, r, P.getRecipe_Goals(), List.of(P.getGoal()), StepLabels::of, o -> o, Set.of());
        goalStatus = new GoalStatus(gs, kit, editor);
        goalStatus.refresh();
        Composite vs = section(kit, body, "Variants", "Values to try for a step's parameter; Run then searches the combinations and keeps every candidate.");
        variants = new ListDetails(vs, kit, editor, r, P.getRecipe_Variants(), List.of(P.getVariant()), StepLabels::of, o -> {
            if (!r.getSteps().isEmpty()) ((io.medli.recipe.Variant) o).setStep(r.getSteps().get(0));
            return o;
        }, Set.of());
        if (r.getSearch() == null) r.setSearch(RecipeFactory.eINSTANCE.createSearch()); // as the target: always there, defaults until edited
        AttributeForm search = new AttributeForm(section(kit, body, "Search", "How variants are searched: every combination, or at random within a budget."),
                kit, editor.domain(), editor.adapterFactory(), r.getSearch(), Set.of());
        editor.onChange(() -> {
            if (form.isDisposed()) return;
            general.refresh();
            target.refresh();
            data.refresh();
            goals.refresh();
            goalStatus.refresh();
            variants.refresh();
            search.refresh();
            form.setText("Recipe: " + (r.getName() == null ? editor.file().getName() : r.getName()));
            editor.showProblems(form);
        });
        editor.showProblems(form);
    }

    static Composite section(FormToolkit kit, Composite parent, String title, String description) {
        Section s = kit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION | Section.EXPANDED);
        s.setText(title);
        s.setDescription(description);
        s.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite c = kit.createComposite(s);
        c.setLayout(new GridLayout(1, false));
        s.setClient(c);
        return c;
    }

    /** Selects a data set or goal (a marker's target). */
    void select(EObject o) {
        if (o instanceof DataSet && data != null) data.select(o);
        if (o instanceof Goal && goals != null) goals.select(o);
    }

    ListDetails dataSets() {
        return data;
    }

    public ListDetails variants() {
        return variants;
    }

    ListDetails goals() {
        return goals;
    }

    GoalStatus goalStatus() {
        return goalStatus;
    }
}
