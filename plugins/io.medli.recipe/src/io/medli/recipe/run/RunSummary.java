package io.medli.recipe.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

import io.medli.recipe.Recipe;

/** What run.json holds: the recipe's name, the run's status, the source model's and each step's figures, and the goals' verdicts. */
final class RunSummary {
    String recipe;
    String status;
    double seconds;
    Map<String, Double> baseline;
    List<StepLine> steps = new ArrayList<>();
    List<RunResult.Goal> goals;
    String finalModel;

    static final class StepLine {
        String name;
        String kind;
        boolean reused;
        String model;
        Map<String, Double> metrics;
        List<String> notes;
        double seconds;
    }

    /** The run.json of run folder {@code dir}; an IOException names the file when it is missing or not a run summary. */
    static RunSummary read(Path dir) throws IOException {
        Path file = dir.resolve(RunFolder.RUN_FILE);
        try {
            RunSummary s = new Gson().fromJson(Files.readString(file, StandardCharsets.UTF_8), RunSummary.class);
            if (s == null || s.steps == null) throw new IOException(file + " holds no run summary");
            return s;
        } catch (JsonParseException e) {
            throw new IOException(file + " is not a run summary: " + e.getMessage(), e);
        }
    }

    static RunSummary of(Recipe recipe, RunResult r, String status) {
        RunSummary s = new RunSummary();
        s.recipe = recipe.getName();
        s.status = status;
        s.seconds = r.seconds();
        s.baseline = r.baseline();
        s.goals = r.goals();
        s.finalModel = r.dir().relativize(r.finalModel().toAbsolutePath()).toString();
        for (RunResult.Step x : r.steps()) {
            StepLine l = new StepLine();
            l.name = x.name();
            l.kind = x.kind();
            l.reused = x.reused();
            l.model = x.model() == null ? null : r.dir().relativize(x.model()).toString();
            l.metrics = x.metrics();
            l.notes = x.notes();
            l.seconds = x.seconds();
            s.steps.add(l);
        }
        return s;
    }
}
