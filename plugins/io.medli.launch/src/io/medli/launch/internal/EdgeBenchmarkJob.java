package io.medli.launch.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import io.medli.agent.Agent;
import io.medli.agent.AgentJar;
import io.medli.agent.BenchReport;
import io.medli.agent.Fidelity;
import io.medli.launch.EdgeBenchmarking;
import io.medli.launch.Monitors;
import io.medli.launch.WorkspaceStore;
import io.medli.onnx.progress.Monitor;
import io.medli.remote.Board;
import io.medli.remote.BoardSession;
import io.medli.remote.RemoteAgent;
import io.medli.remote.Uploads;
import io.medli.store.MeasurementStore;

/**
 * One model measured on one target (this machine, or a board) as a cancellable job: the agent's
 * progress in the launch's console, the result kept in the workspace's store. Cancel stops the
 * agent (on a board, by its process id); a failed or cancelled run keeps no result.
 */
final class EdgeBenchmarkJob extends Job {
    private final Path model;
    private final Board board;
    private final List<String> options;
    private final Path samples;
    private JobProcess process;

    /** @param samples a folder of input samples, or null for generated inputs */
    EdgeBenchmarkJob(Path model, Path samples, Board board, List<String> options) {
        super("Benchmarking " + model.getFileName() + " on " + (board == null ? "this machine" : board.name()));
        this.model = model;
        this.board = board;
        this.options = options;
        this.samples = samples;
        setUser(true);
    }

    void attach(JobProcess p) {
        process = p;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == EdgeBenchmarking.FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor pm) {
        SubMonitor sub = SubMonitor.convert(pm, 4);
        Monitor monitor = Monitors.of(sub.split(1));
        int code = 1;
        try {
            // a store that cannot take the result is said before the measurement, not after it
            WorkspaceStore.open().close();
            BenchReport r = board == null ? here(monitor) : onBoard(Monitors.of(sub.split(2)));
            String where = board == null ? "this machine" : board.name();
            for (BenchReport.Run run : r.runs) {
                process.println(String.format(Locale.ROOT, "batch %d, %s: p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, mean %.3f +- %.3f ms, %.1f items/s (%d runs)", run.batch,
                        run.threads == 0 ? "default threads" : run.threads + " threads", run.latency.p50Ms, run.latency.p90Ms, run.latency.p99Ms, run.latency.meanMs,
                        run.latency.sdMs, run.throughputPerSecond, run.latency.count));
            }
            if (board != null) {
                for (Fidelity.Output f : Fidelity.check(r, model, samples)) {
                    process.println(f.text());
                }
            }
            try (MeasurementStore store = WorkspaceStore.open()) {
                List<Long> ids = store.save(r, where);
                process.setAttribute(EdgeBenchmarking.ATTR_MEASUREMENTS, String.join(",", ids.stream().map(String::valueOf).toList()));
                process.println("kept in " + WorkspaceStore.describe() + ": " + ids.size() + " measurement(s)");
            }
            code = 0;
            return Status.OK_STATUS;
        } catch (CancellationException e) {
            code = 130;
            process.error("cancelled; no result kept");
            return Status.CANCEL_STATUS;
        } catch (Exception e) {
            process.error(e.getMessage());
            return Status.error("Benchmark of " + model.getFileName() + " on " + (board == null ? "this machine" : board.name()) + " failed: " + e.getMessage(), e);
        } finally {
            process.ended(code);
            pm.done();
        }
    }

    /** The agent in this JVM, exactly as on a board. */
    private BenchReport here(Monitor monitor) throws Exception {
        List<String> args = new ArrayList<>(List.of("bench", model.toString()));
        args.addAll(options);
        if (samples != null) args.addAll(List.of("--samples", samples.toString()));
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(BoardSession.lines(process::println), true, StandardCharsets.UTF_8);
        process.println("measuring " + model.getFileName() + " on this machine");
        int code = Agent.run(args.toArray(String[]::new), new PrintStream(json, true, StandardCharsets.UTF_8), err);
        err.close();
        monitor.checkCancelled();
        if (code != 0) throw new IllegalStateException("the agent stopped with exit code " + code + " (see above)");
        return BenchReport.parse(json.toString(StandardCharsets.UTF_8));
    }

    private BenchReport onBoard(Monitor monitor) throws Exception {
        Path agentDir = Platform.getStateLocation(Platform.getBundle("io.medli.launch")).append("agent").toPath();
        AgentJar.writeFromClassPath(agentDir);
        process.println("connecting to " + board.name() + " (" + board.address() + ")");
        try (BoardSession s = BoardSession.open(board, EdgeBenchmarking.credentials(board), EdgeBenchmarking.hostKeyPolicy())) {
            RemoteAgent agent = new RemoteAgent(s, agentDir);
            long sent = agent.deploy(monitor);
            process.println(sent == 0 ? "the board has this agent already" : String.format(Locale.ROOT, "agent sent: %.1f MB", sent / 1e6));
            Uploads.Sent m = agent.sendModel(model, monitor);
            process.println(m.unchanged() ? "the board has this model already" : String.format(Locale.ROOT, "model sent: %.1f MB", m.bytes() / 1e6));
            List<String> args = new ArrayList<>(options);
            if (samples != null) {
                Uploads.Sent d = agent.sendSamples(samples, monitor);
                process.println(d.unchanged() ? "the board has these samples already" : String.format(Locale.ROOT, "samples sent: %.1f MB", d.bytes() / 1e6));
                args.addAll(List.of("--samples", d.path()));
            }
            return agent.bench(m.path(), args, Duration.ofHours(4), process::println, monitor);
        }
    }
}
