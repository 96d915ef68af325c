package io.medli.compress;

/** A model cannot be pruned as asked; the message says why. The input is never changed. */
public class PruningException extends CompressionException {
    private static final long serialVersionUID = 1L;

    public PruningException(String message) {
        super(message);
    }
}
