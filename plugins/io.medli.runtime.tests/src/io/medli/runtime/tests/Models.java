package io.medli.runtime.tests;

import java.nio.file.Files;
import java.nio.file.Path;

final class Models {
    private Models() {
    }

    static Path real(String file) {
        Path p = Path.of(System.getProperty("medli.models.dir", "build/models"), file);
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("missing test model " + p + "; run tools/fetch-models.sh (the test command does)");
        }
        return p;
    }

    /** The calibration images that tools/fetch-models.sh unpacks next to the models. */
    static Path images() {
        Path p = Path.of(System.getProperty("medli.models.dir", "build/models")).resolveSibling("data").resolve("images");
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("missing test images " + p + "; run tools/fetch-models.sh (the test command does)");
        }
        return p;
    }
}
