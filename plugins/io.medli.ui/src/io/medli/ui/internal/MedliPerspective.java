package io.medli.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import io.medli.ui.MedliUi;

/** Project Explorer on the left, editors in the middle, model summary and problems below. */
public final class MedliPerspective implements IPerspectiveFactory {
    private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("io.medli.ui.left", IPageLayout.LEFT, 0.22f, editors);
        left.addView(PROJECT_EXPLORER);
        IFolderLayout leftBottom = layout.createFolder("io.medli.ui.leftBottom", IPageLayout.BOTTOM, 0.5f, "io.medli.ui.left");
        leftBottom.addView(IPageLayout.ID_OUTLINE);
        IFolderLayout bottom = layout.createFolder("io.medli.ui.bottom", IPageLayout.BOTTOM, 0.62f, editors);
        bottom.addView(MedliUi.MODEL_SUMMARY_VIEW_ID);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addPlaceholder("io.medli.boards.ui.boardsView"); // the Boards and Benchmark Results views (io.medli.boards.ui), where they open
        bottom.addPlaceholder("io.medli.boards.ui.resultsView");
        bottom.addPlaceholder("org.eclipse.ui.console.ConsoleView");
        bottom.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);
        layout.addShowViewShortcut(MedliUi.MODEL_SUMMARY_VIEW_ID);
        layout.addShowViewShortcut(PROJECT_EXPLORER);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addShowViewShortcut("io.medli.ui.nodeProfile");
        layout.addShowViewShortcut("io.medli.boards.ui.boardsView");
        layout.addShowViewShortcut("io.medli.boards.ui.resultsView");
        layout.addPerspectiveShortcut(MedliUi.PERSPECTIVE_ID);
    }
}
