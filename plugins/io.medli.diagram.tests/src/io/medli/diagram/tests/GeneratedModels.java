package io.medli.diagram.tests;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.Dimension;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.OperatorSetId;
import io.medli.onnx.proto.TensorProto;
import io.medli.onnx.proto.TypeProto;
import io.medli.onnx.proto.ValueInfo;

/** Large synthetic networks: residual blocks of Conv, BatchNormalization, Relu and Add. */
public final class GeneratedModels {
    private GeneratedModels() {
    }

    /** A residual network of about {@code nodes} operators (4 per block), channels 16, 32x32. */
    public static ModelProto residual(int nodes) {
        GraphProto g = new GraphProto().name("residual");
        g.inputs().add(new ValueInfo("x", TypeProto.tensor(DataType.FLOAT,
                List.of(Dimension.of(1), Dimension.of(16), Dimension.of(32), Dimension.of(32)))));
        String prev = "x";
        int blocks = Math.max(1, nodes / 4);
        ByteBuffer w = ByteBuffer.allocate(16 * 16 * 9 * 4).asReadOnlyBuffer();
        ByteBuffer c = ByteBuffer.allocate(16 * 4).asReadOnlyBuffer();
        for (int b = 0; b < blocks; b++) {
            String p = "b" + b + "/";
            g.initializers().add(new TensorProto().name(p + "w").dataType(DataType.FLOAT).dims(16, 16, 3, 3).rawData(w));
            for (String s : new String[] { "scale", "bias", "mean", "var" }) {
                g.initializers().add(new TensorProto().name(p + s).dataType(DataType.FLOAT).dims(16).rawData(c));
            }
            NodeProto conv = new NodeProto("Conv", p + "conv", List.of(prev, p + "w"), List.of(p + "c"));
            conv.attributes().add(AttributeProto.ofInts("pads", 1, 1, 1, 1));
            conv.attributes().add(AttributeProto.ofInts("kernel_shape", 3, 3));
            g.nodes().add(conv);
            g.nodes().add(new NodeProto("BatchNormalization", p + "bn",
                    List.of(p + "c", p + "scale", p + "bias", p + "mean", p + "var"), List.of(p + "n")));
            g.nodes().add(new NodeProto("Relu", p + "relu", List.of(p + "n"), List.of(p + "r")));
            g.nodes().add(new NodeProto("Add", p + "add", List.of(p + "r", prev), List.of(p + "out")));
            prev = p + "out";
        }
        g.outputs().add(new ValueInfo(prev, TypeProto.tensor(DataType.FLOAT,
                List.of(Dimension.of(1), Dimension.of(16), Dimension.of(32), Dimension.of(32)))));
        ModelProto m = new ModelProto().irVersion(8L).producerName("medli-generated").graph(g);
        m.opsetImports().add(new OperatorSetId("", 17));
        return m;
    }

    static List<String> names(GraphProto g) {
        List<String> l = new ArrayList<>();
        for (NodeProto n : g.nodes()) l.add(n.name());
        return l;
    }
}
