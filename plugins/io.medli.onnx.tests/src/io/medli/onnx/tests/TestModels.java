package io.medli.onnx.tests;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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

/** Builds small models for tests, and finds the real ones fetched by tools/fetch-models.sh. */
public final class TestModels {
    private TestModels() {
    }

    /** A real model from build/models; fails (does not skip) when it is missing. */
    public static Path real(String file) {
        String dir = System.getProperty("medli.models.dir", "build/models");
        Path p = Path.of(dir, file);
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("missing test model " + p + "; run tools/fetch-models.sh (the test command does)");
        }
        return p;
    }

    public static ModelProto model(GraphProto g, long opset) {
        ModelProto m = new ModelProto().irVersion(8L).producerName("medli-tests").graph(g);
        m.opsetImports().add(new OperatorSetId("", opset));
        return m;
    }

    /** Dims given as Long (fixed), String (symbolic) or null (unknown). */
    public static TypeProto tensorType(int elem, Object... dims) {
        List<Dimension> d = new ArrayList<>();
        for (Object o : dims) {
            d.add(o == null ? new Dimension() : o instanceof String s ? Dimension.of(s) : Dimension.of(((Number) o).longValue()));
        }
        return TypeProto.tensor(elem, d);
    }

    public static ValueInfo value(String name, int elem, Object... dims) {
        return new ValueInfo(name, tensorType(elem, dims));
    }

    public static TensorProto floats(String name, float[] data, long... dims) {
        ByteBuffer b = ByteBuffer.allocate(data.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(data);
        return new TensorProto().name(name).dataType(DataType.FLOAT).dims(dims).rawData(b);
    }

    /** A float tensor of the given shape filled with i * 0.001. */
    public static TensorProto floats(String name, long... dims) {
        long n = 1;
        for (long d : dims) n *= d;
        float[] f = new float[(int) n];
        for (int i = 0; i < f.length; i++) f[i] = i * 0.001f;
        return floats(name, f, dims);
    }

    public static TensorProto longs(String name, long[] data, long... dims) {
        return new TensorProto().name(name).dataType(DataType.INT64).dims(dims).int64Data(data);
    }

    public static NodeProto node(String op, String name, List<String> in, List<String> out, AttributeProto... attrs) {
        NodeProto n = new NodeProto(op, name, in, out);
        n.attributes().addAll(Arrays.asList(attrs));
        return n;
    }

    public static NodeProto node(String op, String in, String out, AttributeProto... attrs) {
        return node(op, out + "_node", List.of(in.split(",")), List.of(out.split(",")), attrs);
    }
}
