package io.medli.recipe.templates;

import java.util.List;

import io.medli.compress.data.ModelInput;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.Dimension;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.ValueInfo;

/** What a model is, as far as its inputs and outputs tell: it decides a new recipe's defaults. */
public enum ModelKind {
    /** One image in, one score per class out. */
    CLASSIFIER("image classifier"),
    /** One image in, boxes and scores (several outputs) or a sequence (one output of rank 3) out. */
    DETECTOR("object detector or recogniser"),
    /** One image in, a map out (segmentation, lines, depth...). */
    DENSE("image-to-map model"),
    /** Token ids, or a sequence of feature vectors, in. */
    SEQUENCE("sequence model"),
    OTHER("model");

    private final String words;

    ModelKind(String words) {
        this.words = words;
    }

    @Override
    public String toString() {
        return words;
    }

    public static ModelKind of(ModelProto model) {
        List<ModelInput> in = ModelInput.of(model);
        if (in.isEmpty()) return OTHER;
        boolean ids = in.stream().anyMatch(i -> i.elemType() == DataType.INT64 || i.elemType() == DataType.INT32);
        if (ids || in.get(0).dims() != null && in.get(0).dims().length == 3) return SEQUENCE;
        if (in.size() != 1 || in.get(0).dims() == null || in.get(0).dims().length != 4) return OTHER;
        long[] d = in.get(0).dims();
        if (!(channels(d[1]) || channels(d[3]))) return OTHER;
        List<ValueInfo> out = model.graph().outputs();
        if (out.size() > 1) return DETECTOR;
        int rank = rank(out.get(0));
        if (rank == 2) return CLASSIFIER;
        if (rank == 4 && trailingOnes(out.get(0))) return CLASSIFIER;
        return rank == 3 ? DETECTOR : DENSE;
    }

    private static boolean channels(long c) {
        return c == 1 || c == 3 || c == 4;
    }

    private static int rank(ValueInfo v) {
        return v.type() == null || !v.type().hasShape() ? -1 : v.type().shape().size();
    }

    private static boolean trailingOnes(ValueInfo v) {
        List<Dimension> d = v.type().shape();
        return d.get(2).hasValue() && d.get(2).value() == 1 && d.get(3).hasValue() && d.get(3).value() == 1;
    }
}
