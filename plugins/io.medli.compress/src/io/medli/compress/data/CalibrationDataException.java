package io.medli.compress.data;

/** Calibration data cannot be read or does not fit the model; the message says which sample and why. */
public class CalibrationDataException extends Exception {
    private static final long serialVersionUID = 1L;

    public CalibrationDataException(String message) {
        super(message);
    }

    public CalibrationDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
