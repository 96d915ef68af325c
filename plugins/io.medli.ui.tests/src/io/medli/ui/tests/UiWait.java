package io.medli.ui.tests;

import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import io.medli.ui.MedliUi;

/** Waiting in UI tests: on job families and conditions, dispatching events meanwhile, never sleeping blind. */
final class UiWait {
    private UiWait() {
    }

    static void dispatch(long millis) {
        Display d = Display.getCurrent();
        long until = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < until) {
            if (!d.readAndDispatch()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Dispatches events until {@code condition} holds and MEDLI's jobs are done; fails after the timeout. */
    static void until(BooleanSupplier condition, long timeoutMillis, String what) {
        Display d = Display.getCurrent();
        long until = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < until) {
            while (d.readAndDispatch()) {
                // drain
            }
            if (condition.getAsBoolean() && Job.getJobManager().find(MedliUi.JOB_FAMILY).length == 0) {
                while (d.readAndDispatch()) {
                    // let asyncExecs posted by the jobs run
                }
                if (condition.getAsBoolean()) return;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("timed out after " + timeoutMillis + " ms waiting for " + what);
    }
}
