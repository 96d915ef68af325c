package io.medli.ui.internal;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;

import io.medli.ui.MedliUi;

/**
 * The platform log (Error Log view, .metadata/.log) for failures the user should be able to
 * report: unexpected exceptions and failed writes. Expected problems of a model or of input
 * (a file that is not ONNX, a refused edit) are shown where they happen, not logged.
 */
public final class UiLog {
    private UiLog() {
    }

    public static void error(String message, Throwable cause) {
        Platform.getLog(UiLog.class).log(new Status(IStatus.ERROR, MedliUi.PLUGIN_ID, message, cause));
    }

    public static void warning(String message, Throwable cause) {
        Platform.getLog(UiLog.class).log(new Status(IStatus.WARNING, MedliUi.PLUGIN_ID, message, cause));
    }
}
