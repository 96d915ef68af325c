package io.medli.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code medli check}: validation. */
@Command(name = "check", header = "Validate a model.", mixinStandardHelpOptions = true, description = "Validate a model: structure, names, types, opsets. Exit code 1 on errors.")
final class CheckCommand implements Callable<Integer> {
    @Parameters(paramLabel = "MODEL", description = "an .onnx file")
    Path model;

    private final Streams io;

    CheckCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        List<String> problems = ModelReport.problems(Checks.model(model));
        if (problems.isEmpty()) {
            io.out().println(model.getFileName() + ": no problems found");
            return 0;
        }
        problems.forEach(io.out()::println);
        return problems.stream().anyMatch(s -> s.startsWith("error")) ? 1 : 0;
    }
}
