package io.medli.train.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import io.medli.onnx.edit.EditException;
import io.medli.onnx.edit.ModelEdits;
import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.Dimension;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.ProtoCopy;
import io.medli.onnx.proto.TensorProto;
import io.medli.onnx.proto.TypeProto;
import io.medli.onnx.proto.ValueInfo;
import io.medli.train.OnnxClassifier;
import io.medli.train.TrainingException;
import io.medli.train.arch.OnnxExport;
import io.medli.train.data.DataException;
import io.medli.train.data.Dataset;

/**
 * A pretrained ONNX image model used as a frozen feature extractor: a preprocessing prologue
 * adapts the data's samples ([C, H, W] in [0, 1]) to what the model takes (scale, channels,
 * size, NHWC layout), and the graph is cut at a chosen tensor. Features are computed in ONNX
 * Runtime and cached; a trained head is appended to the same graph, so the final model takes the
 * data's own samples.
 */
public final class Backbone {
    static final String PREFIX = "medli_pre/";

    private final ModelProto model;
    private final String cut;

    private Backbone(ModelProto model, String cut) {
        this.model = model;
        this.cut = cut;
    }

    public ModelProto model() {
        return model;
    }

    /**
     * @param width, height size the backbone is fed at (0 = its declared input size)
     * @param scale factor from the data's [0, 1] to the backbone's pixel range (255 for models
     *        that take 0..255); a 4th (alpha) channel is filled with {@code scale}
     */
    public static Backbone prepare(ModelProto backbone, int[] sample, String cutTensor, int width, int height, float scale) throws TrainingException {
        if (sample.length != 3) {
            throw new TrainingException("transfer learning from an image backbone needs image samples [C, H, W], not " + Arrays.toString(sample));
        }
        ModelProto m = ProtoCopy.model(backbone);
        if (m.defaultOpset() < 11) throw new TrainingException("the backbone uses opset " + m.defaultOpset() + "; opset 11 or later is needed");
        GraphProto g = m.graph();
        Set<String> inits = new java.util.HashSet<>();
        g.initializers().forEach(t -> inits.add(t.name()));
        List<ValueInfo> inputs = g.inputs().stream().filter(v -> !inits.contains(v.name())).toList();
        if (inputs.size() != 1) throw new TrainingException("the backbone has " + inputs.size() + " inputs; an image backbone has one");
        ValueInfo in = inputs.get(0);
        if (in.type() == null || !in.type().hasShape() || in.type().shape().size() != 4) {
            throw new TrainingException("the backbone's input " + in.name() + " is not a [N, C, H, W] or [N, H, W, C] image tensor");
        }
        long[] d = new long[4];
        for (int i = 0; i < 4; i++) d[i] = in.type().shape().get(i).hasValue() ? in.type().shape().get(i).value() : -1;
        boolean nhwc = d[3] > 0 && d[3] <= 4 && (d[1] <= 0 || d[1] > 4);
        long channels = nhwc ? d[3] : d[1];
        long h = height > 0 ? height : nhwc ? d[1] : d[2], w = width > 0 ? width : nhwc ? d[2] : d[3];
        if (channels <= 0 || h <= 0 || w <= 0) {
            throw new TrainingException("the backbone's input " + in.name() + " has no fixed channels and size: give a backbone size (WxH)");
        }
        List<NodeProto> pre = new ArrayList<>();
        String x = "input";
        if (scale != 1f) x = node(pre, g, "Mul", List.of(x, constant(g, "scale", scale)), "scaled");
        int c = sample[0];
        if (c != channels) {
            List<String> parts = new ArrayList<>();
            if (c == 1 && (channels == 3 || channels == 4)) {
                parts.addAll(List.of(x, x, x));
            } else if (c == 3 && channels == 4) {
                parts.add(x);
            } else {
                throw new TrainingException("the samples have " + c + " channels but the backbone takes " + channels);
            }
            if (channels == 4) {
                String zero = node(pre, g, "Mul", List.of(c == 1 ? x : node(pre, g, "ReduceMax1", List.of(x), "first"), constant(g, "zero", 0f)), "zero");
                parts.add(node(pre, g, "Add", List.of(zero, constant(g, "alpha", scale)), "alpha"));
            }
            NodeProto cat = new NodeProto("Concat", PREFIX + "channels", parts, List.of(PREFIX + "channels_out"));
            cat.attributes().add(AttributeProto.ofInt("axis", 1));
            pre.add(cat);
            x = PREFIX + "channels_out";
        }
        if (sample[1] != h || sample[2] != w) {
            String shape = node(pre, g, "Shape", List.of(x), "shape");
            String nc = node(pre, g, "Slice", List.of(shape, ints(g, "nc_start", 0), ints(g, "nc_end", 2)), "nc");
            String sizes = node(pre, g, "Concat", List.of(nc, ints(g, "hw", h, w)), "sizes");
            pre.get(pre.size() - 1).attributes().add(AttributeProto.ofInt("axis", 0));
            String empty = PREFIX + "const/empty";
            g.initializers().add(new TensorProto().name(empty).dataType(DataType.FLOAT).dims(0).rawData(ByteBuffer.allocate(0)));
            String resized = node(pre, g, "Resize", List.of(x, empty, empty, sizes), "resized");
            pre.get(pre.size() - 1).attributes().add(AttributeProto.ofString("mode", "linear"));
            x = resized;
        }
        if (nhwc) {
            x = node(pre, g, "Transpose", List.of(x), "nhwc");
            pre.get(pre.size() - 1).attributes().add(AttributeProto.ofInts("perm", 0, 2, 3, 1));
        }
        // the prologue's last output takes the old input's name, so the backbone's nodes stay as they are
        pre.add(new NodeProto("Identity", PREFIX + "to_backbone", List.of(x), List.of(in.name())));
        g.nodes().addAll(0, pre);
        g.inputs().remove(in);
        g.inputs().add(0, new ValueInfo("input", TypeProto.tensor(DataType.FLOAT,
                List.of(Dimension.of("batch"), Dimension.of(sample[0]), Dimension.of(sample[1]), Dimension.of(sample[2])))));
        g.valueInfos().clear();
        try {
            ModelProto cutModel = ModelEdits.apply(m, ModelEdits.cutAt(cutTensor));
            return new Backbone(cutModel, cutTensor);
        } catch (EditException e) {
            throw new TrainingException("cannot cut the backbone at '" + cutTensor + "': " + e.getMessage(), e);
        }
    }

