package io.medli.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code medli ide}: listed for help; the medli script starts the IDE before Java sees the command. */
@Command(name = "ide", description = "Start the MEDLI Studio IDE (a workspace under ~/medli-workspace by default).")
final class IdeCommand implements Callable<Integer> {
    @Option(names = "--workspace", paramLabel = "DIR", description = "the workspace folder")
    String workspace;

    @Override
    public Integer call() throws UsageException {
        throw new UsageException("the IDE starts from the medli script: ./medli ide [--workspace DIR]");
    }
}
