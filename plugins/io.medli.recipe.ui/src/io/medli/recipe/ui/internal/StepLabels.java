package io.medli.recipe.ui.internal;

import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import io.medli.recipe.BenchmarkStep;
import io.medli.recipe.DataSet;
import io.medli.recipe.DistillStep;
import io.medli.recipe.Goal;
import io.medli.recipe.OptimizeStep;
import io.medli.recipe.PruneStep;
import io.medli.recipe.QuantizeMode;
import io.medli.recipe.QuantizeStep;
import io.medli.recipe.Recipe;
import io.medli.recipe.RetrainStep;
import io.medli.recipe.SpecializeStep;
import io.medli.recipe.Step;

/** One line per element of a recipe, with the parameters that tell steps apart. */
final class StepLabels {
    private StepLabels() {
    }

    static String of(EObject o) {
        if (o instanceof Step s) {
            int n = ((Recipe) s.eContainer()).getSteps().indexOf(s) + 1;
            return n + ". " + s.eClass().getName().replace("Step", "") + " '" + s.getName() + "'" + (s.isEnabled() ? "" : " (off)") + detail(s);
        }
        if (o instanceof DataSet d) return d.getRole().getLiteral() + ": " + (d.getPath() == null ? "(no folder)" : d.getPath()) + (d.isLabelled() ? ", labelled" : "");
        if (o instanceof io.medli.recipe.Variant v) {
            return (v.getStep() == null ? "?" : v.getStep().getName()) + "." + (v.getParameter() == null ? "?" : v.getParameter()) + ": "
                    + String.join(", ", v.getValues());
        }
        if (o instanceof Goal g) return g.getMetric().getLiteral() + " " + g.getValue() + (g.isRelative() ? " (relative)" : "");
        return o.eClass().getName();
    }

    private static String detail(Step s) {
        return switch (s) {
            case QuantizeStep q -> " - " + q.getMode().getLiteral() + (q.getMode() == QuantizeMode.MIXED ? " " + q.getBudgetDb() + " dB" : "")
                    + (q.isEqualize() ? ", equalize" : "");
            case PruneStep p -> String.format(Locale.ROOT, " - %s %.0f %%", p.getStructure().getLiteral(), p.getRatio() * 100);
            case DistillStep d -> " - " + d.getStudent() + (d.getStudentParams().isEmpty() ? "" : " " + String.join(" ", d.getStudentParams()));
            case SpecializeStep x -> " - " + x.getHead() + " at " + x.getCut();
            case RetrainStep r -> " - " + r.getEpochs() + " epochs";
            case OptimizeStep o -> " - " + o.getLevel().getLiteral();
            case BenchmarkStep b -> " - " + b.getRounds() + " rounds";
            default -> "";
        };
    }
}
