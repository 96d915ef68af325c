package io.medli.runtime;

/** ONNX Runtime could not load or run a model; the message says which and why. */
public class ModelRunException extends Exception {
    private static final long serialVersionUID = 1L;

    public ModelRunException(String message, Throwable cause) {
        super(message, cause);
    }

    public ModelRunException(String message) {
        super(message);
    }
}
