package io.medli.recipe.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.medli.recipe.DistillStep;
import io.medli.recipe.GoalMetric;
import io.medli.recipe.Recipe;
import io.medli.recipe.RecipeFactory;
import io.medli.recipe.files.RecipeFiles;
import io.medli.recipe.run.RunResult;
import io.medli.recipe.templates.Remedies;

/** The next move offered when goals are missed, on hand-made verdicts. */
class RemediesTest {
    private static Recipe distill(String student, String... params) {
        Recipe r = RecipeFiles.create("r");
        DistillStep d = RecipeFactory.eINSTANCE.createDistillStep();
        d.setName("distill");
        d.setStudent(student);
        d.getStudentParams().addAll(List.of(params));
        r.getSteps().add(d);
        return r;
    }

    private static RunResult.Goal goal(GoalMetric m, boolean met) {
        return new RunResult.Goal(m.getLiteral(), met, 1.0, 2.0, m.getLiteral());
    }

    private static List<String> values(List<Remedies.Remedy> r) {
        assertEquals(1, r.size(), r.toString());
        return r.get(0).variant().getValues();
    }

    @Test
    void aMissedAccuracyGoalTriesWiderStudentsAMissedSpeedGoalNarrowerOnes() {
        List<RunResult.Goal> accuracy = List.of(goal(GoalMetric.MAX_ACCURACY_DROP, false), goal(GoalMetric.MIN_SPEEDUP, true));
        Recipe cnn = distill("cnn");
        List<Remedies.Remedy> wider = Remedies.of(cnn, accuracy);
        assertEquals(List.of("width=24", "width=32"), values(wider), "the catalog's width 16, x1.5 and x2");
        assertTrue(wider.get(0).text().startsWith("Try wider students"), wider.get(0).text());
        assertEquals(cnn.getSteps().get(0), wider.get(0).variant().getStep());
        assertEquals("studentParams", wider.get(0).variant().getParameter());
        assertEquals(List.of("width=48", "width=64"), values(Remedies.of(distill("cnn", "width=32"), accuracy)));
        assertEquals(List.of("width=1.5", "width=2.0"), values(Remedies.of(distill("mobilenetv2"), accuracy)));
        List<RunResult.Goal> speed = List.of(goal(GoalMetric.MAX_ACCURACY_DROP, true), goal(GoalMetric.MAX_LATENCY, false));
        assertEquals(List.of("width=12", "width=8"), values(Remedies.of(cnn, speed)));
    }

    @Test
    void nothingIsOfferedWhereNoSingleMoveHelpsOrThePersonSearchesAlready() {
        List<RunResult.Goal> accuracy = List.of(goal(GoalMetric.MAX_ACCURACY_DROP, false));
        assertEquals(List.of(), Remedies.of(distill("cnn"), List.of(goal(GoalMetric.MAX_ACCURACY_DROP, true))), "every goal met");
        assertEquals(List.of(), Remedies.of(distill("cnn"), List.of(goal(GoalMetric.MAX_ACCURACY_DROP, false), goal(GoalMetric.MIN_SPEEDUP, false))),
                "too weak and too slow at once: no width does both");
        assertEquals(List.of(), Remedies.of(distill("mlp"), accuracy), "no width to change");
        assertEquals(List.of(), Remedies.of(distill("cnn", "blocks=4"), accuracy), "a variant would drop the other parameters");
        Recipe searching = distill("cnn");
        searching.getVariants().add(Remedies.of(searching, accuracy).get(0).variant());
        assertEquals(List.of(), Remedies.of(searching, accuracy), "a search of the student's parameters is there already");
        assertEquals(List.of(), Remedies.of(RecipeFiles.create("no distill"), accuracy));
        RunResult.Goal unmeasured = new RunResult.Goal(GoalMetric.MAX_ACCURACY_DROP.getLiteral(), false, Double.NaN, 2, "not measured");
        assertEquals(List.of(), Remedies.of(distill("cnn"), List.of(unmeasured)), "a goal nothing measured is not a weak student");
    }
}
