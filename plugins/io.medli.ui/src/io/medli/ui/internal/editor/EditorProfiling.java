package io.medli.ui.internal.editor;

import org.eclipse.osgi.util.NLS;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import io.medli.onnx.proto.ModelProto;
import io.medli.ui.MedliUi;

/**
 * The sizes of the model's open input dimensions (asked once, with suggestions) and profiling the
 * current model on this machine in a job ({@link io.medli.runtime.NodeProfiler}); for the roofline
 * heat map also each node's floor on this machine's peaks (measured once per session).
 */
final class EditorProfiling {
    /** This machine's peaks, measured at the first roofline heat map of the session (some seconds). */
    private static volatile io.medli.decide.roofline.Peaks peaks;
    private final OnnxModelEditor editor;

    EditorProfiling(OnnxModelEditor editor) {
        this.editor = editor;
    }

    /**
     * Asks for the sizes the model's inputs leave open (prefilled with the last values, else with
     * suggestions from the metadata or the input's role); false when cancelled.
     */
    boolean editInputSizes() {
        if (editor.document() == null) return false;
        ModelProto m = editor.document().current();
        java.util.List<io.medli.runtime.InputSizes.Open> open = io.medli.runtime.InputSizes.open(m);
        if (open.isEmpty()) {
            org.eclipse.jface.dialogs.MessageDialog.openInformation(editor.getSite().getShell(), Messages.Profiling_sizes_title,
                    Messages.Profiling_sizes_fixed);
            return true;
        }
        long[] current = new long[open.size()];
        for (int i = 0; i < open.size(); i++) current[i] = currentSize(m, open.get(i));
        InputSizesDialog d = new InputSizesDialog(editor.getSite().getShell(), open, current);
        if (d.open() != org.eclipse.jface.window.Window.OK) return false;
        editor.setInputSizes(io.medli.runtime.InputSizes.apply(m, open, d.values(), io.medli.runtime.RunOptions.defaults()));
        return true;
    }

    private long currentSize(ModelProto m, io.medli.runtime.InputSizes.Open o) {
        io.medli.runtime.RunOptions s = editor.inputSizes();
        if (s != null) {
            if (!o.symbol().isEmpty() && s.dims().containsKey(o.symbol())) return s.dims().get(o.symbol());
            long[] shape = s.shapes().get(o.input());
            if (shape != null && o.axis() < shape.length) return shape[o.axis()];
        }
        return o.suggested();
    }

    void profile() {
        profile(false);
    }

    /** @param roofline also this machine's peaks and each node's floor */
    void profile(boolean roofline) {
        if (editor.document() == null) return;
        ModelProto m = editor.document().current();
        if (editor.inputSizes() == null && !io.medli.runtime.InputSizes.open(m).isEmpty() && !editInputSizes()) return;
        io.medli.runtime.RunOptions given = editor.inputSizes() == null ? io.medli.runtime.RunOptions.defaults() : editor.inputSizes();
        int threads = io.medli.ui.internal.prefs.MedliPreferences.ortThreads();
        io.medli.runtime.RunOptions sizes = threads > 0 ? given.withThreads(threads) : given;
        Job job = new Job(NLS.bind(Messages.Profiling_job, editor.getPartName())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                SubMonitor sub = SubMonitor.convert(monitor, roofline ? 5 : 3);
                try {
                    sub.worked(1);
                    java.util.List<io.medli.runtime.NodeTiming> timings = io.medli.runtime.NodeProfiler.profile(m, sizes, 10);
                    sub.worked(1);
                    java.util.Map<String, Double> floors = null;
                    if (roofline) {
                        sub.subTask(Messages.Profiling_peaks);
                        io.medli.decide.roofline.Peaks p = peaks;
                        if (p == null) peaks = p = io.medli.decide.roofline.PeakProbe.measure(sizes.intraOpThreads(), monitor::isCanceled);
                        sub.worked(1);
                        floors = new java.util.HashMap<>();
                        for (io.medli.decide.roofline.Roofline.Node n : io.medli.decide.roofline.Roofline.of(m, sizes.dims(), p).nodes())
                            floors.put(n.name(), n.floorSeconds() * 1e6);
                        sub.worked(1);
                    }
                    if (monitor.isCanceled()) return Status.CANCEL_STATUS;
                    java.util.Map<String, Double> f = floors;
                    Display.getDefault().asyncExec(() -> {
                        if (!editor.isClosed()) editor.profiled(timings, f);
                    });
                    return Status.OK_STATUS;
                } catch (IOException | io.medli.runtime.ModelRunException e) {
                    return Status.error(NLS.bind(Messages.Profiling_failed, e.getMessage()), e);
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == MedliUi.JOB_FAMILY;
            }
        };
        job.setUser(true);
        job.schedule();
    }
}
