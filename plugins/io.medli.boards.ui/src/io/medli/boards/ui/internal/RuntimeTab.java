package io.medli.boards.ui.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.medli.launch.EdgeBenchmarking;
import io.medli.runtime.Providers;

/** The Runtime tab: intra-op threads to sweep, ONNX Runtime's optimization level, the execution provider. */
final class RuntimeTab extends FieldsTab {
    private static final String[] LEVELS = { "all", "extended", "basic", "none" };
    /** Providers ONNX Runtime's Java API can add; which a target has depends on its build. */
    private static final String[] PROVIDERS = { "CPU", "XNNPACK", "ACL", "DNNL", "OPEN_VINO", "CUDA", "TENSOR_RT", "ROCM", "QNN", "NNAPI" };
    private Text threads;
    private Combo optimization, provider;

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(2, false));
        threads = text(c, "&Threads:", "threads", "intra-op threads to sweep, e.g. 1,2,4; 0 = ONNX Runtime's default", 1);
        optimization = combo(c, "&Optimization:", "optimization", LEVELS, SWT.READ_ONLY);
        provider = combo(c, "&Execution provider:", "provider", PROVIDERS, SWT.DROP_DOWN);
        provider.setToolTipText("the target's ONNX Runtime must hold it; the CPU runs the nodes the provider does not take");
        Label note = new Label(c, SWT.WRAP);
        note.setText("This machine's ONNX Runtime has: " + String.join(", ", Providers.available())
                + ". A board's are shown by Test Connection in the Boards view; a provider the target lacks stops the run with that list.");
        note.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        setControl(c);
    }

    private Combo combo(Composite c, String label, String field, String[] items, int style) {
        new Label(c, SWT.NONE).setText(label);
        Combo combo = new Combo(c, style);
        combo.setItems(items);
        combo.setData("field", field);
        combo.addListener(SWT.Selection, e -> changed());
        combo.addListener(SWT.Modify, e -> changed());
        return combo;
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        // the Model tab sets every default
    }

    @Override
    public void initializeFrom(ILaunchConfiguration c) {
        try {
            threads.setText(c.getAttribute(EdgeBenchmarking.ATTR_THREADS, "0"));
            optimization.setText(c.getAttribute(EdgeBenchmarking.ATTR_OPTIMIZATION, "all"));
            provider.setText(c.getAttribute(EdgeBenchmarking.ATTR_PROVIDER, Providers.CPU));
        } catch (CoreException e) {
            setErrorMessage(e.getStatus().getMessage());
        }
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy c) {
        c.setAttribute(EdgeBenchmarking.ATTR_THREADS, threads.getText().replace(" ", ""));
        c.setAttribute(EdgeBenchmarking.ATTR_OPTIMIZATION, optimization.getText());
        c.setAttribute(EdgeBenchmarking.ATTR_PROVIDER, provider.getText().trim().toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public boolean isValid(ILaunchConfiguration configuration) {
        String error = checkList("Threads", threads.getText(), 0);
        if (error == null && !provider.getText().trim().matches("[A-Za-z_]+")) error = "Execution provider: give a name such as CPU or XNNPACK";
        setErrorMessage(error);
        return error == null;
    }

    @Override
    public String getName() {
        return "Runtime";
    }
}
