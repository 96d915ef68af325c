package io.medli.ui.internal.training;

import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import io.medli.train.TrainingEvent;
import io.medli.train.TrainingListener;
import io.medli.ui.internal.Messages;

/** The running (or last) training: its status, a live loss/accuracy chart and its messages; Stop cancels it. */
public final class TrainingView extends ViewPart {
    public static final String ID = "io.medli.ui.training";

    private Label status;
    private TrainingChart chart;
    private Text log;
    private TrainingJob job;
    private Action stop;
    private final TrainingListener listener = e -> {
        if (status != null && !status.isDisposed()) status.getDisplay().asyncExec(() -> show(e));
    };

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        status.setText(Messages.View_idle);
        chart = new TrainingChart(parent);
        GridData cd = new GridData(SWT.FILL, SWT.FILL, true, true);
        cd.heightHint = 220;
        chart.setLayoutData(cd);
        log = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.WRAP | SWT.BORDER);
        GridData ld = new GridData(SWT.FILL, SWT.FILL, true, false);
        ld.heightHint = 90;
        log.setLayoutData(ld);
        stop = new Action(Messages.View_stop) {
            @Override
            public void run() {
                if (job != null) job.cancel();
            }
        };
        stop.setToolTipText(Messages.View_stopTip);
        stop.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ELCL_STOP));
        stop.setEnabled(false);
        getViewSite().getActionBars().getToolBarManager().add(stop);
    }

    /** Follows {@code j} from now on (its past events are replayed). */
    public void follow(TrainingJob j) {
        if (job != null) job.removeListener(listener);
        job = j;
        chart.clear();
        log.setText("");
        status.setText(j.getName());
        stop.setEnabled(true);
        j.addListener(listener);
    }

    public TrainingChart chart() {
        return chart;
    }

    public String statusText() {
        return status.getText();
    }

    private void show(TrainingEvent e) {
        if (chart.isDisposed()) return;
        switch (e) {
            case TrainingEvent.Started s -> status.setText(String.format("%s: %,d parameters, %d training / %d validation samples, %d epochs",
                    s.description(), s.parameters(), s.trainSamples(), s.validationSamples(), s.epochs()));
            case TrainingEvent.Step s -> {
                if (s.epoch() > 0 && Float.isFinite(s.loss())) chart.running(s.loss());
            }
            case TrainingEvent.EpochEnd x -> {
                chart.add(new TrainingChart.Point(x.epoch(), x.trainLoss(), x.validationLoss(), x.trainAccuracy(), x.validationAccuracy()));
                append(String.format("epoch %d: loss %.4f, val loss %.4f, val accuracy %.2f%%%s (%.1f s)", x.epoch(), x.trainLoss(),
                        x.validationLoss(), x.validationAccuracy() * 100, x.best() ? ", best so far" : "", x.seconds()));
            }
            case TrainingEvent.Message m -> append((m.level().equals("WARNING") ? NLS.bind(Messages.View_warning, m.text()) : m.text()));
            case TrainingEvent.Checkpoint c -> {
            }
            case TrainingEvent.Finished f -> {
                stop.setEnabled(false);
                status.setText(String.format("Wrote %s: best epoch %d of %d, validation accuracy %.2f%%%s; ONNX export checked (%.1e)",
                        f.model(), f.bestEpoch(), f.epochsRun(), f.validationAccuracy() * 100,
                        Float.isNaN(f.testAccuracy()) ? "" : String.format(", test accuracy %.2f%%", f.testAccuracy() * 100), f.parity()));
            }
            case TrainingEvent.Failed f -> {
                stop.setEnabled(false);
                status.setText(NLS.bind(Messages.View_ended, f.cancelled() ? Messages.View_stopped : Messages.View_failed, f.message()));
            }
        }
        status.getParent().layout(true);
    }

    private void append(String line) {
        log.append((log.getCharCount() == 0 ? "" : "\n") + line);
    }

    @Override
    public void setFocus() {
        chart.setFocus();
    }

    @Override
    public void dispose() {
        if (job != null) job.removeListener(listener);
        super.dispose();
    }
}
