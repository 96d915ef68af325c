package io.medli.ui.internal.training;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import io.medli.train.TrainingSpec;

/** MEDLI > Train a Model...: asks what to train, starts the job, shows the Training view. */
public final class TrainModelHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        TrainModelDialog dialog = new TrainModelDialog(window.getShell());
        if (dialog.open() != Window.OK) return null;
        start(window, dialog.spec());
        return null;
    }

    /** Schedules a training job for {@code spec} and makes the Training view follow it. */
    public static TrainingJob start(IWorkbenchWindow window, TrainingSpec spec) throws ExecutionException {
        TrainingJob job = new TrainingJob(spec);
        try {
            TrainingView view = (TrainingView) window.getActivePage().showView(TrainingView.ID);
            view.follow(job);
        } catch (PartInitException e) {
            throw new ExecutionException("cannot open the Training view", e);
        }
        job.schedule();
        return job;
    }
}
