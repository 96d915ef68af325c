package io.medli.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.medli.onnx.progress.Monitor;

/**
 * Progress and Ctrl+C for a long command. On a terminal a bar is rewritten in place; otherwise a
 * line per phase. Ctrl+C asks the work to stop at its next step (it then writes nothing) and the
 * JVM waits up to 30 s for that, so no output is left half-written.
 */
final class ConsoleMonitor implements Monitor, AutoCloseable {
    private static final int WIDTH = 30;

    private final PrintStream err;
    private final boolean tty;
    private final AtomicBoolean cancel = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;
    private String phase = "";
    private boolean barShown;

    ConsoleMonitor(PrintStream err) {
        this(err, System.console() != null && err == System.err);
    }

    ConsoleMonitor(PrintStream err, boolean tty) {
        this.err = err;
        this.tty = tty;
        this.hook = new Thread(() -> {
            cancel.set(true);
            try {
                finished.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "medli-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** A one-line note of a step without a count (e.g. "Pruning channels"). */
    void step(String what) {
        if (barShown) err.println();
        barShown = false;
        err.println(what + "...");
    }

    @Override
    public void progress(String task, int done, int total) {
        String first = task.split(" ")[0];
        if (tty) {
            int filled = total <= 0 ? 0 : (int) ((long) WIDTH * Math.min(done, total) / total);
            err.printf(Locale.ROOT, "\r%-44s [%s%s] %d/%d ", clip(task, 44), "#".repeat(filled), " ".repeat(WIDTH - filled), done, total);
            barShown = true;
            if (done >= total) {
                err.println();
                barShown = false;
            }
        } else if (!first.equals(phase) && done < total) {
            if (first.equals("Trying")) err.printf(Locale.ROOT, "Trying %d nodes in int8, heaviest first...%n", total);
            else if (task.startsWith(first + " on ")) err.printf(Locale.ROOT, "%s on %d samples...%n", first, total);
            else err.println(task + "...");
        }
        phase = first;
    }

    @Override
    public boolean cancelled() {
        return cancel.get();
    }

    @Override
    public void close() {
        if (barShown) err.println();
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl+C: the hook is running and waits for this
        }
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 3) + "...";
    }
}
