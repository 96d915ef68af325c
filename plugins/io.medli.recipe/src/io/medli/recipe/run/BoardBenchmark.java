package io.medli.recipe.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.medli.agent.AgentJar;
import io.medli.agent.BenchReport;
import io.medli.recipe.BenchmarkStep;
import io.medli.remote.BoardSession;
import io.medli.remote.RemoteAgent;
import io.medli.remote.Uploads;

/**
 * A Benchmark step on a board: the agent deployed (only what changed), the source and the current
 * model sent, each measured by the agent with the step's warm-up and runs, one after the other.
 * The same figures as on this machine (p50 of each, speed-up, peak memory of loading and a run).
 */
final class BoardBenchmark {
    private BoardBenchmark() {
    }

    static StepExecution.Outcome run(BenchmarkStep b, StepExecution.Context c, String against) throws RecipeRunException {
        Path agentDir = Path.of(System.getProperty("user.home"), ".cache", "medli", "agent");
        try (BoardSession s = c.boards().open(c.board())) {
            AgentJar.writeFromClassPath(agentDir);
            RemoteAgent agent = new RemoteAgent(s, agentDir);
            c.log().accept("   on board " + c.board() + " (" + s.board().address() + ")");
            agent.deploy(c.monitor());
            List<String> options = List.of("--warmup", Integer.toString(b.getWarmup()), "--iterations", Integer.toString(b.getRounds() * 3), "--threads",
                    Integer.toString(c.threads()), "--warm-loads", "0", "--keep-outputs", "0");
            BenchReport[] r = new BenchReport[2];
            Path[] files = { c.source(), c.current() };
            for (int i = 0; i < 2; i++) {
                c.monitor().checkCancelled();
                // named by content: the source and a step's model may share a file name
                Uploads.Sent m = agent.sendModel(files[i], Uploads.sha256(files[i]).substring(0, 12) + "-" + files[i].getFileName(), c.monitor());
                r[i] = agent.bench(m.path(), options, Duration.ofHours(2), line -> c.log().accept("   " + line), c.monitor());
            }
            double base = r[0].runs.get(0).latency.p50Ms, now = r[1].runs.get(0).latency.p50Ms;
            Map<String, Double> metrics = new LinkedHashMap<>();
            metrics.put(Metrics.LATENCY_MS, now);
            metrics.put(Metrics.BASELINE_LATENCY_MS, base);
            metrics.put(Metrics.SPEEDUP, base / now);
            if (b.isMemory() && r[1].modelPeakMemoryBytes != null) metrics.put(Metrics.PEAK_MEMORY_BYTES, (double) r[1].modelPeakMemoryBytes);
            if (b.isMemory() && r[0].modelPeakMemoryBytes != null) metrics.put(Metrics.BASELINE_PEAK_MEMORY_BYTES, (double) r[0].modelPeakMemoryBytes);
            List<String> notes = new ArrayList<>(List.of(String.format(Locale.ROOT, "on %s (%s, %s): p50 %.3f ms (%s %.3f ms): %.2fx; p90 %.3f ms; %d runs each, "
                    + "one model after the other", c.board(), r[1].device.cpuModel, r[1].device.arch, now, against, base, base / now, r[1].runs.get(0).latency.p90Ms,
                    r[1].runs.get(0).latency.count)));
            return new StepExecution.Outcome(null, metrics, notes);
        } catch (IOException e) {
            throw new RecipeRunException(b.getName() + " on board " + c.board() + ": " + e.getMessage(), e);
        }
    }
}
