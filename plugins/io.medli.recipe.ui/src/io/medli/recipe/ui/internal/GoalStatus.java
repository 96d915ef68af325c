package io.medli.recipe.ui.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;

import io.medli.recipe.Recipe;
import io.medli.recipe.RecipePackage;
import io.medli.recipe.run.RunHistory;
import io.medli.recipe.run.RunResult;
import io.medli.recipe.templates.Remedies;
import io.medli.ui.internal.UiLog;

/**
 * Under the goals: each goal as it stands now, judged on the last finished run's figures (a goal
 * added or changed has its verdict at once, without a run), and, when goals are missed, the usual
 * next move as a link that adds its variants (one undoable command) and runs the search.
 */
final class GoalStatus {
    private final RecipeEditor editor;
    private final FormToolkit kit;
    private final Composite box;
    private final Label verdicts;
    private final List<Hyperlink> links = new ArrayList<>();

    GoalStatus(Composite parent, FormToolkit kit, RecipeEditor editor) {
        this.editor = editor;
        this.kit = kit;
        box = kit.createComposite(parent);
        box.setLayout(new GridLayout(1, false));
        box.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        verdicts = kit.createLabel(box, "", SWT.WRAP);
        verdicts.setData("field", "verdicts");
        verdicts.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    /** The verdicts and remedies for the recipe as it is now. */
    void refresh() {
        if (box.isDisposed()) return;
        links.forEach(Control::dispose);
        links.clear();
        Recipe r = editor.recipe();
        Optional<RunHistory.Entry> last;
        List<RunResult.Goal> judged = List.of();
        try {
            last = RunHistory.lastFinished(editor.baseDir());
            if (last.isPresent()) judged = RunHistory.judge(last.get().dir(), r.getGoals());
        } catch (IOException e) {
            verdicts.setText("The runs cannot be read: " + e.getMessage());
            return;
        }
        if (last.isEmpty()) {
            verdicts.setText("No finished run yet: Run judges these goals.");
        } else if (r.getGoals().isEmpty()) {
            verdicts.setText("No goals: add one to have it judged on the last run (" + last.get().dir().getFileName() + ").");
        } else {
            StringBuilder b = new StringBuilder("On the last run (" + last.get().dir().getFileName() + "): "
                    + (judged.stream().allMatch(RunResult.Goal::met) ? "every goal met" : "not every goal met"));
            for (RunResult.Goal g : judged) b.append("\n").append(g.met() ? "  met: " : "  NOT met: ").append(g.text());
            verdicts.setText(b.toString());
            for (Remedies.Remedy remedy : Remedies.of(r, judged)) links.add(link(remedy));
        }
        box.getParent().layout(true, true);
    }

    private Hyperlink link(Remedies.Remedy remedy) {
        Hyperlink h = kit.createHyperlink(box, remedy.text(), SWT.WRAP);
        h.setData("field", "remedy");
        h.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        h.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent e) {
                apply(remedy);
            }
        });
        return h;
    }

    /** Adds the remedy's variant (undoable) and runs the recipe: the search tries it. */
    void apply(Remedies.Remedy remedy) {
        var add = AddCommand.create(editor.domain(), editor.recipe(), RecipePackage.Literals.RECIPE__VARIANTS, remedy.variant());
        if (!add.canExecute()) {
            UiLog.warning("cannot add the variant " + remedy.text(), null);
            return;
        }
        editor.domain().getCommandStack().execute(add);
        RunRecipeAction.start(editor);
    }

    /** The links shown (for tests). */
    List<Hyperlink> links() {
        return links;
    }

    Label verdicts() {
        return verdicts;
    }
}
