package io.medli.compress.data;

import java.util.ArrayList;
import java.util.List;

import io.medli.onnx.graph.GraphView;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.ValueInfo;
import io.medli.onnx.shape.Dim;
import io.medli.onnx.shape.TensorType;

/**
 * An input the caller must feed (not an initializer), with its declared type and dimensions:
 * a dimension is a value, or -1 where it is symbolic or unknown (then {@code symbols} names it).
 */
public record ModelInput(String name, int elemType, long[] dims, String[] symbols) {

    /** The model's real inputs, in declaration order. */
    public static List<ModelInput> of(ModelProto model) {
        List<ModelInput> out = new ArrayList<>();
        for (ValueInfo v : GraphView.of(model.graph()).realInputs()) {
            TensorType t = v.type() == null ? TensorType.UNKNOWN : TensorType.of(v.type());
            int rank = Math.max(0, t.rank());
            long[] dims = new long[rank];
            String[] symbols = new String[rank];
            for (int i = 0; i < rank; i++) {
                Dim d = t.dim(i);
                dims[i] = d.isKnown() ? d.value() : -1;
                symbols[i] = d.isSymbolic() ? d.toString() : "";
            }
            out.add(new ModelInput(v.name(), t.elemType(), t.hasShape() ? dims : null, symbols));
        }
        return out;
    }

    public String describe() {
        StringBuilder b = new StringBuilder(DataType.name(elemType)).append('[');
        if (dims == null) return b.append("?]").toString();
        for (int i = 0; i < dims.length; i++) {
            if (i > 0) b.append(',');
            b.append(dims[i] >= 0 ? String.valueOf(dims[i]) : symbols[i].isEmpty() ? "?" : symbols[i]);
        }
        return b.append(']').toString();
    }
}
