package io.medli.compress;

/** A model cannot be compressed as asked; the message says why. The input is never changed. */
public class CompressionException extends Exception {
    private static final long serialVersionUID = 1L;

    public CompressionException(String message) {
        super(message);
    }
}
