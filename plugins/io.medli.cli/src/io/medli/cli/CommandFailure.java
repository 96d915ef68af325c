package io.medli.cli;

/** The input is wrong (a model, data, a file): exit code 1, the message on one line. */
final class CommandFailure extends Exception {
    private static final long serialVersionUID = 1L;

    CommandFailure(String message) {
        super(message);
    }
}
