package io.medli.ui.internal.editor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;

import io.medli.diagram.DiagramScene;
import io.medli.diagram.DiagramNode;
import io.medli.onnx.TensorData;
import io.medli.onnx.cost.ModelCost;
import io.medli.onnx.cost.NodeCost;
import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.TensorProto;

/**
 * Properties of a selected operator: identity, attributes (editable: an edit goes through the
 * undo history), inputs and outputs with shapes, weight statistics and cost.
 */
final class NodePropertySource implements IPropertySource {
    private static final int MAX_STATS_ELEMENTS = 4_000_000;
    private final OnnxModelEditor editor;
    private final NodeSelection selection;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final List<IPropertyDescriptor> descriptors = new ArrayList<>();

    NodePropertySource(OnnxModelEditor editor, NodeSelection selection) {
        this.editor = editor;
        this.selection = selection;
        build();
    }

    private void add(String category, String id, String label, Object value, boolean editable) {
        PropertyDescriptor d = editable ? new TextPropertyDescriptor(id, label) : new PropertyDescriptor(id, label);
        d.setCategory(category);
        descriptors.add(d);
        values.put(id, value == null ? "" : value);
    }

    private void build() {
        DiagramScene s = selection.scene();
        if (selection.tensor() != null) {
            String t = selection.tensor();
            add("Tensor", "t.name", "name", t, false);
            add("Tensor", "t.type", "type", s.types.type(s.graph, t), false);
            return;
        }
        DiagramNode box = s.diagram.nodes().get(selection.box());
        if (box.nodeIndex() < 0) {
            add("Terminal", "t.name", box.kind() == DiagramNode.Kind.INPUT ? "input" : "output", box.title(), false);
            add("Terminal", "t.type", "type", s.types.type(s.graph, box.title()), false);
            return;
        }
        NodeProto n = s.graph.nodes().get(box.nodeIndex());
        add("Node", "n.name", "name", n.name(), false);
        add("Node", "n.op", "operator", (n.domain().isEmpty() ? "" : n.domain() + ".") + n.opType(), false);
        if (n.docString() != null) add("Node", "n.doc", "documentation", n.docString(), false);
        boolean mainGraph = s.graph == s.model.graph();
        for (AttributeProto a : n.attributes()) {
            boolean editable = mainGraph && switch (a.type()) {
                case AttributeProto.INT, AttributeProto.FLOAT, AttributeProto.STRING, AttributeProto.INTS, AttributeProto.FLOATS -> true;
                default -> false;
            };
            add("Attributes", "a." + a.name(), a.name(), a.valueString(), editable);
        }
        for (int i = 0; i < n.inputs().size(); i++) {
            String in = n.inputs().get(i);
            add("Inputs", "i." + i, "input " + i, in.isEmpty() ? "(omitted)" : in + "  " + s.types.type(s.graph, in), false);
        }
        for (int i = 0; i < n.outputs().size(); i++) {
            String out = n.outputs().get(i);
            add("Outputs", "o." + i, "output " + i, out + "  " + s.types.type(s.graph, out), false);
        }
        for (DiagramNode.Weight w : box.weights()) {
            TensorProto t = s.graph.initializers().stream().filter(x -> x.name().equals(w.tensor())).findFirst().orElse(null);
            add("Weights", "w." + w.tensor(), w.label(), w.tensor() + "  " + w.shape(), false);
            if (t != null) add("Weights", "ws." + w.tensor(), w.label() + " statistics", statistics(t), false);
        }
        if (s.graph == s.model.graph()) {
            ModelCost cost = editor.cost();
            if (cost != null) {
                for (NodeCost c : cost.nodes()) {
                    if (c.node() == n) {
                        add("Cost", "c.params", "parameters", String.format(Locale.ROOT, "%,d", c.params()), false);
                        add("Cost", "c.macs", "MACs", c.macs() < 0 ? "unknown" : String.format(Locale.ROOT, "%,d", c.macs()), false);
                        add("Cost", "c.wbytes", "weight bytes", String.format(Locale.ROOT, "%,d", c.weightBytes()), false);
                        add("Cost", "c.obytes", "output bytes", c.outputBytes() < 0 ? "unknown" : String.format(Locale.ROOT, "%,d", c.outputBytes()), false);
                    }
                }
            }
        }
    }

    /** min/max/mean/std and a 16-bin histogram drawn with block characters. */
    static String statistics(TensorProto t) {
        long count = t.elementCount();
        if (count <= 0 || t.dataType() == DataType.STRING) return "";
        if (count > MAX_STATS_ELEMENTS) return count + " elements (statistics skipped above " + MAX_STATS_ELEMENTS + ")";
        try {
            double[] v = TensorData.toDoubles(t, (int) count);
            double min = Double.MAX_VALUE, max = -Double.MAX_VALUE, sum = 0, sq = 0;
            for (double x : v) {
                min = Math.min(min, x);
                max = Math.max(max, x);
                sum += x;
                sq += x * x;
            }
            double mean = sum / v.length, std = Math.sqrt(Math.max(0, sq / v.length - mean * mean));
            int[] bins = new int[16];
            for (double x : v) bins[max == min ? 0 : (int) Math.min(15, (x - min) / (max - min) * 16)]++;
            int top = java.util.Arrays.stream(bins).max().orElse(1);
            StringBuilder h = new StringBuilder();
            String blocks = " \u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
            for (int b : bins) h.append(blocks.charAt(b == 0 ? 0 : 1 + (int) Math.round(7.0 * b / top)));
            return String.format(Locale.ROOT, "min %.4g  max %.4g  mean %.4g  std %.4g  %s", min, max, mean, std, h);
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    @Override
    public Object getEditableValue() {
        return this;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        return descriptors.toArray(new IPropertyDescriptor[0]);
    }

    @Override
    public Object getPropertyValue(Object id) {
        return values.get(id);
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
        // attributes have no reset: the edit history undoes changes
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        String key = (String) id;
        if (!key.startsWith("a.")) return;
        String name = key.substring(2);
        NodeProto n = selection.scene().graph.nodes().get(selection.nodeIndex());
        AttributeProto old = n.attribute(name);
        if (old == null) return;
        try {
            AttributeProto a = AttributeValues.parse(old, value.toString());
            editor.execute(io.medli.onnx.edit.ModelEdits.setAttribute(selection.nodeIndex(), a));
        } catch (IllegalArgumentException e) {
            editor.showError("Cannot set attribute " + name, e.getMessage());
        }
    }
}
