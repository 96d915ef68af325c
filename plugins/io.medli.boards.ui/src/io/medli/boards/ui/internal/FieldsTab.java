package io.medli.boards.ui.internal;

import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** A launch tab of labelled fields; each field is named (widget data "field") so that tests can find it. */
abstract class FieldsTab extends AbstractLaunchConfigurationTab {
    void changed() {
        setDirty(true);
        updateLaunchConfigurationDialog();
    }

    Text text(Composite c, String label, String field, String tip, int span) {
        new Label(c, SWT.NONE).setText(label);
        Text t = new Text(c, SWT.BORDER);
        t.setData("field", field);
        t.setToolTipText(tip);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
        t.addModifyListener(e -> changed());
        return t;
    }

    /** Comma-separated whole numbers of at least {@code min}; null when valid, else what is wrong. */
    static String checkList(String label, String text, int min) {
        if (text.isBlank()) return label + ": give at least one number";
        for (String p : text.split(",")) {
            try {
                if (Integer.parseInt(p.trim()) < min) return label + ": " + p.trim() + " is below " + min;
            } catch (NumberFormatException e) {
                return label + ": '" + p.trim() + "' is not a whole number";
            }
        }
        return null;
    }
}
