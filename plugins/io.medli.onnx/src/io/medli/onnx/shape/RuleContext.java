package io.medli.onnx.shape;

import java.util.ArrayList;
import java.util.List;

import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.TensorProto;

/** The node a rule infers, its scope and opset, and the helpers every family of rules uses. */
abstract class RuleContext {
    final NodeProto n;
    final ShapeInference.Scope scope;
    final long opset;
    final ShapeInference engine;
    final int depth;

    RuleContext(NodeProto n, ShapeInference.Scope scope, long opset, ShapeInference engine, int depth) {
        this.n = n;
        this.scope = scope;
        this.opset = opset == 0 ? 21 : opset;
        this.engine = engine;
        this.depth = depth;
    }


    TensorType in(int i) {
        TensorType t = scope.type(n.input(i));
        return t == null ? TensorType.UNKNOWN : t;
    }

    boolean has(int i) {
        return !n.input(i).isEmpty();
    }

    Dim[] val(int i) {
        return scope.value(n.input(i));
    }

    void setValue(int out, Dim[] v) {
        if (v != null && out < n.outputs().size() && v.length <= ShapeInference.MAX_VALUE_ELEMENTS) {
            scope.values.put(n.outputs().get(out), v);
        }
    }

    AttributeProto attr(String name) {
        AttributeProto a = n.attribute(name);
        if (a != null && a.refAttrName() != null && scope.callerAttrs != null) {
            return scope.callerAttrs.get(a.refAttrName());
        }
        return a;
    }

    long intAttr(String name, long dflt) {
        AttributeProto a = attr(name);
        return a == null || !a.hasI() ? dflt : a.i();
    }

    long[] intsAttr(String name) {
        AttributeProto a = attr(name);
        return a == null || a.rawInts() == null ? null : a.ints();
    }

    String strAttr(String name, String dflt) {
        AttributeProto a = attr(name);
        return a == null || a.s() == null ? dflt : a.sAsString();
    }

    /** Known integers of a value, or null if any is not a known constant. */
    static long[] longs(Dim[] v) {
        if (v == null) return null;
        long[] out = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            if (!v[i].isKnown()) return null;
            out[i] = v[i].value();
        }
        return out;
    }

    /** Known ints from an input (opset >= 13 style) or else from an attribute. */
    long[] intsFromInputOrAttr(int input, String attrName) {
        if (has(input)) return longs(val(input));
        return intsAttr(attrName);
    }

    static List<TensorType> one(TensorType t) {
        List<TensorType> l = new ArrayList<>(1);
        l.add(t);
        return l;
    }

    static int axis(long a, int rank) {
        return (int) (a < 0 ? a + rank : a);
    }

    static List<Dim> dims(long... d) {
        List<Dim> l = new ArrayList<>();
        for (long x : d) l.add(Dim.of(x));
        return l;
    }

    static List<Dim> unknownDims(int rank) {
        List<Dim> l = new ArrayList<>();
        for (int i = 0; i < rank; i++) l.add(Dim.unknown());
        return l;
    }

    TensorType broadcastAll(int from, int to, int elemType) {
        List<Dim> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (!has(i)) continue;
            TensorType t = in(i);
            if (!t.hasShape()) return new TensorType(elemType, null);
            out = broadcast(out, t.dims());
        }
        return new TensorType(elemType, out);
    }

    static List<Dim> broadcast(List<Dim> a, List<Dim> b) {
        int r = Math.max(a.size(), b.size());
        List<Dim> out = new ArrayList<>(r);
        for (int i = 0; i < r; i++) {
            int ia = a.size() - r + i, ib = b.size() - r + i;
            Dim da = ia >= 0 ? a.get(ia) : Dim.of(1);
            Dim db = ib >= 0 ? b.get(ib) : Dim.of(1);
            out.add(Dim.broadcast(da, db));
        }
        return out;
    }

    TensorType sameAs(int i) {
        return in(i);
    }

    TensorProto constantTensor(String name) {
        return scope.tensor(name);
    }

    /** The same node and scope, for a rule of another family. */
    RuleContext(RuleContext c) {
        this.n = c.n;
        this.scope = c.scope;
        this.opset = c.opset;
        this.engine = c.engine;
        this.depth = c.depth;
    }
}
