package io.medli.launch;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;

/**
 * The "Compression Recipe" launch configuration type: what a configuration holds and how one is
 * found or made for a recipe file (Run As, the editor's Run button).
 */
public final class RecipeLaunching {
    public static final String TYPE_ID = "io.medli.launch.recipe";
    /** The recipe, as a workspace path ("/project/folder/name.medlirecipe"). */
    public static final String ATTR_FILE = "io.medli.launch.recipe.file";
    /** ONNX Runtime threads for timed steps; 0 = ONNX Runtime's default. */
    public static final String ATTR_THREADS = "io.medli.launch.recipe.threads";
    /** Set on a finished run's process: its report (the run's report.html, or a search's page). */
    public static final String ATTR_REPORT = "io.medli.launch.recipe.report";
    /** Set on a finished run's process: the model its last step made. */
    public static final String ATTR_MODEL = "io.medli.launch.recipe.model";
    /** The job family of recipe runs and the refreshes that follow them (join it to wait for a run). */
    public static final Object FAMILY = RecipeLaunching.class;

    private RecipeLaunching() {
    }

    public static ILaunchConfigurationType type() {
        return DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurationType(TYPE_ID);
    }

    /** The first configuration of this type that runs {@code file}, or null. */
    public static ILaunchConfiguration find(IFile file) throws CoreException {
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        String path = file.getFullPath().toString();
        for (ILaunchConfiguration c : manager.getLaunchConfigurations(type())) {
            if (path.equals(c.getAttribute(ATTR_FILE, ""))) return c;
        }
        return null;
    }

    /** The configuration that runs {@code file}: an existing one, or a new one saved under the recipe's name. */
    public static ILaunchConfiguration findOrCreate(IFile file) throws CoreException {
        ILaunchConfiguration c = find(file);
        if (c != null) return c;
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        String name = manager.generateLaunchConfigurationName(file.getName().replaceFirst("\\.medlirecipe$", ""));
        ILaunchConfigurationWorkingCopy w = type().newInstance(null, name);
        setDefaults(w, file);
        return w.doSave();
    }

    public static void setDefaults(ILaunchConfigurationWorkingCopy w, IFile file) {
        w.setAttribute(ATTR_FILE, file == null ? "" : file.getFullPath().toString());
        w.setAttribute(ATTR_THREADS, 0);
        if (file != null) w.setMappedResources(new IResource[] { file });
    }

    /** The configuration's recipe file; a clear error when it names none or one that is gone. */
    public static IFile recipeFile(ILaunchConfiguration c) throws CoreException {
        String path = c.getAttribute(ATTR_FILE, "");
        if (path.isBlank()) throw error("The launch configuration '" + c.getName() + "' names no recipe: choose one on its Recipe tab.");
        IResource r = ResourcesPlugin.getWorkspace().getRoot().findMember(path);
        if (!(r instanceof IFile f) || !f.exists()) {
            throw error("The recipe " + path + " of launch configuration '" + c.getName() + "' does not exist: choose another on its Recipe tab.");
        }
        return f;
    }

    private static CoreException error(String message) {
        return new CoreException(Status.error(message));
    }
}
