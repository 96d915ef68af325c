package io.medli.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.medli.fleet.FleetConfig;
import io.medli.fleet.MosquittoBroker;
import io.medli.fleet.TelemetryReceiver;
import io.medli.monitor.ImageStats;
import io.medli.monitor.MonitorProfile;
import io.medli.monitor.ReferenceProfile;
import io.medli.monitor.SignalStats;
import io.medli.onnx.AtomicFiles;
import io.medli.onnx.progress.Monitor;
import io.medli.train.OnnxClassifier;
import io.medli.train.data.DataSets;
import io.medli.train.data.Dataset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code medli monitor profile}: watching a deployed model without labels (issue 18). */
final class MonitorCommand {
    /** Inputs of more values than this are watched through image statistics, never value by value. */
    static final int MAX_VALUES = 64;

    private MonitorCommand() {
    }

    static CommandLine create(Streams io) {
        CommandLine cl = new CommandLine(new Root());
        cl.addSubcommand("profile", new Profile(io));
        cl.addSubcommand("broker", new Broker(io));
        cl.addSubcommand("receive", new Receive(io));
        cl.addSubcommand("status", new Status(io));
        CommandLine device = new CommandLine(new Device());
        device.addSubcommand("add", new DeviceAdd(io));
        device.addSubcommand("remove", new DeviceRemove(io));
        device.addSubcommand("list", new DeviceList(io));
        cl.addSubcommand("device", device);
        return cl;
    }

