package io.medli.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import io.medli.decide.kb.KnowledgeBase;
import io.medli.decide.kb.KnowledgeCheck;
import io.medli.decide.kb.KnowledgeFiles;
import io.medli.decide.rank.ModelFacts;
import io.medli.decide.rank.Ranking;
import io.medli.decide.tree.DecisionTree;
import io.medli.decide.tree.TreeCheck;
import io.medli.decide.tree.TreeFiles;
import io.medli.decide.tree.TreeWalk;
import io.medli.onnx.OnnxModel;
import io.medli.onnx.proto.ModelProto;
import io.medli.store.MeasurementStore;
import io.medli.store.ModelDatabase;
import io.medli.store.StoreException;
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
    @Option(names = "--latency", paramLabel = "MS", description = "the latency the model must reach: devices whose peak cannot are ranked down")
    Double latency;
    @Option(names = "--unit-price", paramLabel = "USD", description = "the most one device may cost at the volume planned: devices whose published price is "
            + "higher are ranked down (a device without one is not judged)")
    Double unitPrice;
    @Option(names = "--memory", paramLabel = "MB", description = "the memory the model needs as deployed (default: its weights plus its largest live activations)")
    Double memory;
    @Option(names = "--tree", paramLabel = "FILE", description = "another decision tree (default: the one MEDLI ships)")
    Path tree;
    @Option(names = "--knowledge", paramLabel = "FILE", description = "another knowledge base (default: the one MEDLI ships)")
    Path knowledge;
    @Mixin
    SizeOptions sizes = new SizeOptions();
    @Mixin
    StoreOptions store = new StoreOptions();

    private final Streams io;

    RecommendCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        Path p = Checks.model(model);
        if (unitPrice != null && !(unitPrice > 0)) throw new UsageException("--unit-price must be above 0 USD, not " + unitPrice);
        DecisionTree t = tree == null ? TreeFiles.shipped() : TreeFiles.read(tree);
        var problems = TreeCheck.check(t);
        if (!problems.isEmpty()) throw new CommandFailure((tree == null ? TreeFiles.SHIPPED : tree.toString()) + ": " + String.join("; ", problems));
        KnowledgeBase kb = knowledge == null ? KnowledgeFiles.shipped() : KnowledgeFiles.read(knowledge);
        List<String> kbProblems = new ArrayList<>(KnowledgeCheck.check(kb));
        kbProblems.addAll(KnowledgeCheck.checkTree(t, kb));
        if (!kbProblems.isEmpty())
            throw new CommandFailure((knowledge == null ? KnowledgeFiles.SHIPPED : knowledge.toString()) + ": " + String.join("; ", kbProblems));
        ModelProto m = OnnxModel.read(p).proto();
        ModelFacts facts = ModelFacts.of(m, sizes.dims());
        double memoryKb = memory != null ? memory * 1024 : facts.memoryBytes() / 1024.0;
        PrintStream o = io.out();
        o.printf(Locale.ROOT, "%s: %d parameters, %.3f GMAC (%s), weights %.1f kB, peak activations %.1f kB; operators: %s%n", p.getFileName(), facts.params(),
                facts.macs() / 1e9, facts.int8() ? "int8" : "float", facts.weightBytes() / 1024.0, facts.peakActivationBytes() / 1024.0,
                String.join(" ", facts.operators()));
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
        List<Ranking.Ranked> ranked = Ranking.rank(r.outcome(), kb, facts, new Ranking.Targets(latency, unitPrice), measured(o));
        List<String> none = Ranking.takenByNone(ranked);
        if (!none.isEmpty()) o.println("  no compiler of this outcome takes " + String.join(", ", none)
                + ": replace or remove them (or choose another outcome) before any of these can run the model");
        int rank = 1;
        for (Ranking.Ranked c : ranked) {
            o.printf("  %d. %s with %s%s: %s%n", rank++, c.candidate().hardware(), c.candidate().compiler(), c.viable() ? "" : " (ranked down)", c.candidate().why());
            for (String why : c.problems()) o.println("       - " + why);
            if (c.compiler() != null) {
                o.println("       operators: " + (c.operators() == Ranking.Operators.CPU_FALLBACK ? "on the CPU instead of the accelerator: " + String.join(", ", c.missing())
                        : c.operators() == Ranking.Operators.MISSING ? "not supported: " + String.join(", ", c.unsupported()) : c.operators().words));
            }
            KnowledgeBase.Figure price = c.device() == null ? null : c.device().figures().get("priceUsd");
            if (price != null && price.value() != null)
                o.println("       price: " + KnowledgeBase.plain(price.value()) + " USD a unit [" + price.source() + "]" + (price.note() == null ? "" : " (" + price.note() + ")"));
            o.println("       roofline floor: " + (c.floorMs() == null ? "none (" + c.floorNote() + ")" : Ranking.sig(c.floorMs()) + " ms (" + c.floorNote() + ")"));
            for (KnowledgeBase.PublishedResult pr : c.published())
                o.printf(Locale.ROOT, "       published: %s, %s with %s: %s ms%s%s [%s]%n", pr.benchmark(), pr.model(), pr.stack(), Ranking.sig(pr.latencyMs()),
                        pr.energyUj() == null ? "" : ", " + Ranking.sig(pr.energyUj()) + " uJ", pr.ramKB() == null ? "" : ", RAM " + Ranking.sig(pr.ramKB()) + " kB",
                        pr.source() + (pr.file() == null ? "" : ": " + pr.file()));
            for (Ranking.Measured me : c.measured())
                o.printf(Locale.ROOT, "       measured: %s with %s, p50 %s ms%s [%s]%n", me.architecture(), me.runtime(), Ranking.sig(me.p50Ms()),
                        me.accuracy() == null ? "" : String.format(Locale.ROOT, ", accuracy %.2f %%", me.accuracy()), me.run());
        }
        return 0;
    }

    /** Rows of the model database, as evidence; a store that cannot be opened is said once and the recommendation goes on. */
    private List<Ranking.Measured> measured(PrintStream o) {
        try (MeasurementStore s = store.open()) {
            List<Ranking.Measured> out = new ArrayList<>();
            for (ModelDatabase.Row row : s.models().find(ModelDatabase.Query.all()))
                out.add(new Ranking.Measured(row.architecture() + " " + row.model(), row.device(), row.numberFormat(), row.p50Ms(), row.accuracy(),
                        "measurement " + row.measurementId()));
            return out;
        } catch (StoreException | UsageException e) {
            o.println("  (no measured rows: the measurement store " + store.describe() + " cannot be read: " + e.getMessage() + ")");
            return List.of();
        }
    }
}
