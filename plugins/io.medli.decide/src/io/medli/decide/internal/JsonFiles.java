package io.medli.decide.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/** The decision bundle's data files (trees, knowledge bases) from JSON, with one message for a file that is not one. */
public final class JsonFiles {
    private JsonFiles() {
    }

    /**
     * @param where the file's name, for messages
     * @param what what the file should be, e.g. "a decision tree (medli-decision-tree/1)"
     */
    public static <T> T parse(String json, Class<T> type, String where, String what) throws IOException {
        try {
            T t = new Gson().fromJson(json, type);
            if (t == null) throw new IOException(where + " is empty");
            return t;
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            throw new IOException(where + " is not " + what + ": " + e.getMessage(), e);
        }
    }

    /** A file shipped in this bundle. */
    public static <T> T shipped(String resource, Class<T> type, String what) throws IOException {
        try (InputStream in = JsonFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IOException(resource + " is missing from io.medli.decide");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), type, resource, what);
        }
    }
}
