package io.medli.launch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

import io.medli.agent.SampleSets;
import io.medli.remote.Board;
import io.medli.remote.BoardFile;
import io.medli.remote.Credentials;
import io.medli.remote.HostKeyPolicy;

/**
 * The "Edge Benchmark" launch configuration type: a model measured by the edge agent on this
 * machine or on boards (one job and one console each), the results kept in the workspace's
 * measurement store. Attributes, defaults for an .onnx file, and where secrets and the store live.
 */
public final class EdgeBenchmarking {
    public static final String TYPE_ID = "io.medli.launch.edgeBenchmark";
    /** The model, as a workspace path. */
    public static final String ATTR_MODEL = "io.medli.launch.bench.model";
    /** Board names of ~/.medli/boards.json, comma-separated; empty for this machine. */
    public static final String ATTR_BOARDS = "io.medli.launch.bench.boards";
    /** Inputs from a data set: a workspace folder in ONNX's test-data layout; empty for generated inputs. */
    public static final String ATTR_SAMPLES = "io.medli.launch.bench.samples";
    /** Symbolic dimensions, "NAME=SIZE,NAME=SIZE". */
    public static final String ATTR_DIMS = "io.medli.launch.bench.dims";
    /** Thread counts and batch sizes to sweep, comma-separated ("0" is ONNX Runtime's default). */
    public static final String ATTR_THREADS = "io.medli.launch.bench.threads", ATTR_BATCHES = "io.medli.launch.bench.batches";
    public static final String ATTR_WARMUP = "io.medli.launch.bench.warmup", ATTR_ITERATIONS = "io.medli.launch.bench.iterations";
    /** Seconds per configuration instead of a count of runs; 0 for iterations. */
    public static final String ATTR_DURATION = "io.medli.launch.bench.duration";
    public static final String ATTR_OPTIMIZATION = "io.medli.launch.bench.optimization", ATTR_PROFILE = "io.medli.launch.bench.profile";
    /** ONNX Runtime's execution provider on the target: CPU, or one the target's build holds (XNNPACK, CUDA, ...). */
    public static final String ATTR_PROVIDER = "io.medli.launch.bench.provider";
    /** Set on a finished job's process: the ids of its measurements in the store. */
    public static final String ATTR_MEASUREMENTS = "io.medli.launch.bench.measurements";
    /** The job family of benchmarks (join it to wait for them). */
    public static final Object FAMILY = EdgeBenchmarking.class;
    /** Secure storage: one node per board, its password or key passphrase. */
    public static final String SECURE_NODE = "/io.medli/boards";

    private static volatile HostKeyPolicy.Prompt prompt;

    private EdgeBenchmarking() {
    }

    /** The IDE's question about an unknown host key (set by the UI); without one, unknown keys are refused. */
    public static void setHostKeyPrompt(HostKeyPolicy.Prompt p) {
        prompt = p;
    }

    public static HostKeyPolicy hostKeyPolicy() {
        return new HostKeyPolicy(HostKeyPolicy.userKnownHostsFile(), BoardFile.defaultFile().resolveSibling("known_hosts"), prompt);
    }

    public static ILaunchConfigurationType type() {
        return DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurationType(TYPE_ID);
    }

    /** The first configuration that measures {@code model}, or a new one with the defaults, saved. */
    public static ILaunchConfiguration findOrCreate(IFile model) throws CoreException {
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        for (ILaunchConfiguration c : manager.getLaunchConfigurations(type())) {
            if (model.getFullPath().toString().equals(c.getAttribute(ATTR_MODEL, ""))) return c;
        }
        ILaunchConfigurationWorkingCopy w = type().newInstance(null, manager.generateLaunchConfigurationName(model.getName().replaceFirst("\\.onnx$", "") + " benchmark"));
        setDefaults(w, model);
        return w.doSave();
    }

    public static void setDefaults(ILaunchConfigurationWorkingCopy w, IFile model) {
        w.setAttribute(ATTR_MODEL, model == null ? "" : model.getFullPath().toString());
        w.setAttribute(ATTR_BOARDS, "");
        w.setAttribute(ATTR_DIMS, "");
        w.setAttribute(ATTR_SAMPLES, "");
        w.setAttribute(ATTR_THREADS, "0");
        w.setAttribute(ATTR_BATCHES, "1");
        w.setAttribute(ATTR_WARMUP, 10);
        w.setAttribute(ATTR_ITERATIONS, 100);
        w.setAttribute(ATTR_DURATION, "0");
        w.setAttribute(ATTR_OPTIMIZATION, "all");
        w.setAttribute(ATTR_PROVIDER, "CPU");
        w.setAttribute(ATTR_PROFILE, false);
        if (model != null) w.setMappedResources(new IResource[] { model });
    }

    /** The configuration's model; a clear error when it names none or one that is gone. */
    public static IFile modelFile(ILaunchConfiguration c) throws CoreException {
        String path = c.getAttribute(ATTR_MODEL, "");
        if (path.isBlank()) throw error("The launch configuration '" + c.getName() + "' names no model: choose one on its Model tab.");
        IResource r = ResourcesPlugin.getWorkspace().getRoot().findMember(path);
        if (!(r instanceof IFile f) || !f.exists()) throw error("The model " + path + " of '" + c.getName() + "' does not exist: choose another on its Model tab.");
        return f;
    }

