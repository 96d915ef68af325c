package io.medli.runtime;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import io.medli.onnx.TensorData;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.TensorProto;

/** ONNX tensors (as stored in .pb files and models) to ONNX Runtime tensors. */
public final class Tensors {
    private Tensors() {
    }

    /** ONNX Runtime's Java type for an ONNX element type; null where ONNX Runtime's Java API has none (unsigned wider than 8 bits, complex). */
    public static OnnxJavaType javaType(int type) {
        return switch (type) {
            case DataType.FLOAT -> OnnxJavaType.FLOAT;
            case DataType.DOUBLE -> OnnxJavaType.DOUBLE;
            case DataType.INT8 -> OnnxJavaType.INT8;
            case DataType.UINT8 -> OnnxJavaType.UINT8;
            case DataType.INT16 -> OnnxJavaType.INT16;
            case DataType.INT32 -> OnnxJavaType.INT32;
            case DataType.INT64 -> OnnxJavaType.INT64;
            case DataType.BOOL -> OnnxJavaType.BOOL;
            case DataType.FLOAT16 -> OnnxJavaType.FLOAT16;
            case DataType.BFLOAT16 -> OnnxJavaType.BFLOAT16;
            case DataType.STRING -> OnnxJavaType.STRING;
            default -> null;
        };
    }

    /** {@code t} as an ONNX Runtime tensor, which the caller closes. */
    public static OnnxTensor of(TensorProto t) throws IOException, OrtException {
        var env = ModelRunner.environment();
        if (t.dataType() == DataType.STRING) {
            String[] s = t.stringData().stream().map(b -> new String(b, StandardCharsets.UTF_8)).toArray(String[]::new);
            return OnnxTensor.createTensor(env, s, t.dims());
        }
        OnnxJavaType type = javaType(t.dataType());
        if (type == null) throw new IOException("tensor '" + t.name() + "' has element type " + DataType.name(t.dataType())
                + ", which ONNX Runtime's Java API cannot feed");
        ByteBuffer b = TensorData.bytes(t).duplicate().order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer direct = ByteBuffer.allocateDirect(b.remaining()).order(ByteOrder.nativeOrder());
        direct.put(b).flip();
        return OnnxTensor.createTensor(env, direct, t.dims(), type);
    }
}
