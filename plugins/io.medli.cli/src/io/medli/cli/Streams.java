package io.medli.cli;

import java.io.PrintStream;

/** Where a command writes: results to {@code out}, progress and messages to {@code err}. */
record Streams(PrintStream out, PrintStream err) {
}
