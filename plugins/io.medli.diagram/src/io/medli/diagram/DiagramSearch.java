package io.medli.diagram;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Finds boxes and tensors of a diagram by name, for the editor's find bar. */
public final class DiagramSearch {
    /** A box ({@code edge} -1) or an edge ({@code box} -1). */
    public record Hit(int box, int edge) {
    }

    private DiagramSearch() {
    }

    /**
     * Boxes whose operator, node name or terminal name contains {@code text} (any case), in diagram
     * order, then tensors (one edge per tensor); nothing for blank text.
     */
    public static List<Hit> find(ModelDiagram diagram, String text) {
        List<Hit> hits = new ArrayList<>();
        String q = text.trim().toLowerCase(Locale.ROOT);
        if (diagram == null || q.isEmpty()) return hits;
        for (DiagramNode n : diagram.nodes()) {
            if (n.name().toLowerCase(Locale.ROOT).contains(q) || n.title().toLowerCase(Locale.ROOT).contains(q)) hits.add(new Hit(n.id(), -1));
        }
        Set<String> seen = new HashSet<>();
        for (int e = 0; e < diagram.edges().size(); e++) {
            String t = diagram.edges().get(e).tensor();
            if (t.toLowerCase(Locale.ROOT).contains(q) && seen.add(t)) hits.add(new Hit(-1, e));
        }
        return hits;
    }
}
