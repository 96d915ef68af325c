package io.medli.decide.ui.internal;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Check Decision Tree or Knowledge Base on a .json file: its problems as markers, the Problems
 * view shown when there are any, and a status-line message that says how many (nothing modal).
 */
public final class CheckDataHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s) || s.size() != 1) return null;
        IFile file = Adapters.adapt(s.getFirstElement(), IFile.class);
        if (file == null) return null;
        List<String> problems;
        try {
            problems = DataFileCheck.check(file);
        } catch (CoreException e) {
            throw new ExecutionException("Cannot check " + file.getName() + ": " + e.getMessage(), e);
        }
        IWorkbenchWindow w = HandlerUtil.getActiveWorkbenchWindow(event);
        if (w != null && !problems.isEmpty()) {
            try {
                w.getActivePage().showView(IPageLayout.ID_PROBLEM_VIEW);
            } catch (PartInitException e) {
                // the markers are there; the view is a convenience
            }
        }
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        if (part != null && part.getSite() instanceof IViewSite site)
            site.getActionBars().getStatusLineManager().setMessage(file.getName() + ": " + (problems.isEmpty() ? "no problems" : problems.size() + " problem(s)"));
        return null;
    }
}
