package io.medli.onnx.graph;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.SparseTensorProto;
import io.medli.onnx.proto.TensorProto;
import io.medli.onnx.proto.ValueInfo;

/**
 * An index over one graph: who produces and who consumes each tensor, initializers and declared
 * types by name, the implicit (outer-scope) inputs of subgraph-carrying nodes, and a topological
 * order. It is a snapshot: build a new one after editing the graph.
 */
public final class GraphView {
    private final GraphProto graph;
    private final Map<String, NodeProto> producers = new HashMap<>();
    private final Map<String, List<NodeProto>> consumers = new HashMap<>();
    private final Map<String, TensorProto> initializers = new HashMap<>();
    private final Map<String, SparseTensorProto> sparseInitializers = new HashMap<>();
    private final Map<String, ValueInfo> declared = new HashMap<>();
    private final Set<String> inputNames = new LinkedHashSet<>();
    private final Set<String> outputNames = new LinkedHashSet<>();
    private final Map<NodeProto, List<String>> implicitInputs = new IdentityHashMap<>();
    private List<NodeProto> order;
    private List<NodeProto> cycle = List.of();

    private GraphView(GraphProto graph) {
        this.graph = graph;
        for (TensorProto t : graph.initializers()) {
            initializers.put(t.name(), t);
        }
        if (graph.hasSparseInitializers()) {
            for (SparseTensorProto s : graph.sparseInitializers()) {
                sparseInitializers.put(s.name(), s);
            }
        }
        for (ValueInfo v : graph.valueInfos()) declared.put(v.name(), v);
        for (ValueInfo v : graph.outputs()) { declared.put(v.name(), v); outputNames.add(v.name()); }
        for (ValueInfo v : graph.inputs()) { declared.put(v.name(), v); inputNames.add(v.name()); }
        for (NodeProto n : graph.nodes()) {
            for (String out : n.outputs()) {
                if (!out.isEmpty()) producers.putIfAbsent(out, n);
            }
        }
        for (NodeProto n : graph.nodes()) {
            for (String in : allInputs(n)) {
                if (!in.isEmpty()) consumers.computeIfAbsent(in, k -> new ArrayList<>(2)).add(n);
            }
        }
        sort();
    }

    public static GraphView of(GraphProto graph) {
        return new GraphView(graph);
    }

    public GraphProto graph() { return graph; }

    /** The node producing {@code tensor}, or null for graph inputs, initializers and outer-scope names. */
    public NodeProto producer(String tensor) { return producers.get(tensor); }

    /** Nodes reading {@code tensor}, directly or from inside their subgraphs. */
    public List<NodeProto> consumers(String tensor) {
        return consumers.getOrDefault(tensor, List.of());
    }

    public TensorProto initializer(String name) { return initializers.get(name); }
    public boolean isInitializer(String name) { return initializers.containsKey(name) || sparseInitializers.containsKey(name); }
    public SparseTensorProto sparseInitializer(String name) { return sparseInitializers.get(name); }
    /** The declared type (input, output or value_info) of a tensor, or null. */
    public ValueInfo declared(String name) { return declared.get(name); }
    public boolean isGraphInput(String name) { return inputNames.contains(name); }
    public boolean isGraphOutput(String name) { return outputNames.contains(name); }

    /** Node count per operator ("domain.Op" outside the default domain), most frequent first. */
    public Map<String, Integer> operatorCounts() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (NodeProto n : graph.nodes()) {
            counts.merge(n.domain().isEmpty() ? n.opType() : n.domain() + "." + n.opType(), 1, Integer::sum);
        }
        Map<String, Integer> sorted = new java.util.LinkedHashMap<>();
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** Graph inputs that are not initializers: what a caller must feed. */
    public List<ValueInfo> realInputs() {
        List<ValueInfo> out = new ArrayList<>();
        for (ValueInfo v : graph.inputs()) {
            if (!isInitializer(v.name())) out.add(v);
        }
        return out;
    }

    /** Names a node reads: its inputs plus the outer-scope names its subgraphs use. */
    public List<String> allInputs(NodeProto n) {
        List<String> implicit = implicitInputs.computeIfAbsent(n, GraphView::freeNames);
        if (implicit.isEmpty()) return n.inputs();
        List<String> all = new ArrayList<>(n.inputs());
        all.addAll(implicit);
        return all;
    }

    /** Outer-scope names used inside the subgraphs of {@code n}. */
    public List<String> implicitInputs(NodeProto n) {
        return implicitInputs.computeIfAbsent(n, GraphView::freeNames);
    }

