package io.medli.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import io.medli.onnx.progress.Monitor;
import io.medli.remote.Board;
import io.medli.remote.BoardSession;
import io.medli.remote.Credentials;
import io.medli.remote.HostKeyPolicy;
import io.medli.remote.Uploads;

/**
 * One round of docs/benchmarks.md section 23, in a fresh JVM: connect to a board and upload a model
 * into an empty folder (timed, connection included), then the same again (nothing to send); then,
 * the file removed on the board, both again in the now warm JVM (as in a running IDE).
 * Usage: DeployBenchmark HOST PORT USER KEY KNOWN_HOSTS REMOTE_DIR MODEL
 */
public final class DeployBenchmark {
    private DeployBenchmark() {
    }

    public static void main(String[] a) throws Exception {
        Board b = new Board("bench", a[0], Integer.parseInt(a[1]), a[2], a[3], a[5], null);
        HostKeyPolicy policy = new HostKeyPolicy(Path.of(a[4]), Path.of(a[4] + ".medli"), (h, t, f) -> true);
        Path model = Path.of(a[6]);
        // in a fresh JVM: first deploy (cold), unchanged rerun; the file removed, then the same again (warm, as in a running IDE)
        double[] t = new double[4];
        long[] bytes = new long[4];
        for (int i = 0; i < 4; i++) {
            if (i == 2) {
                try (BoardSession s = BoardSession.open(b, Credentials.NONE, policy)) {
                    s.exec("rm -f '" + b.folder() + "/" + model.getFileName() + "'", java.time.Duration.ofSeconds(30));
                }
            }
            long t0 = System.nanoTime();
            try (BoardSession s = BoardSession.open(b, Credentials.NONE, policy)) {
                bytes[i] = Uploads.upload(s, model, b.folder(), model.getFileName().toString(), Monitor.NONE).bytes();
            }
            t[i] = (System.nanoTime() - t0) / 1e9;
        }
        if (Files.size(model) != bytes[0] || bytes[1] != 0 || bytes[2] != bytes[0] || bytes[3] != 0) {
            throw new IllegalStateException("unexpected bytes " + java.util.Arrays.toString(bytes));
        }
        System.out.printf(Locale.ROOT, "cold deploy %.3f s (%d bytes), rerun %.3f s (0 bytes); warm deploy %.3f s, rerun %.3f s%n", t[0], bytes[0], t[1], t[2], t[3]);
    }
}
