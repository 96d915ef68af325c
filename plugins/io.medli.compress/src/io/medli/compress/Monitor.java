package io.medli.compress;

/**
 * Progress and cancellation of long compression work, without depending on Eclipse: the IDE
 * adapts a {@code SubMonitor} to it, the command line prints. Work that sees {@link #cancelled()}
 * stops with a {@link java.util.concurrent.CancellationException} and writes nothing.
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
