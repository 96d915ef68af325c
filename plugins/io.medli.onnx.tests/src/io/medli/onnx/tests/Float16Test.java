package io.medli.onnx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.medli.onnx.Float16;

/** The bundle's own half-precision conversions against the JDK's (Java 20+), which the boards' Java 17 lacks. */
class Float16Test {
    @Test
    void everyHalfConvertsToTheSameFloatAsTheJdks() {
        for (int h = 0; h < 0x10000; h++) {
            float mine = Float16.toFloat((short) h), jdk = Float.float16ToFloat((short) h);
            if (Float.isNaN(jdk)) assertEquals(true, Float.isNaN(mine), "NaN " + Integer.toHexString(h));
            else assertEquals(Float.floatToRawIntBits(jdk), Float.floatToRawIntBits(mine), "half 0x" + Integer.toHexString(h));
        }
    }

    @Test
    void floatsRoundToTheSameHalfAsTheJdks() {
        // every 97th bit pattern covers each exponent, subnormals, ties and the overflow edge; then the exact ties
        for (long b = 0; b <= 0xffffffffL; b += 97) check(Float.intBitsToFloat((int) b));
        for (int h = 0; h < 0x7c00; h++) {
            float lo = Float16.toFloat((short) h), hi = Float16.toFloat((short) (h + 1));
            check((lo + hi) / 2); // exactly halfway: ties to even
            check(Math.nextUp((lo + hi) / 2));
            check(Math.nextDown((lo + hi) / 2));
        }
        check(65520f); // the first float that rounds to infinity
        check(Math.nextDown(65520f));
    }

    private static void check(float f) {
        short jdk = Float.floatToFloat16(f), mine = Float16.fromFloat(f);
        if (Float.isNaN(f)) assertEquals(true, Float.isNaN(Float16.toFloat(mine)), "NaN");
        else assertEquals(jdk, mine, () -> f + " (0x" + Integer.toHexString(Float.floatToRawIntBits(f)) + ")");
    }
}
