package io.medli.recipe.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.medli.recipe.QuantizeMode;
import io.medli.recipe.QuantizeStep;
import io.medli.recipe.Recipe;
import io.medli.recipe.RecipePackage;
import io.medli.recipe.Step;

/**
 * The obvious fixes of a recipe's problems, for quick fixes on their markers: a value out of range
 * back to its default (offered only where the default passes the check), a duplicate step name made
 * unique, a step that changes weights after quantization moved before it, a second quantization
 * turned off. Each fix is one change to the model, so an editor can run it as an undoable command.
 */
public final class RecipeFixes {
    /** One change: set {@code feature} of {@code owner} to {@code value}, or move a step within the recipe. */
    public sealed interface Fix {
        String label();
    }

    public record SetValue(String label, EObject owner, EStructuralFeature feature, Object value) implements Fix {
    }

    public record Move(String label, Recipe recipe, Step step, int to) implements Fix {
    }

    private RecipeFixes() {
    }

    /** The fixes of {@code problem} (a child of {@link RecipeChecks#check}'s result) on {@code recipe}; empty where none is obvious. */
    public static List<Fix> of(Recipe recipe, Path baseDir, Diagnostic problem) {
        List<Fix> out = new ArrayList<>();
        if (problem.getData().isEmpty() || !(problem.getData().get(0) instanceof EObject o)) return out;
        EStructuralFeature f = problem.getData().size() > 1 && problem.getData().get(1) instanceof EStructuralFeature x ? x : null;
        switch (problem.getCode()) {
            case RecipeChecks.RANGE -> {
                if (f != null && f.getDefaultValue() != null && !f.getDefaultValue().equals(o.eGet(f)) && passes(recipe, baseDir, o, f, f.getDefaultValue())) {
                    out.add(new SetValue("Set " + f.getName() + " to its default, " + f.getDefaultValue(), o, f, f.getDefaultValue()));
                }
            }
            case RecipeChecks.DUPLICATE_NAME -> {
                if (o instanceof Step s) {
                    String name = unique(recipe, s.getName());
                    out.add(new SetValue("Rename this step to '" + name + "'", s, RecipePackage.Literals.STEP__NAME, name));
                }
            }
            case RecipeChecks.ORDER -> {
                if (o instanceof Step s) {
                    Step quantize = firstQuantizeBefore(recipe, s);
                    if (quantize != null && !(s instanceof QuantizeStep)) {
                        out.add(new Move("Move '" + s.getName() + "' before '" + quantize.getName() + "'", recipe, s, recipe.getSteps().indexOf(quantize)));
                    } else if (s instanceof QuantizeStep) {
                        out.add(new SetValue("Turn '" + s.getName() + "' off", s, RecipePackage.Literals.STEP__ENABLED, false));
                    }
                }
            }
            case RecipeChecks.NOT_MEASURED -> {
                if (o instanceof io.medli.recipe.BenchmarkStep b) {
                    out.add(new SetValue("Measure peak memory in '" + b.getName() + "'", b, RecipePackage.Literals.BENCHMARK_STEP__MEMORY, true));
                }
            }
            default -> {
                // missing files and data: the user knows where they are, the tool does not
            }
        }
        return out;
    }

    /** Makes the change (editors run the equivalent EMF command instead, for undo). */
    public static void apply(Fix fix) {
        switch (fix) {
            case SetValue s -> s.owner().eSet(s.feature(), s.value());
            case Move m -> m.recipe().getSteps().move(m.to(), m.step());
        }
    }

    private static boolean passes(Recipe recipe, Path baseDir, EObject o, EStructuralFeature f, Object value) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        Recipe copy = (Recipe) copier.copy(recipe);
        copier.copyReferences();
        EObject twin = copier.get(o);
        if (twin == null) return false;
        twin.eSet(f, value);
        for (Diagnostic d : RecipeChecks.check(copy, baseDir).getChildren()) {
            if (d.getCode() == RecipeChecks.RANGE && d.getData().size() > 1 && d.getData().get(0) == twin && d.getData().get(1) == f) return false;
        }
        return true;
    }

    private static String unique(Recipe r, String name) {
        Set<String> taken = new HashSet<>();
        for (Step s : r.getSteps()) taken.add(s.getName());
        String base = name.replaceFirst("-\\d+$", "");
        for (int i = 2;; i++) if (!taken.contains(base + "-" + i)) return base + "-" + i;
    }

    private static Step firstQuantizeBefore(Recipe r, Step s) {
        for (Step x : r.getSteps()) {
            if (x == s) return null;
            if (x.isEnabled() && x instanceof QuantizeStep q && q.getMode() != QuantizeMode.NONE) return x;
        }
        return null;
    }
}
