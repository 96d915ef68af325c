package io.medli.boards.ui.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import io.medli.launch.WorkspaceStore;
import io.medli.store.MeasurementStore;
import io.medli.store.StoreException;

/**
 * Preferences > MEDLI > Measurement Store: the workspace's embedded store, or a PostgreSQL server
 * (URL and user kept in the preferences, the password only in secure storage); Test Connection
 * opens the store as typed, before anything is kept.
 */
public final class StorePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {
    private Button embedded, server, test;
    private Text url, user, password;
    private Label result;
    private boolean passwordTyped;

    @Override
    public void init(IWorkbench workbench) {
        setDescription("Where benchmark results are kept. The decision and monitoring features read the same store.");
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(2, false));
        embedded = radio(c, "&Embedded in this workspace (H2)", "embedded");
        server = radio(c, "A &PostgreSQL server, shared by a team:", "server");
        url = field(c, "&URL:", "url", SWT.BORDER, "jdbc:postgresql://HOST:PORT/DATABASE");
        url.addModifyListener(e -> enable());
        user = field(c, "U&ser:", "user", SWT.BORDER, "the database user");
        password = field(c, "Pass&word:", "password", SWT.BORDER | SWT.PASSWORD, "kept in secure storage, never in the preferences");
        password.addModifyListener(e -> passwordTyped = true);
        test = new Button(c, SWT.PUSH);
        test.setText("&Test Connection");
        test.setData("field", "test");
        test.addListener(SWT.Selection, e -> testConnection());
        result = new Label(c, SWT.WRAP);
        result.setData("field", "result");
        result.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        load(WorkspaceStore.settings());
        try {
            password.setText(WorkspaceStore.password() == null ? "" : "********");
        } catch (CoreException e) {
            result.setText(e.getStatus().getMessage());
        }
        passwordTyped = false;
        return c;
    }

    private Button radio(Composite c, String text, String field) {
        Button b = new Button(c, SWT.RADIO);
        b.setText(text);
        b.setData("field", field);
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        b.addListener(SWT.Selection, e -> enable());
        return b;
    }

    private static Text field(Composite c, String label, String field, int style, String tip) {
        Label l = new Label(c, SWT.NONE);
        l.setText(label);
        l.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        ((GridData) l.getLayoutData()).horizontalIndent = 20;
        Text t = new Text(c, style);
        t.setData("field", field);
        t.setToolTipText(tip);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return t;
    }

    private void load(WorkspaceStore.Settings s) {
        embedded.setSelection(s.embedded());
        server.setSelection(!s.embedded());
        url.setText(s.url() == null ? "" : s.url());
        user.setText(s.user());
        enable();
    }

    private void enable() {
        boolean pg = server.getSelection();
        url.setEnabled(pg);
        user.setEnabled(pg);
        password.setEnabled(pg);
        setValid(!pg || url.getText().trim().startsWith("jdbc:postgresql:"));
        setErrorMessage(isValid() ? null : "The URL: jdbc:postgresql://HOST:PORT/DATABASE");
    }

    private WorkspaceStore.Settings typed() {
        return new WorkspaceStore.Settings(server.getSelection() ? url.getText().trim() : "", user.getText().trim());
    }

    /** The password as typed; the stored one when the field was not touched. */
    private char[] typedPassword() throws CoreException {
        return passwordTyped ? password.getText().toCharArray() : WorkspaceStore.password();
    }

    void testConnection() {
        enable();
        if (!isValid()) return;
        BusyIndicator.showWhile(getShell().getDisplay(), () -> {
            try (MeasurementStore s = WorkspaceStore.open(typed(), typed().embedded() ? null : typedPassword())) {
                result.setText("Connected: " + s.describe() + ", schema version " + s.schemaVersion() + ".");
            } catch (CoreException e) {
                result.setText(e.getStatus().getMessage());
            } catch (StoreException e) {
                result.setText(e.getMessage());
            }
        });
        result.getParent().layout(true);
    }

    @Override
    public void performDefaults() {
        load(new WorkspaceStore.Settings("", WorkspaceStore.DEFAULT_USER));
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        try {
            WorkspaceStore.save(typed(), passwordTyped ? password.getText().toCharArray() : null);
            return true;
        } catch (CoreException e) {
            setErrorMessage(e.getStatus().getMessage());
            return false;
        }
    }
}
