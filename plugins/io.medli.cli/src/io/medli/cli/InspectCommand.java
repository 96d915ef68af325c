package io.medli.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code medli inspect}: what a model holds and costs. */
@Command(name = "inspect", header = "What a model holds and costs.", mixinStandardHelpOptions = true, description = {
        "IR version, opsets and producer, inputs and outputs, operators, parameters, MACs, weight and peak activation memory." })
final class InspectCommand implements Callable<Integer> {
    @Parameters(paramLabel = "MODEL", description = "an .onnx file")
    Path model;
    @Option(names = "--nodes", description = "add a table of the nodes")
    boolean nodes;
    @Option(names = "--json", description = "print JSON")
    boolean json;
    @Mixin
    SizeOptions sizes;

    private final Streams io;

    InspectCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        ModelReport r = ModelReport.of(Checks.model(model), sizes.dims(), sizes.shapes());
        io.out().print(json ? r.json(nodes) : r.text(nodes));
        return 0;
    }
}

