package io.medli.train;

import java.util.function.BooleanSupplier;

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
     * Trains as {@code spec} says, reporting to {@code listener}; stops between steps once
     * {@code cancelled} is true. Ends with exactly one {@link TrainingEvent.Finished} or
     * {@link TrainingEvent.Failed} event and never throws.
     */
    public static void run(TrainingSpec spec, TrainingListener listener, BooleanSupplier cancelled) {
        TrainingLoop.run(spec, listener, cancelled);
    }
}
