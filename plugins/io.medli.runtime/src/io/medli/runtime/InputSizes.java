package io.medli.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.medli.onnx.graph.GraphView;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.Dimension;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.StringStringEntry;
import io.medli.onnx.proto.TypeProto;
import io.medli.onnx.proto.ValueInfo;

/**
 * The open sizes of a model's inputs (symbolic or unknown dimensions), each with a suggested
 * value: from the model's metadata when it names the size, else from the input's role (the first
 * axis a batch of 1, an image's height and width 224, token ids 128 long, a signal one second at
 * 16 kHz). Named sizes shared by several inputs are asked once.
 */
public final class InputSizes {
    /**
     * One size to ask for.
     *
     * @param input the first input that has it
     * @param axis its axis there
     * @param symbol its name ("" when unnamed)
     * @param suggested a value to start from
     * @param why where the suggestion comes from
     */
    public record Open(String input, int axis, String symbol, long suggested, String why) {
        public String label() {
            return symbol.isEmpty() ? input + " axis " + axis : symbol + " (" + input + " axis " + axis + ")";
        }
    }

    private InputSizes() {
    }

    /** Every open size of {@code model}'s inputs, named ones once. */
    public static List<Open> open(ModelProto model) {
        Map<String, String> meta = new LinkedHashMap<>();
        for (StringStringEntry e : model.metadataProps()) meta.put(e.key().toLowerCase(Locale.ROOT), e.value());
        List<Open> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ValueInfo v : GraphView.of(model.graph()).realInputs()) {
            TypeProto t = v.type();
            if (t == null || t.kind() != TypeProto.Kind.TENSOR || !t.hasShape()) continue;
            List<Dimension> dims = t.shape();
            for (int i = 0; i < dims.size(); i++) {
                Dimension d = dims.get(i);
                if (d.hasValue()) continue;
                String symbol = d.hasParam() ? d.param() : "";
                if (!symbol.isEmpty() && !seen.add(symbol)) continue;
                out.add(suggest(v.name(), i, symbol, t.elemType(), dims, meta));
            }
        }
        return out;
    }

    private static Open suggest(String input, int axis, String symbol, int type, List<Dimension> dims, Map<String, String> meta) {
        String m = symbol.isEmpty() ? null : meta.get(symbol.toLowerCase(Locale.ROOT));
        if (m != null) {
            try {
                return new Open(input, axis, symbol, Long.parseLong(m.trim()), "from the model's metadata");
            } catch (NumberFormatException e) {
                // not a number: fall back on the input's role
            }
        }
        int rank = dims.size();
        if (axis == 0) return new Open(input, axis, symbol, 1, "a batch of one");
        boolean floating = type == DataType.FLOAT || type == DataType.FLOAT16 || type == DataType.DOUBLE || type == DataType.BFLOAT16;
        if (rank == 4 && floating) {
            boolean nchw = channels(dims.get(1)), nhwc = channels(dims.get(3));
            if (nchw && axis >= 2 || nhwc && (axis == 1 || axis == 2)) return new Open(input, axis, symbol, 224, "an image's size");
        }
        if (rank == 2 && (type == DataType.INT64 || type == DataType.INT32)) return new Open(input, axis, symbol, 128, "a sequence of tokens");
        if (floating && (rank == 2 || rank == 3) && axis == rank - 1) return new Open(input, axis, symbol, 16000, "one second of 16 kHz signal");
        return new Open(input, axis, symbol, 16, "no hint in the model");
    }

    private static boolean channels(Dimension d) {
        return d.hasValue() && (d.value() == 1 || d.value() == 3 || d.value() == 4);
    }

    /**
     * The values as run options: named sizes as {@code dims}, and whole shapes for inputs with
     * unnamed ones ({@code values} in the order of {@link #open}).
     */
    public static RunOptions apply(ModelProto model, List<Open> open, long[] values, RunOptions base) {
        Map<String, Long> dims = new LinkedHashMap<>(base.dims());
        Map<String, long[]> shapes = new LinkedHashMap<>(base.shapes());
        for (int k = 0; k < open.size(); k++) if (!open.get(k).symbol().isEmpty()) dims.put(open.get(k).symbol(), values[k]);
        for (ValueInfo v : GraphView.of(model.graph()).realInputs()) {
            TypeProto t = v.type();
            if (t == null || t.kind() != TypeProto.Kind.TENSOR || !t.hasShape()) continue;
            List<Dimension> d = t.shape();
            if (d.stream().noneMatch(x -> !x.hasValue() && !x.hasParam())) continue;
            long[] s = new long[d.size()];
            for (int i = 0; i < s.length; i++) {
                Dimension x = d.get(i);
                if (x.hasValue()) s[i] = x.value();
                else if (x.hasParam() && dims.containsKey(x.param())) s[i] = dims.get(x.param());
                else s[i] = valueOf(open, values, v.name(), i);
            }
            shapes.put(v.name(), s);
        }
        return base.withDims(dims).withShapes(shapes);
    }

    private static long valueOf(List<Open> open, long[] values, String input, int axis) {
        for (int k = 0; k < open.size(); k++) if (open.get(k).input().equals(input) && open.get(k).axis() == axis) return values[k];
        return 1;
    }
}
