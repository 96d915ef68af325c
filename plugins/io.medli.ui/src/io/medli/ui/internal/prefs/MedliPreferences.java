package io.medli.ui.internal.prefs;

import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

import io.medli.launch.WorkerSettings;
import io.medli.ui.MedliUi;

/**
 * MEDLI Studio's workspace preferences (Window > Preferences > MEDLI Studio): what long work in
 * the IDE uses unless a dialog says otherwise. Secrets never go here (secure storage does).
 */
public final class MedliPreferences {
    /** Maximum heap of the training worker JVM, in MiB. */
    public static final String WORKER_HEAP_MB = WorkerSettings.WORKER_HEAP_MB;
    /** ONNX Runtime threads inside an operator for profiling and checks in the IDE; 0 = ONNX Runtime's default. */
    public static final String ORT_THREADS = "ortThreads";
    /** Where the file dialogs for data (image folders, data sets) start; empty = the dialog's own default. */
    public static final String DATA_FOLDER = "dataFolder";
    /** Where the file dialogs for models and outputs start; empty = the dialog's own default. */
    public static final String MODELS_FOLDER = "modelsFolder";

    public static final int DEFAULT_WORKER_HEAP_MB = WorkerSettings.DEFAULT_WORKER_HEAP_MB, MIN_WORKER_HEAP_MB = WorkerSettings.MIN_WORKER_HEAP_MB,
            MAX_WORKER_HEAP_MB = WorkerSettings.MAX_WORKER_HEAP_MB;
    public static final int MAX_ORT_THREADS = 256;

    private MedliPreferences() {
    }

    /** Puts the defaults in the default scope (called before the page or any reader uses them). */
    public static void initializeDefaults() {
        IEclipsePreferences d = DefaultScope.INSTANCE.getNode(MedliUi.PLUGIN_ID);
        d.putInt(WORKER_HEAP_MB, DEFAULT_WORKER_HEAP_MB);
        d.putInt(ORT_THREADS, 0);
        d.put(DATA_FOLDER, "");
        d.put(MODELS_FOLDER, "");
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(MedliUi.PLUGIN_ID);
    }

    public static int workerHeapMb() {
        return WorkerSettings.workerHeapMb();
    }

    public static int ortThreads() {
        return Math.max(0, Math.min(MAX_ORT_THREADS, node().getInt(ORT_THREADS, 0)));
    }

    public static String dataFolder() {
        return node().get(DATA_FOLDER, "");
    }

    public static String modelsFolder() {
        return node().get(MODELS_FOLDER, "");
    }
}
