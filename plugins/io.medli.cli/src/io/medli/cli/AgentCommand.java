package io.medli.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.medli.agent.AgentJar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code medli agent DIR}: the edge agent, for copying to a board by hand. */
@Command(name = "agent", header = "Write the edge agent for a board (medli-agent.jar and ONNX Runtime's jar).", mixinStandardHelpOptions = true,
        description = { "Writes medli-agent.jar and onnxruntime.jar (natives for linux-x86_64 and linux-aarch64 inside) into DIR.",
                "On a board with Java 17 or newer: java -jar medli-agent.jar info, or java -jar medli-agent.jar bench MODEL.onnx." })
final class AgentCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "the folder to write into (made if missing)")
    Path dir;

    private final Streams io;

    AgentCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        Path jar = AgentJar.writeFromClassPath(dir);
        Path ort = dir.resolve(AgentJar.ONNX_RUNTIME_JAR);
        io.out().printf("wrote %s (%s) and %s (%s); on the board, with Java 17 or newer: java -jar %s info%n", jar, Units.mb(Files.size(jar)), ort,
                Units.mb(Files.size(ort)), AgentJar.JAR);
        return 0;
    }
}
