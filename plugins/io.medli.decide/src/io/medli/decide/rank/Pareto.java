package io.medli.decide.rank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The Pareto front of accuracy against latency: the rows no other row beats on both (as fast or
 * faster and at least as accurate, better on one). Rows without an accuracy take no part.
 */
public final class Pareto {
    private Pareto() {
    }

    /** The front among {@code rows}, fastest first. */
    public static <T> List<T> front(List<T> rows, ToDoubleFunction<T> latency, ToDoubleFunction<T> accuracy) {
        List<T> sorted = new ArrayList<>(rows.stream().filter(r -> !Double.isNaN(accuracy.applyAsDouble(r))).toList());
        // by latency, then the more accurate first: one pass keeps each row that beats the best accuracy so far
        sorted.sort(Comparator.comparingDouble(latency).thenComparing(Comparator.comparingDouble(accuracy).reversed()));
        List<T> out = new ArrayList<>();
        double best = Double.NEGATIVE_INFINITY;
        for (T r : sorted) {
            double a = accuracy.applyAsDouble(r);
            if (a > best) {
                out.add(r);
                best = a;
            }
        }
        return out;
    }
}
