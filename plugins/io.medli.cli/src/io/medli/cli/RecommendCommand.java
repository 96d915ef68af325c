package io.medli.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import io.medli.decide.tree.DecisionTree;
import io.medli.decide.tree.TreeCheck;
import io.medli.decide.tree.TreeFiles;
import io.medli.decide.tree.TreeWalk;
import io.medli.onnx.OnnxModel;
import io.medli.onnx.cost.CostModel;
import io.medli.onnx.cost.ModelCost;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code medli recommend MODEL}: the hardware + compiler decision tree walked with the model's facts and the answers given. */
@Command(name = "recommend", header = "Hardware and compiler for a model, through MEDLI's decision tree.", mixinStandardHelpOptions = true, description = {
        "Reads the model's facts (operators, operations, weights, peak activations), answers the tree's questions with them and with the "
                + "options, and prints the path taken and the ranked hardware + compiler combinations with their reasons - or the next "
                + "question to answer." })
final class RecommendCommand implements Callable<Integer> {
    @Parameters(paramLabel = "MODEL", description = "an .onnx file")
    Path model;
    @Option(names = "--os", paramLabel = "linux|bare metal", description = "does the device run an operating system")
    String os;
    @Option(names = "--accelerator", paramLabel = "yes|no", description = "may a vendor's neural accelerator (and compiler) be used")
    String accelerator;
    @Option(names = "--power", paramLabel = "W", description = "the device's power budget")
    Double power;
    @Option(names = "--answer", paramLabel = "QUESTION=VALUE", description = "an answer to any question of the tree, by its id (repeatable)")
    Map<String, String> answers = new LinkedHashMap<>();
    @Option(names = "--tree", paramLabel = "FILE", description = "another decision tree (default: the one MEDLI ships)")
    Path tree;
    @Mixin
    SizeOptions sizes = new SizeOptions();

    private final Streams io;

    RecommendCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        Path p = Checks.model(model);
        DecisionTree t = tree == null ? TreeFiles.shipped() : TreeFiles.read(tree);
        var problems = TreeCheck.check(t);
        if (!problems.isEmpty()) throw new CommandFailure((tree == null ? TreeFiles.SHIPPED : tree.toString()) + ": " + String.join("; ", problems));
        ModelProto m = OnnxModel.read(p).proto();
        ModelCost cost = CostModel.analyze(m, sizes.dims());
        TreeSet<String> ops = new TreeSet<>();
        for (NodeProto n : m.graph().nodes()) ops.add(n.domain().isEmpty() ? n.opType() : n.domain() + ":" + n.opType());
        double memoryKb = (cost.weightBytes() + cost.peakActivationBytes()) / 1024.0;
        PrintStream o = io.out();
        o.printf(Locale.ROOT, "%s: %d parameters, %.3f GMAC, weights %.1f kB, peak activations %.1f kB; operators: %s%n", p.getFileName(), cost.params(),
                cost.macs() / 1e9, cost.weightBytes() / 1024.0, cost.peakActivationBytes() / 1024.0, String.join(" ", ops));
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("memoryKb", memoryKb);
        if (os != null) given.put("os", os);
        if (accelerator != null) given.put("accelerator", accelerator);
        if (power != null) given.put("powerW", power);
        for (Map.Entry<String, String> e : answers.entrySet()) {
            Object v;
            try {
                v = Double.parseDouble(e.getValue());
            } catch (NumberFormatException x) {
                v = e.getValue();
            }
            given.put(e.getKey(), v);
        }
        TreeWalk.Result r;
        try {
            r = TreeWalk.walk(t, given);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        o.println(t.title() + " (" + t.id() + ", version " + t.version() + "):");
        for (TreeWalk.Step s : r.path()) o.println("  " + s.text());
        if (r.outcome() == null) {
            DecisionTree.Question q = r.next();
            o.println("next question (" + q.id() + "): " + q.text() + (q.help() == null ? "" : " - " + q.help()));
            o.println("  answer with --answer " + q.id() + "=" + String.join("|", q.branches().stream().map(DecisionTree.Branch::label).toList()));
            return 0;
        }
        o.println("=> " + r.outcome().title() + ":");
        int rank = 1;
        for (DecisionTree.Candidate c : r.outcome().candidates()) o.printf("  %d. %s with %s: %s%n", rank++, c.hardware(), c.compiler(), c.why());
        return 0;
    }
}
