package io.medli.compress;

import java.util.List;

/**
 * What a quantization did.
 *
 * @param quantized nodes turned into integer arithmetic (their names, or op and output)
 * @param keptInFloat nodes left in float, each with the reason
 * @param weightBytesBefore bytes of all weights before
 * @param weightBytesAfter bytes of all weights after
 */
public record QuantizationReport(List<String> quantized, List<String> keptInFloat, long weightBytesBefore,
        long weightBytesAfter) {
}
