package io.medli.decide.kb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.medli.decide.internal.JsonFiles;

/** Knowledge bases to and from JSON; the one that comes with MEDLI. */
public final class KnowledgeFiles {
    /** The knowledge base in this bundle. */
    public static final String SHIPPED = "knowledge/knowledge-base.json";
    private static final String WHAT = "a knowledge base (" + KnowledgeBase.SCHEMA + ")";

    private KnowledgeFiles() {
    }

    public static KnowledgeBase read(Path file) throws IOException {
        return parse(Files.readString(file), file.toString());
    }

    /** @param where the file's name, for messages */
    public static KnowledgeBase parse(String json, String where) throws IOException {
        return JsonFiles.parse(json, KnowledgeBase.class, where, WHAT);
    }

    public static KnowledgeBase shipped() throws IOException {
        return JsonFiles.shipped(SHIPPED, KnowledgeBase.class, WHAT);
    }
}
