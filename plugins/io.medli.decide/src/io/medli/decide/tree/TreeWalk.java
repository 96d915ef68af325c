package io.medli.decide.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A person's way through a tree: each question answered from {@code answers} (by question id, or by
 * the question's fact), until an outcome - or the first question without an answer, which is asked
 * next. Every step keeps its answer and why it led where it did.
 */
public final class TreeWalk {
    private TreeWalk() {
    }

    /** One question passed: its answer and the branch it took. */
    public record Step(DecisionTree.Question question, Object answer, DecisionTree.Branch branch) {
        public String text() {
            return question.text() + " " + answer + (question.unit() == null ? "" : " " + question.unit()) + " -> " + branch.label()
                    + (branch.why() == null ? "" : ": " + branch.why());
        }
    }

    /** Where a walk ended: at an outcome, or at a question that still needs an answer (then {@code outcome} is null). */
    public record Result(List<Step> path, DecisionTree.Outcome outcome, DecisionTree.Question next) {
    }

    /**
     * @param answers by question id or fact name: a String for a choice, a Number for a number question
     * @throws IllegalArgumentException when an answer fits none of a question's branches (the message lists them)
     */
    public static Result walk(DecisionTree t, Map<String, ?> answers) {
        List<Step> path = new ArrayList<>();
        String at = t.start();
        for (int guard = 0; guard <= t.questions().size(); guard++) {
            String id = at;
            DecisionTree.Outcome o = t.outcomes().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
            if (o != null) return new Result(List.copyOf(path), o, null);
            DecisionTree.Question q = t.questions().stream().filter(x -> x.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("the tree leads to '" + id + "', which does not exist"));
            Object a = answers.get(q.id());
            if (a == null && q.fact() != null) a = answers.get(q.fact());
            if (a == null) return new Result(List.copyOf(path), null, q);
            Object answer = a;
            DecisionTree.Branch b = q.branches().stream().filter(x -> x.takes(answer)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                    "'" + answer + "' answers none of '" + q.text() + "': " + String.join(", ", q.branches().stream().map(DecisionTree.Branch::label).toList())));
            path.add(new Step(q, answer, b));
            at = b.next();
        }
        throw new IllegalArgumentException("the tree loops (check it with TreeCheck)");
    }
}