    /**
     * {@code model} as a whole, cut to {@code outputs} (several tensors may be matched at once), its
     * one input given a symbolic batch axis: for training a whole ONNX model in DJL.
     */
    public static Backbone of(ModelProto model, List<String> outputs) throws TrainingException {
        return of(model, outputs, 0, 0);
    }

    /** As above; an open height or width of an image input [N, C, H, W] becomes {@code height} or {@code width} (0 = must be set). */
    public static Backbone of(ModelProto model, List<String> outputs, int width, int height) throws TrainingException {
        Set<String> inits = new java.util.HashSet<>();
        model.graph().initializers().forEach(t -> inits.add(t.name()));
        List<ValueInfo> inputs = model.graph().inputs().stream().filter(v -> !inits.contains(v.name())).toList();
        if (inputs.size() != 1) throw new TrainingException("the model has " + inputs.size() + " inputs; training it in DJL needs one");
        ValueInfo in = inputs.get(0);
        if (in.type() == null || !in.type().hasShape() || in.type().shape().size() < 2) {
            throw new TrainingException("the model's input " + in.name() + " has no shape");
        }
        List<Object> dims = new ArrayList<>();
        dims.add("batch");
        for (int i = 1; i < in.type().shape().size(); i++) {
            Dimension d = in.type().shape().get(i);
            int given = in.type().shape().size() == 4 && i >= 2 ? (i == 2 ? height : width) : 0;
            if (!d.hasValue() && given > 0) {
                dims.add((long) given);
                continue;
            }
            if (!d.hasValue()) throw new TrainingException("the model's input " + in.name() + " has an open dimension " + i + "; give an image size");
            dims.add(d.value());
        }
        try {
            ModelProto m = ModelEdits.extract(model, List.of(in.name()), outputs);
            return new Backbone(ModelEdits.apply(m, ModelEdits.setInputShape(in.name(), dims)), String.join(", ", outputs));
        } catch (EditException e) {
            throw new TrainingException("cannot take the part of the model up to " + outputs + ": " + e.getMessage(), e);
        }
    }

