package io.medli.onnx;

import java.io.IOException;

/**
 * A file is not a readable ONNX model. The message names the byte offset and what was expected
 * there, so that a user can tell a truncated download from a file of another format.
 */
public class OnnxFormatException extends IOException {
    private static final long serialVersionUID = 1L;
    private final long offset;

    public OnnxFormatException(long offset, String message) {
        super(offset >= 0 ? "Not a valid ONNX model: " + message + " (at byte " + offset + ")"
                : "Not a valid ONNX model: " + message);
        this.offset = offset;
    }

    /** Byte offset in the file where the problem was found, or -1 when it concerns the whole file. */
    public long offset() {
        return offset;
    }
}
