package io.medli.onnx.shape;

import java.util.ArrayList;
import java.util.List;

import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.NodeProto;

/**
 * Rules for the operators that {@link OpRules} leaves out: losses, the training optimizers
 * (ai.onnx.preview.training), signal processing, sampling and region operators. Null for an
 * operator without a rule.
 */
final class MoreOpRules {
    private final OpRules r;
    private final NodeProto n;
    private final long opset;

    MoreOpRules(OpRules r, NodeProto n, long opset) {
        this.r = r;
        this.n = n;
        this.opset = opset;
    }

    List<TensorType> infer() {
        switch (n.opType()) {
            case "SoftmaxCrossEntropyLoss", "NegativeLogLikelihoodLoss" -> {
                return loss();
            }
            case "Adam", "Adagrad", "Momentum" -> {
                return optimizer();
            }
            case "Bernoulli" -> {
                TensorType x = r.in(0);
                return OpRules.one(x.withElemType((int) r.intAttr("dtype", x.elemType())));
            }
            case "ReverseSequence" -> {
                return OpRules.one(r.sameAs(0));
            }
            case "OptionalHasElement" -> {
                return OpRules.one(TensorType.of(DataType.BOOL));
            }
            case "SequenceLength" -> {
                return OpRules.one(TensorType.of(DataType.INT64));
            }
            case "TfIdfVectorizer" -> {
                return tfIdf();
            }
            case "RoiAlign" -> {
                TensorType x = r.in(0), rois = r.in(1);
                if (!x.hasShape() || x.rank() != 4) return OpRules.one(new TensorType(x.elemType(), null));
                Dim count = rois.hasShape() && rois.rank() == 2 ? rois.dim(0) : Dim.unknown();
                return OpRules.one(new TensorType(x.elemType(), List.of(count, x.dim(1), Dim.of(r.intAttr("output_height", 1)),
                        Dim.of(r.intAttr("output_width", 1)))));
            }
            case "GridSample" -> {
                TensorType x = r.in(0), grid = r.in(1);
                if (!x.hasShape() || !grid.hasShape() || grid.rank() != x.rank()) return OpRules.one(new TensorType(x.elemType(), null));
                List<Dim> d = new ArrayList<>(List.of(x.dim(0), x.dim(1)));
                d.addAll(grid.dims().subList(1, grid.rank() - 1));
                return OpRules.one(new TensorType(x.elemType(), d));
            }
            case "MaxUnpool" -> {
                return maxUnpool();
            }
            case "DFT" -> {
                return dft();
            }
            default -> {
                return null;
            }
        }
    }

    /** Per-element losses ([N, d1, ...]) with reduction none, else a scalar; SoftmaxCrossEntropyLoss's log_prob is shaped like the scores. */
    private List<TensorType> loss() {
        TensorType scores = r.in(0), labels = r.in(1);
        TensorType loss;
        if (!r.strAttr("reduction", "mean").equals("none")) loss = new TensorType(scores.elemType(), List.of());
        else if (labels.hasShape()) loss = labels.withElemType(scores.elemType());
        else if (scores.hasShape() && scores.rank() >= 2) {
            List<Dim> d = new ArrayList<>(scores.dims());
            d.remove(1);
            loss = new TensorType(scores.elemType(), d);
        } else loss = new TensorType(scores.elemType(), null);
        return n.opType().equals("SoftmaxCrossEntropyLoss") ? List.of(loss, scores) : OpRules.one(loss);
    }

    /**
     * Adagrad/Momentum (R, T, X..., G..., H|V...) and Adam (R, T, X..., G..., V..., H...): each new
     * tensor has the shape of the one it replaces.
     */
    private List<TensorType> optimizer() {
        int groups = n.opType().equals("Adam") ? 4 : 3;
        int count = (n.inputs().size() - 2) / groups;
        List<TensorType> out = new ArrayList<>();
        for (int o = 0; o < n.outputs().size(); o++) {
            int g = count == 0 ? 0 : o / count, k = count == 0 ? 0 : o % count;
            int source = 2 + (g == 0 ? 0 : g + 1) * count + k;
            out.add(source < n.inputs().size() ? r.in(source) : TensorType.UNKNOWN);
        }
        return out;
    }

