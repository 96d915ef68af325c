package io.medli.launch.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;

import io.medli.launch.EdgeBenchmarking;
import io.medli.remote.Board;

/**
 * Runs an "Edge Benchmark" configuration: its model measured on this machine or on each of its
 * boards at once - one job and one console each. A board that is not set up stops the launch
 * before anything runs.
 */
public final class EdgeBenchmarkDelegate extends LaunchConfigurationDelegate {
    @Override
    public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor) throws CoreException {
        IFile file = EdgeBenchmarking.modelFile(configuration);
        Path model = file.getLocation().toFile().toPath();
        List<String> options = EdgeBenchmarking.agentOptions(configuration);
        List<Board> boards = new ArrayList<>(EdgeBenchmarking.boards(configuration));
        if (boards.isEmpty()) boards.add(null); // this machine
        for (Board b : boards) {
            EdgeBenchmarkJob job = new EdgeBenchmarkJob(model, b, options);
            job.attach(new JobProcess(launch, file.getName() + " on " + (b == null ? "this machine" : b.name()), "medli.benchmark", job::cancel));
            job.schedule();
        }
    }

    @Override
    public boolean buildForLaunch(ILaunchConfiguration configuration, String mode, IProgressMonitor monitor) {
        return false;
    }

    @Override
    protected IProject[] getBuildOrder(ILaunchConfiguration configuration, String mode) throws CoreException {
        return new IProject[] { EdgeBenchmarking.modelFile(configuration).getProject() };
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
