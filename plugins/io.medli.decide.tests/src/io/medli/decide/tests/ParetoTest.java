package io.medli.decide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.medli.decide.rank.Pareto;

/** The accuracy-latency front on hand-made points. */
class ParetoTest {
    record P(String id, double ms, double acc) {
    }

    @Test
    void theFrontKeepsWhatNothingElseBeatsOnBoth() {
        List<P> pts = List.of(new P("slow-best", 9, 0.95), new P("fast-poor", 1, 0.70), new P("dominated", 5, 0.80), new P("mid", 4, 0.85),
                new P("tie-slower", 4.5, 0.85), new P("no-accuracy", 0.5, Double.NaN), new P("same-speed-worse", 1, 0.60));
        assertEquals(List.of("fast-poor", "mid", "slow-best"), Pareto.front(pts, P::ms, P::acc).stream().map(P::id).toList());
        assertEquals(List.of(), Pareto.front(List.<P>of(), P::ms, P::acc));
    }
}
