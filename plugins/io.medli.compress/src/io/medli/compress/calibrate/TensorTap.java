package io.medli.compress.calibrate;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.medli.compress.QuantizationException;
import io.medli.compress.data.InputTensor;
import io.medli.compress.data.ModelInput;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.ProtoCopy;
import io.medli.onnx.proto.TypeProto;
import io.medli.onnx.proto.ValueInfo;
import io.medli.onnx.shape.InferenceResult;
import io.medli.onnx.shape.ShapeInference;
import io.medli.onnx.shape.TensorType;
import io.medli.runtime.ModelRunException;
import io.medli.runtime.ModelRunner;
import io.medli.runtime.RunOptions;

/**
 * Runs a model in ONNX Runtime with chosen intermediate tensors exposed as extra outputs, and hands
 * their float values (float16 ones widened) to a caller per sample. The model with the extra outputs
 * goes to ONNX Runtime from memory ({@link ModelRunner#open(ModelProto, RunOptions)}).
 */
public final class TensorTap implements AutoCloseable {
    private final ModelRunner runner;
    private final List<String> tapped;
    private final Map<String, Integer> inputTypes = new HashMap<>();

    private TensorTap(ModelRunner runner, List<String> tapped, ModelProto model) {
        this.runner = runner;
        this.tapped = tapped;
        for (ModelInput in : ModelInput.of(model)) inputTypes.put(in.name(), in.elemType());
    }

    /** Opens {@code model} with {@code tensors} (float tensors of its main graph) added to its outputs. */
    public static TensorTap open(ModelProto model, Collection<String> tensors, int threads) throws QuantizationException {
        // "basic" folds constants but keeps every tensor of the graph, so the taps see the model's own values
        return open(model, tensors, threads, "basic");
    }

    /**
     * As {@link #open(ModelProto, Collection, int)} with an ONNX Runtime optimization level: "all"
     * runs quantized models with their fused integer kernels, as they run when deployed.
     */
    public static TensorTap open(ModelProto model, Collection<String> tensors, int threads, String optimization)
            throws QuantizationException {
        ModelProto copy = ProtoCopy.model(model);
        Set<String> outputs = new HashSet<>();
        for (ValueInfo v : copy.graph().outputs()) outputs.add(v.name());
        InferenceResult shapes = ShapeInference.infer(copy);
        List<String> tapped = new ArrayList<>();
        for (String t : new java.util.LinkedHashSet<>(tensors)) {
            tapped.add(t);
            if (outputs.add(t)) {
                TensorType tt = shapes.type(t);
                TypeProto type = tt.elemType() != 0 ? tt.withDims(null).toProto() : TypeProto.tensor(DataType.FLOAT, null);
                copy.graph().outputs().add(new ValueInfo(t, type));
            }
        }
        try {
            ModelRunner runner = ModelRunner.open(copy, RunOptions.defaults().withThreads(threads).withOptimization(optimization));
            return new TensorTap(runner, tapped, model);
        } catch (IOException | ModelRunException e) {
            throw new QuantizationException("cannot run the model to observe its activations: " + e.getMessage());
        }
    }

    /** Runs one sample; {@code sink} receives each tapped float tensor (name, values). */
    public void run(Map<String, InputTensor> sample, TensorSink sink) throws QuantizationException {
        Map<String, OnnxTensor> feed = new LinkedHashMap<>();
        try {
            feed = feed(sample, inputTypes);
            try (OrtSession.Result r = runner.run(feed)) {
                for (String t : tapped) {
                    OnnxValue v = r.get(t).orElse(null);
                    // float16 values come widened to float (a float16 model compared with its original)
                    if (v instanceof OnnxTensor ot && (ot.getInfo().type == OnnxJavaType.FLOAT
                            || ot.getInfo().type == OnnxJavaType.FLOAT16 || ot.getInfo().type == OnnxJavaType.BFLOAT16)) {
                        FloatBuffer fb = ot.getFloatBuffer();
                        float[] values = new float[fb.remaining()];
                        fb.get(values);
                        sink.accept(t, ot.getInfo().getShape(), values);
                    }
                }
            }
        } catch (OrtException | ModelRunException e) {
            throw new QuantizationException("running the model failed: " + e.getMessage());
        } finally {
            feed.values().forEach(OnnxTensor::close);
        }
    }

    /** Receives one tensor of one sample. */
    @FunctionalInterface
    public interface TensorSink {
        void accept(String tensor, long[] shape, float[] values) throws QuantizationException;
    }

    /** ONNX Runtime tensors of one sample for {@code model}'s inputs (integer inputs as int32 or int64, as declared). */
    public static Map<String, OnnxTensor> feed(ModelProto model, Map<String, InputTensor> sample) throws OrtException {
        Map<String, Integer> types = new HashMap<>();
        for (ModelInput in : ModelInput.of(model)) types.put(in.name(), in.elemType());
        return feed(sample, types);
    }

    private static Map<String, OnnxTensor> feed(Map<String, InputTensor> sample, Map<String, Integer> types) throws OrtException {
        OrtEnvironment env = io.medli.runtime.ModelRunner.environment();
        Map<String, OnnxTensor> feed = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, InputTensor> e : sample.entrySet()) feed.put(e.getKey(), tensor(env, types, e.getKey(), e.getValue()));
        } catch (OrtException | RuntimeException e) {
            feed.values().forEach(OnnxTensor::close);
            throw e;
        }
        return feed;
    }

    private static OnnxTensor tensor(OrtEnvironment env, Map<String, Integer> inputTypes, String name, InputTensor t)
            throws OrtException {
        if (t.floats() != null) return OnnxTensor.createTensor(env, FloatBuffer.wrap(t.floats()), t.shape());
        if (inputTypes.getOrDefault(name, DataType.INT64) == DataType.INT32) {
            int[] v = new int[t.longs().length];
            for (int i = 0; i < v.length; i++) v[i] = Math.toIntExact(t.longs()[i]);
            return OnnxTensor.createTensor(env, IntBuffer.wrap(v), t.shape());
        }
        return OnnxTensor.createTensor(env, LongBuffer.wrap(t.longs()), t.shape());
    }

    @Override
    public void close() {
        runner.close();
    }

}
