package io.medli.compress.calibrate;

/**
 * How the quantization range of an activation is chosen from its histogram.
 */
public sealed interface RangeMethod {
    /** The observed minimum and maximum. */
    record MinMax() implements RangeMethod {
    }

    /** Symmetric range covering {@code percentile}% of the absolute values (e.g. 99.999). */
    record Percentile(double percentile) implements RangeMethod {
        public Percentile {
            if (!(percentile > 50 && percentile <= 100)) {
                throw new IllegalArgumentException("percentile must be in (50, 100], was " + percentile);
            }
        }
    }

    /** Symmetric range minimising the KL divergence between the float and the 8-bit distribution. */
    record Entropy() implements RangeMethod {
    }
}
