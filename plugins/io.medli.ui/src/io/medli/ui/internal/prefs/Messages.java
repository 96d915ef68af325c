package io.medli.ui.internal.prefs;

import org.eclipse.osgi.util.NLS;

/** The preference page's texts, from messages.properties (translations beside it, messages_de.properties, ...). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.medli.ui.internal.prefs.messages";

    public static String PreferencePage_description;
    public static String PreferencePage_workerHeap;
    public static String PreferencePage_workerHeapTip;
    public static String PreferencePage_ortThreads;
    public static String PreferencePage_ortThreadsTip;
    public static String PreferencePage_dataFolder;
    public static String PreferencePage_modelsFolder;
    public static String PreferencePage_heapRange;
    public static String PreferencePage_threadsRange;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
