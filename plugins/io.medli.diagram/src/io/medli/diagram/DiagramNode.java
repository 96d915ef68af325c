package io.medli.diagram;

import java.util.List;

/**
 * A box of the diagram: an operator, or a graph input/output terminal.
 *
 * @param id index in {@link ModelDiagram#nodes()}
 * @param kind what it stands for
 * @param nodeIndex for operators, the index of the node in its graph's node list; otherwise -1
 * @param title operator type, or the tensor name of a terminal
 * @param name the node's name ("" for terminals and unnamed nodes)
 * @param attributes key attributes in short form, e.g. "3x3 /2"; may be empty
 * @param weights weights the operator reads, shown inside its box
 * @param category for colouring
 * @param subgraphs names of graph attributes (If/Loop/Scan bodies) that can be opened
 */
public record DiagramNode(int id, Kind kind, int nodeIndex, String title, String name, String attributes,
        List<Weight> weights, OperatorCategory category, List<String> subgraphs) {

    public enum Kind { OPERATOR, INPUT, OUTPUT }

    /**
     * A weight shown inside an operator: input name ("W", "B", "min"...), tensor, shape, and for
     * tensors of at most four elements their values ("6", "[0, 2]"), otherwise null.
     */
    public record Weight(String label, String tensor, String shape, String value) {
    }
}
