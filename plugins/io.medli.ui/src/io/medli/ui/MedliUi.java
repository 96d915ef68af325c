package io.medli.ui;

/** Identifiers of the MEDLI Studio UI, for other bundles and tests. */
public final class MedliUi {
    public static final String PLUGIN_ID = "io.medli.ui";
    public static final String PERSPECTIVE_ID = "io.medli.ui.perspective";
    public static final String MODEL_SUMMARY_VIEW_ID = "io.medli.ui.modelSummary";
    /** Family of the jobs that read models for the UI (tests join it instead of sleeping). */
    public static final Object JOB_FAMILY = MedliUi.class;

    private MedliUi() {
    }
}
