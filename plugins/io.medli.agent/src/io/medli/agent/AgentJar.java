package io.medli.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import ai.onnxruntime.OrtEnvironment;

/**
 * Makes the agent a runnable jar for a board: the classes of the agent, the model layer, the
 * runtime layer, the monitoring core, Gson and picocli in one jar ({@link #JAR}), with ONNX Runtime's own jar (natives
 * for linux-x86_64 and linux-aarch64 inside) beside it on its Class-Path. Two files, so a new agent
 * does not send ONNX Runtime's 54 MB again. The jar is the same, byte for byte, for the same classes
 * (entries sorted, times fixed), so an unchanged agent is recognised by its checksum.
 */
public final class AgentJar {
    public static final String JAR = "medli-agent.jar";
    /** The name ONNX Runtime's jar has beside the agent (on the agent's Class-Path). */
    public static final String ONNX_RUNTIME_JAR = "onnxruntime.jar";
    /** 1980-02-01: a fixed time for every entry (the zip format cannot say earlier). */
    private static final long FIXED_TIME = 318_211_200_000L;

    private AgentJar() {
    }


    /**
     * Writes {@link #JAR} into {@code dir} (atomically) from {@code sources} (jars or class folders)
     * and names {@code onnxRuntimeJar} on its Class-Path; returns it.
     */
    public static Path write(Path dir, List<Path> sources, String onnxRuntimeJar) throws IOException {
        TreeMap<String, byte[]> entries = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (Path src : sources) {
            if (Files.isDirectory(src)) {
                try (Stream<Path> all = Files.walk(src)) {
                    for (Path p : all.filter(Files::isRegularFile).toList()) {
                        String name = src.relativize(p).toString().replace('\\', '/');
                        if (keep(name) && seen.add(name)) entries.put(name, Files.readAllBytes(p));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(src.toFile())) {
                    for (JarEntry e : java.util.Collections.list(jar.entries())) {
                        if (e.isDirectory() || !keep(e.getName()) || !seen.add(e.getName())) continue;
                        try (InputStream in = jar.getInputStream(e)) {
                            entries.put(e.getName(), in.readAllBytes());
                        }
                    }
                }
            }
        }
        if (!entries.containsKey(Agent.class.getName().replace('.', '/') + ".class")) {
            throw new IOException("the agent's classes are not among " + sources);
        }
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.put(Attributes.Name.MAIN_CLASS, Agent.class.getName());
        a.put(Attributes.Name.CLASS_PATH, onnxRuntimeJar);
        a.putValue("Implementation-Title", "medli-agent");
        a.putValue("Implementation-Version", Agent.VERSION);
        a.putValue("Enable-Native-Access", "ALL-UNNAMED"); // ONNX Runtime loads its natives (Java 22+ warns otherwise)
        Files.createDirectories(dir);
        // a temporary name of its own: two jobs (two boards) may write the same folder at once
        Path out = dir.resolve(JAR), tmp = Files.createTempFile(dir, "." + JAR, ".tmp");
        try {
            try (OutputStream os = Files.newOutputStream(tmp); JarOutputStream jar = new JarOutputStream(os)) {
                JarEntry m = new JarEntry(JarFile.MANIFEST_NAME);
                m.setTime(FIXED_TIME);
                jar.putNextEntry(m);
                mf.write(jar);
                jar.closeEntry();
                for (var e : entries.entrySet()) {
                    JarEntry je = new JarEntry(e.getKey());
                    je.setTime(FIXED_TIME);
                    jar.putNextEntry(je);
                    jar.write(e.getValue());
                    jar.closeEntry();
                }
            }
            return Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Writes the agent and ONNX Runtime's jar into {@code dir} from the jars of this process (a
     * plain class path); ONNX Runtime's jar is copied only when it differs. Returns the agent jar.
     */
    public static synchronized Path writeFromClassPath(Path dir) throws IOException {
        Path agent = write(dir, sourcesOnClassPath(), ONNX_RUNTIME_JAR);
        Path ort = onnxRuntimeOnClassPath(), target = dir.resolve(ONNX_RUNTIME_JAR);
        if (!Files.isRegularFile(target) || Files.mismatch(ort, target) != -1) {
            Path tmp = Files.createTempFile(dir, "." + ONNX_RUNTIME_JAR, ".tmp");
            try {
                Files.copy(ort, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        return agent;
    }

    /** Manifests, signatures, module descriptors and OSGi/Maven metadata of the merged jars stay out. */
    private static boolean keep(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        if (n.startsWith("META-INF/")) {
            return n.startsWith("META-INF/SERVICES/") || n.startsWith("META-INF/LICENSE") || n.startsWith("META-INF/NOTICE");
        }
        return !n.endsWith("MODULE-INFO.CLASS") && !n.equals("PLUGIN.XML") && !n.equals("BUILD.PROPERTIES");
    }

    /**
     * The jars or class folders of this process that the agent is made of, found from its classes:
     * the agent, io.medli.onnx, io.medli.runtime, io.medli.monitor, Gson, picocli, Paho's MQTT v5 client; and ONNX Runtime's jar. On a plain
     * class path these are the code sources of the classes; under OSGi the caller passes what
     * Eclipse's FileLocator says instead.
     */
    public static List<Path> sourcesOnClassPath() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Class<?> c : List.of(Agent.class, io.medli.onnx.OnnxModel.class, io.medli.runtime.ModelRunner.class, io.medli.monitor.MonitorProfile.class,
                com.google.gson.Gson.class, picocli.CommandLine.class, org.eclipse.paho.mqttv5.client.MqttClient.class)) {
            out.add(codeSource(c));
        }
        return out;
    }

    public static Path onnxRuntimeOnClassPath() throws IOException {
        return codeSource(OrtEnvironment.class);
    }

    static Path codeSource(Class<?> c) throws IOException {
        var cs = c.getProtectionDomain().getCodeSource();
        if (cs == null || cs.getLocation() == null) throw new IOException("cannot tell where " + c.getName() + " was loaded from");
        try {
            return Path.of(cs.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("cannot tell where " + c.getName() + " was loaded from (" + cs.getLocation() + ")", e);
        }
    }
}
