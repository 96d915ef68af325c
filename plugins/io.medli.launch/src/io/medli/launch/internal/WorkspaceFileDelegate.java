package io.medli.launch.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;

/**
 * A delegate for launches of one workspace file (a recipe, a model): nothing is built first, the
 * file's editors are saved (the launch reads the file), and other problems in its project do not
 * stop it - the launch checks its own input and says what is wrong.
 */
abstract class WorkspaceFileDelegate extends LaunchConfigurationDelegate {
    /** The file the configuration launches; a clear error when it names none or one that is gone. */
    abstract IFile file(ILaunchConfiguration configuration) throws CoreException;

    @Override
    public boolean buildForLaunch(ILaunchConfiguration configuration, String mode, IProgressMonitor monitor) {
        return false;
    }

    @Override
    protected IProject[] getBuildOrder(ILaunchConfiguration configuration, String mode) throws CoreException {
        return new IProject[] { file(configuration).getProject() };
    }

    @Override
    public boolean finalLaunchCheck(ILaunchConfiguration configuration, String mode, IProgressMonitor monitor) {
        return true;
    }

    @Override
    protected IProject[] getProjectsForProblemSearch(ILaunchConfiguration configuration, String mode) {
        return null;
    }
}
