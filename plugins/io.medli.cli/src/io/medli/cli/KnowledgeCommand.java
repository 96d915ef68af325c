package io.medli.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.medli.decide.kb.KnowledgeBase;
import io.medli.decide.kb.KnowledgeCheck;
import io.medli.decide.kb.KnowledgeFiles;
import io.medli.decide.kb.KnowledgeReport;
import io.medli.onnx.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code medli knowledge}: the knowledge base of devices, compilers and published results; checks one, or writes it as the manual's page. */
@Command(name = "knowledge", header = "Devices, compilers and published results MEDLI knows, each figure with its source.", mixinStandardHelpOptions = true,
        description = { "Lists the knowledge base's devices with their sourced figures, its compilers and its published results. --check FILE validates "
                + "a knowledge base of your own (every figure needs a source or a run; each problem names its entry); --html FILE writes the "
                + "base as the manual's page." })
final class KnowledgeCommand implements Callable<Integer> {
    @Option(names = "--check", paramLabel = "FILE", description = "validate this knowledge base instead of listing MEDLI's")
    Path check;
    @Option(names = "--html", paramLabel = "FILE", description = "write the knowledge base as an HTML page (atomically)")
    Path html;

    private final Streams io;

    KnowledgeCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        KnowledgeBase kb;
        try {
            if (check != null && !java.nio.file.Files.isRegularFile(check)) throw new CommandFailure(check + ": no such file");
            kb = check != null ? KnowledgeFiles.read(check) : KnowledgeFiles.shipped();
        } catch (java.io.IOException e) {
            throw new CommandFailure(e.getMessage());
        }
        List<String> problems = KnowledgeCheck.check(kb);
        PrintStream o = io.out();
        if (check != null) {
            for (String p : problems) io.err().println(check + ": " + p);
            if (!problems.isEmpty()) throw new CommandFailure(check + ": " + problems.size() + " problem(s); nothing else checked");
            o.printf(Locale.ROOT, "%s: %d devices, %d compilers, %d results, %d sources; every figure has a source%n", check, kb.devices().size(),
                    kb.compilers().size(), kb.results().size(), kb.sources().size());
            return 0;
        }
        if (html != null) {
            AtomicFiles.writeString(html, KnowledgeReport.html(kb));
            o.println("wrote " + html);
            return 0;
        }
        o.printf("%-34s %-11s %8s %10s %11s %10s %8s%n", "device", "os", "MHz", "int8 GOP/s", "fp32 GFLOP/s", "GB/s", "W");
        for (KnowledgeBase.Device d : kb.devices()) {
            o.printf(Locale.ROOT, "%-34s %-11s %8s %10s %11s %10s %8s%n", Units.cut(d.name(), 34), d.os(), v(d, "clockMHz"), v(d, "peakInt8Gops"),
                    v(d, "peakFp32Gflops"), v(d, "bandwidthGBs"), v(d, "powerW"));
        }
        o.println();
        o.println("compilers: " + String.join(", ", kb.compilers().stream().map(KnowledgeBase.Compiler::name).toList()));
        o.printf("%d published results (%s); sources: medli knowledge --html FILE%n", kb.results().size(), // the families, without the task

                String.join(", ", kb.results().stream().map(KnowledgeBase.PublishedResult::benchmark).map(b -> b.replaceAll(" [a-z ]+$", "").replaceAll(", .*$", "")).distinct().toList()));
        return 0;
    }

    private static String v(KnowledgeBase.Device d, String figure) {
        double x = d.value(figure);
        return Double.isNaN(x) ? "-" : KnowledgeBase.plain(x);
    }
}
