package io.medli.train.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.training.initializer.XavierInitializer;
import ai.djl.util.PairList;
import io.medli.onnx.TensorData;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.TensorProto;
import io.medli.train.TrainingException;

/**
 * A part of an ONNX graph (Conv, Gemm, activations, elementwise arithmetic, Pad, pooling, Concat,
 * Transpose, Reshape...) run as a trainable DJL block: the weights and biases of Conv, Gemm and
 * BatchNormalization are parameters, started from the ONNX values (fine-tuning) or afresh
 * (training from scratch); other inputs are constants. Written back into the graph after
 * training, so the exported model is the same graph with new weights.
 */
final class OnnxGraphBlock extends AbstractBlock {
    static final Set<String> SUPPORTED = Set.of("Conv", "Gemm", "MatMul", "BatchNormalization", "Relu", "Clip", "Sigmoid", "HardSigmoid", "Add", "Sub",
            "Mul", "Div", "Pad", "MaxPool", "AveragePool", "GlobalAveragePool", "Concat", "Transpose", "Reshape", "Flatten", "Identity", "Resize", "Slice",
            "DepthToSpace");

    private final List<NodeProto> nodes;
    private final String input;
    private final List<String> outputs;
    private final List<long[]> outputSamples;
    private final Map<String, Parameter> params = new LinkedHashMap<>();
    private final Map<String, float[]> constValues = new LinkedHashMap<>();
    private final Map<String, long[]> constDims = new LinkedHashMap<>();
    private final Map<String, long[]> intConstants;
    /** Quantization simulated in the forward pass (quantization-aware training); null = float. */
    private FakeQuantization fakeQuant;
    private boolean fakeQuantOn;
    /** Per trainable tensor, the unit its parameter is counted in (relative parametrization); empty = absolute values. */
    private final Map<String, float[]> scales = new java.util.HashMap<>();

    /**
     * @param trainable initializers that become parameters (name to tensor)
     * @param constants other float initializers the nodes read
     * @param intConstants integer inputs (pads, shapes), already evaluated
     * @param pretrained start from the ONNX values (else re-initialised: He for weights, zeros for biases)
     */
    OnnxGraphBlock(List<NodeProto> nodes, String input, String output, long[] outputSample, Map<String, TensorProto> trainable,
            Map<String, TensorProto> constants, Map<String, long[]> intConstants, boolean pretrained) throws TrainingException {
        this(nodes, input, List.of(output), List.of(outputSample), trainable, constants, intConstants, pretrained);
    }

    /** As above with several outputs (each a sample shape without the batch axis), in the order given. */
    OnnxGraphBlock(List<NodeProto> nodes, String input, List<String> outputs, List<long[]> outputSamples, Map<String, TensorProto> trainable,
            Map<String, TensorProto> constants, Map<String, long[]> intConstants, boolean pretrained) throws TrainingException {
        this.nodes = nodes;
        this.input = input;
        this.outputs = List.copyOf(outputs);
        this.outputSamples = List.copyOf(outputSamples);
        this.intConstants = intConstants;
        List<String> unsupported = nodes.stream().map(NodeProto::opType).filter(o -> !SUPPORTED.contains(o)).distinct().toList();
        if (!unsupported.isEmpty()) {
            throw new TrainingException("these operators cannot be trained in DJL: " + unsupported + " (supported: " + SUPPORTED
                    + "); cut the model earlier or keep that part frozen");
        }
        for (NodeProto n : nodes) {
            if (n.opType().equals("Resize")) {
                String mode = n.stringAttr("mode", "nearest"), coords = n.stringAttr("coordinate_transformation_mode", "half_pixel");
                boolean linear = mode.equals("linear") && (coords.equals("half_pixel") || coords.equals("pytorch_half_pixel"));
                boolean nearest = mode.equals("nearest") && coords.equals("asymmetric") && n.stringAttr("nearest_mode", "round_prefer_floor").equals("floor");
                if (!linear && !nearest) {
                    throw new TrainingException("Resize " + n.name() + " (mode " + mode + ", coordinates " + coords
                            + ") cannot be trained in DJL: linear with half_pixel, or nearest with asymmetric and floor, can");
                }
            }
        }
        int k = 0;
        for (var e : trainable.entrySet()) {
            TensorProto t = e.getValue();
            float[] v = floats(t);
            boolean weight = t.dims().length > 1;
            String name = e.getKey();
            Initializer init = pretrained ? (m, shape, type) -> m.create(divided(v, scales.get(name)), shape)
                    : weight ? new XavierInitializer(XavierInitializer.RandomType.GAUSSIAN, XavierInitializer.FactorType.IN, 2) : Initializer.ZEROS;
            Parameter p = Parameter.builder().setName("p" + (k++)).setType(weight ? Parameter.Type.WEIGHT : Parameter.Type.BIAS)
                    .optShape(new Shape(t.dims())).optInitializer(init).build();
            params.put(e.getKey(), addParameter(p));
        }
        for (var e : constants.entrySet()) {
            constValues.put(e.getKey(), floats(e.getValue()));
            constDims.put(e.getKey(), e.getValue().dims());
        }
    }

