package io.medli.launch.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;

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
public final class RecipeLaunchDelegate extends WorkspaceFileDelegate {
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

    @Override
    IFile file(ILaunchConfiguration configuration) throws CoreException {
        return RecipeLaunching.recipeFile(configuration);
    }
}
