package io.medli.recipe.ui.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import io.medli.recipe.Recipe;
import io.medli.recipe.files.RecipeFileException;
import io.medli.recipe.files.RecipeFiles;

/**
 * Source: the XML exactly as Save will write it, kept in step with every change made on the other
 * pages. It can be edited too: leaving the page (or saving) reads the text back, and the whole
 * change becomes one command - one Undo. Text that is not a readable recipe keeps the page open
 * with the reason; the model is left as it was.
 */
public final class SourcePage extends FormPage {
    private final RecipeEditor editor;
    private StyledText text;
    private ScrolledForm form;
    private boolean edited, showing;

    SourcePage(RecipeEditor editor) {
        super(editor, "source", "Source");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managed) {
        form = managed.getForm();
        form.setText("Source");
        form.getBody().setLayout(new GridLayout(1, false));
        text = new StyledText(form.getBody(), SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        text.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        text.addModifyListener(e -> {
            if (showing) return;
            if (!edited) {
                edited = true;
                editor.sourceEdited();
            }
        });
        refresh();
        editor.onChange(this::refresh);
    }

    private void refresh() {
        if (text == null || text.isDisposed() || edited) return;
        showing = true;
        try {
            text.setText(new String(RecipeFiles.serialize(editor.recipe(), editor.location()), StandardCharsets.UTF_8));
        } catch (RecipeFileException e) {
            text.setText("cannot show the recipe as XML: " + e.getMessage());
        } finally {
            showing = false;
        }
    }

    /** Whether the text holds changes not yet read back into the recipe. */
    boolean edited() {
        return edited;
    }

    /**
     * Reads the edited text back into the recipe as one undoable command. False (and the reason in the
     * page's header) when the text is not a readable recipe; the recipe is then unchanged.
     */
    boolean apply() {
        if (!edited) return true;
        Recipe parsed;
        try {
            parsed = RecipeFiles.parse(RecipeFiles.resourceSet(), text.getText().getBytes(StandardCharsets.UTF_8), editor.location());
        } catch (RecipeFileException e) {
            form.setMessage(e.getMessage(), org.eclipse.jface.dialogs.IMessageProvider.ERROR);
            return false;
        }
        form.setMessage(null, org.eclipse.jface.dialogs.IMessageProvider.NONE);
        edited = false;
        Recipe r = editor.recipe();
        CompoundCommand all = new CompoundCommand("Edit Source");
        List<EStructuralFeature> features = new ArrayList<>(r.eClass().getEAllStructuralFeatures());
        for (EStructuralFeature f : features) {
            if (f.isDerived() || f.isTransient() || !f.isChangeable()) continue;
            Object now = r.eGet(f), then = parsed.eIsSet(f) ? parsed.eGet(f) : SetCommand.UNSET_VALUE;
            if (f.isMany()) then = new ArrayList<>((List<?>) parsed.eGet(f));
            if (!f.isMany() && java.util.Objects.equals(now, then)) continue;
            Command c = SetCommand.create(editor.domain(), r, f, then);
            all.append(c);
        }
        if (all.canExecute()) editor.domain().getCommandStack().execute(all);
        refresh();
        return true;
    }

    /** Leaving the page reads the text back; text that is not a recipe keeps the page open. */
    @Override
    public boolean canLeaveThePage() {
        return apply();
    }

    /** The text shown (for tests). */
    public String text() {
        return text == null ? null : text.getText();
    }

    /** Replaces the text as typing would (for tests). */
    public void type(String s) {
        text.setText(s);
    }
}
