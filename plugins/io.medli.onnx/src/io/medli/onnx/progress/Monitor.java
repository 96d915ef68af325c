package io.medli.onnx.progress;

/**
 * Progress and cancellation of long work in the core bundles, without depending on Eclipse: the
 * IDE adapts a {@code SubMonitor} to it, the command line draws a progress bar. Work that sees
 * {@link #cancelled()} stops with a {@link java.util.concurrent.CancellationException} (or its
 * own cancelled result) and writes nothing.
 */
public interface Monitor {
    Monitor NONE = new Monitor() {
        @Override
        public void progress(String task, int done, int total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} steps of {@code task} are finished. */
    void progress(String task, int done, int total);

    boolean cancelled();

    /** Throws when cancelled: called between steps. */
    default void checkCancelled() {
        if (cancelled()) throw new java.util.concurrent.CancellationException("cancelled");
    }
}
