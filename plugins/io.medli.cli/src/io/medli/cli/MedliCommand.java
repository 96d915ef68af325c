package io.medli.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root: {@code medli COMMAND [options]}; alone, it prints the list of commands. */
@Command(name = "medli", mixinStandardHelpOptions = true, version = "MEDLI Studio 0.1.0",
        description = "From a large pretrained model to a small, fast one: inspect, run, compress, train and compare ONNX models.",
        footer = { "", "Exit codes: 0 done, 1 bad input (model, data, files), 2 wrong command line, 130 stopped by Ctrl+C.",
                "'medli COMMAND --help' describes a command; 'source <(medli completion)' completes commands and options in bash." })
final class MedliCommand implements Runnable {
    @Spec
    CommandSpec spec;

    private final Streams io;

    MedliCommand(Streams io) {
        this.io = io;
    }

    @Override
    public void run() {
        spec.commandLine().usage(io.out());
    }
}
