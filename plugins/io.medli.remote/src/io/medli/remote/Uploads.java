package io.medli.remote;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.sshd.sftp.client.SftpClient;

import io.medli.onnx.AtomicFiles;
import io.medli.onnx.progress.Monitor;

/**
 * Files to a board by SFTP, so that the board never holds half a file under the real name: each
 * goes to a hidden temporary name beside the target, its SHA-256 is checked on the board, then it
 * is renamed over the target. A target whose checksum already matches is not sent again.
 * Temporary files of an earlier upload of the same name that a dropped connection left behind are
 * removed before the next one.
 */
public final class Uploads {
    private static final int CHUNK = 256 * 1024;
    private static final String MANIFEST = "SHA256SUMS", COMPLETE = ".medli-complete";

    private Uploads() {
    }

    /** What an upload did: {@code bytes} sent, 0 when the board had the file already. */
    public record Sent(String path, long bytes, boolean unchanged) {
    }

    public static Sent upload(BoardSession s, Path local, String remoteDir, String name, Monitor monitor) throws BoardException {
        String hash;
        long size;
        try {
            hash = sha256(local);
            size = Files.size(local);
        } catch (IOException e) {
            throw new BoardException("cannot read " + local + ": " + e.getMessage(), e);
        }
        String target = remoteDir + "/" + name, temp = remoteDir + "/." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".medli-part";
        // one round trip: the folder made, leftovers of a dropped upload of this name removed, the target's checksum and the free space
        BoardSession.Result r = s.exec("mkdir -p " + q(remoteDir) + " && cd " + q(remoteDir) + " && rm -f ." + q(name) + ".*.medli-part"
                + " && { sha256sum " + q(name) + " 2>/dev/null || true; } && echo medli-df && df -Pk .", Duration.ofSeconds(60));
        if (r.exitCode() != 0) throw new BoardException("cannot prepare " + remoteDir + " on " + s.board().name() + ": " + r.err().strip());
        String[] parts = r.out().split("medli-df\n", 2);
        if (parts[0].startsWith(hash + " ")) return new Sent(target, 0, true);
        enoughSpace(s, parts, size, remoteDir, name);
        SftpClient sftp = s.sftp();
        boolean done = false;
        try {
            send(s, sftp, local, temp, name, new long[1], size, monitor);
            BoardSession.Result check = s.exec("sha256sum " + q(temp) + " && mv -f " + q(temp) + " " + q(target), Duration.ofSeconds(120));
            if (check.exitCode() != 0) throw new BoardException("cannot finish " + name + " on " + s.board().name() + ": " + check.err().strip());
            if (!check.out().startsWith(hash + " ")) {
                s.exec("rm -f " + q(target), Duration.ofSeconds(30));
                throw new BoardException("the copy of " + name + " on " + s.board().name() + " does not match this one (SHA-256); run again");
            }
            done = true;
            return new Sent(target, size, false);
        } finally {
            if (!done && s.isOpen()) {
                try {
                    s.exec("rm -f " + q(temp), Duration.ofSeconds(30));
                } catch (BoardException e) {
                    // the next upload of this name removes it
                }
            }
        }
    }

    /**
     * A folder's files (paths relative to {@code localRoot}) to {@code remoteParent/NAME-DIGEST} on
     * the board, the digest taken over the files' names and contents: all of them appear at once
     * (sent into a hidden folder, checked against a SHA256SUMS manifest on the board, then renamed),
     * and a folder the board has already is not sent again.
     */
    public static Sent uploadFolder(BoardSession s, Path localRoot, List<Path> files, String remoteParent, Monitor monitor) throws BoardException {
        StringBuilder manifest = new StringBuilder();
        long size = 0;
        try {
            for (Path f : files) {
                manifest.append(sha256(localRoot.resolve(f))).append("  ").append(unix(f)).append('\n');
                size += Files.size(localRoot.resolve(f));
            }
        } catch (IOException e) {
            throw new BoardException("cannot read " + localRoot + ": " + e.getMessage(), e);
        }
        String digest = sha256(manifest.toString()).substring(0, 16);
        String name = localRoot.getFileName() + "-" + digest, target = remoteParent + "/" + name;
        String temp = remoteParent + "/." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".medli-part";
        BoardSession.Result r = s.exec("mkdir -p " + q(remoteParent) + " && cd " + q(remoteParent) + " && rm -rf ." + q(name) + ".*.medli-part"
                + " && { test -f " + q(name + "/" + COMPLETE) + " && echo medli-have || true; } && echo medli-df && df -Pk .", Duration.ofSeconds(60));
        if (r.exitCode() != 0) throw new BoardException("cannot prepare " + remoteParent + " on " + s.board().name() + ": " + r.err().strip());
        String[] parts = r.out().split("medli-df\n", 2);
        if (parts[0].startsWith("medli-have")) return new Sent(target, 0, true);
        enoughSpace(s, parts, size, remoteParent, localRoot.getFileName().toString());
        SftpClient sftp = s.sftp();
        boolean done = false;
        try {
            mkdirs(s, sftp, temp, files);
            long[] sent = new long[1];
            for (Path f : files) send(s, sftp, localRoot.resolve(f), temp + "/" + unix(f), localRoot.getFileName() + "/" + unix(f), sent, size, monitor);
            try (OutputStream out = sftp.write(temp + "/" + MANIFEST)) {
                out.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw failedWrite(s, MANIFEST, e);
            }
            BoardSession.Result check = s.exec("cd " + q(temp) + " && sha256sum -c " + MANIFEST + " >/dev/null && touch " + COMPLETE + " && cd .. && if [ -d " + q(name)
                    + " ]; then rm -rf " + q(temp) + "; else mv " + q(temp) + " " + q(name) + "; fi", Duration.ofSeconds(120));
            if (check.exitCode() != 0) {
                throw new BoardException("the copy of " + localRoot.getFileName() + " on " + s.board().name() + " does not match this one (SHA-256): "
                        + check.err().strip() + "; run again");
            }
            done = true;
            return new Sent(target, size, false);
        } finally {
            if (!done && s.isOpen()) {
                try {
                    s.exec("rm -rf " + q(temp), Duration.ofSeconds(30));
                } catch (BoardException e) {
                    // the next upload of this folder removes it
                }
            }
        }
    }