    /** The folder of input samples on this machine; null for generated inputs; a clear error when it is gone or not in the layout. */
    public static Path samplesFolder(ILaunchConfiguration c) throws CoreException {
        String path = c.getAttribute(ATTR_SAMPLES, "");
        if (path.isBlank()) return null;
        IResource r = ResourcesPlugin.getWorkspace().getRoot().findMember(path);
        if (!(r instanceof IContainer folder) || !folder.exists()) {
            throw error("The data set " + path + " of '" + c.getName() + "' does not exist: choose another folder on its Model tab, or generated inputs.");
        }
        Path dir = folder.getLocation().toFile().toPath();
        try {
            SampleSets.sets(dir);
        } catch (java.io.IOException e) {
            throw error(e.getMessage() + " (launch configuration '" + c.getName() + "', Model tab)");
        }
        if (!c.getAttribute(ATTR_BATCHES, "1").equals("1")) {
            throw error("'" + c.getName() + "' sweeps batch sizes, which needs generated inputs: samples keep the batch they were made with (Benchmark tab).");
        }
        return dir;
    }

    /** The boards to measure on; empty for this machine. */
    public static List<Board> boards(ILaunchConfiguration c) throws CoreException {
        List<Board> out = new ArrayList<>();
        String names = c.getAttribute(ATTR_BOARDS, "");
        if (names.isBlank()) return out;
        List<Board> all;
        try {
            all = BoardFile.read(BoardFile.defaultFile());
            for (String n : names.split(",")) if (!n.isBlank()) out.add(BoardFile.find(all, n.trim()));
        } catch (java.io.IOException e) {
            throw error(e.getMessage() + " (launch configuration '" + c.getName() + "', Target tab)");
        }
        return out;
    }

    /** The agent's options from the configuration, but for the samples (their path differs on a board). */
    public static List<String> agentOptions(ILaunchConfiguration c) throws CoreException {
        List<String> o = new ArrayList<>();
        o.addAll(List.of("--warmup", Integer.toString(c.getAttribute(ATTR_WARMUP, 10))));
        double duration = Double.parseDouble(c.getAttribute(ATTR_DURATION, "0"));
        if (duration > 0) o.addAll(List.of("--duration", Double.toString(duration)));
        else o.addAll(List.of("--iterations", Integer.toString(c.getAttribute(ATTR_ITERATIONS, 100))));
        o.addAll(List.of("--threads", c.getAttribute(ATTR_THREADS, "0"), "--optimization", c.getAttribute(ATTR_OPTIMIZATION, "all"), "--provider",
                c.getAttribute(ATTR_PROVIDER, "CPU")));
        if (c.getAttribute(ATTR_SAMPLES, "").isBlank()) o.addAll(List.of("--batch", c.getAttribute(ATTR_BATCHES, "1")));
        for (Map.Entry<String, Long> d : dims(c.getAttribute(ATTR_DIMS, "")).entrySet()) o.addAll(List.of("--dim", d.getKey() + "=" + d.getValue()));
        if (c.getAttribute(ATTR_PROFILE, false)) o.add("--profile");
        return o;
    }

    static Map<String, Long> dims(String text) throws CoreException {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            if (part.isBlank()) continue;
            String[] kv = part.split("=", 2);
            try {
                out.put(kv[0].trim(), Long.parseLong(kv[1].trim()));
            } catch (RuntimeException e) {
                throw error("'" + part.trim() + "' is not NAME=SIZE (Model tab, symbolic dimensions)");
            }
        }
        return out;
    }

    /** The embedded measurement store of this workspace. */
    public static Path storeFolder() {
        return Platform.getStateLocation(Platform.getBundle("io.medli.launch")).append("measurements").toPath();
    }

    /** The board's password or key passphrase from secure storage; none when nothing is stored. */
    public static Credentials credentials(Board b) throws CoreException {
        try {
            ISecurePreferences node = SecurePreferencesFactory.getDefault().node(SECURE_NODE).node(b.name());
            String secret = node.get("secret", null);
            if (secret == null) return Credentials.NONE;
            return b.keyFile() != null ? Credentials.passphrase(secret.toCharArray()) : Credentials.password(secret.toCharArray());
        } catch (StorageException e) {
            throw error("cannot read the secret of board " + b.name() + " from secure storage: " + e.getMessage());
        }
    }

    /** Keeps a board's password or key passphrase in secure storage (encrypted); null removes it. */
    public static void storeSecret(String board, char[] secret) throws CoreException {
        try {
            ISecurePreferences node = SecurePreferencesFactory.getDefault().node(SECURE_NODE).node(board);
            if (secret == null) node.remove("secret");
            else node.put("secret", new String(secret), true);
            node.flush();
        } catch (StorageException | java.io.IOException e) {
            throw error("cannot keep the secret of board " + board + " in secure storage: " + e.getMessage());
        }
    }

    private static CoreException error(String message) {
        return new CoreException(Status.error(message));
    }
}
