package io.medli.compress;

/** A model cannot be quantized as asked; the message says why. The input is never changed. */
public class QuantizationException extends CompressionException {
    private static final long serialVersionUID = 1L;

    public QuantizationException(String message) {
        super(message);
    }
}
