package io.medli.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.Diagnostic;

import io.medli.recipe.Recipe;
import io.medli.recipe.check.RecipeChecks;
import io.medli.recipe.files.RecipeFileException;
import io.medli.recipe.files.RecipeFiles;
import io.medli.recipe.run.RecipeRunException;
import io.medli.recipe.run.RecipeRunner;
import io.medli.recipe.run.RunResult;
import io.medli.recipe.run.Trainer;
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
        cl.addSubcommand("check", new Check(io));
        cl.addSubcommand("run", new Run(io));
        return cl;
    }

    @Override
    public Integer call() throws UsageException {
        throw new UsageException("name a subcommand: medli recipe check FILE, or medli recipe run FILE");
    }

    static Recipe load(Path file) throws CommandFailure {
        try {
            return RecipeFiles.load(file);
        } catch (RecipeFileException e) {
            throw new CommandFailure(e.getMessage());
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
                    "Exit code 0 when every goal is met, 3 when the run finished but a goal is not met, 1 when it failed." })
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
                result = RecipeRunner.run(r, file, new RecipeRunner.Options(Checks.atLeast("--threads", threads, 0), Trainer.inProcess(),
                        io.out()::println, monitor));
            } catch (RecipeRunException e) {
                throw new CommandFailure(e.getMessage());
            }
            io.out().printf(Locale.ROOT, "run %s: %d steps (%d reused) in %.1f s; final model %s%n", result.dir(), result.steps().size(),
                    result.steps().stream().filter(RunResult.Step::reused).count(), result.seconds(), result.finalModel());
            return result.goalsMet() ? 0 : 3;
        }
    }
}
