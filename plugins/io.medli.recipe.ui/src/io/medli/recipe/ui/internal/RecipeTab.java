package io.medli.recipe.ui.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.FilteredResourcesSelectionDialog;

import io.medli.launch.RecipeLaunching;
import io.medli.recipe.files.RecipeFiles;

/** The Recipe tab: which recipe file runs, and ONNX Runtime's threads for its timed steps. */
final class RecipeTab extends AbstractLaunchConfigurationTab {
    private Text file;
    private Spinner threads;

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(3, false));
        new Label(c, SWT.NONE).setText("&Recipe:");
        file = new Text(c, SWT.BORDER);
        file.setData("field", "file");
        file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        file.addModifyListener(e -> changed());
        Button browse = new Button(c, SWT.PUSH);
        browse.setText("&Browse...");
        browse.addListener(SWT.Selection, e -> browse());
        new Label(c, SWT.NONE).setText("&Threads:");
        threads = new Spinner(c, SWT.BORDER);
        threads.setMinimum(0);
        threads.setMaximum(256);
        threads.setToolTipText("ONNX Runtime threads inside an operator for the Benchmark and Evaluate steps; 0 = ONNX Runtime's default");
        threads.addModifyListener(e -> changed());
        new Label(c, SWT.NONE).setText("0 = ONNX Runtime's default");
        setControl(c);
    }

    private void changed() {
        setDirty(true);
        updateLaunchConfigurationDialog();
    }

    private void browse() {
        FilteredResourcesSelectionDialog d = new FilteredResourcesSelectionDialog(getShell(), false, ResourcesPlugin.getWorkspace().getRoot(), IResource.FILE);
        d.setTitle("Choose a recipe");
        d.setInitialPattern("*." + RecipeFiles.EXTENSION);
        if (d.open() == Window.OK && d.getResult().length > 0 && d.getResult()[0] instanceof IFile f) {
            file.setText(f.getFullPath().toString());
        }
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        RecipeLaunching.setDefaults(configuration, null);
    }

    @Override
    public void initializeFrom(ILaunchConfiguration configuration) {
        try {
            file.setText(configuration.getAttribute(RecipeLaunching.ATTR_FILE, ""));
            threads.setSelection(configuration.getAttribute(RecipeLaunching.ATTR_THREADS, 0));
        } catch (CoreException e) {
            setErrorMessage(e.getStatus().getMessage());
        }
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(RecipeLaunching.ATTR_FILE, file.getText().trim());
        configuration.setAttribute(RecipeLaunching.ATTR_THREADS, threads.getSelection());
        IResource r = ResourcesPlugin.getWorkspace().getRoot().findMember(file.getText().trim());
        configuration.setMappedResources(r == null ? null : new IResource[] { r });
    }

    @Override
    public boolean isValid(ILaunchConfiguration configuration) {
        String path = file.getText().trim();
        IResource r = path.isEmpty() ? null : ResourcesPlugin.getWorkspace().getRoot().findMember(path);
        if (path.isEmpty()) {
            setErrorMessage("Choose the recipe to run");
        } else if (!(r instanceof IFile f) || !RecipeFiles.EXTENSION.equals(f.getFileExtension())) {
            setErrorMessage(path + " is not a ." + RecipeFiles.EXTENSION + " file in the workspace");
        } else {
            setErrorMessage(null);
            return true;
        }
        return false;
    }

    @Override
    public String getName() {
        return "Recipe";
    }
}
