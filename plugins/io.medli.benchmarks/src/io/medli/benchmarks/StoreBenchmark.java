package io.medli.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import io.medli.agent.BenchReport;
import io.medli.store.Filter;
import io.medli.store.MeasurementStore;
import io.medli.store.ModelDatabase;

/**
 * docs/benchmarks.md section 24: the measurement store on H2 or PostgreSQL. (1) Saving a report
 * whose run holds 10,000 raw samples (the report measured by the agent, its samples resampled to
 * 10,000 from the measured ones): median of 30 saves. (2) One million measurement rows (50 boards
 * x 200 models x 100 runs, inserted in JDBC batches), then the Results view's query - one board,
 * one model, a latency range, newest first - for 30 random board/model pairs: median; (3) the
 * model database's filters (task, board, latency, size, accuracy) over the same rows: median of 30.
 * Usage: StoreBenchmark REPORT.json h2 FOLDER | postgres URL USER
 */
public final class StoreBenchmark {
    private StoreBenchmark() {
    }

    public static void main(String[] a) throws Exception {
        BenchReport report = BenchReport.parse(Files.readString(Path.of(a[0]), StandardCharsets.UTF_8));
        boolean h2 = a[1].equals("h2");
        String url = h2 ? "jdbc:h2:file:" + Path.of(a[2]).toAbsolutePath().resolve("measurements") + ";DB_CLOSE_ON_EXIT=FALSE" : a[2];
        String user = h2 ? "medli" : a[3];
        Random rnd = new Random(1);
        double[] measured = report.runs.get(0).samplesMs;
        double[] tenK = new double[10_000];
        for (int i = 0; i < tenK.length; i++) tenK[i] = measured[rnd.nextInt(measured.length)];
        BenchReport big = BenchReport.parse(report.toJson());
        big.runs = new java.util.ArrayList<>(big.runs.subList(0, 1));
        big.runs.get(0).samplesMs = tenK;
        big.runs.get(0).latency.count = tenK.length;
        try (MeasurementStore s = h2 ? MeasurementStore.h2(Path.of(a[2])) : MeasurementStore.postgres(a[2], a[3], null)) {
            for (int i = 0; i < 5; i++) s.save(big, "warm-up"); // JIT and connection warm-up
            double[] save = new double[30];
            for (int i = 0; i < save.length; i++) {
                long t0 = System.nanoTime();
                s.save(big, "board-" + (i % 3));
                save[i] = (System.nanoTime() - t0) / 1e6;
            }
            System.out.printf(Locale.ROOT, "save of a report with 10,000 samples: median %.2f ms (min %.2f, max %.2f) over %d%n", median(save),
                    Arrays.stream(save).min().orElseThrow(), Arrays.stream(save).max().orElseThrow(), save.length);
            long t0 = System.nanoTime();
            fill(url, user, report);
            System.out.printf(Locale.ROOT, "one million rows inserted in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            for (int i = 0; i < 5; i++) s.find(new Filter("bench-" + i, "model-" + i + ".onnx", 30.0, 10.0, 1000));
            double[] q = new double[30];
            int found = 0;
            for (int i = 0; i < q.length; i++) {
                String board = "bench-" + rnd.nextInt(50), model = "model-" + rnd.nextInt(200) + ".onnx";
                long t1 = System.nanoTime();
                found += s.find(new Filter(board, model, 30.0, 10.0, 1000)).size();
                q[i] = (System.nanoTime() - t1) / 1e6;
            }
            System.out.printf(Locale.ROOT, "filter by board, model and p50 10-30 ms over 1,000,000 rows: median %.2f ms (min %.2f, max %.2f), %.1f rows a query%n",
                    median(q), Arrays.stream(q).min().orElseThrow(), Arrays.stream(q).max().orElseThrow(), found / (double) q.length);
            double[] newest = new double[10];
            for (int i = 0; i < newest.length; i++) {
                long t1 = System.nanoTime();
                s.find(Filter.all().limit(1000 - i)); // a different statement each time: H2 caches the results of a repeated one
                newest[i] = (System.nanoTime() - t1) / 1e6;
            }
            System.out.printf(Locale.ROOT, "the newest 1,000 of 1,000,000 rows, no filter: median %.2f ms (min %.2f, max %.2f)%n", median(newest),
                    Arrays.stream(newest).min().orElseThrow(), Arrays.stream(newest).max().orElseThrow());
            // the Model DB view's filters: the 200 models as 40 architectures of 4 tasks, accuracies spread over 60-95 %
            String[] tasks = { "image classification", "object detection", "keyword spotting", "anomaly detection" };
            for (int arch = 0; arch < 40; arch++) {
                List<ModelDatabase.Model> ms = new java.util.ArrayList<>();
                for (int k = 0; k < 5; k++) {
                    int i = arch * 5 + k;
                    ms.add(new ModelDatabase.Model(String.format("%064x", i + 7_000_000), "model-" + i + ".onnx", 1_000_000 + i, k % 2 == 0 ? "float32" : "int8",
                            60 + 35 * rnd.nextDouble(), "synthetic", "synthetic rows of this benchmark"));
                }
                s.models().register(new ModelDatabase.Architecture("arch-" + arch, "bench", tasks[arch % 4], 1000L * arch, 1_000_000L * arch, 4000L * arch,
                        "synthetic rows of this benchmark", ms));
            }
            double[] db = new double[30];
            int rowsFound = 0;
            for (int i = 0; i < db.length; i++) {
                ModelDatabase.Query dq = new ModelDatabase.Query(tasks[rnd.nextInt(4)], "bench-" + rnd.nextInt(50), 20.0 + i * 0.01, 1_000_150L, 80.0, 1000);
                long t1 = System.nanoTime();
                rowsFound += s.models().find(dq).size();
                db[i] = (System.nanoTime() - t1) / 1e6;
            }
            System.out.printf(Locale.ROOT, "model database: task, board, p50 under 20 ms, size and accuracy over 1,000,000 rows: median %.2f ms (min %.2f, max %.2f), "
                    + "%.1f rows a query%n", median(db), Arrays.stream(db).min().orElseThrow(), Arrays.stream(db).max().orElseThrow(), rowsFound / (double) db.length);
        }
    }

    /** 50 boards x 200 models x 100 measurements, p50 spread over 5-45 ms. */
    private static void fill(String url, String user, BenchReport r) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            c.setAutoCommit(false);
            long runtime;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT MIN(id) FROM runtimes")) {
                rs.next();
                runtime = rs.getLong(1);
            }
            long[] devices = new long[50], models = new long[200];
            try (PreparedStatement d = c.prepareStatement("INSERT INTO devices (fingerprint, name, arch, cores, first_seen) VALUES (?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < devices.length; i++) {
                    d.setString(1, String.format("%064d", i + 1_000_000));
                    d.setString(2, "bench-" + i);
                    d.setString(3, "aarch64");
                    d.setInt(4, 4);
                    d.setTimestamp(5, Timestamp.from(Instant.now()));
                    d.executeUpdate();
                    try (ResultSet k = d.getGeneratedKeys()) {
                        k.next();
                        devices[i] = k.getLong(1);
                    }
                }
            }
            try (PreparedStatement m = c.prepareStatement("INSERT INTO models (sha256, name, bytes, first_seen) VALUES (?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < models.length; i++) {
                    m.setString(1, String.format("%064x", i + 7_000_000));
                    m.setString(2, "model-" + i + ".onnx");
                    m.setLong(3, 1_000_000 + i);
                    m.setTimestamp(4, Timestamp.from(Instant.now()));
                    m.executeUpdate();
                    try (ResultSet k = m.getGeneratedKeys()) {
                        k.next();
                        models[i] = k.getLong(1);
                    }
                }
            }
            Random rnd = new Random(2);
            long now = System.currentTimeMillis();
            try (PreparedStatement p = c.prepareStatement("INSERT INTO measurements (model_id, device_id, runtime_id, measured_at, batch, threads, runs, mean_ms, sd_ms, "
                    + "min_ms, p50_ms, p90_ms, p99_ms, max_ms, throughput) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                int n = 0;
                for (int k = 0; k < 100; k++) {
                    for (long dv : devices) {
                        for (long mo : models) {
                            double p50 = 5 + 40 * rnd.nextDouble();
                            p.setLong(1, mo);
                            p.setLong(2, dv);
                            p.setLong(3, runtime);
                            p.setTimestamp(4, new Timestamp(now - n * 1000L));
                            p.setInt(5, 1);
                            p.setInt(6, 1 + k % 4);
                            p.setInt(7, 100);
                            p.setDouble(8, p50 * 1.02);
                            p.setDouble(9, p50 * 0.05);
                            p.setDouble(10, p50 * 0.9);
                            p.setDouble(11, p50);
                            p.setDouble(12, p50 * 1.1);
                            p.setDouble(13, p50 * 1.3);
                            p.setDouble(14, p50 * 1.5);
                            p.setDouble(15, 1000 / p50);
                            p.addBatch();
                            if (++n % 5000 == 0) {
                                p.executeBatch();
                                c.commit();
                            }
                        }
                    }
                }
                p.executeBatch();
                c.commit();
            }
            try (Statement st = c.createStatement()) {
                if (url.startsWith("jdbc:postgresql")) {
                    c.setAutoCommit(true);
                    st.execute("ANALYZE"); // statistics for the planner, as autovacuum would gather them
                }
            }
        }
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
