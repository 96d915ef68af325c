package io.medli.launch.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;

import io.medli.launch.RecipeLaunching;
import io.medli.recipe.Recipe;
import io.medli.recipe.check.RecipeChecks;
import io.medli.recipe.files.RecipeFileException;
import io.medli.recipe.files.RecipeFiles;

/**
 * Runs a "Compression Recipe" configuration: the recipe as saved, checked first (an error stops the
 * launch with its message, before anything runs), then run by the same runner as
 * {@code medli recipe run} in a job whose lines go to the launch's console.
 */
public final class RecipeLaunchDelegate extends LaunchConfigurationDelegate {
    @Override
    public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor) throws CoreException {
        IFile file = RecipeLaunching.recipeFile(configuration);
        java.nio.file.Path path = file.getLocation().toFile().toPath();
        Recipe recipe;
        try {
            recipe = RecipeFiles.load(path);
        } catch (RecipeFileException e) {
            throw new CoreException(org.eclipse.core.runtime.Status.error(e.getMessage(), e));
        }
        Diagnostic d = RecipeChecks.check(recipe, path.getParent());
        if (d.getSeverity() >= Diagnostic.ERROR) {
            StringBuilder b = new StringBuilder(file.getName() + " has problems; fix them first (they are in the Problems view once the recipe is saved in its editor):");
            d.getChildren().stream().filter(c -> c.getSeverity() >= Diagnostic.ERROR).limit(5).forEach(c -> b.append("\n - ").append(c.getMessage()));
            throw new CoreException(org.eclipse.core.runtime.Status.error(b.toString()));
        }
        RecipeRunJob job = new RecipeRunJob(recipe, file, configuration.getAttribute(RecipeLaunching.ATTR_THREADS, 0));
        job.attach(new JobProcess(launch, "Recipe " + file.getFullPath(), "medli.recipe", job::cancel));
        job.schedule();
    }

    /** Recipes are not built; the launch saves the recipe's editors first (the run reads the file). */
    @Override
    public boolean buildForLaunch(ILaunchConfiguration configuration, String mode, IProgressMonitor monitor) {
        return false;
    }

    @Override
    protected IProject[] getBuildOrder(ILaunchConfiguration configuration, String mode) throws CoreException {
        return new IProject[] { RecipeLaunching.recipeFile(configuration).getProject() };
    }

    /** The recipe's own problems stop the launch with their message; other markers in the project do not matter. */
    @Override
    public boolean finalLaunchCheck(ILaunchConfiguration configuration, String mode, IProgressMonitor monitor) {
        return true;
    }

    @Override
    protected IProject[] getProjectsForProblemSearch(ILaunchConfiguration configuration, String mode) {
        return null;
    }
}