    /**
     * Features of every sample of {@code data}, cached in {@code cacheDir} by backbone, cut,
     * preprocessing and data; a data set of the same labels with feature samples.
     */
    public Dataset features(Dataset data, Path cacheDir, String backboneKey, int threads, io.medli.onnx.progress.Monitor monitor)
            throws DataException, IOException {
        return run(model, cut, data, cacheDir, backboneKey, threads, monitor);
    }

    /** Outputs of {@code m} (a part of this backbone ending at {@code tensor}) for every sample, cached. */
    public static Dataset run(ModelProto m, String tensor, Dataset data, Path cacheDir, String backboneKey, int threads,
            io.medli.onnx.progress.Monitor monitor) throws DataException, IOException {
        String cut = tensor;
        ModelProto model = m;
        Path file = cacheDir.resolve("features-" + Integer.toHexString((backboneKey + "|" + cut).hashCode()) + "-"
                + data.fingerprint().substring(0, 16) + ".f32");
        Path shapeFile = cacheDir.resolve(file.getFileName() + ".shape");
        float[][] rows = FloatRows.read(file, data.size(), 0);
        int[] shape = null;
        if (rows != null && java.nio.file.Files.isRegularFile(shapeFile)) {
            shape = Arrays.stream(java.nio.file.Files.readString(shapeFile).trim().split(",")).mapToInt(Integer::parseInt).toArray();
        }
        if (rows == null || shape == null) {
            long[][] outShape = new long[1][];
            rows = OnnxClassifier.outputs(model, "the backbone", data, threads, monitor, outShape);
            if (rows == null) return null;
            shape = new int[outShape[0].length - 1];
            for (int i = 0; i < shape.length; i++) shape[i] = (int) outShape[0][i + 1];
            FloatRows.write(file, rows);
            java.nio.file.Files.writeString(shapeFile, String.join(",", Arrays.stream(shape).mapToObj(Integer::toString).toList()));
        }
        int size = rows[0].length;
        float[] flat = new float[rows.length * size];
        for (int i = 0; i < rows.length; i++) System.arraycopy(rows[i], 0, flat, i * size, size);
        int[] labels = new int[data.size()];
        for (int i = 0; i < labels.length; i++) labels[i] = data.label(i);
        return new Dataset(data.name() + " features at " + cut, shape, flat, labels, data.classes());
    }

    /**
     * The backbone split for training in DJL: a fixed stem (preprocessing, up to the input of the
     * first weighted node) run in ONNX Runtime, and the trainable body from there to the cut.
     */
    public record Split(ModelProto stem, String stemOutput, List<NodeProto> body, java.util.Map<String, TensorProto> trainable,
            java.util.Map<String, TensorProto> constants, java.util.Map<String, long[]> ints) {
    }

    private static final Set<String> WEIGHTED = Set.of("Conv", "Gemm", "MatMul", "BatchNormalization");

