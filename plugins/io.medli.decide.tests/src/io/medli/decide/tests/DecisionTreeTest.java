package io.medli.decide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.medli.decide.tree.DecisionTree;
import io.medli.decide.tree.DecisionTree.Branch;
import io.medli.decide.tree.DecisionTree.Candidate;
import io.medli.decide.tree.DecisionTree.Kind;
import io.medli.decide.tree.DecisionTree.Outcome;
import io.medli.decide.tree.DecisionTree.Question;
import io.medli.decide.tree.TreeCheck;
import io.medli.decide.tree.TreeFiles;
import io.medli.decide.tree.TreeWalk;

/** Decision trees: walks and explanations on hand-made trees, the checks that catch broken ones, and the tree MEDLI ships. */
class DecisionTreeTest {
    private static Outcome outcome(String id) {
        return new Outcome(id, id, List.of(new Candidate("board " + id, "compiler " + id, "because " + id)));
    }

    /** os? linux -> power? [0,5) small, [5,) big; bare metal -> mcu. */
    private static DecisionTree tree(List<Question> qs, List<Outcome> os) {
        return new DecisionTree(DecisionTree.SCHEMA, "t", 1, "test", "os", qs, os);
    }

    private static final Question OS = new Question("os", "OS?", null, Kind.CHOICE, null, null,
            List.of(new Branch("linux", null, null, "power", "has one"), new Branch("bare metal", null, null, "mcu", "has none")));
    private static final Question POWER = new Question("power", "Power?", null, Kind.NUMBER, "W", "powerW",
            List.of(new Branch(null, null, 5.0, "small", "little power"), new Branch(null, 5.0, null, "big", "enough power")));

    @Test
    void aWalkFollowsTheAnswersAndExplainsEachStep() {
        DecisionTree t = tree(List.of(OS, POWER), List.of(outcome("small"), outcome("big"), outcome("mcu")));
        assertEquals(List.of(), TreeCheck.check(t));
        TreeWalk.Result r = TreeWalk.walk(t, Map.of("os", "Linux", "powerW", 4.99));
        assertEquals("small", r.outcome().id());
        assertEquals(2, r.path().size());
        assertEquals("OS? Linux -> linux: has one", r.path().get(0).text());
        assertEquals("Power? 4.99 W -> under 5: little power", r.path().get(1).text(), "a number answered through its fact");
        assertEquals("big", TreeWalk.walk(t, Map.of("os", "linux", "power", 5)).outcome().id(), "5 W is in [5, ...)");
        assertEquals("mcu", TreeWalk.walk(t, Map.of("os", "bare metal")).outcome().id());
        TreeWalk.Result open = TreeWalk.walk(t, Map.of("os", "linux"));
        assertNull(open.outcome());
        assertEquals("power", open.next().id(), "the next question to ask");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TreeWalk.walk(t, Map.of("os", "windows")));
        assertTrue(e.getMessage().contains("'windows' answers none of 'OS?': linux, bare metal"), e.getMessage());
    }

    @Test
    void brokenTreesAreNamedEntryByEntry() {
        Question loopA = new Question("a", "A?", null, Kind.CHOICE, null, null, List.of(new Branch("x", null, null, "b", null)));
        Question loopB = new Question("b", "B?", null, Kind.CHOICE, null, null, List.of(new Branch("y", null, null, "a", null), new Branch("z", null, null, "end", null)));
        DecisionTree loop = new DecisionTree(DecisionTree.SCHEMA, "t", 1, "t", "a", List.of(loopA, loopB), List.of(outcome("end")));
        assertEquals(List.of("questions loop: a -> b -> a"), TreeCheck.check(loop));

        Question orphan = new Question("orphan", "Never asked?", null, Kind.CHOICE, null, null, List.of(new Branch("x", null, null, "mcu", null)));
        List<String> unreachable = TreeCheck.check(tree(List.of(OS, POWER, orphan), List.of(outcome("small"), outcome("big"), outcome("mcu"), outcome("spare"))));
        assertEquals(List.of("question 'orphan' cannot be reached from the start", "outcome 'spare' cannot be reached from the start"), unreachable);

        Question overlap = new Question("power", "Power?", null, Kind.NUMBER, "W", null,
                List.of(new Branch(null, null, 6.0, "small", null), new Branch(null, 5.0, null, "nowhere", null)));
        List<String> bad = TreeCheck.check(tree(List.of(OS, overlap), List.of(outcome("small"), outcome("mcu"), new Outcome("empty", "empty", List.of()))));
        assertTrue(bad.contains("question 'power', answer '5 or more' leads to 'nowhere', which does not exist"), bad.toString());
        assertTrue(bad.contains("question 'power': the ranges 'under 6' and '5 or more' overlap"), bad.toString());
        assertTrue(bad.contains("outcome 'empty' has no candidates"), bad.toString());
    }

    @Test
    void theShippedTreeIsSoundAndEveryOutcomeIsReachedByAnAnswer() throws IOException {
        DecisionTree t = TreeFiles.shipped();
        assertEquals(List.of(), TreeCheck.check(t));
        assertEquals("cpu-boards", TreeWalk.walk(t, Map.of("os", "linux", "accelerator", "no")).outcome().id());
        assertEquals("low-power-accelerators", TreeWalk.walk(t, Map.of("os", "linux", "accelerator", "yes", "powerW", 2.5, "framework", "tflite")).outcome().id());
        assertEquals("low-power-accelerators-onnx", TreeWalk.walk(t, Map.of("os", "linux", "accelerator", "yes", "powerW", 2.5, "framework", "onnx")).outcome().id());
        // every outcome reached by some answers
        assertEquals(6, t.outcomes().size());
        assertEquals("gpu-boards", TreeWalk.walk(t, Map.of("os", "linux", "accelerator", "yes", "power", 15)).outcome().id());
        assertEquals("mcu", TreeWalk.walk(t, Map.of("os", "bare metal", "memoryKb", 300)).outcome().id());
        assertEquals("mcu-npu", TreeWalk.walk(t, Map.of("os", "bare metal", "memoryKb", 4000)).outcome().id());
        IOException e = assertThrows(IOException.class, () -> TreeFiles.parse("{\"questions\": 3}", "broken.json"));
        assertTrue(e.getMessage().startsWith("broken.json is not a decision tree"), e.getMessage());
    }
}
