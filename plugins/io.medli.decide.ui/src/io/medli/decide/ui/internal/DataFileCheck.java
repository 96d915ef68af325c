package io.medli.decide.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import io.medli.decide.kb.KnowledgeBase;
import io.medli.decide.kb.KnowledgeCheck;
import io.medli.decide.kb.KnowledgeFiles;
import io.medli.decide.tree.DecisionTree;
import io.medli.decide.tree.TreeCheck;
import io.medli.decide.tree.TreeFiles;

/**
 * Checks a decision tree or knowledge base file of the workspace (by its "schema") and shows each
 * problem as a marker on the line of the entry it names; the markers of an earlier check go first.
 */
public final class DataFileCheck {
    public static final String MARKER = "io.medli.decide.ui.problem";
    private static final Pattern NAMED = Pattern.compile("'([^']+)'");

    private DataFileCheck() {
    }

    /** @return the problems found (each also a marker); an unreadable file is one problem */
    public static List<String> check(IFile file) throws CoreException {
        file.deleteMarkers(MARKER, false, IResource.DEPTH_ZERO);
        String text;
        try {
            text = new String(file.getContents(true).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return mark(file, "", List.of("cannot be read: " + e.getMessage()));
        }
        List<String> problems = new ArrayList<>();
        String where = file.getName();
        try {
            JsonObject o = JsonParser.parseString(text).getAsJsonObject();
            String schema = o.has("schema") ? o.get("schema").getAsString() : "";
            if (schema.equals(DecisionTree.SCHEMA)) {
                DecisionTree t = TreeFiles.parse(text, where);
                problems.addAll(TreeCheck.check(t));
                problems.addAll(KnowledgeCheck.checkTree(t, KnowledgeFiles.shipped()));
            } else if (schema.equals(KnowledgeBase.SCHEMA)) {
                problems.addAll(KnowledgeCheck.check(KnowledgeFiles.parse(text, where)));
            } else {
                problems.add("neither a decision tree (" + DecisionTree.SCHEMA + ") nor a knowledge base (" + KnowledgeBase.SCHEMA + "): its \"schema\" is '" + schema + "'");
            }
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException | IOException e) {
            problems.add(e.getMessage());
        }
        return mark(file, text, problems);
    }

    private static List<String> mark(IFile file, String text, List<String> problems) throws CoreException {
        for (String p : problems) {
            IMarker m = file.createMarker(MARKER);
            m.setAttribute(IMarker.MESSAGE, p);
            m.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
            m.setAttribute(IMarker.LINE_NUMBER, line(text, p));
        }
        return problems;
    }

    /** The line of the entry a problem names ('id' in quotes), else the first. */
    static int line(String text, String problem) {
        Matcher m = NAMED.matcher(problem);
        if (m.find()) {
            int at = text.indexOf("\"" + m.group(1) + "\"");
            if (at >= 0) return 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
        }
        return 1;
    }
}
