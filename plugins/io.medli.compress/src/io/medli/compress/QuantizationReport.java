package io.medli.compress;

import java.util.List;

/**
 * What a quantization did.
 *
 * @param quantized nodes turned into integer arithmetic (their names, or op and output)
 * @param keptInFloat nodes left in float, each with the reason
 * @param weightBytesBefore bytes of all weights before
 * @param weightBytesAfter bytes of all weights after
 * @param notes what a user must know about the result (e.g. that it was calibrated on random data)
 */
public record QuantizationReport(List<String> quantized, List<String> keptInFloat, long weightBytesBefore,
        long weightBytesAfter, List<String> notes) {

    public QuantizationReport(List<String> quantized, List<String> keptInFloat, long weightBytesBefore, long weightBytesAfter) {
        this(quantized, keptInFloat, weightBytesBefore, weightBytesAfter, List.of());
    }
}
