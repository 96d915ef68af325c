package io.medli.recipe.run;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.Diagnostic;

import io.medli.onnx.progress.Monitor;
import io.medli.recipe.BenchmarkStep;
import io.medli.recipe.DataRole;
import io.medli.recipe.DataSet;
import io.medli.recipe.DistillStep;
import io.medli.recipe.EvaluateStep;
import io.medli.recipe.MeasureStep;
import io.medli.recipe.QuantizeMode;
import io.medli.recipe.QuantizeStep;
import io.medli.recipe.Recipe;
import io.medli.recipe.RetrainStep;
import io.medli.recipe.SpecializeStep;
import io.medli.recipe.Step;
import io.medli.recipe.check.RecipeChecks;

/**
 * Runs a recipe's steps in order on the engines, headless (the IDE's job, the launch configuration
 * and {@code medli recipe run} share it). Each step's artefacts go to {@code runs/<timestamp>/}
 * beside the recipe; a step whose kind, parameters, input model and data are unchanged is taken
 * from an earlier run instead of run again. Cancelling stops between engine steps; the steps
 * finished so far stay whole and reusable.
 */
public final class RecipeRunner {
    /**
     * @param threads ONNX Runtime's and PyTorch's threads (0: their defaults)
     * @param log one line at a time, for a console
     */
    public record Options(int threads, Trainer trainer, Consumer<String> log, Monitor monitor, String runName, Boards boards) {
        public Options(int threads, Trainer trainer, Consumer<String> log, Monitor monitor) {
            this(threads, trainer, log, monitor, null, Boards.headless());
        }

        /** The same, with the run's folder named {@code name} instead of by the time. */
        public Options named(String name) {
            return new Options(threads, trainer, log, monitor, name, boards);
        }

        /** The same, reaching boards through {@code b}. */
        public Options withBoards(Boards b) {
            return new Options(threads, trainer, log, monitor, runName, b);
        }
    }

    private RecipeRunner() {
    }

    /** Checks and runs {@code recipe}, saved at {@code file} (its folder is the base of relative paths and holds the runs). */
    public static RunResult run(Recipe recipe, Path file, Options o) throws RecipeRunException {
        Path base = file.toAbsolutePath().getParent();
        Diagnostic d = RecipeChecks.check(recipe, base);
        if (d.getSeverity() >= Diagnostic.ERROR) {
            StringBuilder b = new StringBuilder(file.getFileName() + " cannot run:");
            for (Diagnostic c : d.getChildren()) if (c.getSeverity() >= Diagnostic.ERROR) b.append("\n  ").append(c.getMessage());
            throw new RecipeRunException(b.toString());
        }
        long start = System.nanoTime();
        int threads = o.threads() > 0 ? o.threads() : recipe.getTarget() == null ? 0 : recipe.getTarget().getThreads();
        Path source = base.resolve(recipe.getSourceModel()).normalize();
        RecipeData data = new RecipeData(recipe, base);
        List<Step> steps = recipe.getSteps().stream().filter(Step::isEnabled).toList();
        List<RunResult.Step> results = new ArrayList<>();
        RunFolder folder;
        String hash;
        try {
            folder = RunFolder.create(base, o.runName());
            hash = StepKey.ofFile(source);
        } catch (IOException e) {
            throw new RecipeRunException("cannot start the run beside " + file + ": " + e.getMessage(), e);
        }
        o.log().accept("run " + folder.dir().getFileName() + " of " + file.getFileName() + ": " + steps.size() + " steps");
        Path current = source;
        String status = "finished";
        try {
            for (int i = 0; i < steps.size(); i++) {
                o.monitor().checkCancelled();
                Step s = steps.get(i);
                o.monitor().progress(label(s), i, steps.size());
                Path against = against(s, base, source);
                String key = key(s, hash, data, threads, against == source ? null : against);
                RunResult.Step r = reuse(folder, key, i, s, o);
                if (r == null) r = execute(folder, key, i, s, against, current, data, threads, o);
                results.add(r);
                if (r.model() != null) {
                    current = r.model();
                    hash = RunFolder.read(r.model().getParent()).modelHash;
                }
            }
            o.monitor().progress("done", steps.size(), steps.size());
        } catch (CancellationException e) {
            status = "cancelled";
            throw e;
        } catch (RecipeRunException e) {
            status = "failed: " + e.getMessage();
            throw e;
        } finally {
            RunResult partial = result(folder, source, results, recipe, start, current);
            try {
                folder.writeRun(RunSummary.of(recipe, partial, status));
                RunReport.write(recipe.getName(), partial, status);
            } catch (IOException e) {
                o.log().accept("could not write the run's summary: " + e.getMessage());
            }
        }
        RunResult result = result(folder, source, results, recipe, start, current);
        for (RunResult.Goal g : result.goals()) o.log().accept((g.met() ? "goal met: " : "goal NOT met: ") + g.text());
        return result;
    }

    private static RunResult result(RunFolder folder, Path source, List<RunResult.Step> steps, Recipe recipe, long start, Path current) {
        Map<String, Double> baseline = new LinkedHashMap<>();
        try {
            baseline.put(Metrics.SIZE_BYTES, (double) Files.size(source));
        } catch (IOException e) {
            // the source model was checked before the run; a figure less is not worth failing the run
        }
        return new RunResult(folder.dir(), baseline, steps, Goals.judge(recipe.getGoals(), baseline, steps), current,
                (System.nanoTime() - start) / 1e9);
    }

