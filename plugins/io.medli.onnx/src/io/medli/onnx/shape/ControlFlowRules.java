package io.medli.onnx.shape;

import java.util.ArrayList;
import java.util.List;

import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.ValueInfo;

/** Recurrent layers and control flow (If, Loop, Scan): outputs from the bodies, inferred with their outer scope. */
final class ControlFlowRules extends RuleContext {
    ControlFlowRules(RuleContext c) {
        super(c);
    }

    List<TensorType> recurrent(String op) {
        TensorType x = in(0);
        long hidden = intAttr("hidden_size", -1);
        String dir = strAttr("direction", "forward");
        long dirs = dir.equals("bidirectional") ? 2 : 1;
        int type = x.elemType();
        Dim h = hidden > 0 ? Dim.of(hidden) : Dim.unknown();
        if (hidden <= 0 && in(2).hasShape() && in(2).rank() == 3) {
            Dim r = in(2).dim(2); // R: [dirs, gates*hidden, hidden]
            h = r;
        }
        if (!x.hasShape() || x.rank() != 3) {
            return List.of(new TensorType(type, null), new TensorType(type, null), new TensorType(type, null));
        }
        boolean batchFirst = intAttr("layout", 0) != 0;
        Dim seq = batchFirst ? x.dim(1) : x.dim(0), batch = batchFirst ? x.dim(0) : x.dim(1);
        Dim nd = Dim.of(dirs);
        TensorType y = new TensorType(type, batchFirst ? List.of(batch, seq, nd, h) : List.of(seq, nd, batch, h));
        TensorType yh = new TensorType(type, batchFirst ? List.of(batch, nd, h) : List.of(nd, batch, h));
        return op.equals("LSTM") ? List.of(y, yh, yh) : List.of(y, yh);
    }

    GraphProto graphAttr(String name) {
        AttributeProto a = attr(name);
        return a == null ? null : a.g();
    }

    List<TensorType> ifBranches() {
        GraphProto then = graphAttr("then_branch"), els = graphAttr("else_branch");
        List<TensorType> a = subgraphOutputs(then, List.of());
        List<TensorType> b = subgraphOutputs(els, List.of());
        List<TensorType> out = new ArrayList<>();
        for (int i = 0; i < n.outputs().size(); i++) {
            TensorType x = i < a.size() ? a.get(i) : TensorType.UNKNOWN, y = i < b.size() ? b.get(i) : TensorType.UNKNOWN;
            out.add(unify(x, y));
        }
        return out;
    }

    /** What two branches agree on. */
    static TensorType unify(TensorType a, TensorType b) {
        if (a.equals(b)) return a;
        int type = a.elemType() == b.elemType() ? a.elemType() : 0;
        if (!a.hasShape() || !b.hasShape() || a.rank() != b.rank()) return new TensorType(type, null);
        List<Dim> d = new ArrayList<>();
        for (int i = 0; i < a.rank(); i++) d.add(a.dim(i).equals(b.dim(i)) ? a.dim(i) : Dim.unknown());
        return new TensorType(type, d);
    }

    List<TensorType> loop() {
        GraphProto body = graphAttr("body");
        int carried = Math.max(0, n.inputs().size() - 2);
        List<TensorType> bodyIns = new ArrayList<>();
        bodyIns.add(TensorType.of(DataType.INT64));
        bodyIns.add(TensorType.of(DataType.BOOL));
        for (int i = 0; i < carried; i++) bodyIns.add(in(i + 2));
        List<TensorType> outs = subgraphOutputs(body, bodyIns);
        List<TensorType> res = new ArrayList<>();
        for (int i = 0; i < n.outputs().size(); i++) {
            int bi = i + 1; // body outputs: cond, carried..., scan outputs...
            TensorType t = bi < outs.size() ? outs.get(bi) : TensorType.UNKNOWN;
            if (i >= carried) {
                List<Dim> d = new ArrayList<>();
                d.add(Dim.unknown());
                if (t.hasShape()) d.addAll(t.dims());
                t = new TensorType(t.elemType(), t.hasShape() ? d : null);
            }
            res.add(t);
        }
        return res;
    }

    /**
     * Scan-8 takes sequence_lens first and a batch axis before the sequence axis; from 9 there is no
     * batch, and scan_input_axes / scan_output_axes say where the sequence axis is (default 0).
     */
    List<TensorType> scan() {
        GraphProto body = graphAttr("body");
        int numScan = (int) intAttr("num_scan_inputs", 0);
        boolean batched = opset < 9;
        int first = batched ? 1 : 0;
        int states = Math.max(0, n.inputs().size() - first - numScan);
        long[] inAxes = intsAttr("scan_input_axes"), outAxes = intsAttr("scan_output_axes");
        List<TensorType> bodyIns = new ArrayList<>();
        Dim seq = Dim.unknown(), batch = Dim.unknown();
        for (int i = first; i < n.inputs().size(); i++) {
            TensorType t = in(i);
            int j = i - first;
            if (t.hasShape()) {
                List<Dim> d = new ArrayList<>(t.dims());
                if (batched && !d.isEmpty()) batch = d.remove(0);
                if (j >= states && !d.isEmpty()) {
                    int ax = batched || inAxes == null || j - states >= inAxes.length ? 0 : axis(inAxes[j - states], d.size());
                    if (ax >= 0 && ax < d.size()) seq = d.remove(ax);
                }
                t = t.withDims(d);
            }
            bodyIns.add(t);
        }
        List<TensorType> outs = subgraphOutputs(body, bodyIns);
        List<TensorType> res = new ArrayList<>();
        for (int i = 0; i < n.outputs().size(); i++) {
            TensorType t = i < outs.size() ? outs.get(i) : TensorType.UNKNOWN;
            if (t.hasShape()) {
                List<Dim> d = new ArrayList<>(t.dims());
                if (i >= states) {
                    int ax = batched || outAxes == null || i - states >= outAxes.length ? 0 : axis(outAxes[i - states], d.size() + 1);
                    d.add(Math.max(0, Math.min(ax, d.size())), seq);
                }
                if (batched) d.add(0, batch);
                t = t.withDims(d);
            }
            res.add(t);
        }
        return res;
    }

    /** Infers a subgraph (with its inputs' types where the file leaves them out) and returns its outputs' types. */
    List<TensorType> subgraphOutputs(GraphProto g, List<TensorType> inputTypes) {
        if (g == null) return List.of();
        ShapeInference.Scope sub = new ShapeInference.Scope(scope, engine.partial().typesOf(g), scope.callerAttrs);
        for (int i = 0; i < Math.min(inputTypes.size(), g.inputs().size()); i++) {
            ValueInfo v = g.inputs().get(i);
            TensorType declared = TensorType.of(v.type());
            sub.types.put(v.name(), ShapeInference.merge(declared, inputTypes.get(i)));
        }
        engine.inferGraph(g, sub, depth + 1);
        List<TensorType> outs = new ArrayList<>();
        for (ValueInfo v : g.outputs()) {
            TensorType t = sub.types.get(v.name());
            if (t == null) t = scope.type(v.name());
            outs.add(t == null ? TensorType.UNKNOWN : t);
        }
        return outs;
    }
}
