package io.medli.compress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OrtSession;
import io.medli.onnx.edit.EditException;
import io.medli.onnx.edit.OpsetConversion;
import io.medli.onnx.proto.ModelProto;

/**
 * The graph as static quantization wants it, made by ONNX Runtime's basic optimizations (as its
 * own quantization pre-processing does): weights held in Constant nodes (exports from Paddle and
 * TensorFlow) become initializers, so the quantizer sees them as weights; BatchNormalization is
 * folded into the convolution before it, so one int8 convolution replaces a convolution whose
 * output range the normalization would stretch; constant subgraphs are folded. The function stays
 * the same; the input model is not modified.
 */
public final class QuantizationPrep {
    /** The prepared model and what changed, for the report. */
    public record Prepared(ModelProto model, List<String> notes) {
    }

    private QuantizationPrep() {
    }

    public static Prepared prepare(ModelProto model) throws QuantizationException {
        ModelProto out = GraphOptimizer.savedByRuntime(model, OrtSession.SessionOptions.OptLevel.BASIC_OPT);
        // the runtime imports every domain it knows; keep those the model had or uses, or other runtimes may refuse it
        java.util.Set<String> keep = new java.util.HashSet<>();
        for (var o : model.opsetImports()) keep.add(o.domain());
        io.medli.onnx.proto.ProtoWalk.graphs(out, g -> g.nodes().forEach(n -> keep.add(n.domain())));
        out.opsetImports().removeIf(o -> !keep.contains(o.domain()));
        Map<String, Integer> before = GraphOptimizer.counts(model), after = GraphOptimizer.counts(out);
        List<String> notes = new ArrayList<>();
        notes.add(null);
        out = foldAffine(out, notes);
        for (String e : DynamicQuantizer.errors(out)) {
            if (!DynamicQuantizer.errors(model).contains(e)) throw new QuantizationException("the prepared model does not validate: " + e);
        }
        List<String> changes = new ArrayList<>();
        int bn = before.getOrDefault("BatchNormalization", 0) - after.getOrDefault("BatchNormalization", 0);
        int constants = before.getOrDefault("Constant", 0) - after.getOrDefault("Constant", 0);
        int nodes = total(before) - total(after) - bn - constants;
        if (bn > 0) changes.add(bn + " BatchNormalization folded into convolutions");
        if (constants > 0) changes.add(constants + " Constant nodes made initializers");
        if (nodes > 0) changes.add(nodes + " other nodes folded or removed");
        notes.set(0, "prepared by ONNX Runtime's basic optimizations: " + (changes.isEmpty() ? "nothing to change" : String.join(", ", changes)));
        return new Prepared(out, List.copyOf(notes));
    }

    /** {@link AffineFolding} on {@code model}, raised to opset 14 first when written-out hard-swishes can become HardSwish. */
    private static ModelProto foldAffine(ModelProto model, List<String> notes) throws QuantizationException {
        boolean fuse = model.defaultOpset() >= 14;
        if (!fuse && model.defaultOpset() >= 7 && AffineFolding.hardSwishPatterns(model.graph()) > 0) {
            try {
                long from = model.defaultOpset();
                model = OpsetConversion.to(model, 14);
                fuse = true;
                notes.add("opset raised from " + from + " to 14 for HardSwish");
            } catch (EditException e) {
                notes.add("hard-swishes stay written out: the model cannot be raised to opset 14 (" + e.getMessage() + ")");
            }
        }
        try {
            AffineFolding.Result r = AffineFolding.apply(model.graph(), fuse);
            List<String> parts = new ArrayList<>();
            if (r.intoPreceding() > 0) parts.add(r.intoPreceding() + " constant scales and shifts folded into the convolution before them");
            if (r.intoFollowing() > 0) parts.add(r.intoFollowing() + " into the convolutions after them");
            if (r.hardSwishes() > 0) parts.add(r.hardSwishes() + " written-out hard-swishes made HardSwish");
            if (!parts.isEmpty()) notes.add("fewer activations to round: " + String.join(", ", parts));
            Int8Lowering.Result l = Int8Lowering.apply(model.graph(), model.defaultOpset());
            List<String> lowered = new ArrayList<>();
            if (l.hardSwishes() > 0) lowered.add(l.hardSwishes() + " HardSwish as Add, Clip and Mul (their 1/6 folded into the convolutions after them)");
            if (l.convTransposes() > 0) lowered.add(l.convTransposes() + " ConvTranspose as 1x1 Conv and DepthToSpace");
            if (!lowered.isEmpty()) {
                AffineFolding.apply(model.graph(), false);
                notes.add("rewritten for int8 kernels: " + String.join(", ", lowered));
            }
        } catch (java.io.IOException e) {
            throw new QuantizationException("cannot read a weight while folding scales into convolutions: " + e.getMessage());
        }
        return model;
    }

    private static int total(Map<String, Integer> counts) {
        int n = 0;
        for (int c : counts.values()) n += c;
        return n;
    }
}
