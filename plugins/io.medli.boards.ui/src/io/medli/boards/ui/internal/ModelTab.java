package io.medli.boards.ui.internal;

import java.io.IOException;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;
import org.eclipse.ui.dialogs.FilteredResourcesSelectionDialog;

import io.medli.agent.SampleSets;

import io.medli.launch.EdgeBenchmarking;

/** The Model tab: the .onnx file, the sizes of its symbolic dimensions, and inputs generated or from a data set. */
final class ModelTab extends FieldsTab {
    private Text model, dims, samples;
    private Button generated, fromData, browseData;

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(3, false));
        model = text(c, "&Model:", "model", "the .onnx file in the workspace", 1);
        Button browse = new Button(c, SWT.PUSH);
        browse.setText("&Browse...");
        browse.addListener(SWT.Selection, e -> browse());
        dims = text(c, "&Dimensions:", "dims", "sizes of symbolic dimensions, e.g. sequence_length=128,batch_size=1", 2);
        generated = new Button(c, SWT.RADIO);
        generated.setText("&Generated inputs (seeded random values of the right types; token ids inside their tables)");
        generated.setData("field", "generated");
        generated.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        fromData = new Button(c, SWT.RADIO);
        fromData.setText("Inputs from a &data set:");
        fromData.setData("field", "fromData");
        samples = new Text(c, SWT.BORDER);
        samples.setData("field", "samples");
        samples.setToolTipText("a workspace folder in ONNX's test-data layout: input_0.pb, ... or test_data_set_*/input_0.pb; sent to boards with the model");
        samples.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        samples.addModifyListener(e -> changed());
        browseData = new Button(c, SWT.PUSH);
        browseData.setText("B&rowse...");
        browseData.addListener(SWT.Selection, e -> browseData());
        generated.addListener(SWT.Selection, e -> inputsChanged());
        fromData.addListener(SWT.Selection, e -> inputsChanged());
        Label note = new Label(c, SWT.WRAP);
        note.setText("A board's outputs are checked against this machine's on the same inputs.");
        note.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        setControl(c);
    }

    private void browse() {
        FilteredResourcesSelectionDialog d = new FilteredResourcesSelectionDialog(getShell(), false, ResourcesPlugin.getWorkspace().getRoot(), IResource.FILE);
        d.setTitle("Choose a model");
        d.setInitialPattern("*.onnx");
        if (d.open() == Window.OK && d.getResult().length > 0 && d.getResult()[0] instanceof IFile f) model.setText(f.getFullPath().toString());
    }

    private void browseData() {
        ContainerSelectionDialog d = new ContainerSelectionDialog(getShell(), ResourcesPlugin.getWorkspace().getRoot(), false, "Choose the folder of input samples");
        if (d.open() == Window.OK && d.getResult().length > 0 && d.getResult()[0] instanceof IPath p) samples.setText(p.toString());
    }

    private void inputsChanged() {
        samples.setEnabled(fromData.getSelection());
        browseData.setEnabled(fromData.getSelection());
        changed();
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
            String data = configuration.getAttribute(EdgeBenchmarking.ATTR_SAMPLES, "");
            samples.setText(data);
            fromData.setSelection(!data.isEmpty());
            generated.setSelection(data.isEmpty());
            samples.setEnabled(!data.isEmpty());
            browseData.setEnabled(!data.isEmpty());
        } catch (CoreException e) {
            setErrorMessage(e.getStatus().getMessage());
        }
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(EdgeBenchmarking.ATTR_MODEL, model.getText().trim());
        configuration.setAttribute(EdgeBenchmarking.ATTR_DIMS, dims.getText().trim());
        configuration.setAttribute(EdgeBenchmarking.ATTR_SAMPLES, fromData.getSelection() ? samples.getText().trim() : "");
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
        if (error == null && fromData.getSelection()) error = checkSamples(samples.getText().trim());
        setErrorMessage(error);
        return error == null;
    }

    private static String checkSamples(String path) {
        if (path.isEmpty()) return "Choose the data set's folder, or generated inputs";
        IResource r = ResourcesPlugin.getWorkspace().getRoot().findMember(path);
        if (!(r instanceof IContainer f) || f.getLocation() == null) return path + " is not a folder in the workspace";
        try {
            SampleSets.sets(f.getLocation().toFile().toPath());
            return null;
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    @Override
    public String getName() {
        return "Model";
    }
}
