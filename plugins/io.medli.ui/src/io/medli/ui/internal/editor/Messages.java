package io.medli.ui.internal.editor;

import org.eclipse.osgi.util.NLS;

/** The graph editor's texts, from messages.properties beside this class. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.medli.ui.internal.editor.messages";

    public static String FindBar_label;
    public static String FindBar_close;
    public static String FindBar_notFound;
    public static String FindBar_position;
    public static String Menu_goToProducer;
    public static String Menu_goToConsumer;
    public static String Menu_openSubgraph;
    public static String Menu_openFunction;
    public static String Menu_back;
    public static String Menu_rename;
    public static String Menu_changeShape;
    public static String Menu_renameTensor;
    public static String Menu_makeOutput;
    public static String Menu_cut;
    public static String Menu_replaceHead;
    public static String Menu_extract;
    public static String Dialog_renameTensor_title;
    public static String Dialog_renameTensor_message;
    public static String Dialog_renameTensor_empty;
    public static String Dialog_renameNode_title;
    public static String Dialog_renameNode_message;
    public static String Dialog_renameNode_empty;
    public static String Dialog_head_title;
    public static String Dialog_head_message;
    public static String Dialog_head_gemm;
    public static String Dialog_head_conv;
    public static String Dialog_cancel;
    public static String Dialog_head_classes;
    public static String Dialog_head_atLeastOne;
    public static String Dialog_head_wholeNumber;
    public static String Dialog_shape_title;
    public static String Dialog_shape_message;
    public static String Dialog_shape_invalid;
    public static String Dialog_extract_title;
    public static String Dialog_extract_inputs;
    public static String Dialog_extract_file;
    public static String Dialog_extract_invalidFile;
    public static String Dialog_extract_failed;
    public static String Sync_deleted_title;
    public static String Sync_deleted_message;
    public static String Sync_saving;
    public static String Sync_saveFailed_title;
    public static String Sync_saveFailed_message;
    public static String Profiling_sizes_title;
    public static String Profiling_sizes_fixed;
    public static String Profiling_job;
    public static String Profiling_failed;
    public static String Profiling_peaks;
    public static String Editor_notAModel;
    public static String Editor_opening;
    public static String Editor_notLocal;
    public static String Editor_cancelled;
    public static String Editor_profileView;
    public static String Menu_delete;
    public static String Editor_errorPage;
    public static String Breadcrumb_back;
    public static String Breadcrumb_readOnly;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
