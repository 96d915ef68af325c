package io.medli.launch;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import io.medli.onnx.progress.Monitor;

/** The core bundles' {@link Monitor} on top of an Eclipse progress monitor, for work run in jobs. */
public final class Monitors {
    private Monitors() {
    }

    /**
     * A {@link Monitor} that reports into {@code monitor} (its whole remaining work, in 1,000 ticks)
     * and is cancelled when it is: each {@code progress(task, done, total)} shows {@code task} as
     * the sub-task and moves the bar to {@code done / total}.
     */
    public static Monitor of(IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, 1000);
        return new Monitor() {
            private int ticks;
            private String shown;

            @Override
            public void progress(String task, int done, int total) {
                if (task != null && !task.equals(shown)) {
                    sub.subTask(task);
                    shown = task;
                }
                int target = total <= 0 ? ticks : (int) Math.min(1000, 1000L * done / total);
                if (target > ticks) {
                    sub.worked(target - ticks);
                    ticks = target;
                }
            }

            @Override
            public boolean cancelled() {
                return sub.isCanceled();
            }
        };
    }
}
