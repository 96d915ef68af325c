package io.medli.train.arch;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.Dimension;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.OperatorSetId;
import io.medli.onnx.proto.StringStringEntry;
import io.medli.onnx.proto.TensorProto;
import io.medli.onnx.proto.TypeProto;
import io.medli.onnx.proto.ValueInfo;

/**
 * Writes a trained {@link Architecture} as an ONNX graph (opset 13) with input {@code input}
 * [batch, sample shape...] and output {@code logits} [batch, classes]. Weights come from
 * {@link Weights}, keyed by the layer's path ({@code "3"}, or {@code "5.1"} for the second layer in
 * the body of residual layer 5).
 */
public final class OnnxExport {
    public static final String INPUT = "input", OUTPUT = "logits";
    static final float BN_EPSILON = 1e-5f;

    /** Trained values of one parameter of one layer, in the layout ONNX expects. */
    public interface Weights {
        /**
         * @param param "weight"/"bias" (Conv, Conv1d, Dense: Dense weight is [units, inputs]) or
         *        "gamma"/"beta"/"runningMean"/"runningVar" (BatchNorm)
         */
        float[] get(String layerPath, String param);
    }

    private final GraphProto graph = new GraphProto();
    private final Weights weights;
    private int counter;

    private OnnxExport(Weights weights) {
        this.weights = weights;
    }

    public static ModelProto export(Architecture arch, Weights weights, String producer) {
        OnnxExport ex = new OnnxExport(weights);
        ex.graph.name(arch.name());
        List<Dimension> in = new ArrayList<>();
        in.add(Dimension.of("batch"));
        for (int d : arch.inputShape()) in.add(Dimension.of(d));
        ex.graph.inputs().add(new ValueInfo(INPUT, TypeProto.tensor(DataType.FLOAT, in)));
        int[] shape = arch.inputShape();
        Out out = ex.emit(arch.layers(), "", INPUT, shape);
        if (out.shape.length != 1 || out.shape[0] != arch.classes()) {
            throw new IllegalArgumentException(arch.name() + " ends in shape " + java.util.Arrays.toString(out.shape) + ", not [" + arch.classes() + "]");
        }
        ex.graph.nodes().add(new NodeProto("Identity", "logits", List.of(out.name), List.of(OUTPUT)));
        ex.graph.outputs().add(new ValueInfo(OUTPUT, TypeProto.tensor(DataType.FLOAT, List.of(Dimension.of("batch"), Dimension.of(arch.classes())))));
        ModelProto m = new ModelProto().irVersion(8L).graph(ex.graph).producerName(producer);
        m.opsetImports().add(new OperatorSetId("", 13));
        m.metadataProps().add(new StringStringEntry("medli.architecture", arch.description()));
        return m;
    }

    private record Out(String name, int[] shape) {
    }

    private Out emit(List<Layer> layers, String prefix, String x, int[] shape) {
        for (int i = 0; i < layers.size(); i++) {
            String path = prefix + i;
            Out o = emit(layers.get(i), path, x, shape);
            x = o.name;
            shape = o.shape;
        }
        return new Out(x, shape);
    }