    @Command(name = "monitor", header = "Watch a deployed model without labels: its reference profile.", mixinStandardHelpOptions = true, description = {
            "A device serving a model (medli-agent serve) compares each chunk of its inputs and outputs with a reference profile made here "
                    + "from labelled validation data: drift of every feature, a PCA of them together, the accuracy estimated without labels (CBPE)." })
    static final class Root implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: profile, broker, device, receive or status");
        }
    }

    @Command(name = "profile", header = "Make a model's reference profile from labelled validation data.", mixinStandardHelpOptions = true, description = {
            "Runs MODEL on the data and writes what the device compares each chunk with: per feature (image brightness, contrast and "
                    + "sharpness; for a time series each channel's RMS, kurtosis and power per frequency band; or each value of a small input; "
                    + "the model's confidence, entropy and predicted class) the reference "
                    + "histogram and thresholds from the data's own chunks (mean + 3 standard deviations), a PCA, and the CBPE calibration." })
    static final class Profile implements Callable<Integer> {
        @Parameters(paramLabel = "MODEL", description = "the .onnx classifier (class scores or logits as its first output)")
        Path model;
        @Option(names = "--data", required = true, paramLabel = "DIR|CSV", description = "labelled validation data: an idx folder (its t10k split), a folder "
                + "of images per class, or a CSV table")
        Path data;
        @Option(names = "--split", defaultValue = "t10k", paramLabel = "NAME", description = "the split of an idx folder (default: ${DEFAULT-VALUE})")
        String split;
        @Option(names = "--chunk", defaultValue = "250", paramLabel = "N", description = "samples per chunk on the device (default: ${DEFAULT-VALUE}); "
                + "the data must hold at least two")
        int chunk;
        @Option(names = "--limit", paramLabel = "N", description = "use only the first N samples")
        Integer limit;
        @Option(names = "--threads", defaultValue = "0", paramLabel = "N", description = "ONNX Runtime's threads (default: its own)")
        int threads;
        @Option(names = "--bands", defaultValue = "4", paramLabel = "N", description = "time series: frequency bands per channel (default: ${DEFAULT-VALUE})")
        int bands;
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "the profile (JSON, written atomically)")
        Path out;

        private final Streams io;

        Profile(Streams io) {
            this.io = io;
        }

        @Override
        public Integer call() throws Exception {
            Path m = Checks.model(model);
            Checks.atLeast("--chunk", chunk, 2);
            Dataset d = DataSets.open(data, split, DataSets.Options.DEFAULTS);
            if (limit != null) {
                Checks.atLeast("--limit", limit, 2 * chunk);
                if (limit < d.size()) d = d.subset(d.name(), java.util.stream.IntStream.range(0, limit).toArray());
            }
            if (d.size() < 2 * chunk) {
                throw new CommandFailure(data + " holds " + d.size() + " samples: at least two chunks of " + chunk + " are needed (a smaller --chunk, or more data)");
            }
            int[] shape = d.sampleShape();
            boolean image = shape.length == 3 && shape[1] > 1 && shape[2] > 1;
            boolean signal = shape.length == 2 && shape[1] > MAX_VALUES;
            if (signal) Checks.atLeast("--bands", bands, 1);
            if (!image && !signal && d.sampleSize() > MAX_VALUES) {
                throw new CommandFailure(d.sampleSize() + " values a sample, neither an image nor a time series: watch at most " + MAX_VALUES + " values");
            }
            io.err().println("running " + m.getFileName() + " on " + d.size() + " samples of " + data);
            float[][] outputs = OnnxClassifier.logits(m, d, threads, Monitor.NONE);
            List<String> names = new ArrayList<>();
            if (image) names.addAll(ImageStats.NAMES);
            else if (signal) names.addAll(SignalStats.names(shape[0], bands));
            else for (int i = 0; i < d.sampleSize(); i++) names.add("x" + i);
            double[][] features = new double[d.size()][], scores = new double[d.size()][];
            int[] labels = new int[d.size()];
            float[] x = new float[d.sampleSize()];
            for (int i = 0; i < d.size(); i++) {
                d.copySample(i, x, 0);
                if (image) features[i] = ImageStats.of(x, shape[0], shape[1], shape[2]);
                else if (signal) features[i] = SignalStats.of(x, shape[0], shape[1], bands);
                else {
                    features[i] = new double[x.length];
                    for (int j = 0; j < x.length; j++) features[i][j] = x[j];
                }
                scores[i] = MonitorProfile.probabilities(outputs[i]);
                labels[i] = d.label(i);
            }
            MonitorProfile p;
            try {
                p = MonitorProfile.of(AtomicFiles.sha256(m), names, features, scores, labels, ReferenceProfile.Settings.defaults(chunk));
            } catch (IllegalArgumentException e) {
                throw new CommandFailure(e.getMessage());
            }
            AtomicFiles.writeString(out, p.toJson());
            PrintStream o = io.out();
            o.printf(Locale.ROOT, "%s: %d samples in %d chunks of %d; accuracy on them %.2f %%, alert below %.2f %% estimated%n", out.getFileName(), d.size(),
                    d.size() / chunk, chunk, 100 * p.referenceAccuracy(), 100 * p.accuracyLower());
            o.printf(Locale.ROOT, "PCA: %d component(s), alert above a reconstruction error of %.4g%n", p.multivariate().components(), p.multivariate().threshold());
            o.println("feature                Jensen-Shannon alerts above (reference chunks: mean, sd)");
            for (ReferenceProfile.Feature f : p.univariate().features()) {
                ReferenceProfile.Threshold t = f.thresholds().get(ReferenceProfile.Method.JENSEN_SHANNON);
                o.printf(Locale.ROOT, "%-22s %.4f (%.4f, %.4f)%n", f.name(), t.upper(), t.referenceMean(), t.referenceStd());
            }
            o.println("serve it: java -jar medli-agent.jar serve " + m.getFileName() + " --profile " + out.getFileName());
            return 0;
        }
    }

    /** Where the fleet's broker settings and credentials are kept. */
    static final class FleetDir {
        @Option(names = "--fleet-dir", paramLabel = "DIR", description = "the fleet's folder (default: ~/.medli/fleet)")
        Path dir;

        Path get() {
            return dir != null ? dir : Path.of(System.getProperty("user.home"), ".medli", "fleet");
        }
    }

    @Command(name = "device", header = "The fleet's devices and their broker passwords.", mixinStandardHelpOptions = true)
    static final class Device implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: add, remove or list");
        }
    }

    @Command(name = "add", header = "Add a device (or give it a new password).", mixinStandardHelpOptions = true, description = {
            "Draws a password for the device, keeps it in the fleet's folder (readable by you only) and writes devices/NAME.password, the "
                    + "file to copy to the device; the device may publish only under medli/FLEET/NAME/. Restart the broker to let it in." })
    static final class DeviceAdd implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "the device's name: letters, digits, '.', '_' or '-'")
        String name;
        @Option(names = "--fleet", defaultValue = "default", description = "its fleet (default: ${DEFAULT-VALUE})")
        String fleet;
        @CommandLine.Mixin
        FleetDir dir = new FleetDir();
        private final Streams io;

        DeviceAdd(Streams io) {
            this.io = io;
        }

        @Override
        public Integer call() throws Exception {
            FleetConfig c = FleetConfig.load(dir.get());
            Path secret;
            try {
                secret = c.addDevice(dir.get(), fleet, name);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            io.out().println("device " + name + " of fleet " + fleet + ": its password is in " + secret + " (copy it to the device, readable by the agent's user only)");
            io.out().println("on the device: java -jar medli-agent.jar serve MODEL --profile PROFILE --mqtt tcp://BROKER:" + c.port() + " --fleet " + fleet
                    + " --device " + name + " --user " + name + " --password-file " + secret.getFileName());
            return 0;
        }
    }

    @Command(name = "remove", header = "Remove a device: its password no longer opens the broker once it restarts.", mixinStandardHelpOptions = true)
    static final class DeviceRemove implements Callable<Integer> {
        @Parameters(paramLabel = "NAME")
        String name;
        @CommandLine.Mixin
        FleetDir dir = new FleetDir();
        private final Streams io;

        DeviceRemove(Streams io) {
            this.io = io;
        }

        @Override
        public Integer call() throws Exception {
            if (!FleetConfig.load(dir.get()).removeDevice(dir.get(), name)) throw new CommandFailure("no device '" + name + "' in " + dir.get());
            io.out().println("removed " + name);
            return 0;
        }
    }

    @Command(name = "list", header = "The fleet's devices.", mixinStandardHelpOptions = true)
    static final class DeviceList implements Callable<Integer> {
        @CommandLine.Mixin
        FleetDir dir = new FleetDir();
        private final Streams io;

        DeviceList(Streams io) {
            this.io = io;
        }

        @Override
        public Integer call() throws Exception {
            FleetConfig c = FleetConfig.load(dir.get());
            if (c.devices().isEmpty()) io.out().println("no devices yet: medli monitor device add NAME --fleet FLEET");
            for (MosquittoBroker.Device d : c.devices()) io.out().println(d.fleet() + "/" + d.name());
            return 0;
        }
    }

    @Command(name = "broker", header = "Run the fleet's private Mosquitto broker until Ctrl+C.", mixinStandardHelpOptions = true, description = {
            "Starts Debian's mosquitto on a loopback port with a private configuration in the fleet's folder: persistence on, a password per "
                    + "device, an access list that lets each device publish only under its own topic. Devices on other machines reach it "
                    + "through an SSH tunnel or a broker of your own with the same access list (the files are in the folder)." })
    static final class Broker implements Callable<Integer> {
        @Option(names = "--port", paramLabel = "N", description = "its port (default: the fleet's, 18830 at first)")
        Integer port;
        @Option(names = "--check", description = "start it, check that it answers, stop it (for scripts)")
        boolean check;
        @CommandLine.Mixin
        FleetDir dir = new FleetDir();
        private final Streams io;

        Broker(Streams io) {
            this.io = io;
        }

        @Override
        public Integer call() throws Exception {
            FleetConfig c = FleetConfig.load(dir.get());
            if (port != null) {
                try {
                    c.setPort(port);
                } catch (IllegalArgumentException e) {
                    throw new UsageException(e.getMessage());
                }
            }
            c.save(dir.get());
            MosquittoBroker b;
            try {
                b = MosquittoBroker.start(dir.get().resolve("broker"), c.port(), c.reader(), c.readerPassword(), c.devices());
            } catch (java.io.IOException e) {
                throw new CommandFailure(e.getMessage());
            }
            io.out().println("broker at " + b.url() + " for " + c.devices().size() + " device(s); its files in " + b.dir());
            if (check) {
                b.close();
                io.out().println("stopped");
                return 0;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(b::close));
            while (b.running()) Thread.sleep(500);
            throw new CommandFailure("the broker stopped; its log: " + b.dir().resolve("mosquitto.log"));
        }
    }

    @Command(name = "receive", header = "Receive the fleet's telemetry into the measurement store until Ctrl+C.", mixinStandardHelpOptions = true, description = {
            "Subscribes to every device of the fleet's broker (QoS 1, a session the broker keeps while this is away), checks each message "
                    + "(size, JSON, topic against body, known device, clock) and stores the good ones, once per message id; the refused are "
                    + "counted by reason. Each alert is printed as it comes." })
    static final class Receive implements Callable<Integer> {
        @Option(names = "--broker", paramLabel = "URL", description = "the broker (default: the fleet's own on this machine)")
        String broker;
        @Option(names = "--retention-days", defaultValue = "90", paramLabel = "DAYS", description = "delete reports older than this, hourly (default: ${DEFAULT-VALUE})")
        int retentionDays;
        @Option(names = "--seconds", paramLabel = "S", description = "stop after this long (for scripts)")
        Integer seconds;
        @CommandLine.Mixin
        FleetDir dir = new FleetDir();
        @CommandLine.Mixin
        StoreOptions store = new StoreOptions();
        private final Streams io;

        Receive(Streams io) {
            this.io = io;
        }

        @Override
        public Integer call() throws Exception {
            Checks.atLeast("--retention-days", retentionDays, 1);
            FleetConfig c = FleetConfig.load(dir.get());
            java.util.Set<String> known = new java.util.HashSet<>();
            for (MosquittoBroker.Device d : c.devices()) known.add(d.fleet() + "/" + d.name());
            String url = broker != null ? broker : "tcp://127.0.0.1:" + c.port();
            try (io.medli.store.MeasurementStore s = store.open()) {
                io.medli.store.TelemetryStore t = s.telemetry();
                TelemetryReceiver r;
                try {
                    r = new TelemetryReceiver(new TelemetryReceiver.Settings(url, c.reader(), c.readerPassword(), "medli-receiver", known, java.util.Map.of()), t,
                            line -> io.err().println(line));
                } catch (org.eclipse.paho.mqttv5.common.MqttException e) {
                    throw new CommandFailure("cannot reach the broker at " + url + ": " + e.getMessage() + " (start it: medli monitor broker)");
                }
                try (r) {
                    io.out().println("receiving from " + url + " into " + s.describe() + " (" + known.size() + " known device(s)); Ctrl+C stops");
                    long end = seconds == null ? Long.MAX_VALUE : System.currentTimeMillis() + 1000L * seconds, nextPrune = 0;
                    while (System.currentTimeMillis() < end) {
                        if (System.currentTimeMillis() >= nextPrune) {
                            int gone = t.deleteBefore(java.time.Instant.now().minus(java.time.Duration.ofDays(retentionDays)));
                            if (gone > 0) io.out().println("retention: " + gone + " report(s) older than " + retentionDays + " days deleted");
                            nextPrune = System.currentTimeMillis() + 3_600_000;
                        }
                        Thread.sleep(200);
                    }
                }
                TelemetryReceiver.Stats st = r.stats();
                io.out().println("received " + st.received() + ", stored " + st.stored() + ", duplicates " + st.duplicates() + ", refused " + st.refused()
                        + (st.reasons().isEmpty() ? "" : " " + st.reasons()));
            }
            return 0;
        }
    }

    @Command(name = "status", header = "The fleet as the store knows it: each device, its model, when last seen, its latest report.", mixinStandardHelpOptions = true)
    static final class Status implements Callable<Integer> {
        @Option(names = "--silent-minutes", defaultValue = "10", paramLabel = "M", description = "a device unheard this long is 'silent' (default: ${DEFAULT-VALUE})")
        int silentMinutes;
        @CommandLine.Mixin
        StoreOptions store = new StoreOptions();
        private final Streams io;

        Status(Streams io) {
            this.io = io;
        }

        @Override
        public Integer call() throws Exception {
            try (io.medli.store.MeasurementStore s = store.open()) {
                io.medli.store.TelemetryStore t = s.telemetry();
                List<io.medli.store.TelemetryStore.DeviceStatus> fleet = t.fleet();
                PrintStream o = io.out();
                if (fleet.isEmpty()) o.println("no telemetry yet in " + s.describe() + ": medli monitor receive");
                else o.printf("%-12s %-12s %-16s %-20s %8s %-9s %s%n", "fleet", "device", "model", "last seen", "reports", "status", "estimated accuracy");
                java.time.Instant silent = java.time.Instant.now().minus(java.time.Duration.ofMinutes(silentMinutes));
                for (io.medli.store.TelemetryStore.DeviceStatus d : fleet) {
                    String state = d.lastSeen().isBefore(silent) ? "silent" : d.lastAlerts() != null && d.lastAlerts() > 0 ? "ALERT" : "ok";
                    o.printf(Locale.ROOT, "%-12s %-12s %-16s %-20s %8d %-9s %s%n", d.fleet(), d.device(), d.model() == null ? "-" : d.model().substring(0, 16),
                            d.lastSeen().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), d.reports(), state,
                            d.lastEstimatedAccuracy() == null ? "-" : String.format(Locale.ROOT, "%.1f %%", 100 * d.lastEstimatedAccuracy()));
                }
                java.util.Map<String, Long> refused = t.rejects();
                if (!refused.isEmpty()) o.println("refused messages: " + refused);
            }
            return 0;
        }
    }
}
