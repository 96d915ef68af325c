package io.medli.agent;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.google.gson.GsonBuilder;

import io.medli.agent.internal.Bench;
import io.medli.agent.internal.BenchSettings;
import io.medli.onnx.AtomicFiles;
import io.medli.runtime.Providers;
import io.medli.runtime.ModelRunException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The edge agent: a plain Java program (no Eclipse) that runs on a board next to ONNX Runtime's
 * jar. Results go to standard output as JSON, progress and errors to standard error, so the host
 * can stream the one to its console and parse the other.
 * <p>
 * Exit codes: 0 done, 2 bad usage, 3 the model cannot be loaded or run, 4 a file cannot be read or
 * written.
 */
@Command(name = "medli-agent", mixinStandardHelpOptions = true, versionProvider = Agent.Version.class,
        description = "MEDLI Studio's edge agent: measures ONNX models on this machine.", subcommands = { Agent.Info.class, Agent.BenchCommand.class, Agent.ServeCommand.class })
public final class Agent implements Runnable {
    public static final String VERSION = "0.1.0";
    public static final int MODEL_FAILED = 3, IO_FAILED = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the agent's command line; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new Agent());
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        cl.setExecutionExceptionHandler((e, line, parse) -> {
            err.println("medli-agent: " + e.getMessage());
            return e instanceof ModelRunException ? MODEL_FAILED : e instanceof IOException ? IO_FAILED : 1;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] { "medli-agent " + VERSION };
        }
    }

    @Command(name = "info", description = "The facts of this machine as JSON: architecture, OS, CPU and its SIMD extensions, memory, Java, ONNX Runtime.")
    static final class Info implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().getOut().println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(DeviceFacts.probe()));
            return 0;
        }
    }

    @Command(name = "bench", description = "Load times, latency distribution, throughput and memory of MODEL, as JSON (schema " + BenchReport.SCHEMA + ").")
    static final class BenchCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "MODEL", description = "the .onnx file")
        Path model;
        @Option(names = "--warmup", defaultValue = "10", description = "untimed runs first (default: ${DEFAULT-VALUE})")
        int warmup;
        @Option(names = "--iterations", description = "timed runs per configuration (default: 100, or up to 1,000,000 with --duration)")
        Integer iterations;
        @Option(names = "--duration", paramLabel = "SECONDS", defaultValue = "0", description = "run each configuration this long instead")
        double duration;
        @Option(names = "--batch", split = ",", paramLabel = "N", description = "batch sizes to sweep (first axis; generated inputs), e.g. 1,2,4 (default: 1)")
        List<Integer> batches = new ArrayList<>(List.of(1));
        @Option(names = "--threads", split = ",", paramLabel = "N", description = "intra-op threads to sweep; 0 is ONNX Runtime's default (default: 0)")
        List<Integer> threads = new ArrayList<>(List.of(0));
        @Option(names = "--dim", paramLabel = "NAME=SIZE", description = "size of a symbolic dimension of generated inputs")
        Map<String, Long> dims = new LinkedHashMap<>();
        @Option(names = "--samples", paramLabel = "DIR", description = "inputs in ONNX's test-data layout (input_0.pb, ... or test_data_set_*/) instead of generated ones")
        Path samples;
        @Option(names = "--seed", defaultValue = "42", description = "seed of generated inputs (default: ${DEFAULT-VALUE})")
        long seed;
        @Option(names = "--profile", description = "time per node with ONNX Runtime's profiler")
        boolean profile;
        @Option(names = "--keep-outputs", defaultValue = "1", paramLabel = "N", description = "outputs of the first N samples into the report (default: ${DEFAULT-VALUE})")
        int keepOutputs;
        @Option(names = "--warm-loads", defaultValue = "3", paramLabel = "N", description = "loads after the first, for the warm load time (default: ${DEFAULT-VALUE})")
        int warmLoads;
        @Option(names = "--optimization", defaultValue = "all", description = "graph optimizations: none, basic, extended, all (default: ${DEFAULT-VALUE})")
        String optimization;
        @Option(names = "--provider", defaultValue = "CPU", paramLabel = "NAME", description = "ONNX Runtime's execution provider, where this build has it: "
                + "CPU, XNNPACK, CUDA, TENSOR_RT, OPEN_VINO, DNNL, ACL, NNAPI, QNN, ... (default: ${DEFAULT-VALUE}; 'medli-agent info' lists those at hand)")
        String provider;
        @Option(names = "--out", paramLabel = "FILE", description = "write the report here (atomically) instead of to standard output")
        Path out;

        @Override
        public Integer call() throws Exception {
            if (samples != null && (batches.size() > 1 || batches.get(0) != 1)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--batch needs generated inputs; samples keep the batch they were made with");
            }
            BenchSettings settings;
            try {
                int n = iterations != null ? iterations : duration > 0 ? 1_000_000 : 100;
                settings = new BenchSettings(model, warmup, n, duration, batches, threads, dims, samples, seed, profile, keepOutputs, warmLoads, optimization,
                        provider);
                Providers.check(provider);
            } catch (IllegalArgumentException | ModelRunException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            java.io.PrintWriter err = spec.commandLine().getErr(); // the caller's stream: the console of an in-process run
            BenchReport r = new Bench(settings, line -> {
                err.println("[medli-agent] " + line);
                err.flush();
            }, () -> Thread.currentThread().isInterrupted()).run();
            String json = r.toJson();
            if (out == null) {
                spec.commandLine().getOut().println(json);
            } else {
                AtomicFiles.writeString(out, json);
            }
            return 0;
        }
    }

    @Command(name = "serve", description = { "Serves MODEL and watches it without labels: requests as JSON lines on standard input "
            + "({\"id\": ..., \"input\": [numbers]}), one answer line each on standard output; with --profile, every chunk of samples is "
            + "compared with the reference profile (drift, estimated accuracy, latency) and its report appended to --telemetry as a JSON line.",
            "Memory stays bounded: the model, and one chunk of features and scores." })
    static final class ServeCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "MODEL", description = "the .onnx file (one float input, batch 1)")
        Path model;
        @Option(names = "--profile", paramLabel = "FILE", description = "the reference profile made at deploy time (medli monitor profile)")
        Path profile;
        @Option(names = "--telemetry", paramLabel = "FILE", description = "append each chunk's report here as a JSON line (default: standard error)")
        Path telemetry;
        @Option(names = "--threads", defaultValue = "1", description = "intra-op threads (default: ${DEFAULT-VALUE})")
        int threads;
        @Option(names = "--watch", paramLabel = "DIR", description = "serve the request files (*.jsonl) that appear in DIR instead of standard input: "
                + "answers into DIR/out/, the files into DIR/done/")
        Path watch;
        @Option(names = "--http", paramLabel = "PORT", description = "serve POST http://127.0.0.1:PORT/predict (a request a line) instead of standard input; "
                + "GET /health")
        Integer http;
        @Option(names = "--mqtt", paramLabel = "URL", description = "also send each report to this MQTT v5 broker (tcp://host:port or ssl://host:port), "
                + "QoS 1, topic medli/FLEET/DEVICE/MODEL/report; queued on disk while it is away")
        String mqtt;
        @Option(names = "--fleet", defaultValue = "default", description = "the fleet's name in the topic (default: ${DEFAULT-VALUE})")
        String fleet;
        @Option(names = "--device", description = "this device's name in the topic (default: the host name)")
        String device;
        @Option(names = "--user", description = "the broker's user name for this device")
        String user;
        @Option(names = "--password-file", paramLabel = "FILE", description = "the broker password, the file's first line (keep it readable by the agent's user only)")
        Path passwordFile;
        @Option(names = "--queue", paramLabel = "DIR", defaultValue = "medli-queue", description = "the telemetry queue on disk (default: ${DEFAULT-VALUE})")
        Path queue;
        @Option(names = "--queue-mb", defaultValue = "64", description = "the queue's bound; past it the oldest messages are dropped and counted (default: ${DEFAULT-VALUE})")
        double queueMb;

        @Override
        public Integer call() throws Exception {
            io.medli.monitor.MonitorProfile p = profile == null ? null : io.medli.agent.internal.Serve.profile(profile);
            java.io.PrintWriter err = spec.commandLine().getErr();
            String name = model.getFileName().toString();
            io.medli.agent.internal.Telemetry mq = null;
            if (mqtt != null) {
                String password = passwordFile == null ? null : Files.readAllLines(passwordFile).stream().findFirst().orElse("");
                String host = device != null ? device : java.net.InetAddress.getLocalHost().getHostName().replaceAll("[^A-Za-z0-9._-]", "-");
                try {
                    mq = new io.medli.agent.internal.Telemetry(new io.medli.agent.internal.Telemetry.Settings(mqtt, fleet, host,
                            io.medli.onnx.AtomicFiles.sha256(model), user, password, queue, (long) (queueMb * 1024 * 1024)), line -> {
                                err.println("[medli-agent] " + line);
                                err.flush();
                            });
                } catch (IllegalArgumentException e) {
                    throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
                }
            }
            io.medli.agent.internal.Telemetry broker = mq;
            java.util.function.Consumer<io.medli.monitor.ChunkMonitor.ChunkReport> sink = r -> {
                java.util.Map<String, Object> report = io.medli.agent.internal.Serve.report(r, name);
                if (broker != null) broker.publish("report", report);
                String line = io.medli.agent.internal.Serve.json(report);
                if (telemetry == null && broker != null) return;
                if (telemetry == null) {
                    err.println(line);
                    err.flush();
                    return;
                }
                try {
                    Files.writeString(telemetry, line + "\n", java.nio.charset.StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                            java.nio.file.StandardOpenOption.APPEND);
                } catch (IOException e) {
                    err.println("[medli-agent] cannot append to " + telemetry + " (" + e.getMessage() + "): the chunk's report is lost, serving goes on");
                }
            };
            try (io.medli.agent.internal.Serve s = new io.medli.agent.internal.Serve(model, p, threads, sink)) {
                if (watch != null) {
                    err.println("[medli-agent] watching " + watch + " for request files (*.jsonl); Ctrl+C stops");
                    s.watch(watch, () -> Thread.currentThread().isInterrupted(), line -> err.println("[medli-agent] " + line));
                } else if (http != null) {
                    var server = s.http(http);
                    err.println("[medli-agent] serving http://127.0.0.1:" + server.getAddress().getPort() + "/predict; Ctrl+C stops");
                    err.flush();
                    Thread.currentThread().join(); // until the process is stopped
                } else {
                    s.serve(new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8)), spec.commandLine().getOut());
                }
                err.println("[medli-agent] served " + s.served() + " request(s), " + s.failed() + " failed");
            } finally {
                if (broker != null) {
                    // the input ended: a few seconds for what is queued, the rest stays on disk for the next run
                    boolean all = broker.awaitSent(5000);
                    err.println("[medli-agent] telemetry: " + broker.sent() + " sent, " + broker.pending() + " queued on disk" + (all ? "" : " (the broker did not take them)")
                            + ", " + broker.dropped() + " dropped");
                    broker.close();
                }
            }
            return 0;
        }
    }
}
