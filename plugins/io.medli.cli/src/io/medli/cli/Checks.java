package io.medli.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Checks of arguments that picocli's types do not express. */
final class Checks {
    private Checks() {
    }

    /** An existing model file. */
    static Path model(Path p) throws IOException {
        if (!Files.exists(p)) throw new NoSuchFileException(p.toString());
        return p;
    }

    /** The --out file, which must not be the input: the input model is never modified. */
    static Path target(Path out, Path in) throws UsageException, IOException {
        if (out == null) throw new UsageException("--out FILE is required: the input model is never modified");
        if (Files.exists(out) && Files.isSameFile(in, out)) {
            throw new UsageException("--out names the input model; write the result to another file");
        }
        return out;
    }

    static int atLeast(String option, int value, int min) throws UsageException {
        if (value < min) throw new UsageException(option + " needs an integer of at least " + min + ", got '" + value + "'");
        return value;
    }

    /** A share in [0, 1). */
    static double share(String option, double v) throws UsageException {
        if (!(v >= 0 && v < 1)) throw new UsageException(option + " must be at least 0 and below 1, not " + v);
        return v;
    }
}
