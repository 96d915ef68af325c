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
 * One round of docs/benchmarks.md section 23: connect to a board, upload a model into an empty
 * folder (timed, connection included), then the same again (timed: nothing to send), and print
 * "deploy SECONDS BYTES rerun SECONDS BYTES".
 * Usage: DeployBenchmark HOST PORT USER KEY KNOWN_HOSTS REMOTE_DIR MODEL
 */
public final class DeployBenchmark {
    private DeployBenchmark() {
    }

    public static void main(String[] a) throws Exception {
        Board b = new Board("bench", a[0], Integer.parseInt(a[1]), a[2], a[3], a[5], null);
        HostKeyPolicy policy = new HostKeyPolicy(Path.of(a[4]), Path.of(a[4] + ".medli"), (h, t, f) -> true);
        Path model = Path.of(a[6]);
        double[] t = new double[2];
        long[] bytes = new long[2];
        for (int i = 0; i < 2; i++) {
            long t0 = System.nanoTime();
            try (BoardSession s = BoardSession.open(b, Credentials.NONE, policy)) {
                bytes[i] = Uploads.upload(s, model, b.folder(), model.getFileName().toString(), Monitor.NONE).bytes();
            }
            t[i] = (System.nanoTime() - t0) / 1e9;
        }
        if (Files.size(model) != bytes[0] || bytes[1] != 0) throw new IllegalStateException("unexpected bytes " + bytes[0] + ", " + bytes[1]);
        System.out.printf(Locale.ROOT, "deploy %.3f %d rerun %.3f %d%n", t[0], bytes[0], t[1], bytes[1]);
    }
}
