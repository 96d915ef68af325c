package io.medli.recipe.run;

import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import io.medli.onnx.progress.Monitor;
import io.medli.train.Training;
import io.medli.train.TrainingEvent;
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
                if (e instanceof TrainingEvent.EpochEnd x) {
                    log.accept(String.format(Locale.ROOT, "  epoch %d: loss %.4f, validation loss %.4f, validation accuracy %.2f %% (%.1f s)", x.epoch(),
                            x.trainLoss(), x.validationLoss(), x.validationAccuracy() * 100, x.seconds()));
                } else if (e instanceof TrainingEvent.Message m) {
                    log.accept("  " + m.text());
                }
            }, monitor);
            return finished(last.get());
        };
    }

    /** The run's last event as a result: the finished model, or the failure as an exception. */
    static TrainingEvent.Finished finished(TrainingEvent end) throws RecipeRunException {
        if (end instanceof TrainingEvent.Finished f) return f;
        if (end instanceof TrainingEvent.Failed f && f.cancelled()) throw new CancellationException("training cancelled");
        throw new RecipeRunException("training failed: " + (end instanceof TrainingEvent.Failed f ? f.message() : "it ended without a result"));
    }
}
