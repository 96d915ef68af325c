package io.medli.train;

/** Receives a run's events, on the thread that runs it (in-process) or that reads the worker. */
@FunctionalInterface
public interface TrainingListener {
    void on(TrainingEvent event);
}
