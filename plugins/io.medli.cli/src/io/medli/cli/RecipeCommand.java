package io.medli.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.Diagnostic;

import io.medli.recipe.Recipe;
import io.medli.recipe.check.RecipeChecks;
import io.medli.recipe.files.RecipeFileException;
import io.medli.recipe.files.RecipeFiles;
import io.medli.recipe.run.RecipeRunException;
import io.medli.recipe.run.RecipeRunner;
import io.medli.recipe.run.RecipeSearch;
import io.medli.recipe.run.RunComparison;
import io.medli.recipe.run.SearchReport;
import io.medli.recipe.run.RunResult;
import io.medli.recipe.run.Trainer;
import io.medli.recipe.templates.RecipeTemplates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code medli recipe check|run FILE}: the same checks and runner as the IDE's recipe editor and launch configuration. */
@Command(name = "recipe", header = "Check or run a compression recipe (.medlirecipe).", mixinStandardHelpOptions = true, description = {
                "A recipe is the path from a pretrained model to an edge-ready one, kept as a file: data, target, goals and steps." })
final class RecipeCommand implements Callable<Integer> {
    /** The command with its subcommands, bound to {@code io}. */
    static picocli.CommandLine create(Streams io) {
        picocli.CommandLine cl = new picocli.CommandLine(new RecipeCommand());
        cl.addSubcommand("new", new New(io));
        cl.addSubcommand("check", new Check(io));
        cl.addSubcommand("run", new Run(io));
        cl.addSubcommand("compare", new Compare(io));
        return cl;
    }

    @Override
    public Integer call() throws UsageException {
        throw new UsageException("name a subcommand: medli recipe new MODEL, medli recipe check FILE, or medli recipe run FILE");
    }

