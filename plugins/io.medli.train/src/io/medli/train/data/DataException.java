package io.medli.train.data;

/** A data set that cannot be used: missing, corrupt, empty or inconsistent. The message says which and why. */
public class DataException extends Exception {
    private static final long serialVersionUID = 1L;

    public DataException(String message) {
        super(message);
    }

    public DataException(String message, Throwable cause) {
        super(message, cause);
    }
}
