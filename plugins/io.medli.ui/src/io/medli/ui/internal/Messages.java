package io.medli.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the MEDLI views and the training dialog, from messages.properties beside this class. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.medli.ui.internal.messages";

    public static String Train_shell;
    public static String Train_title;
    public static String Train_message;
    public static String Train_data;
    public static String Train_dataTip;
    public static String Train_params;
    public static String Train_paramsTip;
    public static String Train_model;
    public static String Train_modelTip;
    public static String Train_out;
    public static String Train_outTip;
    public static String Train_browse;
    public static String Train_noData;
    public static String Train_dataMissing;
    public static String Train_noTeacher;
    public static String Train_noBackbone;
    public static String Train_modelMissing;
    public static String Train_noCut;
    public static String Train_noOut;
    public static String Train_outFolderMissing;
    public static String Chart_empty;
    public static String View_idle;
    public static String View_stop;
    public static String View_stopTip;
    public static String View_warning;
    public static String View_ended;
    public static String View_stopped;
    public static String View_failed;
    public static String Summary_hint;
    public static String Summary_property;
    public static String Summary_value;
    public static String Summary_reading;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
