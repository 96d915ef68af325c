package io.medli.remote;

import java.io.IOException;

/** A board could not do what was asked; the message names the board, the cause and what to do. */
public class BoardException extends IOException {
    private static final long serialVersionUID = 1L;

    public BoardException(String message) {
        super(message);
    }

    public BoardException(String message, Throwable cause) {
        super(message, cause);
    }
}
