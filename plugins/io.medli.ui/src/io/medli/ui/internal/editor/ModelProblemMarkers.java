package io.medli.ui.internal.editor;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import io.medli.onnx.check.Problem;
import io.medli.ui.MedliUi;

/** Validation problems of a model as markers in the Problems view. */
public final class ModelProblemMarkers {
    public static final String TYPE = "io.medli.ui.modelProblem";
    /** Marker attribute: name of the node concerned. */
    public static final String NODE = "io.medli.node";
    /** Marker attribute: name of the tensor concerned. */
    public static final String TENSOR = "io.medli.tensor";

    private ModelProblemMarkers() {
    }

    /** Replaces the markers of {@code file} with {@code problems}, in a workspace job. */
    public static void update(IFile file, List<Problem> problems) {
        WorkspaceJob job = new WorkspaceJob("Updating problems of " + file.getName()) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                if (!file.exists()) return Status.OK_STATUS;
                file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
                for (Problem p : problems) {
                    IMarker m = file.createMarker(TYPE);
                    m.setAttribute(IMarker.MESSAGE, p.message());
                    m.setAttribute(IMarker.SEVERITY,
                            p.severity() == Problem.Severity.ERROR ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING);
                    if (p.node() != null) {
                        m.setAttribute(NODE, p.node());
                        m.setAttribute(IMarker.LOCATION, "node " + p.node());
                    } else if (p.tensor() != null) {
                        m.setAttribute(IMarker.LOCATION, "tensor " + p.tensor());
                    }
                    if (p.tensor() != null) m.setAttribute(TENSOR, p.tensor());
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == MedliUi.JOB_FAMILY;
            }
        };
        job.setRule(file);
        job.setSystem(true);
        job.schedule();
    }
}
