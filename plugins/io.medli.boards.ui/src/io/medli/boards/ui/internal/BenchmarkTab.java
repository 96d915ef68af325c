package io.medli.boards.ui.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import io.medli.launch.EdgeBenchmarking;

/** The Benchmark tab: warm-up, iterations or a duration, the batch sweep, the per-node profile. */
final class BenchmarkTab extends FieldsTab {
    private Text warmup, iterations, duration, batches;
    private Button profile;

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(2, false));
        warmup = text(c, "&Warm-up runs:", "warmup", "untimed runs before the timed ones", 1);
        iterations = text(c, "&Iterations:", "iterations", "timed runs per thread count and batch size", 1);
        duration = text(c, "&Duration (s):", "duration", "instead of iterations: run each configuration this long; 0 uses the iterations", 1);
        batches = text(c, "&Batch sizes:", "batches", "batch sizes to sweep, e.g. 1,4 (the first axis must be symbolic; generated inputs only)", 1);
        profile = new Button(c, SWT.CHECK);
        profile.setText("&Profile: time per node (ONNX Runtime's profiler)");
        profile.setData("field", "profile");
        profile.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        profile.addListener(SWT.Selection, e -> changed());
        setControl(c);
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        // the Model tab sets every default
    }

    @Override
    public void initializeFrom(ILaunchConfiguration c) {
        try {
            warmup.setText(Integer.toString(c.getAttribute(EdgeBenchmarking.ATTR_WARMUP, 10)));
            iterations.setText(Integer.toString(c.getAttribute(EdgeBenchmarking.ATTR_ITERATIONS, 100)));
            duration.setText(c.getAttribute(EdgeBenchmarking.ATTR_DURATION, "0"));
            batches.setText(c.getAttribute(EdgeBenchmarking.ATTR_BATCHES, "1"));
            profile.setSelection(c.getAttribute(EdgeBenchmarking.ATTR_PROFILE, false));
        } catch (CoreException e) {
            setErrorMessage(e.getStatus().getMessage());
        }
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy c) {
        c.setAttribute(EdgeBenchmarking.ATTR_WARMUP, parse(warmup.getText(), 10));
        c.setAttribute(EdgeBenchmarking.ATTR_ITERATIONS, parse(iterations.getText(), 100));
        c.setAttribute(EdgeBenchmarking.ATTR_DURATION, duration.getText().trim().isEmpty() ? "0" : duration.getText().trim());
        c.setAttribute(EdgeBenchmarking.ATTR_BATCHES, batches.getText().replace(" ", ""));
        c.setAttribute(EdgeBenchmarking.ATTR_PROFILE, profile.getSelection());
    }

    private static int parse(String s, int fallback) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    @Override
    public boolean isValid(ILaunchConfiguration configuration) {
        String error = checkList("Warm-up runs", warmup.getText(), 0);
        if (error == null) error = checkList("Iterations", iterations.getText(), 1);
        if (error == null) error = checkList("Batch sizes", batches.getText(), 1);
        if (error == null) {
            try {
                if (Double.parseDouble(duration.getText().trim().isEmpty() ? "0" : duration.getText().trim()) < 0) error = "Duration: must be 0 or more seconds";
            } catch (NumberFormatException e) {
                error = "Duration: '" + duration.getText().trim() + "' is not a number of seconds";
            }
        }
        setErrorMessage(error);
        return error == null;
    }

    @Override
    public String getName() {
        return "Benchmark";
    }
}
