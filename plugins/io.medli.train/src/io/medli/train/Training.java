package io.medli.train;

import io.medli.onnx.progress.Monitor;
import io.medli.train.internal.TrainingLoop;

/**
 * Runs a training in this JVM. It loads PyTorch's native libraries into the process, so only
 * processes that may die with it use this: the command line and the training worker. The IDE
 * runs training through {@link TrainingProcess}.
 */
public final class Training {
    private Training() {
    }

    /**
     * Trains as {@code spec} says, reporting epochs and steps to {@code listener}; stops between
     * steps once {@code monitor} is cancelled. Ends with exactly one {@link TrainingEvent.Finished}
     * or {@link TrainingEvent.Failed} event and never throws.
     */
    public static void run(TrainingSpec spec, TrainingListener listener, Monitor monitor) {
        TrainingLoop.run(spec, listener, monitor::cancelled);
    }
}
