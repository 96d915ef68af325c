package io.medli.launch.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;

import io.medli.launch.EdgeBenchmarking;
import io.medli.remote.Board;

/**
 * Runs an "Edge Benchmark" configuration: its model measured on this machine or on each of its
 * boards at once - one job and one console each. A board that is not set up stops the launch
 * before anything runs.
 */
public final class EdgeBenchmarkDelegate extends WorkspaceFileDelegate {
    @Override
    public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor) throws CoreException {
        IFile file = EdgeBenchmarking.modelFile(configuration);
        Path model = file.getLocation().toFile().toPath();
        List<String> options = EdgeBenchmarking.agentOptions(configuration);
        Path samples = EdgeBenchmarking.samplesFolder(configuration);
        List<Board> boards = new ArrayList<>(EdgeBenchmarking.boards(configuration));
        if (boards.isEmpty()) boards.add(null); // this machine
        for (Board b : boards) {
            EdgeBenchmarkJob job = new EdgeBenchmarkJob(model, samples, b, options);
            job.attach(new JobProcess(launch, file.getName() + " on " + (b == null ? "this machine" : b.name()), "medli.benchmark", job::cancel));
            job.schedule();
        }
    }

    @Override
    IFile file(ILaunchConfiguration configuration) throws CoreException {
        return EdgeBenchmarking.modelFile(configuration);
    }
}
