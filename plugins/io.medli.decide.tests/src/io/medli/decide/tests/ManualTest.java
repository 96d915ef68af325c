package io.medli.decide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.medli.decide.kb.KnowledgeFiles;
import io.medli.decide.kb.KnowledgeReport;
import io.medli.decide.tree.DecisionTree;
import io.medli.decide.tree.TreeFiles;

/** The manual says no more than the knowledge base and the tree: its generated page is the base's, its tree page names every question. */
class ManualTest {
    private static final Path HTML = Path.of(System.getProperty("medli.root", "../.."), "plugins/io.medli.doc.user/html");

    @Test
    void theDevicesPageIsTheKnowledgeBaseAsItIs() throws Exception {
        String expected = KnowledgeReport.html(KnowledgeFiles.shipped());
        assertEquals(expected, Files.readString(HTML.resolve("devices.html")),
                "regenerate it: medli knowledge --html plugins/io.medli.doc.user/html/devices.html");
    }

    @Test
    void theTreePageExplainsEveryQuestionAndOutcome() throws Exception {
        String page = Files.readString(HTML.resolve("tree.html"));
        DecisionTree t = TreeFiles.shipped();
        for (DecisionTree.Question q : t.questions()) assertTrue(page.contains("(<code>" + q.id() + "</code>)"), "question " + q.id());
        for (DecisionTree.Outcome o : t.outcomes()) assertTrue(page.contains(o.title()), "outcome " + o.title());
        assertTrue(page.contains("version " + t.version()), "the page names the tree's version");
    }

    @Test
    void everyLinkOfTheManualLeadsToAPageOfIt() throws Exception {
        Pattern href = Pattern.compile("href=\"([^\"#]+)\"");
        try (var files = Files.list(HTML)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = href.matcher(Files.readString(f));
                while (m.find()) assertTrue(Files.isRegularFile(HTML.resolve(m.group(1))), f.getFileName() + " links to " + m.group(1));
            }
        }
        for (String index : new String[] { "toc.xml", "contexts.xml" }) {
            Matcher m = href.matcher(Files.readString(HTML.resolveSibling(index)));
            while (m.find()) assertTrue(Files.isRegularFile(HTML.resolveSibling(m.group(1))), index + " links to " + m.group(1));
        }
    }
}