    private static RunResult.Step reuse(RunFolder folder, String key, int index, Step s, Options o) throws RecipeRunException {
        try {
            RunFolder.Found f = folder.find(key);
            if (f == null) return null;
            Path done = folder.reuse(f, index, s.getName());
            o.log().accept(String.format(Locale.ROOT, "%d. %s: unchanged, reused from %s", index + 1, label(s),
                    f.folder().getParent().getFileName() + "/" + f.folder().getFileName()));
            RunFolder.StepRecord r = f.record();
            return new RunResult.Step(s.getName(), r.kind, true, r.model == null ? null : done.resolve(r.model), r.metrics, r.notes, 0);
        } catch (IOException e) {
            o.log().accept("cannot reuse an earlier result of " + label(s) + " (" + e.getMessage() + "); running it again");
            return null;
        }
    }

    private static RunResult.Step execute(RunFolder folder, String key, int index, Step s, Path source, Path current, RecipeData data, int threads,
            Options o) throws RecipeRunException {
        long t0 = System.nanoTime();
        List<String> log = new ArrayList<>();
        Consumer<String> both = line -> {
            log.add(line);
            o.log().accept(line);
        };
        both.accept(String.format(Locale.ROOT, "%d. %s", index + 1, label(s)));
        Path partial = null;
        try {
            partial = folder.begin(index, s.getName());
            StepExecution.Outcome out = StepExecution.run(s, new StepExecution.Context(source, current, partial, data, threads, o.trainer(), both, o.monitor(),
                    board(s), o.boards()));
            o.monitor().checkCancelled();
            out.notes().forEach(n -> both.accept("   " + n));
            RunFolder.StepRecord r = new RunFolder.StepRecord();
            r.key = key;
            r.kind = s.eClass().getName().replace("Step", "");
            r.name = s.getName();
            r.model = out.model() == null ? null : out.model().getFileName().toString();
            r.modelHash = out.model() == null ? null : StepKey.ofFile(out.model());
            r.metrics.putAll(out.metrics());
            r.notes.addAll(out.notes());
            r.seconds = (System.nanoTime() - t0) / 1e9;
            Path done = folder.commit(partial, index, s.getName(), r, log);
            partial = null;
            return new RunResult.Step(s.getName(), r.kind, false, r.model == null ? null : done.resolve(r.model), r.metrics, r.notes, r.seconds);
        } catch (IOException e) {
            throw new RecipeRunException(label(s) + " failed: " + writeProblem(e, folder.dir()), e);
        } catch (RuntimeException e) {
            if (e instanceof CancellationException) throw e;
            throw new RecipeRunException(label(s) + " failed: " + e, e);
        } finally {
            if (partial != null) folder.abandon(partial);
        }
    }

    /** The message of a failed write, with what to do when the cause is a full disk or a read-only folder. */
    static String writeProblem(IOException e, Path dir) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("No space left") || m.contains("Disk quota exceeded")) {
            return "the disk is full (" + m + ") while writing into " + dir + "; free some space and run again: finished steps are reused";
        }
        if (e instanceof AccessDeniedException || m.contains("Read-only file system")) {
            return "cannot write into " + dir + " (" + m + "); make the folder writable or move the recipe to one that is";
        }
        return m;
    }

    /** What a measuring step compares with: its reference model when it names one, else the recipe's source. */
    private static Path against(Step s, Path base, Path source) {
        if (s instanceof MeasureStep m && m.getReference() != null && !m.getReference().isBlank()) return base.resolve(m.getReference()).normalize();
        return source;
    }

    /**
     * The step's content key: kind and parameters, the input model's hash, the reference model's hash
     * (when it names one), the data it reads and the threads that time it.
     */
    private static String key(Step s, String inputHash, RecipeData data, int threads, Path reference) throws RecipeRunException {
        StepKey k = new StepKey(s.eClass().getName()).parameters(s).text("input:" + inputHash);
        try {
            if (reference != null) k.text("reference:" + StepKey.ofFile(reference));
        } catch (IOException e) {
            throw new RecipeRunException(label(s) + ": cannot read the reference model " + reference + ": " + e.getMessage(), e);
        }
        List<DataRole> roles = new ArrayList<>();
        if (s instanceof QuantizeStep q && (q.getMode() == QuantizeMode.STATIC || q.getMode() == QuantizeMode.MIXED)) roles.add(DataRole.CALIBRATION);
        if (s instanceof EvaluateStep) roles.add(DataRole.VALIDATION);
        if (s instanceof BenchmarkStep) {
            roles.add(data.set(DataRole.VALIDATION) != null ? DataRole.VALIDATION : DataRole.CALIBRATION);
            k.text("threads:" + threads);
            if (board(s) != null) k.text("board:" + board(s));
        }
        if (s instanceof DistillStep || s instanceof SpecializeStep || s instanceof RetrainStep) {
            roles.add(DataRole.TRAIN);
            k.text("threads:" + threads);
        }
        try {
            for (DataRole r : roles) {
                DataSet d = data.set(r);
                if (d == null) continue;
                k.parameters(d).data(data.path(r));
            }
        } catch (IOException e) {
            throw new RecipeRunException("cannot read the data of " + label(s) + ": " + e.getMessage(), e);
        }
        return k.hex();
    }

    /** The board a step measures on: the recipe's target when it is a board and the step is a Benchmark; else null (this machine). */
    static String board(Step s) {
        if (!(s instanceof BenchmarkStep) || !(s.eContainer() instanceof Recipe r) || r.getTarget() == null) return null;
        return r.getTarget().getKind() == io.medli.recipe.TargetKind.BOARD ? r.getTarget().getBoard() : null;
    }

    static String label(Step s) {
        return s.eClass().getName().replace("Step", "") + " '" + s.getName() + "'";
    }
}
