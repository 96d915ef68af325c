package io.medli.decide.tree;

import java.util.List;

/**
 * A decision tree as data: questions whose answers lead to further questions or to outcomes, each
 * outcome a ranked list of hardware + compiler combinations with the reasons for them. Kept as a
 * versioned JSON file (schema {@value #SCHEMA}), checked by {@link TreeCheck}, walked by
 * {@link TreeWalk}.
 *
 * @param start the id of the first question
 */
public record DecisionTree(String schema, String id, int version, String title, String start, List<Question> questions, List<Outcome> outcomes) {
    public static final String SCHEMA = "medli-decision-tree/1";

    public DecisionTree {
        questions = questions == null ? List.of() : List.copyOf(questions);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }

    /**
     * A question. A choice question's branches name an answer each; a number question's branches
     * take the answers in [min, max) (either end open when null).
     *
     * @param fact a fact of the model or the project that answers it when known (e.g. "memoryMb")
     */
    public record Question(String id, String text, String help, Kind kind, String unit, String fact, List<Branch> branches) {
        public Question {
            branches = branches == null ? List.of() : List.copyOf(branches);
        }
    }

    public enum Kind {
        CHOICE, NUMBER
    }

    /** Where an answer leads: {@code next} is a question's or an outcome's id. */
    public record Branch(String answer, Double min, Double max, String next, String why) {
        boolean takes(Object value) {
            if (value instanceof Number n) {
                double v = n.doubleValue();
                return (min == null || v >= min) && (max == null || v < max);
            }
            return answer != null && answer.equalsIgnoreCase(String.valueOf(value));
        }

        /** The answer in words: the choice, or the range. */
        public String label() {
            if (answer != null) return answer;
            return min == null ? "under " + fmt(max) : max == null ? fmt(min) + " or more" : fmt(min) + " to under " + fmt(max);
        }

        private static String fmt(Double d) {
            return d == Math.rint(d) ? Long.toString(d.longValue()) : d.toString();
        }
    }

    /** An end of the tree: candidates in rank order. */
    public record Outcome(String id, String title, List<Candidate> candidates) {
        public Outcome {
            candidates = candidates == null ? List.of() : List.copyOf(candidates);
        }
    }

    /**
     * A hardware + compiler combination and why it ranks where it does.
     *
     * @param deviceId the device in the knowledge base (its figures, results and roofline), or null
     * @param compilerId the compiler in the knowledge base (its operators), or null
     */
    public record Candidate(String hardware, String compiler, String why, String deviceId, String compilerId) {
        public Candidate(String hardware, String compiler, String why) {
            this(hardware, compiler, why, null, null);
        }
    }
}
