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
}
