package io.medli.recipe.run;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import io.medli.onnx.progress.Monitor;
import io.medli.train.Training;
import io.medli.train.TrainingEvent;
import io.medli.train.TrainingProcess;
import io.medli.train.TrainingSpec;

/**
 * Where a recipe's training steps run: in this JVM on the command line, in the worker JVM in the IDE
 * (a native crash must not take the IDE down), later on a worker pool.
 */
@FunctionalInterface
public interface Trainer {
    /** Trains as {@code spec} says; a cancelled run throws {@link CancellationException}. */
    TrainingEvent.Finished train(TrainingSpec spec, Consumer<String> log, Monitor monitor) throws RecipeRunException;

    /** In this JVM: DJL and PyTorch must be on the class path (the command line's). */
    static Trainer inProcess() {
        return (spec, log, monitor) -> {
            AtomicReference<TrainingEvent> last = new AtomicReference<>();
            Training.run(spec, e -> {
                last.set(e);
                report(e, log, monitor);
            }, monitor);
            return finished(last.get());
        };
    }

    /** In a worker JVM (the IDE's way: a crash in native code ends the worker, not the IDE); cancel asks it to stop after its current step. */
    static Trainer inWorker(TrainingProcess.WorkerSetup setup) {
        return (spec, log, monitor) -> {
            // events arrive on the worker's reader thread; the monitor and the log are served from the calling one
            java.util.concurrent.ConcurrentLinkedQueue<TrainingEvent> events = new java.util.concurrent.ConcurrentLinkedQueue<>();
            TrainingProcess p;
            try {
                p = TrainingProcess.start(spec, setup, events::add);
            } catch (IOException e) {
                throw new RecipeRunException("cannot start the training worker: " + e.getMessage(), e);
            }
            boolean cancelSent = false;
            try {
                while (p.isAlive()) {
                    for (TrainingEvent e; (e = events.poll()) != null;) report(e, log, monitor);
                    if (monitor.cancelled() && !cancelSent) {
                        p.cancel(30);
                        cancelSent = true;
                    }
                    Thread.sleep(100);
                }
                TrainingEvent end = p.waitFor();
                for (TrainingEvent e; (e = events.poll()) != null;) report(e, log, monitor);
                return finished(end);
            } catch (InterruptedException e) {
                p.kill();
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted");
            }
        };
    }

    private static void report(TrainingEvent e, Consumer<String> log, Monitor monitor) {
        if (e instanceof TrainingEvent.Step s) {
            monitor.progress("training, epoch " + s.epoch(), s.step(), s.steps());
        } else if (e instanceof TrainingEvent.EpochEnd x) {
            log.accept(String.format(Locale.ROOT, "   epoch %d: loss %.4f, validation loss %.4f, validation accuracy %.2f %% (%.1f s)", x.epoch(),
                    x.trainLoss(), x.validationLoss(), x.validationAccuracy() * 100, x.seconds()));
        } else if (e instanceof TrainingEvent.Message m) {
            log.accept("   " + m.text());
        }
    }

    /** The run's last event as a result: the finished model, or the failure as an exception. */
    static TrainingEvent.Finished finished(TrainingEvent end) throws RecipeRunException {
        if (end instanceof TrainingEvent.Finished f) return f;
        if (end instanceof TrainingEvent.Failed f && f.cancelled()) throw new CancellationException("training cancelled");
        throw new RecipeRunException("training failed: " + (end instanceof TrainingEvent.Failed f ? f.message() : "it ended without a result"));
    }
}