    /** @param from the tensor the trainable body starts at, or null for the input of the first weighted node */
    public Split split(String from) throws TrainingException, IOException {
        GraphProto g = model.graph();
        java.util.Map<String, TensorProto> inits = new java.util.LinkedHashMap<>();
        g.initializers().forEach(t -> inits.put(t.name(), t));
        String s;
        boolean fromInput = from != null && g.inputs().stream().anyMatch(v -> v.name().equals(from));
        if (from != null && !fromInput) {
            if (g.nodes().stream().noneMatch(n -> n.outputs().contains(from))) {
                throw new TrainingException("the backbone before '" + cut + "' computes no tensor '" + from + "' to train from");
            }
            s = from;
        } else if (fromInput) {
            s = from;
        } else {
            NodeProto first = g.nodes().stream().filter(n -> WEIGHTED.contains(n.opType()) && n.inputs().size() > 1 && inits.containsKey(n.input(1)))
                    .findFirst().orElseThrow(() -> new TrainingException("the backbone has no weighted layer (Conv, Gemm, MatMul) before '" + cut + "'"));
            s = first.input(0);
        }
        ModelProto stem;
        try {
            stem = fromInput ? null : ModelEdits.apply(model, ModelEdits.cutAt(s));
        } catch (EditException e) {
            throw new TrainingException("cannot split the backbone at " + s + ": " + e.getMessage(), e);
        }
        Set<String> stemTensors = new java.util.HashSet<>();
        if (stem != null) stem.graph().nodes().forEach(n -> stemTensors.addAll(n.outputs()));
        // the body: nodes fed (transitively) by the stem's output; side computations (pads from the
        // input's shape) stay out and are evaluated once below
        Set<String> reach = new java.util.HashSet<>(Set.of(s));
        List<NodeProto> body = new ArrayList<>();
        io.medli.onnx.shape.InferenceResult types = io.medli.onnx.shape.ShapeInference.infer(model);
        for (NodeProto n : g.nodes()) {
            if (stemTensors.containsAll(n.outputs())) continue;
            // integer results (Shape and what computes sizes from it) are evaluated once, below
            if (n.outputs().stream().allMatch(o -> List.of(DataType.INT64, DataType.INT32, DataType.BOOL).contains(types.type(o).elemType()))) continue;
            if (n.inputs().stream().anyMatch(reach::contains)) {
                body.add(n);
                reach.addAll(n.outputs());
            }
        }
        Set<String> produced = new java.util.HashSet<>();
        body.forEach(n -> produced.addAll(n.outputs()));
        java.util.Map<String, TensorProto> trainable = new java.util.LinkedHashMap<>(), constants = new java.util.LinkedHashMap<>();
        java.util.Map<String, long[]> ints = new java.util.LinkedHashMap<>();
        List<String> freeze = new ArrayList<>();
        for (NodeProto n : body) {
            for (int i = 0; i < n.inputs().size(); i++) {
                String in = n.inputs().get(i);
                if (in.isEmpty() || produced.contains(in) || in.equals(s)) continue;
                TensorProto t = inits.get(in);
                if (t == null) {
                    if (!freeze.contains(in)) freeze.add(in);
                } else if (t.dataType() == DataType.FLOAT) {
                    boolean learnable = WEIGHTED.contains(n.opType()) && (i == 1 || i == 2);
                    (learnable ? trainable : constants).put(in, t);
                } else if (t.dataType() == DataType.INT64 || t.dataType() == DataType.INT32) {
                    ints.put(in, longs(t));
                } else {
                    throw new TrainingException("the backbone's " + n.opType() + " node " + n.name() + " reads " + in + " of a type DJL training does not take");
                }
            }
        }
        // Resize reads only the spatial part of its sizes, so a batch axis in them does no harm
        Set<String> sizesOnly = new java.util.HashSet<>(freeze);
        for (NodeProto n : body) {
            for (int i = 0; i < n.inputs().size(); i++) if (!(n.opType().equals("Resize") && i == 3)) sizesOnly.remove(n.inputs().get(i));
        }
        ints.putAll(evaluate(freeze, sizesOnly));
        return new Split(stem, s, body, trainable, constants, ints);
    }

    /** Values of integer tensors the stem computes from the input's shape (pads, shapes): must not depend on the batch size. */
    private java.util.Map<String, long[]> evaluate(List<String> tensors, Set<String> batchAllowed) throws TrainingException, IOException {
        java.util.Map<String, long[]> out = new java.util.LinkedHashMap<>();
        if (tensors.isEmpty()) return out;
        ModelProto m = ProtoCopy.model(model);
        for (String t : tensors) m.graph().outputs().add(new ValueInfo(t, null));
        {
            ValueInfo input = m.graph().inputs().get(0);
            var shape = input.type().shape();
            long[] dims = new long[shape.size()];
            for (int i = 1; i < dims.length; i++) dims[i] = shape.get(i).value();
            List<java.util.Map<String, long[]>> runs = List.of(new java.util.LinkedHashMap<>(), new java.util.LinkedHashMap<>());
            try (var runner = io.medli.runtime.ModelRunner.open(m, io.medli.runtime.RunOptions.defaults().withOptimization("none"))) {
                for (int b = 1; b <= 2; b++) {
                    dims[0] = b;
                    long count = 1;
                    for (long d : dims) count *= d;
                    float[] zeros = new float[(int) count];
                    try (var t = ai.onnxruntime.OnnxTensor.createTensor(io.medli.runtime.ModelRunner.environment(), java.nio.FloatBuffer.wrap(zeros), dims);
                            var r = runner.run(java.util.Map.of(input.name(), t))) {
                        for (String name : tensors) {
                            Object v = r.get(name).orElseThrow().getValue();
                            if (!(v instanceof long[] l)) throw new TrainingException("the backbone computes " + name + " as a non-vector; DJL training cannot take it");
                            runs.get(b - 1).put(name, l);
                        }
                    }
                }
            } catch (io.medli.runtime.ModelRunException | ai.onnxruntime.OrtException e) {
                throw new TrainingException("cannot evaluate the backbone's shape computations: " + e.getMessage(), e);
            }
            for (String name : tensors) {
                long[] one = runs.get(0).get(name), two = runs.get(1).get(name);
                boolean batchOnly = batchAllowed.contains(name) && one.length == two.length && one.length > 0
                        && Arrays.equals(Arrays.copyOfRange(one, 1, one.length), Arrays.copyOfRange(two, 1, two.length));
                if (!Arrays.equals(one, two) && !batchOnly) {
                    throw new TrainingException("the backbone's " + name + " depends on the batch size; DJL training cannot take it");
                }
                out.put(name, runs.get(0).get(name));
            }
            return out;
        }
    }

