package io.medli.train.internal;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The flat class path of a training worker started from inside OSGi: the files of the bundle
 * holding the worker and of every bundle it is wired to, transitively, plus PyTorch's native
 * engine and library bundles, which nothing imports from. Loaded only inside OSGi.
 */
public final class OsgiClasspath {
    /**
     * Bundles the worker needs that no manifest requires: DJL finds the engine through
     * ServiceLoader, the engine loads its JNI and PyTorch libraries as resources, and the wrapped
     * DJL jars import JNA and SLF4J (whose provider is found by ServiceLoader) only optionally.
     */
    public static final java.util.List<String> RUNTIME_ONLY = java.util.List.of("ai.djl.pytorch.pytorch-engine",
            "ai.djl.pytorch.pytorch-jni", "ai.djl.pytorch.pytorch-native-cpu", "com.sun.jna", "slf4j.api", "slf4j.nop");

    private OsgiClasspath() {
    }

    /** True when {@code type} was loaded by an OSGi bundle class loader. */
    public static boolean isOsgi(Class<?> type) {
        try {
            Class<?> ref = Class.forName("org.osgi.framework.BundleReference", false, type.getClassLoader());
            return ref.isInstance(type.getClassLoader());
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    public static List<Path> of(Class<?> anchor) {
        Bundle start = FrameworkUtil.getBundle(anchor);
        Set<Bundle> seen = new LinkedHashSet<>();
        Deque<Bundle> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            Bundle b = todo.removeFirst();
            if (b.getBundleId() == 0 || !seen.add(b)) continue;
            BundleWiring w = b.adapt(BundleWiring.class);
            if (w == null) continue;
            for (BundleWire wire : w.getRequiredWires(null)) todo.add(wire.getProvider().getBundle());
        }
        var context = start.getBundleContext();
        if (context == null) throw new IllegalStateException(start.getSymbolicName() + " is not started, so its runtime bundles cannot be listed");
        for (Bundle b : context.getBundles()) {
            if (RUNTIME_ONLY.contains(b.getSymbolicName())) seen.add(b);
        }
        Set<Path> files = new LinkedHashSet<>();
        for (Bundle b : seen) {
            Path p = file(b);
            if (p != null) files.add(p);
        }
        return List.copyOf(files);
    }

    /** The jar or folder a bundle was installed from (Equinox "reference:file:" locations, absolute or relative to the install area). */
    public static Path file(Bundle b) {
        String loc = b.getLocation();
        for (String prefix : new String[] { "initial@", "reference:" }) {
            if (loc.startsWith(prefix)) loc = loc.substring(prefix.length());
        }
        if (!loc.startsWith("file:")) return null;
        String path = loc.substring("file:".length());
        Path p;
        if (path.startsWith("/")) {
            p = Path.of(path);
        } else {
            String area = System.getProperty("osgi.install.area", "");
            if (!area.startsWith("file:")) return null;
            p = Path.of(URI.create(area.replace(" ", "%20"))).resolve(path);
        }
        // a project folder (bundles under development): its compiled classes
        if (Files.isDirectory(p) && Files.isDirectory(p.resolve("target/classes")) && !Files.isDirectory(p.resolve("io"))) {
            p = p.resolve("target/classes");
        }
        return p.normalize();
    }
}