    /**
     * What {@code tensors} are computed from.
     *
     * @param nodes the nodes they depend on (through every input, outer-scope reads of subgraphs included)
     * @param sources tensors reached that no node produces (graph inputs, initializers, or names nothing defines)
     */
    public record Upstream(Set<NodeProto> nodes, Set<String> sources) {
    }

    /** The nodes {@code tensors} depend on, not looking past the tensors in {@code boundary}. */
    public Upstream upstream(java.util.Collection<String> tensors, Set<String> boundary) {
        Set<NodeProto> nodes = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Set<String> sources = new java.util.LinkedHashSet<>(), seen = new HashSet<>();
        ArrayDeque<String> todo = new ArrayDeque<>(tensors);
        while (!todo.isEmpty()) {
            String t = todo.pop();
            if (t.isEmpty() || !seen.add(t) || boundary.contains(t)) continue;
            NodeProto p = producer(t);
            if (p == null) sources.add(t);
            else if (nodes.add(p)) todo.addAll(allInputs(p));
        }
        return new Upstream(nodes, sources);
    }

    /** Nodes in an order where each comes after the producers of what it reads (stable). */
    public List<NodeProto> topologicalOrder() { return order; }

    /** Nodes on a cycle, if the graph has one (then the order holds only the acyclic part). */
    public List<NodeProto> cycle() { return cycle; }

    private void sort() {
        List<NodeProto> nodes = graph.nodes();
        Map<NodeProto, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < nodes.size(); i++) index.put(nodes.get(i), i);
        int[] pending = new int[nodes.size()];
        List<List<Integer>> dependents = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) dependents.add(new ArrayList<>(2));
        for (int i = 0; i < nodes.size(); i++) {
            Set<NodeProto> deps = Collections.newSetFromMap(new IdentityHashMap<>());
            for (String in : allInputs(nodes.get(i))) {
                NodeProto p = in.isEmpty() ? null : producers.get(in);
                if (p != null && p != nodes.get(i) && deps.add(p)) {
                    dependents.get(index.get(p)).add(i);
                    pending[i]++;
                } else if (p == nodes.get(i)) {
                    pending[i]++; // reads its own output: a cycle of one
                }
            }
        }
        // a min-heap on the file index keeps the file's order whenever it is already valid
        java.util.PriorityQueue<Integer> ready = new java.util.PriorityQueue<>();
        for (int i = 0; i < nodes.size(); i++) if (pending[i] == 0) ready.add(i);
        List<NodeProto> out = new ArrayList<>(nodes.size());
        while (!ready.isEmpty()) {
            int i = ready.poll();
            out.add(nodes.get(i));
            for (int d : dependents.get(i)) {
                if (--pending[d] == 0) ready.add(d);
            }
        }
        order = Collections.unmodifiableList(out);
        if (out.size() < nodes.size()) {
            List<NodeProto> left = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) if (pending[i] > 0) left.add(nodes.get(i));
            cycle = Collections.unmodifiableList(left);
        }
    }

    /** Names used inside a node's subgraphs that none of them defines (free variables). */
    private static List<String> freeNames(NodeProto n) {
        Set<String> free = new LinkedHashSet<>();
        for (AttributeProto a : n.attributes()) {
            for (GraphProto g : a.subgraphs()) {
                collectFree(g, new ArrayDeque<>(), free);
            }
        }
        return free.isEmpty() ? List.of() : new ArrayList<>(free);
    }

    private static void collectFree(GraphProto g, ArrayDeque<Set<String>> scopes, Set<String> free) {
        Set<String> defined = new java.util.HashSet<>();
        for (ValueInfo v : g.inputs()) defined.add(v.name());
        for (TensorProto t : g.initializers()) defined.add(t.name());
        if (g.hasSparseInitializers()) for (SparseTensorProto s : g.sparseInitializers()) defined.add(s.name());
        for (NodeProto n : g.nodes()) for (String o : n.outputs()) defined.add(o);
        scopes.push(defined);
        for (NodeProto n : g.nodes()) {
            for (String in : n.inputs()) {
                if (!in.isEmpty() && !inScope(in, scopes)) free.add(in);
            }
            for (AttributeProto a : n.attributes()) {
                for (GraphProto sub : a.subgraphs()) collectFree(sub, scopes, free);
            }
        }
        for (ValueInfo v : g.outputs()) {
            if (!inScope(v.name(), scopes)) free.add(v.name());
        }
        scopes.pop();
    }

    private static boolean inScope(String name, ArrayDeque<Set<String>> scopes) {
        for (Set<String> s : scopes) if (s.contains(name)) return true;
        return false;
    }
}
