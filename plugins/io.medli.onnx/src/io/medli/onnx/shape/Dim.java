package io.medli.onnx.shape;

import java.util.Map;
import java.util.TreeMap;

/**
 * A tensor dimension: a known size, a symbolic size (a product of named symbols times a
 * constant, e.g. {@code batch*seq} or {@code 12*seq}), or unknown. Products and exact quotients
 * stay symbolic, so reshapes like {@code [batch, seq, 384] -> [batch*seq, 384]} keep their names.
 */
public final class Dim {
    private static final Dim UNKNOWN = new Dim(0, null);

    private final long coef;
    /** symbol -> exponent; null for unknown, empty for a known constant. */
    private final TreeMap<String, Integer> symbols;

    private Dim(long coef, TreeMap<String, Integer> symbols) {
        this.coef = coef;
        this.symbols = symbols;
    }

    public static Dim of(long value) {
        return value < 0 ? UNKNOWN : new Dim(value, new TreeMap<>());
    }

    /** A known integer that may be negative: for evaluated shape tensors (-1 in Reshape, axes). */
    static Dim constant(long value) {
        return new Dim(value, new TreeMap<>());
    }

    public static Dim symbol(String name) {
        if (name == null || name.isEmpty()) return UNKNOWN;
        TreeMap<String, Integer> s = new TreeMap<>();
        s.put(name, 1);
        return new Dim(1, s);
    }

    public static Dim unknown() {
        return UNKNOWN;
    }

    public boolean isKnown() { return symbols != null && symbols.isEmpty(); }
    public boolean isSymbolic() { return symbols != null && !symbols.isEmpty(); }
    public boolean isUnknown() { return symbols == null; }

    /** The value of a known dimension. */
    public long value() {
        if (!isKnown()) throw new IllegalStateException(this + " is not a known size");
        return coef;
    }

    /** The value with symbols bound from {@code bindings} (missing ones are 1); -1 when unknown. */
    public long evaluate(Map<String, Long> bindings) {
        if (symbols == null) return -1;
        long v = coef;
        for (Map.Entry<String, Integer> e : symbols.entrySet()) {
            long b = bindings.getOrDefault(e.getKey(), 1L);
            for (int i = 0; i < e.getValue(); i++) v = safeMul(v, b);
        }
        return v;
    }

    private static long safeMul(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    public Dim times(Dim o) {
        if (isUnknown() || o.isUnknown()) return UNKNOWN;
        TreeMap<String, Integer> s = new TreeMap<>(symbols);
        o.symbols.forEach((k, v) -> s.merge(k, v, Integer::sum));
        long c = safeMul(coef, o.coef);
        return c == 0 ? of(0) : new Dim(c, s);
    }

    /** The exact quotient, or unknown when it is not a whole monomial. */
    public Dim dividedBy(Dim o) {
        if (isUnknown() || o.isUnknown() || o.coef == 0 || coef % o.coef != 0) return UNKNOWN;
        TreeMap<String, Integer> s = new TreeMap<>(symbols);
        for (Map.Entry<String, Integer> e : o.symbols.entrySet()) {
            int left = s.getOrDefault(e.getKey(), 0) - e.getValue();
            if (left < 0) return UNKNOWN;
            if (left == 0) s.remove(e.getKey()); else s.put(e.getKey(), left);
        }
        return new Dim(coef / o.coef, s);
    }

    /** Sum: known only when both are known, or when both are the same monomial. */
    public Dim plus(Dim o) {
        if (isKnown() && o.isKnown()) return of(coef + o.coef);
        if (isSymbolic() && o.isSymbolic() && symbols.equals(o.symbols)) return new Dim(coef + o.coef, symbols);
        if (isKnown() && coef == 0) return o;
        if (o.isKnown() && o.coef == 0) return this;
        return UNKNOWN;
    }

    /** Broadcast of two dimensions (numpy rules); unknown when they cannot be decided. */
    public static Dim broadcast(Dim a, Dim b) {
        if (a.equals(b)) return a;
        if (a.isKnown() && a.coef == 1) return b;
        if (b.isKnown() && b.coef == 1) return a;
        if (a.isKnown() && !b.isKnown()) return a;
        if (b.isKnown() && !a.isKnown()) return b;
        return UNKNOWN;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dim d && d.symbols != null && symbols != null && d.coef == coef && d.symbols.equals(symbols);
    }

    @Override
    public int hashCode() {
        return symbols == null ? 0 : Long.hashCode(coef) * 31 + symbols.hashCode();
    }

    @Override
    public String toString() {
        if (symbols == null) return "?";
        if (symbols.isEmpty()) return Long.toString(coef);
        StringBuilder b = new StringBuilder();
        if (coef != 1) b.append(coef);
        for (Map.Entry<String, Integer> e : symbols.entrySet()) {
            for (int i = 0; i < e.getValue(); i++) {
                if (b.length() > 0) b.append('*');
                b.append(e.getKey());
            }
        }
        return b.toString();
    }
}
