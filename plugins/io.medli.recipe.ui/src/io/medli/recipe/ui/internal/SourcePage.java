package io.medli.recipe.ui.internal;

import java.nio.charset.StandardCharsets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import io.medli.recipe.files.RecipeFileException;
import io.medli.recipe.files.RecipeFiles;

/** Source: the XML exactly as Save will write it, kept in step with every change (read-only: the forms edit, with undo). */
public final class SourcePage extends FormPage {
    private final RecipeEditor editor;
    private StyledText text;

    SourcePage(RecipeEditor editor) {
        super(editor, "source", "Source");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managed) {
        ScrolledForm form = managed.getForm();
        form.setText("Source");
        form.getBody().setLayout(new GridLayout(1, false));
        text = new StyledText(form.getBody(), SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL | SWT.READ_ONLY);
        text.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        refresh();
        editor.onChange(this::refresh);
    }

    private void refresh() {
        if (text == null || text.isDisposed()) return;
        try {
            text.setText(new String(RecipeFiles.serialize(editor.recipe(), editor.location()), StandardCharsets.UTF_8));
        } catch (RecipeFileException e) {
            text.setText("cannot show the recipe as XML: " + e.getMessage());
        }
    }

    /** The text shown (for tests). */
    public String text() {
        return text == null ? null : text.getText();
    }
}