    static Recipe load(Path file) throws CommandFailure {
        try {
            return RecipeFiles.load(file);
        } catch (RecipeFileException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    @Command(name = "new", header = "Write a recipe for a model, with defaults that follow it (as Compress... in the IDE).", mixinStandardHelpOptions = true,
            description = { "The model's kind (classifier, detector or recogniser, dense map, sequence model) is read from its inputs and outputs,",
                    "data sets from the image folders and labelled idx files under --project (default: the model's folder)." })
    static final class New implements Callable<Integer> {
        private final Streams io;

        New(Streams io) {
            this.io = io;
        }

        @Parameters(paramLabel = "MODEL", description = "an .onnx file")
        Path model;

        @Option(names = "--out", paramLabel = "FILE", description = "the recipe to write (default: MODEL's name .medlirecipe beside it; never over an existing file)")
        Path out;

        @Option(names = "--project", paramLabel = "DIR", description = "where to look for data (default: the model's folder)")
        Path project;

        @Override
        public Integer call() throws CommandFailure {
            Path m = model.toAbsolutePath();
            Path file = out != null ? out.toAbsolutePath()
                    : RecipeTemplates.freeName(m.getParent(), m.getFileName().toString().replaceFirst("\\.onnx$", ""));
            if (java.nio.file.Files.exists(file)) throw new CommandFailure(file + " exists: name another with --out");
            try {
                var facts = RecipeTemplates.inspect(m, project == null ? m.getParent() : project.toAbsolutePath());
                Recipe r = RecipeTemplates.compress(file.getParent(), m, facts);
                RecipeFiles.save(r, file);
                facts.notes().forEach(io.out()::println);
                io.out().println("wrote " + file + ": " + r.getSteps().size() + " steps, " + r.getGoals().size() + " goals");
                return 0;
            } catch (java.io.IOException e) {
                throw new CommandFailure("cannot read " + model + ": " + e.getMessage());
            } catch (RecipeFileException e) {
                throw new CommandFailure(e.getMessage());
            }
        }
    }

    @Command(name = "compare", header = "Runs side by side: each step, each figure and each goal (rows that differ marked *).",
            mixinStandardHelpOptions = true)
    static final class Compare implements Callable<Integer> {
        private final Streams io;

        Compare(Streams io) {
            this.io = io;
        }

        @Parameters(paramLabel = "RUN", arity = "2..*", description = "run folders (runs/<timestamp> beside a recipe)")
        List<Path> runs;

        @Override
        public Integer call() throws CommandFailure {
            try {
                io.out().print(RunComparison.format(RunComparison.of(runs)));
                return 0;
            } catch (java.io.IOException e) {
                throw new CommandFailure("cannot compare the runs: " + e.getMessage());
            }
        }
    }

    @Command(name = "check", header = "List a recipe's problems (exit code 1 where any is an error).", mixinStandardHelpOptions = true)
    static final class Check implements Callable<Integer> {
        private final Streams io;

        Check(Streams io) {
            this.io = io;
        }

        @Parameters(paramLabel = "FILE", description = "a .medlirecipe file")
        Path file;

        @Override
        public Integer call() throws CommandFailure {
            Recipe r = load(file);
            Diagnostic d = RecipeChecks.check(r, file.toAbsolutePath().getParent());
            for (Diagnostic c : d.getChildren()) {
                io.out().println((c.getSeverity() >= Diagnostic.ERROR ? "error: " : "warning: ") + c.getMessage());
            }
            if (d.getChildren().isEmpty()) io.out().println(file.getFileName() + ": no problems");
            return d.getSeverity() >= Diagnostic.ERROR ? 1 : 0;
        }
    }

    @Command(name = "run", header = "Run a recipe's steps; unchanged steps are reused from earlier runs.", mixinStandardHelpOptions = true,
            description = { "Artefacts go to runs/<timestamp>/ beside the recipe: each step's model, step.json (figures, notes) and log; "
                    + "run.json sums the run up with the goals' verdicts. Ctrl+C stops between steps; finished steps stay reusable.",
                    "A recipe with variants is searched: every combination (or a random or evolutionary sample within the recipe's trial and time budget) runs as a "
                            + "candidate, steps shared between candidates are reused, and runs/search-<time>.html shows them all with the Pareto front.",
                    "Exit code 0 when every goal is met (by the best candidate), 3 when the run finished but a goal is not met, 1 when it failed." })
    static final class Run implements Callable<Integer> {
        private final Streams io;

        Run(Streams io) {
            this.io = io;
        }

        @Parameters(paramLabel = "FILE", description = "a .medlirecipe file")
        Path file;
        @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "ONNX Runtime's and PyTorch's threads (default: the recipe's target)")
        int threads;

        @Override
        public Integer call() throws CommandFailure, UsageException {
            Recipe r = load(file);
            RunResult result;
            try (ConsoleMonitor monitor = new ConsoleMonitor(io.err())) {
                RecipeRunner.Options o = new RecipeRunner.Options(Checks.atLeast("--threads", threads, 0), Trainer.inProcess(), io.out()::println, monitor);
                if (!r.getVariants().isEmpty()) return search(r, o);
                result = RecipeRunner.run(r, file, o);
            } catch (RecipeRunException e) {
                throw new CommandFailure(e.getMessage());
            }
            io.out().printf(Locale.ROOT, "run %s: %d steps (%d reused) in %.1f s; final model %s%n", result.dir(), result.steps().size(),
                    result.steps().stream().filter(RunResult.Step::reused).count(), result.seconds(), result.finalModel());
            return result.goalsMet() ? 0 : 3;
        }

        private int search(Recipe r, RecipeRunner.Options o) throws RecipeRunException, CommandFailure {
            RecipeSearch.Result s = RecipeSearch.search(r, file, (candidate, f, name) -> RecipeRunner.run(candidate, f, o.named(name)), io.out()::println);
            io.out().printf(Locale.ROOT, "%-4s %-40s %9s %11s %9s %6s %s%n", "#", "values", "quality", "latency ms", "size MB", "goals", "");
            for (RecipeSearch.Candidate c : s.candidates()) {
                String mark = (s.best() == c.index() ? "best " : s.closest() == c.index() ? "closest " : "") + (s.pareto().contains(c.index()) ? "pareto" : "");
                if (!c.ran()) {
                    io.out().printf(Locale.ROOT, "%-4d %-40s failed: %s%n", c.index() + 1, c.values(), c.failure());
                    continue;
                }
                double[] v = RecipeSearch.objectives(c);
                io.out().printf(Locale.ROOT, "%-4d %-40s %9.2f %11.3f %9.3f %6s %s%n", c.index() + 1, c.values(), v[0], v[1], v[2] / 1e6,
                        c.result().goalsMet() ? "met" : "missed", mark);
            }
            io.out().println(s.verdict());
            try {
                io.out().println("report: " + SearchReport.write(file.toAbsolutePath().getParent().resolve("runs"), s.name(), r.getName(), s));
            } catch (java.io.IOException e) {
                throw new CommandFailure("the search ran, but its report could not be written: " + e.getMessage());
            }
            return s.best() >= 0 ? 0 : 3;
        }
    }
}
