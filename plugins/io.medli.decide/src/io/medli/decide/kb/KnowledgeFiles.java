package io.medli.decide.kb;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/** Knowledge bases to and from JSON; the one that comes with MEDLI. */
public final class KnowledgeFiles {
    /** The knowledge base in this bundle. */
    public static final String SHIPPED = "knowledge/knowledge-base.json";

    private KnowledgeFiles() {
    }

    public static KnowledgeBase read(Path file) throws IOException {
        return parse(Files.readString(file), file.toString());
    }

    /** @param where the file's name, for messages */
    public static KnowledgeBase parse(String json, String where) throws IOException {
        try {
            KnowledgeBase kb = new Gson().fromJson(json, KnowledgeBase.class);
            if (kb == null) throw new IOException(where + " is empty");
            return kb;
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            throw new IOException(where + " is not a knowledge base (" + KnowledgeBase.SCHEMA + "): " + e.getMessage(), e);
        }
    }

    public static KnowledgeBase shipped() throws IOException {
        try (InputStream in = KnowledgeFiles.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            if (in == null) throw new IOException(SHIPPED + " is missing from io.medli.decide");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), SHIPPED);
        }
    }
}
