package io.medli.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.medli.runtime.LatencyStats;

/** The agent's statistics and device facts against cases worked out by hand. */
class StatisticsAndFactsTest {
    private static long[] ms(double... v) {
        long[] ns = new long[v.length];
        for (int i = 0; i < v.length; i++) ns[i] = Math.round(v[i] * 1e6);
        return ns;
    }

    @Test
    void fiveSamplesWithAnOutlier() {
        // 1, 2, 3, 4, 100 ms: mean 22; deviations -21 -20 -19 -18 78, squares 7610, / 4 = 1902.5, sd 43.6176;
        // nearest rank: p50 the 3rd (3), p90 and p99 the 5th (100); 5 runs in 0.110 s
        LatencyStats s = LatencyStats.of(0, ms(4, 100, 1, 3, 2));
        assertEquals(5, s.iterations());
        assertEquals(22.0, s.meanMs(), 1e-9);
        assertEquals(Math.sqrt(1902.5), s.sdMs(), 1e-9);
        assertEquals(43.6176, s.sdMs(), 1e-4);
        assertEquals(1.0, s.minMs(), 0);
        assertEquals(3.0, s.p50Ms(), 0);
        assertEquals(100.0, s.p90Ms(), 0);
        assertEquals(100.0, s.p99Ms(), 0);
        assertEquals(100.0, s.maxMs(), 0);
        assertEquals(5 / 0.110, s.throughputPerSecond(), 1e-9);
    }

    @Test
    void aHundredSamplesInAnyOrder() {
        // 1..100 ms: mean 50.5; sum of squared deviations n(n^2-1)/12 = 83325, / 99 = 841.667; p50 50, p90 90, p99 99
        List<Double> v = new ArrayList<>();
        for (int i = 1; i <= 100; i++) v.add((double) i);
        Collections.shuffle(v, new Random(7));
        LatencyStats s = LatencyStats.of(3, ms(v.stream().mapToDouble(Double::doubleValue).toArray()));
        assertEquals(50.5, s.meanMs(), 1e-9);
        assertEquals(Math.sqrt(83325.0 / 99), s.sdMs(), 1e-9);
        assertEquals(50.0, s.p50Ms(), 0);
        assertEquals(90.0, s.p90Ms(), 0);
        assertEquals(99.0, s.p99Ms(), 0);
        assertEquals(3, s.warmup());
    }

    @Test
    void oneSampleHasNoSpread() {
        LatencyStats s = LatencyStats.of(0, ms(7.5));
        assertEquals(0.0, s.sdMs(), 0);
        assertEquals(7.5, s.p50Ms(), 0);
        assertEquals(7.5, s.p99Ms(), 0);
    }

    @Test
    void cpuFactsOfAnX86MachineAndAnArmBoard() {
        List<String> x86 = List.of("processor\t: 0", "vendor_id\t: GenuineIntel", "model name\t: Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz",
                "flags\t\t: fpu sse sse2 ssse3 sse4_1 sse4_2 avx f16c avx2 fma avx512f avx512bw avx512vl avx512_vnni", "processor\t: 1");
        assertEquals("Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz", DeviceFacts.cpuModel(x86));
        assertEquals(List.of("sse4_1", "sse4_2", "avx", "avx2", "fma", "f16c", "avx512f", "avx512bw", "avx512vl", "avx512_vnni"), DeviceFacts.simd(x86));
        // a Raspberry Pi 4 (Cortex-A72): no model name; features as the kernel lists them
        List<String> pi = List.of("processor\t: 0", "BogoMIPS\t: 108.00", "Features\t: fp asimd evtstrm crc32 cpuid", "CPU implementer\t: 0x41",
                "CPU part\t: 0xd08", "Hardware\t: BCM2835");
        assertEquals(List.of("asimd"), DeviceFacts.simd(pi));
        assertEquals(DeviceFacts.field(pi, "Hardware"), "BCM2835");
        assertEquals(16_384_000L * 1024, DeviceFacts.memTotal(List.of("MemTotal:       16384000 kB", "MemFree:  1 kB")));
        assertNull(DeviceFacts.memTotal(List.of("nothing: here")));
        assertEquals(List.of(), DeviceFacts.simd(List.of()));
    }
}