    private static void mkdirs(BoardSession s, SftpClient sftp, String root, List<Path> files) throws BoardException {
        Set<String> made = new LinkedHashSet<>();
        made.add(root);
        for (Path f : files) {
            if (f.getParent() != null) {
                String dir = root;
                for (Path part : f.getParent()) made.add(dir = dir + "/" + part);
            }
        }
        for (String dir : made) {
            try {
                sftp.mkdir(dir);
            } catch (IOException e) {
                throw failedWrite(s, dir, e);
            }
        }
    }

    /** One file by SFTP to {@code remote}; {@code sent[0]} counts the bytes of all files of an upload, {@code total} for progress. */
    private static void send(BoardSession s, SftpClient sftp, Path local, String remote, String label, long[] sent, long total, Monitor monitor) throws BoardException {
        OutputStream out = null;
        try (InputStream in = Files.newInputStream(local)) {
            out = sftp.write(remote);
            byte[] buf = new byte[CHUNK];
            for (int n; (n = in.read(buf)) > 0;) {
                if (monitor.cancelled()) throw new CancellationException("cancelled");
                out.write(buf, 0, n);
                sent[0] += n;
                monitor.progress("Uploading " + label, (int) (sent[0] * 1000 / Math.max(1, total)), 1000);
            }
            OutputStream o = out;
            out = null;
            o.close(); // waits for the board's acknowledgements
        } catch (IOException e) {
            // a stalled link is dropped before the stream is closed: its close would wait for acknowledgements that never come
            boolean stalled = s.isOpen() && timedOut(e);
            if (stalled) s.abort();
            throw stalled ? stalled(s, label, e) : failedWrite(s, label, e);
        } finally {
            if (out != null) {
                try {
                    out.close();
                } catch (IOException e) {
                    // the upload failed or was cancelled already
                }
            }
        }
    }

    private static String unix(Path relative) {
        return relative.toString().replace('\\', '/');
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The free space that the preparing command's {@code df} reported after its marker; an error when {@code size} does not fit. */
    private static void enoughSpace(BoardSession s, String[] parts, long size, String dir, String what) throws BoardException {
        long free = freeBytes(parts.length > 1 ? parts[1] : "");
        if (free >= 0 && free < size + (1 << 20)) {
            throw new BoardException(s.board().name() + " has " + mb(free) + " free in " + dir + " and " + what + " needs " + mb(size)
                    + ": free space on the board (or give it another folder) and run again");
        }
    }

    private static BoardException stalled(BoardSession s, String name, IOException e) {
        return new BoardException("the link to " + s.board().name() + " stalled while uploading " + name + ": the board stopped taking data ("
                + BoardSession.rootMessage(e) + "). Check its network, or whether it is overloaded, and run again; files that arrived whole are not sent again", e);
    }

    private static BoardException failedWrite(BoardSession s, String name, IOException e) {
        if (!s.isOpen()) return s.dropped("uploading " + name, e);
        return new BoardException("cannot write " + name + " on " + s.board().name() + ": " + BoardSession.rootMessage(e)
                + " (is its disk full, or the folder not writable?)", e);
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.InterruptedIOException || String.valueOf(t.getMessage()).startsWith("Timed out")) return true;
        }
        return false;
    }

    /** The available bytes from {@code df -Pk} output; -1 when it cannot be read. */
    static long freeBytes(String df) {
        String[] lines = df.strip().split("\n");
        if (lines.length < 2) return -1;
        String[] f = lines[lines.length - 1].trim().split("\\s+");
        try {
            return f.length >= 4 ? Long.parseLong(f[3]) * 1024 : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A word for a POSIX shell, quoted. */
    static String q(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    public static String sha256(Path file) throws IOException {
        return AtomicFiles.sha256(file);
    }
}
