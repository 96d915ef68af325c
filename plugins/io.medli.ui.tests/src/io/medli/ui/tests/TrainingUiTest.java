package io.medli.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.medli.train.TrainingEvent;
import io.medli.train.TrainingSpec;
import io.medli.ui.internal.training.TrainModelDialog;
import io.medli.ui.internal.training.TrainModelHandler;
import io.medli.ui.internal.training.TrainingJob;
import io.medli.ui.internal.training.TrainingView;

/** Training from the IDE: the dialog checks its fields, the job runs a real worker, the view charts it live, Stop cancels. */
@org.junit.jupiter.api.extension.ExtendWith(NoErrorLogged.class)
class TrainingUiTest {
    private static final String FASHION = "/usr/share/datasets/fashion-mnist";

    @TempDir
    Path dir;

    private static TrainingView view() throws Exception {
        return (TrainingView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(TrainingView.ID);
    }

    @Test
    void dialogNamesWhatIsMissing() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        TrainModelDialog d = new TrainModelDialog(window.getShell());
        d.setBlockOnOpen(false);
        d.open();
        try {
            d.fill("train", dir.resolve("nowhere").toString(), "cnn", "", 3, dir.resolve("m.onnx").toString());
            assertTrue(d.errorMessage().contains("does not exist"), d.errorMessage());
            d.fill("train", FASHION, "cnn", "width", 3, dir.resolve("m.onnx").toString());
            assertTrue(d.errorMessage().contains("KEY=VALUE"), d.errorMessage());
            d.fill("distill", FASHION, "cnn", "width=8", 3, dir.resolve("m.onnx").toString());
            assertTrue(d.errorMessage().contains("teacher"), d.errorMessage());
            d.fill("train", FASHION, "cnn", "width=8", 3, dir.resolve("m.onnx").toString());
            assertNull(d.errorMessage());
        } finally {
            d.close();
        }
    }

    @Test
    void trainingRunsInAWorkerWithALiveChart() throws Exception {
        Path out = dir.resolve("ide.onnx");
        TrainingSpec spec = new TrainingSpec().data(FASHION).student("cnn").studentParam("width", "4").samplesPerClass(20).epochs(2)
                .threads(1).out(out.toString());
        TrainingJob job = TrainModelHandler.start(PlatformUI.getWorkbench().getActiveWorkbenchWindow(), spec);
        UiWait.until(() -> job.getResult() != null, 180_000, "the training job");
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        assertInstanceOf(TrainingEvent.Finished.class, job.result());
        TrainingView view = view();
        UiWait.until(() -> view.chart().points().size() == 2, 10_000, "two epochs on the chart");
        assertTrue(view.statusText().startsWith("Wrote " + out), view.statusText());
        assertTrue(Files.isRegularFile(out));
    }

    @Test
    void stopCancelsBetweenStepsAndKeepsTheCheckpoint() throws Exception {
        Path out = dir.resolve("stopped.onnx");
        TrainingSpec spec = new TrainingSpec().data(FASHION).student("cnn").studentParam("width", "4").samplesPerClass(100).epochs(200)
                .threads(1).out(out.toString());
        TrainingJob job = TrainModelHandler.start(PlatformUI.getWorkbench().getActiveWorkbenchWindow(), spec);
        boolean[] done = new boolean[1];
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                done[0] = true;
            }
        });
        TrainingView view = view();
        UiWait.until(() -> !view.chart().points().isEmpty() || done[0], 180_000, "a first epoch on the chart");
        job.cancel();
        UiWait.until(() -> done[0], 60_000, "the job to stop");
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity(), job.getResult().getMessage());
        UiWait.until(() -> view.statusText().startsWith("Stopped: "), 10_000, "the view to say it stopped");
        assertTrue(Files.isRegularFile(Path.of(spec.checkpointDir(), "last.params")), "the checkpoint stays");
        assertTrue(!Files.exists(out), "no model from a stopped run");
    }
}