    static float[] floats(TensorProto t) throws TrainingException {
        try {
            if (t.floatData() != null && t.floatData().length > 0) return t.floatData();
            ByteBuffer b = TensorData.bytes(t).order(ByteOrder.LITTLE_ENDIAN);
            float[] f = new float[(int) t.elementCount()];
            b.asFloatBuffer().get(f);
            return f;
        } catch (java.io.IOException e) {
            throw new TrainingException("cannot read the weights of " + t.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Simulates {@code q} in every forward pass from now on: the network then learns weights that
     * keep their accuracy once quantized. {@link #simulateQuantization(boolean)} turns it off and on.
     */
    void fakeQuantization(FakeQuantization q) {
        this.fakeQuant = q;
        this.fakeQuantOn = q != null;
    }

    /** Whether the forward pass simulates the quantization given (false: plain float, as the written model computes). */
    void simulateQuantization(boolean on) {
        this.fakeQuantOn = on && fakeQuant != null;
    }

    /**
     * Counts every parameter in units of its starting size - a weight per output channel (its largest
     * magnitude), a bias as a whole - so that one optimizer step changes every layer by the same
     * share. Models with folded normalizations hold weights from 1e-4 to 1e2; a step of the same
     * absolute size everywhere (Adam's first steps) wrecks the small ones. Call before the
     * parameters are initialized.
     */
    void relativeParameters(Map<String, TensorProto> trainable) throws TrainingException {
        for (var e : trainable.entrySet()) {
            float[] v = floats(e.getValue());
            long[] dims = e.getValue().dims();
            int channels = dims.length > 1 ? (int) dims[0] : 1, per = channels == 0 ? 0 : v.length / channels;
            float[] unit = new float[v.length];
            float whole = 0;
            for (float f : v) whole = Math.max(whole, Math.abs(f));
            for (int c = 0; c < channels; c++) {
                float max = 0;
                for (int i = c * per; i < (c + 1) * per; i++) max = Math.max(max, Math.abs(v[i]));
                // a dead channel moves in units of the tensor's largest value
                float u = max > 0 ? max : whole > 0 ? whole : 1;
                java.util.Arrays.fill(unit, c * per, (c + 1) * per, u);
            }
            scales.put(e.getKey(), unit);
        }
    }

    private static float[] divided(float[] v, float[] unit) {
        if (unit == null) return v;
        float[] r = new float[v.length];
        for (int i = 0; i < v.length; i++) r[i] = v[i] / unit[i];
        return r;
    }

    /** Trained values of every parameter, by ONNX initializer name. */
    Map<String, float[]> trainedValues() {
        Map<String, float[]> m = new LinkedHashMap<>();
        params.forEach((name, p) -> {
            float[] v = p.getArray().toFloatArray(), unit = scales.get(name);
            if (unit != null) for (int i = 0; i < v.length; i++) v[i] *= unit[i];
            m.put(name, v);
        });
        return m;
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> pl) {
        NDArray x = inputs.singletonOrThrow();
        NDManager m = x.getManager();
        Map<String, NDArray> env = new java.util.HashMap<>();
        FakeQuantization q = fakeQuantOn ? fakeQuant : null;
        env.put(input, q == null ? x : q.activation(input, x));
        params.forEach((name, p) -> {
            NDArray v = ps.getValue(p, x.getDevice(), training);
            float[] unit = scales.get(name);
            env.put(name, unit == null ? v : v.mul(m.create(unit, v.getShape())));
        });
        constValues.forEach((name, v) -> env.put(name, m.create(v, new Shape(constDims.get(name)))));
        for (NodeProto n : nodes) {
            List<NDArray> in = new ArrayList<>();
            for (String s : n.inputs()) in.add(s.isEmpty() ? null : env.get(s));
            if (q != null && q.quantizesWeightsOf(n) && params.containsKey(n.input(1))) in.set(1, q.weight(in.get(1)));
            NDArray y = apply(n, in, m);
            String o = n.outputs().get(0);
            env.put(o, q == null ? y : q.activation(o, y));
        }
        NDList out = new NDList();
        for (String o : outputs) out.add(env.get(o));
        return out;
    }

    private NDArray apply(NodeProto n, List<NDArray> in, NDManager m) {
        NDArray a = in.get(0);
        return switch (n.opType()) {
            case "Conv" -> {
                long[] pads = n.intsAttr("pads");
                long[] strides = n.intsAttr("strides");
                long[] dil = n.intsAttr("dilations");
                int rank = (int) a.getShape().dimension() - 2;
                long[] sym = new long[rank];
                boolean symmetric = true;
                if (pads != null) {
                    for (int i = 0; i < rank; i++) {
                        sym[i] = pads[i];
                        symmetric &= pads[i] == pads[i + rank];
                    }
                    if (!symmetric) {
                        a = a.pad(torchPads(pads, rank), 0);
                        sym = new long[rank];
                    }
                }
                yield Conv2d.conv2d(a, in.get(1), in.size() > 2 ? in.get(2) : null, new Shape(strides != null ? strides : ones(rank)),
                        new Shape(sym), new Shape(dil != null ? dil : ones(rank)), (int) n.intAttr("group", 1)).singletonOrThrow();
            }
            case "Gemm" -> {
                NDArray x = n.intAttr("transA", 0) == 1 ? a.transpose() : a;
                NDArray w = n.intAttr("transB", 0) == 1 ? in.get(1).transpose() : in.get(1);
                NDArray y = x.matMul(w).mul(Scalars.of(x, n.floatAttr("alpha", 1f)));
                yield in.size() > 2 && in.get(2) != null ? y.add(in.get(2).mul(Scalars.of(x, n.floatAttr("beta", 1f)))) : y;
            }
            case "MatMul" -> a.matMul(in.get(1));
            case "BatchNormalization" -> {
                float eps = n.floatAttr("epsilon", 1e-5f);
                Shape c = new Shape(1, a.getShape().get(1), 1, 1);
                NDArray scale = in.get(1).div(in.get(4).add(Scalars.of(a, eps)).sqrt());
                yield a.sub(in.get(3).reshape(c)).mul(scale.reshape(c)).add(in.get(2).reshape(c));
            }
            case "Relu" -> Activation.relu(a);
            case "Sigmoid" -> Activation.sigmoid(a);
            case "HardSigmoid" -> a.mul(Scalars.of(a, n.floatAttr("alpha", 0.2f))).add(Scalars.of(a, n.floatAttr("beta", 0.5f))).clip(0, 1);
            case "DepthToSpace" -> {
                long bs = n.intAttr("blocksize", 1), b = a.getShape().get(0), c = a.getShape().get(1), h = a.getShape().get(2), w = a.getShape().get(3);
                boolean crd = n.stringAttr("mode", "DCR").equals("CRD");
                NDArray t = crd ? a.reshape(b, c / (bs * bs), bs, bs, h, w).transpose(0, 1, 4, 2, 5, 3)
                        : a.reshape(b, bs, bs, c / (bs * bs), h, w).transpose(0, 3, 4, 1, 5, 2);
                yield t.reshape(b, c / (bs * bs), h * bs, w * bs);
            }
            case "Clip" -> {
                float lo = n.attribute("min") != null ? n.floatAttr("min", 0) : in.size() > 1 && in.get(1) != null ? in.get(1).getFloat() : -Float.MAX_VALUE;
                float hi = n.attribute("max") != null ? n.floatAttr("max", 0) : in.size() > 2 && in.get(2) != null ? in.get(2).getFloat() : Float.MAX_VALUE;
                yield a.clip(lo, hi);
            }
            case "Add" -> a.add(in.get(1));
            case "Sub" -> a.sub(in.get(1));
            case "Mul" -> a.mul(in.get(1));
            case "Div" -> a.div(in.get(1));
            case "Pad" -> {
                long[] pads = n.inputs().size() > 1 ? intConstants.get(n.inputs().get(1)) : n.intsAttr("pads");
                float value = n.inputs().size() > 2 && in.get(2) != null ? in.get(2).getFloat() : n.floatAttr("value", 0f);
                yield a.pad(torchPads(pads, pads.length / 2), value);
            }
            case "MaxPool", "AveragePool" -> {
                long[] k = n.intsAttr("kernel_shape");
                long[] s = n.intsAttr("strides");
                long[] pads = n.intsAttr("pads");
                long[] p = new long[k.length];
                if (pads != null) for (int i = 0; i < k.length; i++) p[i] = pads[i];
                boolean ceil = n.intAttr("ceil_mode", 0) == 1;
                yield n.opType().equals("MaxPool") ? Pool.maxPool2d(a, new Shape(k), new Shape(s != null ? s : ones(k.length)), new Shape(p), ceil)
                        : Pool.avgPool2d(a, new Shape(k), new Shape(s != null ? s : ones(k.length)), new Shape(p), ceil,
                                n.intAttr("count_include_pad", 0) == 1);
            }
            case "GlobalAveragePool" -> a.mean(new int[] { 3 }, true).mean(new int[] { 2 }, true);
            case "Concat" -> {
                NDList all = new NDList();
                for (NDArray t : in) all.add(t);
                int axis = (int) n.intAttr("axis", 0);
                yield NDArrays.concat(all, axis < 0 ? axis + (int) a.getShape().dimension() : axis);
            }
            case "Transpose" -> {
                long[] perm = n.intsAttr("perm");
                int[] p = new int[perm.length];
                for (int i = 0; i < p.length; i++) p[i] = (int) perm[i];
                yield a.transpose(p);
            }
            case "Reshape" -> {
                long[] shape = intConstants.get(n.inputs().get(1)).clone();
                for (int i = 0; i < shape.length; i++) if (shape[i] == 0) shape[i] = a.getShape().get(i);
                yield a.reshape(new Shape(shape));
            }
            case "Flatten" -> {
                int axis = (int) n.intAttr("axis", 1);
                long outer = 1;
                for (int i = 0; i < axis; i++) outer *= a.getShape().get(i);
                yield a.reshape(outer, -1);
            }
            case "Identity" -> a;
            case "Resize" -> {
                // sizes (input 3) or scales (input 2) give the spatial size; batch and channels come from the input
                long[] sizes = n.inputs().size() > 3 && !n.input(3).isEmpty() ? intConstants.get(n.input(3)) : null;
                long h, w;
                if (sizes != null) {
                    h = sizes[sizes.length - 2];
                    w = sizes[sizes.length - 1];
                } else {
                    float[] sc = constValues.get(n.input(2));
                    h = (long) Math.floor(a.getShape().get(2) * sc[sc.length - 2]);
                    w = (long) Math.floor(a.getShape().get(3) * sc[sc.length - 1]);
                }
                int mode = n.stringAttr("mode", "nearest").equals("linear") ? 1 : 0; // DJL's Image.Interpolation: NEAREST, BILINEAR
                yield a.getNDArrayInternal().interpolation(new long[] { h, w }, mode, false);
            }
            case "Slice" -> {
                long[] starts = intConstants.get(n.input(1)), ends = intConstants.get(n.input(2));
                long[] axes = n.inputs().size() > 3 && !n.input(3).isEmpty() ? intConstants.get(n.input(3)) : null;
                long[] steps = n.inputs().size() > 4 && !n.input(4).isEmpty() ? intConstants.get(n.input(4)) : null;
                int rank = (int) a.getShape().dimension();
                long[] from = new long[rank], to = a.getShape().getShape().clone();
                for (int i = 0; i < starts.length; i++) {
                    if (steps != null && steps[i] != 1) throw new IllegalStateException("Slice with a step other than 1");
                    int axis = (int) (axes == null ? i : axes[i] < 0 ? axes[i] + rank : axes[i]);
                    long dim = a.getShape().get(axis);
                    from[axis] = Math.max(0, Math.min(dim, starts[i] < 0 ? starts[i] + dim : starts[i]));
                    to[axis] = Math.max(0, Math.min(dim, ends[i] < 0 ? ends[i] + dim : ends[i]));
                }
                ai.djl.ndarray.index.NDIndex index = new ai.djl.ndarray.index.NDIndex();
                for (int i = 0; i < rank; i++) index.addSliceDim(from[i], to[i]);
                yield a.get(index);
            }
            default -> throw new IllegalStateException(n.opType());
        };
    }

    /** ONNX pads [b0.., e0..] to PyTorch's order: the last axis first, (begin, end) pairs. */
    private static Shape torchPads(long[] pads, int rank) {
        long[] t = new long[2 * rank];
        for (int i = 0; i < rank; i++) {
            t[2 * i] = pads[rank - 1 - i];
            t[2 * i + 1] = pads[2 * rank - 1 - i];
        }
        return new Shape(t);
    }

    private static long[] ones(int n) {
        long[] o = new long[n];
        java.util.Arrays.fill(o, 1);
        return o;
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape[] shapes = new Shape[outputSamples.size()];
        for (int k = 0; k < shapes.length; k++) {
            long[] sample = outputSamples.get(k);
            long[] d = new long[sample.length + 1];
            d[0] = inputShapes[0].get(0);
            System.arraycopy(sample, 0, d, 1, sample.length);
            shapes[k] = new Shape(d);
        }
        return shapes;
    }

    @Override
    public void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    }
}
