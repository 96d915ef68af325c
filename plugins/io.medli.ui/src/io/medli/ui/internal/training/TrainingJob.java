package io.medli.ui.internal.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import io.medli.train.TrainingEvent;
import io.medli.train.TrainingListener;
import io.medli.train.TrainingProcess;
import io.medli.train.TrainingSpec;
import io.medli.ui.MedliUi;

/**
 * A training run as a cancellable job: the training itself runs in a worker JVM (a crash there
 * cannot take the IDE down); its events drive the progress bar and, through listeners, the
 * Training view's chart. Cancel stops the worker between two steps; the last checkpoint stays.
 */
public final class TrainingJob extends Job {
    private final TrainingSpec spec;
    private final List<TrainingListener> listeners = new CopyOnWriteArrayList<>();
    private final List<TrainingEvent> history = new ArrayList<>();
    private final AtomicInteger done = new AtomicInteger(), total = new AtomicInteger();
    private final AtomicReference<String> subTask = new AtomicReference<>("starting the training worker");
    private volatile TrainingEvent end;

    public TrainingJob(TrainingSpec spec) {
        super("Training " + spec.student() + " on " + Path.of(spec.data()).getFileName());
        this.spec = spec;
        setUser(true);
    }

    public TrainingSpec spec() {
        return spec;
    }

    /** The last event, Finished or Failed, once the run has ended. */
    public TrainingEvent result() {
        return end;
    }

    /** Adds a listener and replays the events so far to it (on the caller's thread). */
    public void addListener(TrainingListener l) {
        List<TrainingEvent> past;
        synchronized (history) {
            listeners.add(l);
            past = List.copyOf(history);
        }
        past.forEach(l::on);
    }

    public void removeListener(TrainingListener l) {
        listeners.remove(l);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == TrainingJob.class; // not MedliUi.JOB_FAMILY: tests and views wait on that, a training may run for hours
    }

    private void event(TrainingEvent e) {
        synchronized (history) {
            if (!(e instanceof TrainingEvent.Step)) history.add(e);
        }
        switch (e) {
            case TrainingEvent.Started s -> {
                total.set(Math.max(1, (s.epochs() - s.firstEpoch() + 1) * s.stepsPerEpoch()));
                done.set(0);
            }
            case TrainingEvent.Step s -> {
                if (s.epoch() == 0) {
                    subTask.set("running the teacher or backbone: " + s.step() + " of " + s.steps() + " samples");
                } else {
                    int first = history.stream().filter(TrainingEvent.Started.class::isInstance).map(TrainingEvent.Started.class::cast)
                            .mapToInt(TrainingEvent.Started::firstEpoch).findFirst().orElse(1);
                    done.set((s.epoch() - first) * s.steps() + s.step());
                    subTask.set(String.format("epoch %d, step %d of %d, loss %.4f", s.epoch(), s.step(), s.steps(), s.loss()));
                }
            }
            default -> {
            }
        }
        for (TrainingListener l : listeners) l.on(e);
    }

    /** The worker as the preferences say (its heap), logging to {@code log}. */
    public static TrainingProcess.WorkerSetup workerSetup(Path log) {
        return io.medli.launch.WorkerSettings.workerSetup(log);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, getName(), 10_000);
        Path log = Platform.getStateLocation(Platform.getBundle(MedliUi.PLUGIN_ID)).append("training-worker.log").toPath();
        TrainingProcess process;
        try {
            process = TrainingProcess.start(spec, workerSetup(log), this::event);
        } catch (IOException | RuntimeException e) {
            return new Status(IStatus.ERROR, MedliUi.PLUGIN_ID, "Cannot start the training worker: " + e.getMessage(), e);
        }
        boolean cancelSent = false;
        int reported = 0;
        try {
            while (process.isAlive()) {
                if (monitor.isCanceled() && !cancelSent) {
                    process.cancel(30);
                    cancelSent = true;
                    sub.subTask("stopping after the current step");
                }
                int t = total.get();
                if (t > 0) {
                    int now = (int) (10_000L * Math.min(done.get(), t) / t);
                    if (now > reported) {
                        sub.worked(now - reported);
                        reported = now;
                    }
                }
                if (!cancelSent) sub.subTask(subTask.get());
                Thread.sleep(100);
            }
            end = process.waitFor();
        } catch (InterruptedException e) {
            process.kill();
            Thread.currentThread().interrupt();
            return Status.CANCEL_STATUS;
        }
        if (end instanceof TrainingEvent.Finished f) {
            refresh(Path.of(f.model()));
            return new Status(IStatus.OK, MedliUi.PLUGIN_ID, String.format("Wrote %s: validation accuracy %.2f%%", f.model(),
                    f.validationAccuracy() * 100));
        }
        TrainingEvent.Failed failed = (TrainingEvent.Failed) end;
        if (failed == null) return new Status(IStatus.ERROR, MedliUi.PLUGIN_ID, "The training worker ended without a result");
        return failed.cancelled() ? Status.CANCEL_STATUS : new Status(IStatus.ERROR, MedliUi.PLUGIN_ID, failed.message());
    }

    /** Shows the written model in the workspace when it lies in a project. */
    private static void refresh(Path model) {
        for (IFile f : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(model.toUri())) {
            try {
                f.getParent().refreshLocal(IResource.DEPTH_ONE, null);
            } catch (CoreException e) {
                // the file is written; the navigator shows it at the next refresh
            }
        }
    }
}