    private static long[] longs(TensorProto t) throws TrainingException {
        try {
            double[] d = io.medli.onnx.TensorData.toDoubles(t, Integer.MAX_VALUE);
            long[] l = new long[d.length];
            for (int i = 0; i < d.length; i++) l[i] = (long) d[i];
            return l;
        } catch (IOException e) {
            throw new TrainingException("cannot read " + t.name() + ": " + e.getMessage(), e);
        }
    }

    /** This backbone with {@code weights} (by initializer name) in place of its own. */
    public Backbone withWeights(java.util.Map<String, float[]> weights) {
        return new Backbone(withWeights(model, weights), cut);
    }

    /** A copy of {@code model} with {@code weights} (float, by initializer name) in place of its own. */
    public static ModelProto withWeights(ModelProto model, java.util.Map<String, float[]> weights) {
        ModelProto m = ProtoCopy.model(model);
        List<TensorProto> inits = m.graph().initializers();
        for (int i = 0; i < inits.size(); i++) {
            float[] v = weights.get(inits.get(i).name());
            if (v == null) continue;
            ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
            b.asFloatBuffer().put(v);
            TensorProto old = inits.get(i);
            inits.set(i, new TensorProto().name(old.name()).dataType(DataType.FLOAT).dims(old.dims()).rawData(b));
        }
        return m;
    }

    /** Backbone and trained head as one model: the head's input is the cut tensor. */
    public ModelProto merge(ModelProto head) {
        ModelProto m = ProtoCopy.model(model);
        GraphProto g = m.graph();
        GraphProto h = head.graph();
        java.util.function.UnaryOperator<String> rename = n -> n.equals(OnnxExport.INPUT) ? cut : n.equals(OnnxExport.OUTPUT) ? n : "head/" + n;
        for (TensorProto t : h.initializers()) g.initializers().add(t.name(rename.apply(t.name())));
        for (NodeProto n : h.nodes()) {
            NodeProto c = new NodeProto(n.opType(), "head/" + n.name(), n.inputs().stream().map(rename).toList(),
                    n.outputs().stream().map(rename).toList());
            c.attributes().addAll(n.attributes());
            g.nodes().add(c);
        }
        g.outputs().clear();
        g.outputs().addAll(h.outputs());
        for (var e : head.metadataProps()) m.metadataProps().add(e);
        return m;
    }

    private static String node(List<NodeProto> pre, GraphProto g, String op, List<String> in, String name) {
        String out = PREFIX + name;
        if (op.equals("ReduceMax1")) { // the first channel, as a [N, 1, H, W] template for a filled channel
            NodeProto s = new NodeProto("Slice", PREFIX + name, List.of(in.get(0), ints(g, name + "_s", 0), ints(g, name + "_e", 1), ints(g, name + "_a", 1)),
                    List.of(out));
            pre.add(s);
            return out;
        }
        pre.add(new NodeProto(op, PREFIX + name, in, List.of(out)));
        return out;
    }

    private static String constant(GraphProto g, String name, float v) {
        String n = PREFIX + "const/" + name;
        ByteBuffer b = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(v);
        b.flip();
        g.initializers().add(new TensorProto().name(n).dataType(DataType.FLOAT).dims(new long[0]).rawData(b));
        return n;
    }

    private static String ints(GraphProto g, String name, long... v) {
        String n = PREFIX + "const/" + name;
        g.initializers().add(new TensorProto().name(n).dataType(DataType.INT64).dims(v.length).int64Data(v));
        return n;
    }
}
