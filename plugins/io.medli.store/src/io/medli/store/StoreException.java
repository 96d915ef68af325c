package io.medli.store;

/** The store could not do what was asked; the message names the store and the cause. */
public class StoreException extends Exception {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** "cannot WHAT in the store (LABEL): the cause". */
    static StoreException failed(String label, String what, Exception e) {
        return new StoreException("cannot " + what + " in the store (" + label + "): " + e.getMessage(), e);
    }
}