    private Out emit(Layer layer, String path, String x, int[] shape) {
        String y = "t" + (counter++) + "_" + path.replace('.', '_');
        String node = path.replace('.', '_');
        return switch (layer) {
            case Layer.Conv c -> {
                rank(shape, 3, path, "Conv");
                int cin = shape[0];
                String w = init(path + ".weight", weights.get(path, "weight"), c.filters(), cin / c.groups(), c.kernel(), c.kernel());
                List<String> inputs = new ArrayList<>(List.of(x, w));
                if (c.bias()) inputs.add(init(path + ".bias", weights.get(path, "bias"), c.filters()));
                NodeProto n = new NodeProto("Conv", "conv_" + node, inputs, List.of(y));
                n.attributes().add(AttributeProto.ofInts("kernel_shape", c.kernel(), c.kernel()));
                n.attributes().add(AttributeProto.ofInts("strides", c.stride(), c.stride()));
                n.attributes().add(AttributeProto.ofInts("pads", c.padding(), c.padding(), c.padding(), c.padding()));
                n.attributes().add(AttributeProto.ofInt("group", c.groups()));
                graph.nodes().add(n);
                yield new Out(y, new int[] { c.filters(), conv(shape[1], c.kernel(), c.stride(), c.padding()), conv(shape[2], c.kernel(), c.stride(), c.padding()) });
            }
            case Layer.Conv1d c -> {
                rank(shape, 2, path, "Conv1d");
                String w = init(path + ".weight", weights.get(path, "weight"), c.filters(), shape[0], c.kernel());
                String b = init(path + ".bias", weights.get(path, "bias"), c.filters());
                NodeProto n = new NodeProto("Conv", "conv1d_" + node, List.of(x, w, b), List.of(y));
                n.attributes().add(AttributeProto.ofInts("kernel_shape", c.kernel()));
                n.attributes().add(AttributeProto.ofInts("strides", c.stride()));
                n.attributes().add(AttributeProto.ofInts("pads", c.padding(), c.padding()));
                graph.nodes().add(n);
                yield new Out(y, new int[] { c.filters(), conv(shape[1], c.kernel(), c.stride(), c.padding()) });
            }
            case Layer.BatchNorm b -> {
                int ch = shape[0];
                List<String> in = List.of(x, init(path + ".gamma", weights.get(path, "gamma"), ch), init(path + ".beta", weights.get(path, "beta"), ch),
                        init(path + ".mean", weights.get(path, "runningMean"), ch), init(path + ".var", weights.get(path, "runningVar"), ch));
                NodeProto n = new NodeProto("BatchNormalization", "bn_" + node, in, List.of(y));
                n.attributes().add(AttributeProto.ofFloat("epsilon", BN_EPSILON));
                graph.nodes().add(n);
                yield new Out(y, shape);
            }
            case Layer.Relu r -> {
                graph.nodes().add(new NodeProto("Relu", "relu_" + node, List.of(x), List.of(y)));
                yield new Out(y, shape);
            }
            case Layer.Relu6 r -> {
                String lo = init(path + ".min", new float[] { 0f }), hi = init(path + ".max", new float[] { 6f });
                graph.nodes().add(new NodeProto("Clip", "relu6_" + node, List.of(x, lo, hi), List.of(y)));
                yield new Out(y, shape);
            }
            case Layer.MaxPool p -> {
                rank(shape, p.oneDimensional() ? 2 : 3, path, "MaxPool");
                NodeProto n = new NodeProto("MaxPool", "pool_" + node, List.of(x), List.of(y));
                if (p.oneDimensional()) {
                    n.attributes().add(AttributeProto.ofInts("kernel_shape", p.kernel()));
                    n.attributes().add(AttributeProto.ofInts("strides", p.stride()));
                    graph.nodes().add(n);
                    yield new Out(y, new int[] { shape[0], conv(shape[1], p.kernel(), p.stride(), 0) });
                }
                n.attributes().add(AttributeProto.ofInts("kernel_shape", p.kernel(), p.kernel()));
                n.attributes().add(AttributeProto.ofInts("strides", p.stride(), p.stride()));
                graph.nodes().add(n);
                yield new Out(y, new int[] { shape[0], conv(shape[1], p.kernel(), p.stride(), 0), conv(shape[2], p.kernel(), p.stride(), 0) });
            }
            case Layer.GlobalAvgPool g -> {
                String pooled = y + "_pooled";
                graph.nodes().add(new NodeProto("GlobalAveragePool", "gap_" + node, List.of(x), List.of(pooled)));
                NodeProto f = new NodeProto("Flatten", "gap_flatten_" + node, List.of(pooled), List.of(y));
                f.attributes().add(AttributeProto.ofInt("axis", 1));
                graph.nodes().add(f);
                yield new Out(y, new int[] { shape[0] });
            }
            case Layer.Flatten f -> {
                NodeProto n = new NodeProto("Flatten", "flatten_" + node, List.of(x), List.of(y));
                n.attributes().add(AttributeProto.ofInt("axis", 1));
                graph.nodes().add(n);
                int size = 1;
                for (int d : shape) size *= d;
                yield new Out(y, new int[] { size });
            }
            case Layer.Dense d -> {
                rank(shape, 1, path, "Dense");
                String w = init(path + ".weight", weights.get(path, "weight"), d.units(), shape[0]);
                String b = init(path + ".bias", weights.get(path, "bias"), d.units());
                NodeProto n = new NodeProto("Gemm", "dense_" + node, List.of(x, w, b), List.of(y));
                n.attributes().add(AttributeProto.ofInt("transB", 1));
                graph.nodes().add(n);
                yield new Out(y, new int[] { d.units() });
            }
            case Layer.Dropout d -> new Out(x, shape);
            case Layer.Residual r -> {
                Out body = emit(r.body(), path + ".", x, shape);
                if (!java.util.Arrays.equals(body.shape, shape)) {
                    throw new IllegalArgumentException("residual " + path + " changes the shape " + java.util.Arrays.toString(shape) + " to "
                            + java.util.Arrays.toString(body.shape));
                }
                graph.nodes().add(new NodeProto("Add", "add_" + node, List.of(body.name, x), List.of(y)));
                yield new Out(y, shape);
            }
        };
    }

    private static int conv(int size, int k, int s, int p) {
        int o = (size + 2 * p - k) / s + 1;
        if (o <= 0) throw new IllegalArgumentException("a window of " + k + " does not fit a size of " + size);
        return o;
    }

    private static void rank(int[] shape, int rank, String path, String op) {
        if (shape.length != rank) {
            throw new IllegalArgumentException(op + " layer " + path + " needs inputs of rank " + (rank + 1) + " (with the batch), not "
                    + (shape.length + 1));
        }
    }

    private String init(String name, float[] values, long... dims) {
        long n = 1;
        for (long d : dims) n *= d;
        if (values == null || values.length != n) {
            throw new IllegalArgumentException("parameter " + name + " has " + (values == null ? "no" : values.length) + " values, expected " + n);
        }
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(values);
        graph.initializers().add(new TensorProto().name(name).dataType(DataType.FLOAT).dims(dims).rawData(b));
        return name;
    }
}
