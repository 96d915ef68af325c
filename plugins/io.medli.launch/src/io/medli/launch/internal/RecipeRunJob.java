package io.medli.launch.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CancellationException;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;

import io.medli.launch.EdgeBenchmarking;
import io.medli.launch.Monitors;
import io.medli.launch.RecipeLaunching;
import io.medli.launch.WorkerSettings;
import io.medli.recipe.Recipe;
import io.medli.recipe.run.Boards;
import io.medli.recipe.run.RecipeRunException;
import io.medli.recipe.run.RecipeRunner;
import io.medli.recipe.run.RecipeSearch;
import io.medli.recipe.run.RunResult;
import io.medli.recipe.run.SearchReport;
import io.medli.recipe.run.Trainer;
import io.medli.remote.Board;
import io.medli.remote.Credentials;

/**
 * A recipe run (or the search of its variants) as a cancellable job: the engines' progress in the
 * progress view, their lines in the launch's console, training in the worker JVM; one run of a
 * recipe at a time. The runs folder is refreshed in the workspace after it.
 */
final class RecipeRunJob extends Job {
    private final Recipe recipe;
    private final IFile file;
    private final int threads;
    private JobProcess process;

    RecipeRunJob(Recipe recipe, IFile file, int threads) {
        super("Running recipe " + file.getName());
        this.recipe = recipe;
        this.file = file;
        this.threads = threads;
        setUser(true);
        setRule(new OneRunPerRecipe(file.getLocation().toFile().toPath()));
    }

    void attach(JobProcess p) {
        process = p;
    }

    /** A board target measures with the IDE's secrets (secure storage) and host-key question. */
    private static Credentials secrets(Board b) {
        try {
            return EdgeBenchmarking.credentials(b);
        } catch (CoreException e) {
            return Credentials.NONE; // the login then fails with the board's own message
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == RecipeLaunching.FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Path path = file.getLocation().toFile().toPath();
        Path log = Platform.getStateLocation(Platform.getBundle("io.medli.launch")).append("training-worker.log").toPath();
        RecipeRunner.Options o = new RecipeRunner.Options(threads, Trainer.inWorker(WorkerSettings.workerSetup(log)), process::println,
                Monitors.of(monitor)).withBoards(Boards.fromBoardFile(EdgeBenchmarking.hostKeyPolicy(), RecipeRunJob::secrets));
        int code = 1;
        try {
            String verdict;
            if (recipe.getVariants().isEmpty()) {
                RunResult r = RecipeRunner.run(recipe, path, o);
                process.setAttribute(RecipeLaunching.ATTR_REPORT, r.dir().resolve("report.html").toString());
                if (r.finalModel() != null) process.setAttribute(RecipeLaunching.ATTR_MODEL, r.finalModel().toString());
                verdict = String.format(Locale.ROOT, "%d steps (%d reused) in %.1f s%s; report: %s", r.steps().size(),
                        r.steps().stream().filter(RunResult.Step::reused).count(), r.seconds(),
                        r.goals().isEmpty() ? "" : r.goalsMet() ? "; every goal met" : "; a goal is not met", r.dir().resolve("report.html"));
            } else {
                RecipeSearch.Result s = RecipeSearch.search(recipe, path, (c, f, name) -> RecipeRunner.run(c, f, o.named(name)), process::println);
                Path report = SearchReport.write(path.getParent().resolve("runs"), s.name(), recipe.getName(), s);
                process.setAttribute(RecipeLaunching.ATTR_REPORT, report.toString());
                process.println("report: " + report);
                verdict = s.verdict();
            }
            process.println(verdict);
            code = 0;
            return Status.OK_STATUS;
        } catch (CancellationException e) {
            process.println("cancelled; the steps finished so far are kept and will be reused");
            code = 130;
            return Status.CANCEL_STATUS;
        } catch (RecipeRunException | java.io.IOException e) {
            process.error(e.getMessage());
            return Status.error(file.getName() + ": " + e.getMessage(), e);
        } finally {
            refreshAfter();
            process.ended(code);
        }
    }

    /**
     * The runs folder appears in the workspace. A job of its own: the run's rule is its recipe, not
     * the project, so the project stays editable while it runs.
     */
    private void refreshAfter() {
        IContainer folder = file.getParent();
        Job refresh = new Job("Refreshing " + folder.getName()) {
            @Override
            protected IStatus run(IProgressMonitor m) {
                try {
                    folder.refreshLocal(IResource.DEPTH_INFINITE, m);
                } catch (org.eclipse.core.runtime.CoreException e) {
                    return e.getStatus();
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == RecipeLaunching.FAMILY;
            }
        };
        refresh.setRule(folder.getWorkspace().getRuleFactory().refreshRule(folder));
        refresh.setSystem(true);
        refresh.schedule();
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
