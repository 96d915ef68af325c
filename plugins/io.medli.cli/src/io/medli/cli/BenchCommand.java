package io.medli.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import io.medli.agent.Agent;
import io.medli.agent.AgentJar;
import io.medli.agent.BenchReport;
import io.medli.agent.Fidelity;
import io.medli.agent.SampleSets;
import io.medli.onnx.AtomicFiles;
import io.medli.remote.Board;
import io.medli.remote.BoardFile;
import io.medli.remote.BoardSession;
import io.medli.remote.RemoteAgent;
import io.medli.remote.Uploads;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code medli bench MODEL [--board NAME]}: the edge agent's measurement, on this machine or on a board. */
@Command(name = "bench", header = "Measure a model with the edge agent, here or on a board.", mixinStandardHelpOptions = true, description = {
        "Load times, latency distribution, throughput and peak memory, as the board's agent measures them; with --board the model and "
                + "the agent are sent by SSH (only what changed), and the board's outputs are checked against this machine's." })
final class BenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "MODEL", description = "an .onnx file")
    Path model;
    @Option(names = "--board", paramLabel = "NAME", description = "a board of 'medli board list' (default: this machine)")
    String board;
    @Option(names = "--ask-pass", description = "ask for the board's password or key passphrase")
    boolean askPass;
    @Option(names = "--warmup", paramLabel = "N", defaultValue = "10", description = "untimed runs first (default: ${DEFAULT-VALUE})")
    int warmup;
    @Option(names = "--iterations", paramLabel = "N", description = "timed runs per configuration (default: 100)")
    Integer iterations;
    @Option(names = "--duration", paramLabel = "SECONDS", description = "run each configuration this long instead")
    Double duration;
    @Option(names = "--batch", split = ",", paramLabel = "N", description = "batch sizes, e.g. 1,4")
    List<Integer> batches;
    @Option(names = "--threads", split = ",", paramLabel = "N", description = "intra-op threads, e.g. 1,2 (0: ONNX Runtime's default)")
    List<Integer> threads;
    @Option(names = "--optimization", paramLabel = "LEVEL", defaultValue = "all", description = "ONNX Runtime's graph optimizations: none, basic, extended, all "
            + "(default: ${DEFAULT-VALUE})")
    String optimization;
    @Option(names = "--provider", paramLabel = "NAME", defaultValue = "CPU", description = "ONNX Runtime's execution provider, where the target's build has it "
            + "(default: ${DEFAULT-VALUE}; 'medli board test' lists a board's)")
    String provider;
    @Option(names = "--dim", paramLabel = "NAME=SIZE", description = "size of a symbolic dimension")
    Map<String, Long> dims = new LinkedHashMap<>();
    @Option(names = "--samples", paramLabel = "DIR", description = "inputs from a data set in ONNX's test-data layout (input_0.pb, ... or "
            + "test_data_set_*/input_0.pb), sent to the board with the model; default: generated inputs")
    Path samples;
    @Option(names = "--profile", description = "time per node")
    boolean profile;
    @Option(names = "--out", paramLabel = "FILE", description = "also write the agent's JSON report here")
    Path out;
    @Option(names = "--no-store", description = "do not keep the result in the measurement store")
    boolean noStore;
    @picocli.CommandLine.Mixin
    StoreOptions store = new StoreOptions();

    private final Streams io;

    BenchCommand(Streams io) {
        this.io = io;
    }

    /** Where the command line keeps the agent it sends to boards. */
    static Path agentFolder() throws IOException {
        Path dir = Path.of(System.getProperty("user.home"), ".cache", "medli", "agent");
        AgentJar.writeFromClassPath(dir);
        return dir;
    }

    private List<String> options(String sampleDir) {
        List<String> o = new ArrayList<>(List.of("--warmup", Integer.toString(warmup)));
        if (iterations != null) o.addAll(List.of("--iterations", iterations.toString()));
        if (duration != null) o.addAll(List.of("--duration", duration.toString()));
        if (batches != null) o.addAll(List.of("--batch", join(batches)));
        if (threads != null) o.addAll(List.of("--threads", join(threads)));
        o.addAll(List.of("--optimization", optimization, "--provider", provider));
        dims.forEach((k, v) -> o.addAll(List.of("--dim", k + "=" + v)));
        if (profile) o.add("--profile");
        if (sampleDir != null) o.addAll(List.of("--samples", sampleDir));
        return o;
    }

    private static String join(List<Integer> v) {
        return String.join(",", v.stream().map(String::valueOf).toList());
    }

    @Override
    public Integer call() throws Exception {
        Path in = Checks.model(model);
        if (samples != null) {
            if (batches != null) throw new UsageException("--batch needs generated inputs; samples keep the batch they were made with");
            try {
                SampleSets.sets(samples);
            } catch (IOException e) {
                throw new UsageException("--samples: " + e.getMessage());
            }
        }
        BenchReport r;
        String where;
        if (board == null) {
            where = "this machine";
            List<String> args = new ArrayList<>(List.of("bench", in.toString()));
            args.addAll(options(samples == null ? null : samples.toString()));
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            int code = Agent.run(args.toArray(String[]::new), new PrintStream(json, true, StandardCharsets.UTF_8), io.err());
            if (code == 2) throw new UsageException("the agent did not take these options (see above)");
            if (code != 0) throw new CommandFailure("the measurement failed (see above)");
            r = BenchReport.parse(json.toString(StandardCharsets.UTF_8));
        } else {
            Board b = BoardFile.find(BoardCommand.boards(), board);
            where = b.name();
            try (BoardSession s = BoardSession.open(b, BoardCommand.credentials(b, askPass), BoardCommand.policy(io));
                    ConsoleMonitor monitor = new ConsoleMonitor(io.err())) {
                RemoteAgent agent = new RemoteAgent(s, agentFolder());
                monitor.step("Sending the agent to " + b.name() + " (only what changed)");
                agent.deploy(monitor);
                monitor.step("Sending " + in.getFileName());
                Uploads.Sent m = agent.sendModel(in, monitor);
                String remoteSamples = null;
                if (samples != null) {
                    monitor.step("Sending the samples of " + samples.getFileName());
                    remoteSamples = agent.sendSamples(samples, monitor).path();
                }
                monitor.step("Measuring on " + b.name());
                r = agent.bench(m.path(), options(remoteSamples), Duration.ofHours(2), line -> io.err().println("  " + line), monitor);
            }
        }
        print(r, where);
        if (board != null) {
            for (Fidelity.Output f : Fidelity.check(r, in, samples)) {
                io.out().println(f.text());
            }
        }
        if (!noStore) {
            try (io.medli.store.MeasurementStore s = store.open()) {
                List<Long> ids = s.save(r, where);
                io.out().println("kept in " + store.describe() + " as measurement" + (ids.size() > 1 ? "s " : " ") + String.join(", ", ids.stream().map(String::valueOf).toList())
                        + "; list them with: medli results");
            }
        }
        if (out != null) {
            AtomicFiles.writeString(out, r.toJson());
            io.out().println("wrote " + out);
        }
        return 0;
    }

    private void print(BenchReport r, String where) {
        PrintStream o = io.out();
        o.printf(Locale.ROOT, "%s on %s (%s, %d cores, %s), ONNX Runtime %s, Java %s%n", r.model.file, where, r.device.cpuModel, r.device.cores, r.device.arch,
                r.runtime.version, r.device.javaVersion);
        o.printf(Locale.ROOT, "load: first %.1f ms%s%n", r.load.firstMs, r.load.warmMs == null ? "" : String.format(Locale.ROOT, ", warm %.1f ms", r.load.warmMs));
        o.printf(Locale.ROOT, "%5s %7s %6s %9s %9s %9s %9s %15s %12s%n", "batch", "threads", "runs", "p50 ms", "p90 ms", "p99 ms", "max ms", "mean +- sd ms", "items/s");
        for (BenchReport.Run run : r.runs) {
            BenchReport.Latency l = run.latency;
            o.printf(Locale.ROOT, "%5d %7s %6d %9.3f %9.3f %9.3f %9.3f %8.3f +- %4.3f %12.1f%n", run.batch, run.threads == 0 ? "default" : Integer.toString(run.threads),
                    l.count, l.p50Ms, l.p90Ms, l.p99Ms, l.maxMs, l.meanMs, l.sdMs, run.throughputPerSecond);
        }
        if (r.peakMemoryBytes != null) {
            o.printf(Locale.ROOT, "peak memory: %.1f MB (the measuring process), %.1f MB of it loading and running the model%n", r.peakMemoryBytes / 1e6,
                    r.modelPeakMemoryBytes == null ? Double.NaN : r.modelPeakMemoryBytes / 1e6);
        }
        if (r.profile != null) {
            o.println("slowest nodes:");
            r.profile.stream().limit(10).forEach(n -> o.printf(Locale.ROOT, "  %6.3f ms %5.1f %%  %s (%s)%n", n.meanMs, n.share * 100, n.name, n.opType));
        }
    }
}
