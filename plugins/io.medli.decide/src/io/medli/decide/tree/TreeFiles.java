package io.medli.decide.tree;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.medli.decide.internal.JsonFiles;

/** Decision trees to and from JSON; the tree that comes with MEDLI. */
public final class TreeFiles {
    /** The hardware + compiler tree in this bundle. */
    public static final String SHIPPED = "trees/hardware-compiler.json";
    private static final String WHAT = "a decision tree (" + DecisionTree.SCHEMA + ")";

    private TreeFiles() {
    }

    public static DecisionTree read(Path file) throws IOException {
        return parse(Files.readString(file), file.toString());
    }

    /** @param where the file's name, for messages */
    public static DecisionTree parse(String json, String where) throws IOException {
        return JsonFiles.parse(json, DecisionTree.class, where, WHAT);
    }

    public static DecisionTree shipped() throws IOException {
        return JsonFiles.shipped(SHIPPED, DecisionTree.class, WHAT);
    }
}
