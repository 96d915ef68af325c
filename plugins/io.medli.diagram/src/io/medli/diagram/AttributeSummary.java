package io.medli.diagram;

import java.util.Arrays;

import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.NodeProto;

/** The few attributes worth showing on a box, in Netron's short style: "3x3 /2 dw". */
final class AttributeSummary {
    private AttributeSummary() {
    }

    static String of(NodeProto n) {
        StringBuilder b = new StringBuilder();
        switch (n.opType()) {
            case "Conv", "ConvTranspose", "ConvInteger", "QLinearConv", "MaxPool", "AveragePool", "LpPool" -> {
                long[] k = n.intsAttr("kernel_shape");
                if (k != null) b.append(join(k, "x"));
                long[] s = n.intsAttr("strides");
                if (s != null && Arrays.stream(s).anyMatch(x -> x != 1)) {
                    b.append(b.length() > 0 ? " " : "").append('/').append(allSame(s) ? Long.toString(s[0]) : join(s, "x"));
                }
                long[] d = n.intsAttr("dilations");
                if (d != null && Arrays.stream(d).anyMatch(x -> x != 1)) b.append(" d").append(d[0]);
                long g = n.intAttr("group", 1);
                if (g > 1) b.append(" g").append(g);
            }
            case "Gemm" -> {
                if (n.intAttr("transA", 0) != 0) b.append("A\u1d40 ");
                if (n.intAttr("transB", 0) != 0) b.append("B\u1d40");
            }
            case "Transpose" -> {
                long[] p = n.intsAttr("perm");
                if (p != null) b.append(Arrays.toString(p));
            }
            case "Concat", "Split", "Softmax", "LogSoftmax", "Gather", "Flatten", "ArgMax", "ArgMin", "CumSum",
                    "LayerNormalization" -> {
                AttributeProto a = n.attribute("axis");
                if (a != null) b.append("axis ").append(a.i());
            }
            case "Cast" -> b.append("to ").append(DataType.name((int) n.intAttr("to", 0)));
            case "Resize", "Upsample" -> b.append(n.stringAttr("mode", "nearest"));
            case "LeakyRelu", "Elu", "Selu", "Celu", "ThresholdedRelu" -> {
                AttributeProto a = n.attribute("alpha");
                if (a != null) b.append("\u03b1 ").append(a.f());
            }
            case "ReduceMean", "ReduceSum", "ReduceMax", "ReduceMin", "ReduceProd", "Squeeze", "Unsqueeze" -> {
                long[] ax = n.intsAttr("axes");
                if (ax != null) b.append("axes ").append(Arrays.toString(ax));
            }
            case "LSTM", "GRU", "RNN" -> {
                b.append("hidden ").append(n.intAttr("hidden_size", 0));
                String dir = n.stringAttr("direction", "forward");
                if (!dir.equals("forward")) b.append(' ').append(dir);
            }
            case "Einsum" -> b.append(n.stringAttr("equation", ""));
            default -> { }
        }
        return b.toString().trim();
    }

    private static boolean allSame(long[] v) {
        return Arrays.stream(v).allMatch(x -> x == v[0]);
    }

    private static String join(long[] v, String sep) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length; i++) b.append(i > 0 ? sep : "").append(v[i]);
        return b.toString();
    }
}
