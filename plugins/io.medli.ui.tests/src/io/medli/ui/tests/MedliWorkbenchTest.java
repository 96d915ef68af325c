package io.medli.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import io.medli.ui.MedliUi;
import io.medli.ui.internal.ModelSummaryView;

/** The product's workbench starts in the MEDLI perspective and its Model Summary shows a real model. */
@org.junit.jupiter.api.extension.ExtendWith(NoErrorLogged.class)
class MedliWorkbenchTest {

    @Test
    void workbenchOpensTheMedliPerspective() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "a workbench window is open");
        assertEquals(MedliUi.PERSPECTIVE_ID, PlatformUI.getWorkbench().getPerspectiveRegistry().getDefaultPerspective(),
                "the product makes MEDLI the default perspective");
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(MedliUi.PERSPECTIVE_ID, window);
        assertEquals(MedliUi.PERSPECTIVE_ID, page.getPerspective().getId());
        assertEquals("MEDLI", page.getPerspective().getLabel());
        assertNotNull(page.findView(MedliUi.MODEL_SUMMARY_VIEW_ID), "the Model Summary view is part of the perspective");
        assertNotNull(page.findView("org.eclipse.ui.navigator.ProjectExplorer"), "the Project Explorer is part of the perspective");
    }

    @Test
    void modelSummaryShowsTheSelectedModel() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(MedliUi.PERSPECTIVE_ID, window);
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("models");
        if (!project.exists()) project.create(null);
        project.open(null);
        IFile file = project.getFile("mlsd_tiny.onnx");
        Path real = Path.of(System.getProperty("medli.models.dir", "build/models"), "mlsd_320x320_tiny.onnx");
        try (InputStream in = Files.newInputStream(real)) {
            if (file.exists()) file.setContents(in, true, false, null); else file.create(in, true, null);
        }
        IViewPart part = page.showView(MedliUi.MODEL_SUMMARY_VIEW_ID);
        ModelSummaryView view = (ModelSummaryView) part;
        view.show(file);
        Job.getJobManager().join(MedliUi.JOB_FAMILY, null);
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 10_000;
        while (view.rows().isEmpty() && System.currentTimeMillis() < deadline) {
            if (!display.readAndDispatch()) display.sleep();
        }
        List<String[]> rows = view.rows();
        assertTrue(rows.stream().anyMatch(r -> r[0].equals("Parameters") && r[1].equals("614,229")), "parameters row");
        assertTrue(rows.stream().anyMatch(r -> r[0].equals("Output") && r[1].equals("scores  float32[1,160,160,1]")), "output row");
        // what a person sees: the table widget holds the same text
        Table table = findTable(part.getSite().getShell());
        assertNotNull(table);
        boolean seen = false;
        for (var item : table.getItems()) {
            if (item.getText(0).equals("Parameters") && item.getText(1).equals("614,229")) seen = true;
        }
        assertTrue(seen, "the table shows the parameter count");
        Screenshots.take(part.getSite().getShell(), "model-summary.png");
    }

    private static Table findTable(org.eclipse.swt.widgets.Composite c) {
        for (var child : c.getChildren()) {
            if (child instanceof Table t && t.getColumnCount() == 2 && t.getColumn(0).getText().equals("Property")) return t;
            if (child instanceof org.eclipse.swt.widgets.Composite cc) {
                Table t = findTable(cc);
                if (t != null) return t;
            }
        }
        return null;
    }
}
