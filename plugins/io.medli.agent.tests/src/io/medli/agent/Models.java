package io.medli.agent;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real models the test command unpacks (tools/fetch-models.sh), and the report's schema. */
final class Models {
    private Models() {
    }

    static Path model(String name) {
        Path p = Path.of(System.getProperty("medli.models.dir", "build/models")).resolve(name);
        if (!Files.isRegularFile(p)) throw new IllegalStateException("missing test model " + p + "; run tools/fetch-models.sh (the test command does)");
        return p;
    }

    static String schema() throws IOException {
        try (InputStream in = Models.class.getClassLoader().getResourceAsStream("schema/bench-1.schema.json")) {
            if (in == null) throw new IOException("schema/bench-1.schema.json is not in the agent bundle");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
