package io.medli.decide.tree;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The problems of a decision tree, each naming the entry at fault: ids missing or used twice, a
 * branch that leads nowhere, a question that cannot be reached or that leads back to itself, a
 * question without answers, an outcome without candidates, number ranges that overlap.
 */
public final class TreeCheck {
    private TreeCheck() {
    }

    public static List<String> check(DecisionTree t) {
        List<String> out = new ArrayList<>();
        if (!DecisionTree.SCHEMA.equals(t.schema())) out.add("the tree's schema is '" + t.schema() + "', not '" + DecisionTree.SCHEMA + "'");
        Map<String, DecisionTree.Question> questions = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (DecisionTree.Question q : t.questions()) {
            if (q.id() == null || q.id().isBlank()) out.add("a question has no id: '" + q.text() + "'");
            else if (!ids.add(q.id())) out.add("the id '" + q.id() + "' is used twice");
            else questions.put(q.id(), q);
        }
        for (DecisionTree.Outcome o : t.outcomes()) {
            if (o.id() == null || o.id().isBlank()) out.add("an outcome has no id: '" + o.title() + "'");
            else if (!ids.add(o.id())) out.add("the id '" + o.id() + "' is used twice");
            if (o.candidates().isEmpty()) out.add("outcome '" + o.id() + "' has no candidates");
            for (DecisionTree.Candidate c : o.candidates()) {
                if (c.hardware() == null || c.compiler() == null || c.why() == null || c.why().isBlank()) {
                    out.add("outcome '" + o.id() + "' has a candidate without hardware, compiler or reason");
                }
            }
        }
        if (t.start() == null || !questions.containsKey(t.start())) out.add("the tree starts at '" + t.start() + "', which is no question");
        for (DecisionTree.Question q : t.questions()) {
            if (q.branches().isEmpty()) out.add("question '" + q.id() + "' has no answers");
            if (q.kind() == null) out.add("question '" + q.id() + "' has no kind (CHOICE or NUMBER)");
            for (DecisionTree.Branch b : q.branches()) {
                if (!ids.contains(b.next())) out.add("question '" + q.id() + "', answer '" + b.label() + "' leads to '" + b.next() + "', which does not exist");
                if (q.kind() == DecisionTree.Kind.CHOICE && (b.answer() == null || b.answer().isBlank())) out.add("question '" + q.id() + "' has a choice without an answer");
                if (q.kind() == DecisionTree.Kind.NUMBER && b.min() == null && b.max() == null) out.add("question '" + q.id() + "' has a range without ends");
            }
            if (q.kind() == DecisionTree.Kind.NUMBER) overlaps(q, out);
        }
        if (out.isEmpty()) reach(t, questions, out);
        return out;
    }

    private static void overlaps(DecisionTree.Question q, List<String> out) {
        List<DecisionTree.Branch> b = q.branches();
        for (int i = 0; i < b.size(); i++) {
            for (int j = i + 1; j < b.size(); j++) {
                double lo = Math.max(lo(b.get(i)), lo(b.get(j))), hi = Math.min(hi(b.get(i)), hi(b.get(j)));
                if (lo < hi) out.add("question '" + q.id() + "': the ranges '" + b.get(i).label() + "' and '" + b.get(j).label() + "' overlap");
            }
        }
    }

    private static double lo(DecisionTree.Branch b) {
        return b.min() == null ? Double.NEGATIVE_INFINITY : b.min();
    }

    private static double hi(DecisionTree.Branch b) {
        return b.max() == null ? Double.POSITIVE_INFINITY : b.max();
    }

    /** Everything reachable from the start, and no path that comes back to a question it passed. */
    private static void reach(DecisionTree t, Map<String, DecisionTree.Question> questions, List<String> out) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(t.start()));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (!seen.add(id)) continue;
            DecisionTree.Question q = questions.get(id);
            if (q != null) for (DecisionTree.Branch b : q.branches()) todo.push(b.next());
        }
        for (DecisionTree.Question q : t.questions()) if (!seen.contains(q.id())) out.add("question '" + q.id() + "' cannot be reached from the start");
        for (DecisionTree.Outcome o : t.outcomes()) if (!seen.contains(o.id())) out.add("outcome '" + o.id() + "' cannot be reached from the start");
        loop(t.start(), questions, new ArrayList<>(), new HashSet<>(), out);
    }

    private static void loop(String id, Map<String, DecisionTree.Question> questions, List<String> path, Set<String> done, List<String> out) {
        DecisionTree.Question q = questions.get(id);
        if (q == null || done.contains(id)) return;
        if (path.contains(id)) {
            out.add("questions loop: " + String.join(" -> ", path.subList(path.indexOf(id), path.size())) + " -> " + id);
            return;
        }
        path.add(id);
        for (DecisionTree.Branch b : q.branches()) loop(b.next(), questions, path, done, out);
        path.remove(path.size() - 1);
        done.add(id);
    }
}