    private List<TensorType> tfIdf() {
        TensorType x = r.in(0);
        long[] idx = r.intsAttr("ngram_indexes");
        long size = 0;
        if (idx != null) for (long i : idx) size = Math.max(size, i + 1);
        Dim width = idx == null ? Dim.unknown() : Dim.of(size);
        if (!x.hasShape()) return OpRules.one(new TensorType(DataType.FLOAT, null));
        return OpRules.one(new TensorType(DataType.FLOAT, x.rank() == 2 ? List.of(x.dim(0), width) : List.of(width)));
    }

    /** Without output_shape: (in - 1) * stride - pad_begin - pad_end + kernel per spatial axis. */
    private List<TensorType> maxUnpool() {
        TensorType x = r.in(0);
        if (!x.hasShape() || x.rank() < 3) return OpRules.one(new TensorType(x.elemType(), null));
        int spatial = x.rank() - 2;
        if (n.inputs().size() > 2 && r.has(2)) {
            long[] s = OpRules.longs(r.val(2));
            return OpRules.one(new TensorType(x.elemType(), s == null ? OpRules.unknownDims(x.rank()) : dimsOf(s)));
        }
        long[] k = r.intsAttr("kernel_shape"), strides = r.intsAttr("strides"), pads = r.intsAttr("pads");
        if (k == null || k.length != spatial) return OpRules.one(new TensorType(x.elemType(), null));
        List<Dim> d = new ArrayList<>(List.of(x.dim(0), x.dim(1)));
        for (int i = 0; i < spatial; i++) {
            Dim in = x.dim(2 + i);
            long stride = strides == null ? 1 : strides[i], pad = pads == null ? 0 : pads[i] + pads[i + spatial];
            d.add(in.isKnown() ? Dim.of((in.value() - 1) * stride - pad + k[i]) : Dim.unknown());
        }
        return OpRules.one(new TensorType(x.elemType(), d));
    }

    /**
     * DFT: the last axis holds (real) or (real, imaginary) and becomes 2; the transformed axis
     * (attribute before opset 20, input 2 from 20) takes dft_length, halved plus one when onesided.
     */
    private List<TensorType> dft() {
        TensorType x = r.in(0);
        if (!x.hasShape() || x.rank() < 2) return OpRules.one(new TensorType(x.elemType(), null));
        long axis;
        if (opset >= 20) {
            long[] a = n.inputs().size() > 2 && r.has(2) ? OpRules.longs(r.val(2)) : new long[] { -2 };
            if (a == null || a.length != 1) return OpRules.one(new TensorType(x.elemType(), OpRules.unknownDims(x.rank())));
            axis = a[0];
        } else {
            axis = r.intAttr("axis", 1);
        }
        int ax = OpRules.axis(axis, x.rank());
        if (ax < 0 || ax >= x.rank() - 1) return OpRules.one(new TensorType(x.elemType(), OpRules.unknownDims(x.rank())));
        List<Dim> d = new ArrayList<>(x.dims());
        Dim length = x.dim(ax);
        if (n.inputs().size() > 1 && r.has(1)) {
            long[] l = OpRules.longs(r.val(1));
            length = l != null && l.length <= 1 ? Dim.of(l.length == 0 ? -1 : l[0]) : Dim.unknown();
        }
        if (r.intAttr("onesided", 0) == 1) length = length.isKnown() ? Dim.of(length.value() / 2 + 1) : Dim.unknown();
        d.set(ax, length);
        d.set(x.rank() - 1, Dim.of(2));
        return OpRules.one(new TensorType(x.elemType(), d));
    }

    private static List<Dim> dimsOf(long[] v) {
        List<Dim> l = new ArrayList<>();
        for (long x : v) l.add(Dim.of(x));
        return l;
    }
}
