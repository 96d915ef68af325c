package io.medli.remote;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
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
        long free = freeBytes(parts.length > 1 ? parts[1] : "");
        if (free >= 0 && free < size + (1 << 20)) {
            throw new BoardException(s.board().name() + " has " + mb(free) + " free in " + remoteDir + " and " + name + " needs " + mb(size)
                    + ": free space on the board (or give it another folder) and run again");
        }
        SftpClient sftp = s.sftp();
        boolean done = false;
        try {
            try (InputStream in = Files.newInputStream(local); OutputStream out = sftp.write(temp)) {
                byte[] buf = new byte[CHUNK];
                long sent = 0;
                for (int n; (n = in.read(buf)) > 0;) {
                    if (monitor.cancelled()) throw new CancellationException("cancelled");
                    out.write(buf, 0, n);
                    sent += n;
                    monitor.progress("Uploading " + name, (int) (sent * 1000 / Math.max(1, size)), 1000);
                }
            } catch (IOException e) {
                throw failedWrite(s, name, e);
            }
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

    private static BoardException failedWrite(BoardSession s, String name, IOException e) {
        if (!s.isOpen()) return s.dropped("uploading " + name, e);
        return new BoardException("cannot write " + name + " on " + s.board().name() + ": " + BoardSession.rootMessage(e)
                + " (is its disk full, or the folder not writable?)", e);
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
