package io.medli.launch;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;

import io.medli.train.TrainingProcess;

/**
 * How the IDE starts the training worker JVM, read headless so that launches, jobs and the
 * preference page agree. The value lives in the MEDLI preference page's node.
 */
public final class WorkerSettings {
    /** The preference node of Window > Preferences > MEDLI Studio. */
    public static final String NODE = "io.medli.ui";
    /** Maximum heap of the training worker JVM, in MiB. */
    public static final String WORKER_HEAP_MB = "workerHeapMb";
    public static final int DEFAULT_WORKER_HEAP_MB = 4096, MIN_WORKER_HEAP_MB = 256, MAX_WORKER_HEAP_MB = 262_144;

    private WorkerSettings() {
    }

    public static int workerHeapMb() {
        int v = Platform.getPreferencesService().getInt(NODE, WORKER_HEAP_MB, DEFAULT_WORKER_HEAP_MB, null);
        return Math.max(MIN_WORKER_HEAP_MB, Math.min(MAX_WORKER_HEAP_MB, v));
    }

    /** The worker on this Java runtime and these bundles, with the preferred heap, logging to {@code log}. */
    public static TrainingProcess.WorkerSetup workerSetup(Path log) {
        return TrainingProcess.WorkerSetup.ofThisRuntime(log).withHeapMb(workerHeapMb());
    }
}
