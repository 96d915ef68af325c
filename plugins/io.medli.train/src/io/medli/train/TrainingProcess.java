package io.medli.train;

import java.io.BufferedReader;
import java.io.File;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.medli.train.internal.EventCodec;

/**
 * A training run in a separate JVM (the worker). PyTorch's native code runs there, so a crash or
 * an out-of-memory kills the worker, never the IDE; and DJL finds its engine through a flat class
 * path, which ServiceLoader needs. Events arrive on a reader thread.
 */
public final class TrainingProcess {
    /** How to start the worker: a java executable, its class path, extra JVM options and a log for its stderr. */
    public record WorkerSetup(Path java, List<Path> classpath, List<String> jvmOptions, Path log) {
        public WorkerSetup {
            classpath = List.copyOf(classpath);
            jvmOptions = List.copyOf(jvmOptions);
        }

        /** The same setup with a maximum heap of {@code mib} MiB for the worker (replaces any -Xmx). */
        public WorkerSetup withHeapMb(int mib) {
            List<String> options = new ArrayList<>();
            for (String o : jvmOptions) if (!o.startsWith("-Xmx")) options.add(o);
            options.add("-Xmx" + mib + "m");
            return new WorkerSetup(java, classpath, options, log);
        }

        /**
         * This JVM's java, and the class path this bundle sees: inside OSGi the files of this
         * bundle and of those it is wired to; otherwise this JVM's class path.
         */
        /** A JVM on this class path running {@code mainClass} with {@code args} (the worker, or another tool that needs its class path). */
        public ProcessBuilder processBuilder(String mainClass, List<String> args) {
            List<String> cmd = new ArrayList<>();
            cmd.add(java.toString());
            cmd.addAll(jvmOptions);
            cmd.add("--enable-native-access=ALL-UNNAMED");
            cmd.add(mainClass);
            cmd.addAll(args);
            ProcessBuilder pb = new ProcessBuilder(cmd);
            // Not -cp: ONNX Runtime 1.29 crashes while loading once /proc/self/cmdline passes about 4 KB, and an
            // installation's bundle paths can make the class path that long.
            pb.environment().put("CLASSPATH", String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList()));
            return pb;
        }

        public static WorkerSetup ofThisRuntime(Path log) {
            List<Path> cp = new ArrayList<>();
            if (io.medli.train.internal.OsgiClasspath.isOsgi(TrainingProcess.class)) {
                cp.addAll(io.medli.train.internal.OsgiClasspath.of(TrainingProcess.class));
            } else {
                for (String s : System.getProperty("java.class.path").split(File.pathSeparator)) {
                    if (!s.isBlank()) cp.add(Path.of(s));
                }
            }
            return new WorkerSetup(Path.of(System.getProperty("java.home"), "bin", "java"), cp, List.of("-Xmx4g"), log);
        }
    }

    private static final int STDERR_TAIL = 15;

    private final Process process;
    private final BufferedWriter stdin;
    private final Thread reader;
    private final Deque<String> stderrTail = new ArrayDeque<>();
    private volatile TrainingEvent terminal;

    private TrainingProcess(Process process, TrainingListener listener, Path log) {
        this.process = process;
        this.stdin = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        Thread errors = new Thread(() -> drainStderr(log), "medli-worker-stderr");
        errors.setDaemon(true);
        errors.start();
        this.reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    TrainingEvent e = EventCodec.decode(line);
                    if (e == null) continue;
                    if (e instanceof TrainingEvent.Finished || e instanceof TrainingEvent.Failed) terminal = e;
                    listener.on(e);
                }
            } catch (IOException e) {
                // the worker died; handled below from its exit code
            }
            try {
                int code = process.waitFor();
                errors.join(2000);
                if (terminal == null) {
                    String why = code > 128 ? "was killed by signal " + (code - 128) : "ended with exit code " + code;
                    String tail;
                    synchronized (stderrTail) {
                        tail = String.join("\n", stderrTail);
                    }
                    terminal = new TrainingEvent.Failed("the training process " + why + " before it finished"
                            + (log != null ? " (its log: " + log + ")" : "") + "; checkpoints written so far are kept"
                            + (tail.isBlank() ? "" : ". Last output:\n" + tail), false);
                    listener.on(terminal);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "medli-worker-events");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts a worker for {@code spec}; events go to {@code listener} on a reader thread. */
    public static TrainingProcess start(TrainingSpec spec, WorkerSetup setup, TrainingListener listener) throws IOException {
        spec.validate();
        Process p = setup.processBuilder("io.medli.train.worker.TrainingWorker", List.of()).start();
        TrainingProcess tp = new TrainingProcess(p, listener, setup.log());
        tp.stdin.write(EventCodec.encode(spec));
        tp.stdin.newLine();
        tp.stdin.flush();
        return tp;
    }

    /** Asks the worker to stop after the current step; kills it if it has not stopped after {@code graceSeconds}. */
    public void cancel(int graceSeconds) {
        try {
            stdin.write("cancel");
            stdin.newLine();
            stdin.flush();
        } catch (IOException e) {
            // already gone
        }
        Thread killer = new Thread(() -> {
            try {
                if (!process.waitFor(graceSeconds, TimeUnit.SECONDS)) process.destroyForcibly();
            } catch (InterruptedException e) {
                process.destroyForcibly();
            }
        }, "medli-worker-cancel");
        killer.setDaemon(true);
        killer.start();
    }

    /** Kills the worker at once (its checkpoints written so far stay). */
    public void kill() {
        process.destroyForcibly();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for the run to end and returns its last event (Finished or Failed). */
    public TrainingEvent waitFor() throws InterruptedException {
        reader.join();
        return terminal;
    }

    private void drainStderr(Path log) {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
                BufferedWriter out = log == null ? null : Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND)) {
            String line;
            while ((line = err.readLine()) != null) {
                if (out != null) {
                    out.write(line);
                    out.newLine();
                    out.flush();
                }
                if (line.startsWith("SLF4J") || line.startsWith("WARNING: ")) continue;
                synchronized (stderrTail) {
                    stderrTail.addLast(line);
                    if (stderrTail.size() > STDERR_TAIL) stderrTail.removeFirst();
                }
            }
        } catch (IOException e) {
            // the log could not be written or the pipe broke: the exit code still tells
        }
    }
}
