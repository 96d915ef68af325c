package io.medli.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.medli.runtime.InputSizes;

/**
 * Asks for the open sizes of a model's inputs, one field per size, filled with the current value or
 * a suggestion (and where it comes from); OK only while every field holds a positive integer.
 */
final class InputSizesDialog extends TitleAreaDialog {
    private final List<InputSizes.Open> open;
    private final long[] values;
    private final List<Text> fields = new ArrayList<>();

    InputSizesDialog(Shell parent, List<InputSizes.Open> open, long[] current) {
        super(parent);
        this.open = open;
        this.values = current.clone();
    }

    @Override
    public void create() {
        super.create();
        getShell().setText("Input Sizes");
        setTitle("Sizes of the model's inputs");
        setMessage("Costs, heat maps and profiling use these values for the sizes the model leaves open.");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite c = new Composite(area, SWT.NONE);
        c.setLayout(new GridLayout(3, false));
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (int i = 0; i < open.size(); i++) {
            InputSizes.Open o = open.get(i);
            new Label(c, SWT.NONE).setText(o.label() + ":");
            Text t = new Text(c, SWT.BORDER);
            t.setText(Long.toString(values[i]));
            t.setLayoutData(new GridData(80, SWT.DEFAULT));
            t.setData("medli.size", o.label());
            t.addModifyListener(e -> validate());
            fields.add(t);
            Label why = new Label(c, SWT.NONE);
            why.setText("suggested " + o.suggested() + ": " + o.why());
        }
        return area;
    }

    private void validate() {
        String problem = null;
        for (int i = 0; i < fields.size(); i++) {
            try {
                long v = Long.parseLong(fields.get(i).getText().trim());
                if (v < 1) throw new NumberFormatException();
                values[i] = v;
            } catch (NumberFormatException e) {
                problem = open.get(i).label() + " needs a whole number of at least 1";
                break;
            }
        }
        setErrorMessage(problem);
        var ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) ok.setEnabled(problem == null);
    }

    /** The sizes entered, in the order of the open sizes. */
    long[] values() {
        return values.clone();
    }
}
