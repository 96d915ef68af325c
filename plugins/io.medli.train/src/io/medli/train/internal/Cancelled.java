package io.medli.train.internal;

/** A training run stopped on request, between two steps; the message says what is kept. */
final class Cancelled extends Exception {
    private static final long serialVersionUID = 1L;

    Cancelled(String message) {
        super(message);
    }
}
