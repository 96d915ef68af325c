package io.medli.recipe.ui.internal;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.MessageConsole;
import org.eclipse.ui.console.MessageConsoleStream;

import io.medli.recipe.Recipe;
import io.medli.recipe.run.RecipeRunException;
import io.medli.recipe.run.RecipeRunner;
import io.medli.recipe.run.RecipeSearch;
import io.medli.recipe.run.RunResult;
import io.medli.recipe.run.SearchReport;
import io.medli.recipe.run.Trainer;
import io.medli.ui.internal.Monitors;
import io.medli.ui.internal.training.TrainingJob;

/**
 * A recipe run (or the search of its variants) as a cancellable job: the engines' progress in the
 * progress view, their lines in the "MEDLI Recipes" console, training in the worker JVM; one run of
 * a recipe at a time. The runs folder is refreshed in the workspace and the Runs page after it.
 */
public final class RunRecipeJob extends Job {
    public static final Object FAMILY = RunRecipeJob.class;
    private final Recipe recipe;
    private final Path file;
    private final IContainer folder;
    private final RecipeEditor editor;
    private volatile String verdict;
    private volatile Job refreshing;

    private RunRecipeJob(RecipeEditor editor) {
        super("Running recipe " + editor.file().getName());
        this.editor = editor;
        this.recipe = EcoreUtil.copy(editor.recipe()); // the run reads its own copy while the user goes on editing
        this.file = editor.location();
        this.folder = editor.file().getParent();
        setUser(true);
        setRule(new OneRunPerRecipe(file));
    }

    /** Saves the editor when it has changes (the run reads the recipe as saved, and records it), then schedules the run. */
    public static RunRecipeJob start(RecipeEditor editor) {
        if (editor.isDirty()) editor.doSave(null);
        if (editor.isDirty()) return null; // the save failed and said why
        if (editor.problems().getSeverity() >= org.eclipse.emf.common.util.Diagnostic.ERROR) {
            MessageDialog.openError(editor.getSite().getShell(), "The recipe cannot run",
                    "Fix the problems first (see the Problems view): " + editor.problems().getChildren().get(0).getMessage());
            return null;
        }
        RunRecipeJob job = new RunRecipeJob(editor);
        job.schedule();
        return job;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** The outcome in one line once the job is done. */
    public String verdict() {
        return verdict;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        MessageConsoleStream out = console().newMessageStream();
        Path log = org.eclipse.core.runtime.Platform.getStateLocation(org.eclipse.core.runtime.Platform.getBundle("io.medli.recipe.ui"))
                .append("training-worker.log").toPath();
        RecipeRunner.Options o = new RecipeRunner.Options(0, Trainer.inWorker(TrainingJob.workerSetup(log)), out::println, Monitors.of(monitor));
        try {
            if (recipe.getVariants().isEmpty()) {
                RunResult r = RecipeRunner.run(recipe, file, o);
                verdict = String.format(java.util.Locale.ROOT, "%d steps (%d reused) in %.1f s%s", r.steps().size(),
                        r.steps().stream().filter(RunResult.Step::reused).count(), r.seconds(),
                        r.goals().isEmpty() ? "" : r.goalsMet() ? "; every goal met" : "; a goal is not met");
            } else {
                RecipeSearch.Result s = RecipeSearch.search(recipe, file, (c, f, name) -> RecipeRunner.run(c, f, o.named(name)), out::println);
                out.println("report: " + SearchReport.write(file.getParent().resolve("runs"), s.name(), recipe.getName(), s));
                verdict = s.verdict();
            }
            out.println(verdict);
            return Status.OK_STATUS;
        } catch (CancellationException e) {
            out.println("cancelled; the steps finished so far are kept and will be reused");
            verdict = "cancelled";
            return Status.CANCEL_STATUS;
        } catch (RecipeRunException | java.io.IOException e) {
            out.println(e.getMessage());
            verdict = e.getMessage();
            return new Status(IStatus.ERROR, "io.medli.recipe.ui", e.getMessage(), e);
        } finally {
            refreshAfter();
        }
    }

    /**
     * The runs folder appears in the workspace, then on the Runs page. A job of its own: the run's
     * rule is its recipe, not the project, so the project stays editable while it runs.
     */
    private void refreshAfter() {
        Job refresh = Job.create("Refreshing " + folder.getName(), m -> {
            folder.refreshLocal(IResource.DEPTH_INFINITE, m);
            Display.getDefault().asyncExec(() -> {
                if (editor.runsPage() != null) editor.runsPage().refresh();
            });
        });
        refresh.setRule(folder.getWorkspace().getRuleFactory().refreshRule(folder));
        refresh.setSystem(true);
        refresh.schedule();
        refreshing = refresh;
    }

    /** The refresh that follows the run (null before the run ends). */
    public Job refreshing() {
        return refreshing;
    }

    private static MessageConsole console() {
        var manager = ConsolePlugin.getDefault().getConsoleManager();
        for (IConsole c : manager.getConsoles()) if (c instanceof MessageConsole m && m.getName().equals("MEDLI Recipes")) return m;
        MessageConsole m = new MessageConsole("MEDLI Recipes", null);
        manager.addConsoles(new IConsole[] { m });
        return m;
    }

    /** Two runs of one recipe would write into the same runs folder at once; runs of different recipes may overlap. */
    private record OneRunPerRecipe(Path file) implements ISchedulingRule {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule instanceof OneRunPerRecipe o && o.file.equals(file);
        }
    }
}
