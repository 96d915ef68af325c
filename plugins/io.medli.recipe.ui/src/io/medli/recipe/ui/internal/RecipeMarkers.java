package io.medli.recipe.ui.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.medli.recipe.Recipe;
import io.medli.recipe.Step;

/** A recipe's problems as markers in the Problems view, each pointing at the object (by its URI fragment) and feature at fault. */
public final class RecipeMarkers {
    public static final String TYPE = "io.medli.recipe.ui.problem";
    static final String OBJECT = "io.medli.recipe.object";

    private RecipeMarkers() {
    }

    /** Replaces the file's recipe markers by {@code d}'s problems. */
    public static void update(IFile file, Recipe recipe, Diagnostic d) throws CoreException {
        file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
        for (Diagnostic c : d.getChildren()) {
            IMarker m = file.createMarker(TYPE);
            m.setAttribute(IMarker.MESSAGE, c.getMessage());
            m.setAttribute(IMarker.SEVERITY, c.getSeverity() >= Diagnostic.ERROR ? IMarker.SEVERITY_ERROR
                    : c.getSeverity() >= Diagnostic.WARNING ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_INFO);
            if (file.getLocation() != null && !io.medli.recipe.check.RecipeFixes.of(recipe, file.getLocation().toFile().toPath().getParent(), c).isEmpty()) {
                m.setAttribute(RecipeQuickFixes.FIXABLE, true);
            }
            if (!c.getData().isEmpty() && c.getData().get(0) instanceof EObject o && o.eResource() != null) {
                m.setAttribute(OBJECT, o.eResource().getURIFragment(o));
                m.setAttribute(IMarker.LOCATION, location(o, c.getData().size() > 1 ? c.getData().get(1) : null));
            }
        }
    }

    /** The object a marker is about, or null. */
    static EObject target(Recipe recipe, IMarker marker) {
        String f = marker.getAttribute(OBJECT, null);
        return f == null || recipe.eResource() == null ? null : recipe.eResource().getEObject(f);
    }

    private static String location(EObject o, Object feature) {
        String where = o instanceof Step s ? "step '" + s.getName() + "'" : o.eClass().getName();
        if (o.eContainer() != null && !(o instanceof Step)) {
            Object list = o.eContainer().eGet(o.eContainingFeature());
            if (list instanceof java.util.List<?> l) where += " " + (l.indexOf(o) + 1);
        }
        return feature instanceof EStructuralFeature f ? where + ", " + f.getName() : where;
    }

    static String fragment(EObject o) {
        return EcoreUtil.getURI(o).fragment();
    }
}
