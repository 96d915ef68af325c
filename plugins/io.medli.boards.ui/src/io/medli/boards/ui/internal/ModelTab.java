package io.medli.boards.ui.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.FilteredResourcesSelectionDialog;

import io.medli.launch.EdgeBenchmarking;

/** The Model tab: the .onnx file and the sizes of its symbolic dimensions (inputs are generated, seeded). */
final class ModelTab extends FieldsTab {
    private Text model, dims;

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(3, false));
        model = text(c, "&Model:", "model", "the .onnx file in the workspace", 1);
        Button browse = new Button(c, SWT.PUSH);
        browse.setText("&Browse...");
        browse.addListener(SWT.Selection, e -> browse());
        dims = text(c, "&Dimensions:", "dims", "sizes of symbolic dimensions, e.g. sequence_length=128,batch_size=1", 2);
        Label note = new Label(c, SWT.WRAP);
        note.setText("Inputs are generated (seeded random values of the right types; token ids inside their tables), so that the board's "
                + "outputs can be checked against this machine's.");
        note.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        setControl(c);
    }

    private void browse() {
        FilteredResourcesSelectionDialog d = new FilteredResourcesSelectionDialog(getShell(), false, ResourcesPlugin.getWorkspace().getRoot(), IResource.FILE);
        d.setTitle("Choose a model");
        d.setInitialPattern("*.onnx");
        if (d.open() == Window.OK && d.getResult().length > 0 && d.getResult()[0] instanceof IFile f) model.setText(f.getFullPath().toString());
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        EdgeBenchmarking.setDefaults(configuration, null);
    }

    @Override
    public void initializeFrom(ILaunchConfiguration configuration) {
        try {
            model.setText(configuration.getAttribute(EdgeBenchmarking.ATTR_MODEL, ""));
            dims.setText(configuration.getAttribute(EdgeBenchmarking.ATTR_DIMS, ""));
        } catch (CoreException e) {
            setErrorMessage(e.getStatus().getMessage());
        }
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(EdgeBenchmarking.ATTR_MODEL, model.getText().trim());
        configuration.setAttribute(EdgeBenchmarking.ATTR_DIMS, dims.getText().trim());
        IResource r = ResourcesPlugin.getWorkspace().getRoot().findMember(model.getText().trim());
        configuration.setMappedResources(r == null ? null : new IResource[] { r });
    }

    @Override
    public boolean isValid(ILaunchConfiguration configuration) {
        String path = model.getText().trim();
        IResource r = path.isEmpty() ? null : ResourcesPlugin.getWorkspace().getRoot().findMember(path);
        String error = path.isEmpty() ? "Choose the model to measure"
                : !(r instanceof IFile f) || !"onnx".equals(f.getFileExtension()) ? path + " is not an .onnx file in the workspace" : null;
        if (error == null) {
            for (String p : dims.getText().split(",")) {
                if (!p.isBlank() && !p.trim().matches("[^=\\s]+\\s*=\\s*\\d+")) {
                    error = "'" + p.trim() + "' is not NAME=SIZE";
                    break;
                }
            }
        }
        setErrorMessage(error);
        return error == null;
    }

    @Override
    public String getName() {
        return "Model";
    }
}
