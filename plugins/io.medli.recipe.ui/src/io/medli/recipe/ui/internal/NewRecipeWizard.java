package io.medli.recipe.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import io.medli.recipe.Recipe;
import io.medli.recipe.files.RecipeFileException;
import io.medli.recipe.files.RecipeFiles;
import io.medli.recipe.templates.ModelKind;
import io.medli.recipe.templates.RecipeTemplates;

/**
 * Compress...: a new recipe for a model, its steps and goals proposed from what the model is and the
 * data in its project; Finish saves it beside the model, opens it in the recipe editor and, unless
 * asked not to, runs it (the run judges the goals; everything can be changed and run again).
 */
public final class NewRecipeWizard extends Wizard {
    private final IFile model;
    private final RecipeTemplates.Facts found;
    private Page page;
    private IFile created;

    NewRecipeWizard(IFile model, RecipeTemplates.Facts found) {
        this.model = model;
        this.found = found;
        setWindowTitle("New Compression Recipe");
        setNeedsProgressMonitor(false);
    }

    /** The recipe Finish wrote (for tests). */
    public IFile created() {
        return created;
    }

    @Override
    public void addPages() {
        page = new Page();
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IContainer folder = OneStepRun.recipeFolder(model);
        Path file = folder.getLocation().toFile().toPath().resolve(page.name.getText().trim() + "." + RecipeFiles.EXTENSION);
        if (Files.exists(file)) {
            page.setErrorMessage(file.getFileName() + " exists: choose another name");
            return false;
        }
        try {
            RecipeFiles.save(page.recipe(), file);
            created = folder.getFile(new org.eclipse.core.runtime.Path(file.getFileName().toString()));
            created.refreshLocal(IResource.DEPTH_ZERO, null);
            var editor = IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), created, RecipeEditor.ID);
            if (page.run.getSelection() && editor instanceof RecipeEditor re) RunRecipeAction.start(re);
            return true;
        } catch (RecipeFileException | CoreException e) {
            page.setErrorMessage(e.getMessage());
            return false;
        }
    }

    private final class Page extends WizardPage {
        private Text name;
        private Combo kind;
        private Label steps, goals;
        private org.eclipse.swt.widgets.Button run;

        Page() {
            super("recipe");
            setTitle("Compress " + model.getName());
            setDescription("A recipe from this model to an edge-ready one; everything here can be changed in the editor after Finish");
        }

        Recipe recipe() {
            ModelKind k = ModelKind.values()[kind.getSelectionIndex()];
            return RecipeTemplates.compress(OneStepRun.recipeFolder(model).getLocation().toFile().toPath(), model.getLocation().toFile().toPath(),
                    new RecipeTemplates.Facts(k, found.data(), found.labelled(), found.images(), found.notes()));
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            c.setLayout(new GridLayout(2, false));
            new Label(c, SWT.NONE).setText("Recipe &name:");
            name = new Text(c, SWT.BORDER);
            name.setData("field", "name");
            name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            Path free = RecipeTemplates.freeName(OneStepRun.recipeFolder(model).getLocation().toFile().toPath(), model.getName().replaceFirst("\\.onnx$", ""));
            name.setText(free.getFileName().toString().replaceFirst("\\." + RecipeFiles.EXTENSION + "$", ""));
            name.addModifyListener(e -> validate());
            new Label(c, SWT.NONE).setText("The model is &a:");
            kind = new Combo(c, SWT.READ_ONLY);
            kind.setData("field", "kind");
            for (ModelKind k : ModelKind.values()) kind.add(k.toString());
            kind.select(found.kind().ordinal());
            kind.addListener(SWT.Selection, e -> preview());
            new Label(c, SWT.NONE).setText("Found:");
            new Label(c, SWT.WRAP).setText(String.join("\n", found.notes()));
            new Label(c, SWT.NONE).setText("Steps:");
            steps = new Label(c, SWT.WRAP);
            steps.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            new Label(c, SWT.NONE).setText("Goals:");
            goals = new Label(c, SWT.WRAP);
            goals.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            run = new org.eclipse.swt.widgets.Button(c, SWT.CHECK);
            run.setText("&Run the recipe when it is made");
            run.setData("field", "run");
            run.setSelection(true);
            run.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            preview();
            setControl(c);
        }

        private void preview() {
            Recipe r = recipe();
            steps.setText(String.join("\n", r.getSteps().stream().map(StepLabels::of).toList()));
            List<String> g = r.getGoals().stream().map(StepLabels::of).toList();
            goals.setText(String.join("\n", g));
            steps.getParent().layout(true, true);
            validate();
        }

        private void validate() {
            String n = name.getText().trim();
            String error = n.isEmpty() ? "Name the recipe" : n.matches(".*[/\\\\:*?\"<>|].*") ? "A file name cannot hold / \\ : * ? \" < > |" : null;
            setErrorMessage(error);
            setPageComplete(error == null);
        }
    }
}
