package io.medli.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.concurrent.CancellationException;

import io.medli.onnx.OnnxFormatException;
import io.medli.runtime.ModelRunException;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code medli}: the headless commands, parsed by picocli. Exit codes: 0 success, 1 bad input (the
 * model, a file, data), 2 a wrong command line, 130 stopped by Ctrl+C. Errors are one line on
 * stderr, starting with "medli: ".
 */
public final class Main {
    private final PrintStream out;
    private final PrintStream err;

    public Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new Main(System.out, System.err).run(args));
    }

    /** The command tree, its subcommands bound to this instance's streams. */
    CommandLine commandLine() {
        Streams io = new Streams(out, err);
        CommandLine cl = new CommandLine(new MedliCommand(io));
        cl.addSubcommand("inspect", new InspectCommand(io));
        cl.addSubcommand("check", new CheckCommand(io));
        cl.addSubcommand("run", new RunCommand(io));
        cl.addSubcommand("quantize", new QuantizeCommand(io));
        cl.addSubcommand("prune", new PruneCommand(io));
        cl.addSubcommand("optimize", new OptimizeCommand(io));
        cl.addSubcommand("convert", new ConvertCommand(io));
        cl.addSubcommand("compare", new CompareCommand(io));
        cl.addSubcommand("students", new TrainCommands.Students(io));
        cl.addSubcommand("train", new TrainCommands.Train(io));
        cl.addSubcommand("distill", new TrainCommands.Distill(io));
        cl.addSubcommand("finetune", new TrainCommands.Finetune(io));
        cl.addSubcommand("evaluate", new TrainCommands.Evaluate(io));
        cl.addSubcommand("recipe", RecipeCommand.create(io));
        cl.addSubcommand("agent", new AgentCommand(io));
        cl.addSubcommand("board", BoardCommand.create(io));
        cl.addSubcommand("bench", new BenchCommand(io));
        cl.addSubcommand("results", new ResultsCommand(io));
        cl.addSubcommand("roofline", new RooflineCommand(io));
        cl.addSubcommand("modeldb", ModelDbCommand.create(io));
        cl.addSubcommand("recommend", new RecommendCommand(io));
        cl.addSubcommand("knowledge", new KnowledgeCommand(io));
        cl.addSubcommand("monitor", MonitorCommand.create(io));
        cl.addSubcommand("ide", new IdeCommand());
        cl.addSubcommand("help", new CommandLine.HelpCommand());
        CommandLine completion = new CommandLine(new AutoComplete.GenerateCompletion());
        completion.getCommandSpec().usageMessage().description("a bash completion script for medli: source <(medli completion)");
        cl.addSubcommand("completion", completion);
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setUsageHelpAutoWidth(false);
        cl.setParameterExceptionHandler(this::usageError);
        cl.setExecutionExceptionHandler((e, c, parsed) -> failure(e));
        return cl;
    }

    /** Runs one command; returns the exit code. */
    public int run(String[] args) {
        if (args.length == 0) {
            commandLine().usage(out);
            return 2;
        }
        try {
            return commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            err.println("medli: out of memory; bind symbolic dimensions to smaller values or raise -Xmx");
            return 1;
        }
    }

    private int failure(Exception e) {
        if (e instanceof UsageException) {
            err.println("medli: " + e.getMessage());
            return 2;
        }
        if (e instanceof CancellationException) {
            err.println("medli: stopped; nothing was written");
            return 130;
        }
        if (e instanceof NoSuchFileException n) err.println("medli: " + n.getFile() + ": no such file");
        else if (e instanceof AccessDeniedException a) err.println("medli: " + a.getFile() + ": permission denied");
        else if (e instanceof OnnxFormatException || e instanceof IOException || e instanceof ModelRunException || e instanceof CommandFailure) {
            err.println("medli: " + e.getMessage());
        } else {
            err.println("medli: " + e); // a bug: say what it is rather than print a stack trace
        }
        return 1;
    }

    /** A wrong command line: one line saying what is wrong and where to look. */
    private int usageError(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        String name = cl.getCommandSpec().qualifiedName();
        err.println("medli: " + message(e, cl) + (cl.getParent() == null ? "; try 'medli --help'" : "; see '" + name + " --help'"));
        return 2;
    }

    private static String message(ParameterException e, CommandLine cl) {
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String arg = u.getUnmatched().get(0);
            if (cl.getParent() == null && !arg.startsWith("-")) return "unknown command '" + arg + "'";
            if (arg.startsWith("--")) {
                String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                String owner = ownerOf(cl, option);
                return owner != null ? option + " belongs to '" + owner + "'" : "unknown option " + option;
            }
            return "unexpected argument '" + arg + "'";
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            return "missing " + String.join(", ", m.getMissing().stream().map(Main::label).toList());
        }
        ArgSpec arg = e.getArgSpec();
        if (arg != null && e.getValue() != null && e.getCause() instanceof CommandLine.TypeConversionException) {
            Class<?> t = arg.auxiliaryTypes()[0];
            String what = t == int.class || t == Integer.class || t == long.class || t == Long.class ? "an integer"
                    : t == double.class || t == Double.class || t == float.class || t == Float.class ? "a number"
                    : t.isEnum() ? "one of " + List.of(t.getEnumConstants()).stream().map(Object::toString).toList()
                    : "another value";
            return label(arg) + " needs " + what + ", got '" + e.getValue() + "'";
        }
        return e.getMessage();
    }

    /** The other command that knows {@code option}: --teacher given to train belongs to distill. */
    private static String ownerOf(CommandLine cl, String option) {
        CommandLine root = cl;
        while (root.getParent() != null) root = root.getParent();
        for (CommandLine sub : root.getSubcommands().values()) {
            if (sub != cl && sub.getCommandSpec().findOption(option) != null) return sub.getCommandSpec().qualifiedName();
        }
        return null;
    }

    private static String label(ArgSpec a) {
        if (a instanceof OptionSpec o) return o.longestName();
        if (a instanceof PositionalParamSpec p) return p.paramLabel();
        return a.toString();
    }
}
