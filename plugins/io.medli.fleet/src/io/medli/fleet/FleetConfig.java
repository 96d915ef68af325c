package io.medli.fleet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

/**
 * A fleet's broker settings and its devices' credentials, in {@code fleet.json} of a folder only
 * its owner may read (as an SSH key is kept): the broker's port, the reader's password (the IDE's
 * receiver) and each device's. A device's password also goes into {@code devices/NAME.password},
 * the file to copy to the device.
 */
public final class FleetConfig {
    public static final String SCHEMA = "medli-fleet/1", FILE = "fleet.json";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    private static final SecureRandom RANDOM = new SecureRandom();

    private String schema = SCHEMA;
    private int port;
    private String reader = "medli-reader";
    private String readerPassword;
    private List<MosquittoBroker.Device> devices = new ArrayList<>();

    public int port() {
        return port;
    }

    public String reader() {
        return reader;
    }

    public String readerPassword() {
        return readerPassword;
    }

    public List<MosquittoBroker.Device> devices() {
        return List.copyOf(devices);
    }

    /** The fleet of {@code dir}; a new one (a free port chosen at the first broker start, a reader password drawn) when there is none. */
    public static FleetConfig load(Path dir) throws IOException {
        Path f = dir.resolve(FILE);
        if (!Files.exists(f)) {
            FleetConfig c = new FleetConfig();
            c.port = 18830;
            c.readerPassword = password();
            return c;
        }
        FleetConfig c;
        try {
            c = GSON.fromJson(Files.readString(f), FleetConfig.class);
        } catch (JsonParseException e) {
            throw new IOException(f + " is not a fleet file (" + SCHEMA + "): " + e.getMessage(), e);
        }
        if (c == null || !SCHEMA.equals(c.schema) || c.readerPassword == null) throw new IOException(f + " is not a fleet file: its \"schema\" must be \"" + SCHEMA + "\"");
        if (c.devices == null) c.devices = new ArrayList<>();
        return c;
    }

    /** Adds device {@code name} of {@code fleet} with a new password (or gives it a new one); returns the file to copy to the device. */
    public Path addDevice(Path dir, String fleet, String name) throws IOException {
        MosquittoBroker.Device d = new MosquittoBroker.Device(fleet, name, password());
        devices.removeIf(x -> x.name().equals(name));
        devices.add(d);
        save(dir);
        Path secrets = Files.createDirectories(dir.resolve("devices"));
        Path p = secrets.resolve(name + ".password");
        writePrivate(p, d.password() + "\n");
        return p;
    }

    /** Removes a device; false when there was none of that name. Its password no longer opens the broker once it restarts. */
    public boolean removeDevice(Path dir, String name) throws IOException {
        boolean removed = devices.removeIf(x -> x.name().equals(name));
        if (removed) {
            save(dir);
            Files.deleteIfExists(dir.resolve("devices").resolve(name + ".password"));
        }
        return removed;
    }

    public void setPort(int port) {
        if (port < 1 || port > 65535) throw new IllegalArgumentException("a port from 1 to 65535, not " + port);
        this.port = port;
    }

    public void save(Path dir) throws IOException {
        Files.createDirectories(dir);
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder keeps what it has
        }
        writePrivate(dir.resolve(FILE), GSON.toJson(this));
    }

    /** Writes {@code text} readable by its owner only, atomically. */
    private static void writePrivate(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tmp, text);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static String password() {
        byte[] b = new byte[18];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
