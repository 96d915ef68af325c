package io.medli.decide.tree;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/** Decision trees to and from JSON; the tree that comes with MEDLI. */
public final class TreeFiles {
    /** The hardware + compiler tree in this bundle. */
    public static final String SHIPPED = "trees/hardware-compiler.json";

    private TreeFiles() {
    }

    public static DecisionTree read(Path file) throws IOException {
        return parse(Files.readString(file), file.toString());
    }

    /** @param where the file's name, for messages */
    public static DecisionTree parse(String json, String where) throws IOException {
        try {
            DecisionTree t = new Gson().fromJson(json, DecisionTree.class);
            if (t == null) throw new IOException(where + " is empty");
            return t;
        } catch (JsonParseException e) {
            throw new IOException(where + " is not a decision tree (" + DecisionTree.SCHEMA + "): " + e.getMessage(), e);
        }
    }

    public static DecisionTree shipped() throws IOException {
        try (InputStream in = TreeFiles.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            if (in == null) throw new IOException(SHIPPED + " is missing from io.medli.decide");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), SHIPPED);
        }
    }
}
