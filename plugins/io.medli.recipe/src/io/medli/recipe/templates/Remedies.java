package io.medli.recipe.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.medli.recipe.DistillStep;
import io.medli.recipe.GoalMetric;
import io.medli.recipe.Recipe;
import io.medli.recipe.RecipeFactory;
import io.medli.recipe.RecipePackage;
import io.medli.recipe.Step;
import io.medli.recipe.Variant;
import io.medli.recipe.run.RunResult;
import io.medli.train.arch.StudentCatalog;

/**
 * What to try when a run misses its goals, as variants a search can run: a student too weak for
 * the accuracy goal is tried wider, one too slow or too big for the speed, latency or size goal
 * narrower - the person's usual next move, made one click.
 */
public final class Remedies {
    private Remedies() {
    }

    /** A remedy: in words, and the variant that tries it (not yet in the recipe). */
    public record Remedy(String text, Variant variant) {
    }

    public static List<Remedy> of(Recipe r, List<RunResult.Goal> verdicts) {
        List<Remedy> out = new ArrayList<>();
        boolean quality = missed(verdicts, GoalMetric.MAX_ACCURACY_DROP, GoalMetric.MIN_FIDELITY);
        boolean cost = missed(verdicts, GoalMetric.MIN_SPEEDUP, GoalMetric.MAX_LATENCY, GoalMetric.MAX_SIZE, GoalMetric.MAX_PEAK_MEMORY);
        if (quality == cost) return out; // all met, or both kinds missed: no single direction helps
        for (Step s : r.getSteps()) {
            if (!(s instanceof DistillStep d) || !d.isEnabled() || varied(r, d)) continue;
            String width = width(d);
            if (width == null) continue;
            double w = Double.parseDouble(width);
            boolean whole = !width.contains(".");
            double[] factors = quality ? new double[] { 1.5, 2 } : new double[] { 0.75, 0.5 };
            Variant v = RecipeFactory.eINSTANCE.createVariant();
            v.setStep(d);
            v.setParameter(RecipePackage.Literals.DISTILL_STEP__STUDENT_PARAMS.getName());
            for (double f : factors) {
                String value = whole ? Long.toString(Math.max(1, Math.round(w * f))) : String.format(Locale.ROOT, "%.2f", w * f).replaceFirst("0+$", "").replaceFirst("\\.$", ".0");
                if (!v.getValues().contains("width=" + value)) v.getValues().add("width=" + value);
            }
            out.add(new Remedy((quality ? "Try wider students" : "Try narrower students") + " (" + String.join(", ", v.getValues()) + " for " + d.getName()
                    + "): a search of both, every candidate kept", v));
        }
        return out;
    }

    private static boolean missed(List<RunResult.Goal> verdicts, GoalMetric... metrics) {
        for (RunResult.Goal g : verdicts) {
            for (GoalMetric m : metrics) {
                if (m.getLiteral().equals(g.metric()) && !g.met() && !Double.isNaN(g.value())) return true;
            }
        }
        return false;
    }

    /** A variant that already tries this step's student parameters: the person has a search of their own. */
    private static boolean varied(Recipe r, DistillStep d) {
        return r.getVariants().stream().anyMatch(v -> v.getStep() == d && RecipePackage.Literals.DISTILL_STEP__STUDENT_PARAMS.getName().equals(v.getParameter()));
    }

    /** The student's width: its own value or the catalog's default; null when it has none, or other parameters a variant would drop. */
    private static String width(DistillStep d) {
        Map<String, String> defaults = StudentCatalog.entries().stream().filter(e -> e.name().equals(d.getStudent())).map(StudentCatalog.Entry::defaults)
                .findFirst().orElse(Map.of());
        if (!defaults.containsKey("width")) return null;
        String width = defaults.get("width");
        for (String p : d.getStudentParams()) {
            String[] kv = p.split("=", 2);
            if (kv.length != 2 || !kv[0].trim().equals("width")) return null;
            width = kv[1].trim();
        }
        try {
            Double.parseDouble(width);
            return width;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
