package io.medli.decide.kb;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.medli.decide.tree.DecisionTree;

/**
 * Finds what is wrong with a knowledge base, entry by entry: a figure without a source or a run, a
 * source that does not exist, a device or compiler named twice, a result or compiler on a device the
 * base does not have. Each problem names the entry, so that an editor can put a marker on it.
 */
public final class KnowledgeCheck {
    private KnowledgeCheck() {
    }

    public static List<String> check(KnowledgeBase kb) {
        List<String> p = new ArrayList<>();
        if (!KnowledgeBase.SCHEMA.equals(kb.schema())) p.add("schema is '" + kb.schema() + "', expected '" + KnowledgeBase.SCHEMA + "'");
        Set<String> sources = new HashSet<>();
        for (KnowledgeBase.Source s : kb.sources()) {
            if (s.id() == null || s.id().isBlank()) p.add("a source without an id (" + s.title() + ")");
            else if (!sources.add(s.id())) p.add("source '" + s.id() + "' is listed twice");
            if (s.id() != null && (s.where() == null || s.where().isBlank())) p.add("source '" + s.id() + "' does not say where it is");
            if (s.id() != null && !"published".equals(s.kind()) && !"measured".equals(s.kind()))
                p.add("source '" + s.id() + "': kind is '" + s.kind() + "', expected 'published' or 'measured'");
        }
        Set<String> devices = new HashSet<>();
        for (KnowledgeBase.Device d : kb.devices()) {
            String at = "device '" + d.id() + "'";
            if (d.id() == null || d.id().isBlank()) p.add("a device without an id (" + d.name() + ")");
            else if (!devices.add(d.id())) p.add(at + " is listed twice");
            for (Map.Entry<String, KnowledgeBase.Figure> e : d.figures().entrySet()) {
                String f = at + ", " + e.getKey();
                if (!KnowledgeBase.FIGURES.containsKey(e.getKey())) p.add(f + ": not a known figure (" + String.join(", ", KnowledgeBase.FIGURES.keySet()) + ")");
                figure(f, e.getValue(), sources, p);
            }
        }
        Set<String> compilers = new HashSet<>();
        for (KnowledgeBase.Compiler c : kb.compilers()) {
            String at = "compiler '" + c.id() + "'";
            if (c.id() == null || c.id().isBlank()) p.add("a compiler without an id (" + c.name() + ")");
            else if (!compilers.add(c.id())) p.add(at + " is listed twice");
            if (c.source() == null) p.add(at + " has no source");
            else if (!sources.contains(c.source())) p.add(at + ": source '" + c.source() + "' does not exist");
            for (String d : c.devices()) if (!devices.contains(d)) p.add(at + ": device '" + d + "' does not exist");
            KnowledgeBase.Operators o = c.operators();
            if (o != null) {
                if (o.source() == null || !sources.contains(o.source())) p.add(at + ", operators: no source, or source '" + o.source() + "' does not exist");
                if (!Boolean.TRUE.equals(o.all()) && o.supported().isEmpty()) p.add(at + ", operators: neither all nor a list");
                if (!Boolean.TRUE.equals(o.all()) && !"unsupported".equals(o.otherwise()) && !"cpu".equals(o.otherwise()))
                    p.add(at + ", operators: otherwise is '" + o.otherwise() + "', expected 'unsupported' or 'cpu'");
            }
        }
        int i = 0;
        for (KnowledgeBase.PublishedResult r : kb.results()) {
            String at = "result " + (++i) + " (" + r.benchmark() + " on " + r.device() + ", " + r.stack() + ")";
            if (!devices.contains(r.device())) p.add(at + ": device '" + r.device() + "' does not exist");
            if (r.source() == null) p.add(at + " has no source");
            else if (!sources.contains(r.source())) p.add(at + ": source '" + r.source() + "' does not exist");
            if (r.latencyMs() == null && r.energyUj() == null) p.add(at + " has neither latency nor energy");
            if (r.latencyMs() != null && !(r.latencyMs() > 0)) p.add(at + ": latency " + r.latencyMs() + " ms is not positive");
        }
        return p;
    }

    private static void figure(String at, KnowledgeBase.Figure f, Set<String> sources, List<String> p) {
        if (f == null || f.value() == null) {
            p.add(at + " has no value");
            return;
        }
        if (!(f.value() > 0) || f.value().isInfinite()) p.add(at + ": " + f.value() + " is not a positive number");
        boolean run = f.run() != null && !f.run().isBlank();
        if (f.source() == null && !run) p.add(at + " (" + f.value() + ") has no source and no run: enter only what can be sourced");
        else if (f.source() != null && !sources.contains(f.source())) p.add(at + ": source '" + f.source() + "' does not exist");
    }

    /** A tree's candidates against the base: every device and compiler a candidate names must exist. */
    public static List<String> checkTree(DecisionTree t, KnowledgeBase kb) {
        List<String> p = new ArrayList<>();
        for (DecisionTree.Outcome o : t.outcomes()) {
            for (DecisionTree.Candidate c : o.candidates()) {
                String at = "outcome '" + o.id() + "', " + c.hardware();
                if (c.deviceId() != null && kb.device(c.deviceId()).isEmpty()) p.add(at + ": device '" + c.deviceId() + "' is not in the knowledge base");
                if (c.compilerId() != null && kb.compiler(c.compilerId()).isEmpty())
                    p.add(at + ": compiler '" + c.compilerId() + "' is not in the knowledge base");
            }
        }
        return p;
    }
}
