package io.medli.recipe.ui.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import io.medli.recipe.Recipe;
import io.medli.recipe.templates.RecipeTemplates;

/**
 * The few choices of a one-step action (Quantize..., Prune..., Compare With...) with defaults from the
 * model and the data beside it; OK runs the one-step recipe the choices make.
 */
abstract class OneStepDialog extends TitleAreaDialog {
    protected final IFile model;
    protected final RecipeTemplates.Facts facts;
    private final String title, message;

    OneStepDialog(Shell shell, IFile model, RecipeTemplates.Facts facts, String title, String message) {
        super(shell);
        this.model = model;
        this.facts = facts;
        this.title = title;
        this.message = message;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(title.replace("...", "") + " " + model.getName());
        setMessage(message + " (" + facts.kind() + ")");
        Composite c = new Composite(area, SWT.NONE);
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        c.setLayout(new GridLayout(2, false));
        createFields(c);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Run", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    private Recipe recipe;
    private String stem;

    abstract void createFields(Composite c);

    /** OK with the recipe the choices make and its file name (without extension). */
    protected void done(Recipe r, String fileStem) {
        recipe = r;
        stem = fileStem;
        super.okPressed();
    }

    /** The one-step recipe the choices made; set on OK. */
    Recipe recipe() {
        return recipe;
    }

    /** The recipe's file name without extension. */
    String stem() {
        return stem;
    }

    /** What the run opens when it ends. */
    OneStepRun.Result result() {
        return OneStepRun.Result.MODEL;
    }

    protected Path recipeDir() {
        return OneStepRun.recipeFolder(model).getLocation().toFile().toPath();
    }

    protected Path modelPath() {
        return model.getLocation().toFile().toPath();
    }

    protected String base() {
        return model.getName().replaceFirst("\\.onnx$", "");
    }

    protected static Label label(Composite c, String text) {
        Label l = new Label(c, SWT.NONE);
        l.setText(text);
        return l;
    }

    protected static Combo combo(Composite c, String key, List<String> items, int selected) {
        Combo combo = new Combo(c, SWT.READ_ONLY);
        combo.setData("field", key);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        items.forEach(combo::add);
        if (!items.isEmpty()) combo.select(Math.max(0, selected));
        return combo;
    }

    /** The data folders found for the model, as shown in a combo (relative to the project), with "(none)" first where none is allowed. */
    protected List<Path> folders() {
        List<Path> all = new java.util.ArrayList<>(facts.data().imageFolders());
        if (facts.labelled() != null && !all.contains(facts.labelled())) all.add(0, facts.labelled());
        return all;
    }

    protected String shown(Path p) {
        Path root = model.getProject().getLocation().toFile().toPath();
        return p.startsWith(root) ? root.relativize(p).toString() : p.toString();
    }
}
