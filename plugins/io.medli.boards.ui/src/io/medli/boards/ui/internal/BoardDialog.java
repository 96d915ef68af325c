package io.medli.boards.ui.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.medli.remote.Board;

/** Add or edit a board: name, USER@HOST[:PORT], a key file or a password, the board's MEDLI folder and Java. The secret goes to secure storage. */
public final class BoardDialog extends TitleAreaDialog {
    private static final Pattern ADDRESS = Pattern.compile("([^@\\s]+)@([^:\\s]+)(?::(\\d+))?");
    private final Board initial;
    private Text name, address, key, secret, folder, java;
    private Board result;
    private char[] resultSecret;

    public BoardDialog(Shell parent, Board initial) {
        super(parent);
        this.initial = initial;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(initial == null ? "Add a Board" : "Edit " + initial.name());
        setMessage("A board is reached by SSH. A key file is safer than a password; either secret is kept in Eclipse's secure storage.");
        Composite c = new Composite(area, SWT.NONE);
        c.setLayout(new GridLayout(3, false));
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        name = field(c, "&Name:", "name", initial == null ? "" : initial.name(), SWT.BORDER, 2);
        address = field(c, "&Address:", "address", initial == null ? "" : initial.user() + "@" + initial.host() + (initial.port() == 22 ? "" : ":" + initial.port()),
                SWT.BORDER, 2);
        address.setMessage("user@host or user@host:port");
        key = field(c, "&Key file:", "key", initial == null || initial.keyFile() == null ? "" : initial.keyFile(), SWT.BORDER, 1);
        key.setMessage("empty: log in by password");
        Button browse = new Button(c, SWT.PUSH);
        browse.setText("&Browse...");
        browse.addListener(SWT.Selection, e -> {
            FileDialog f = new FileDialog(getShell(), SWT.OPEN);
            f.setFilterPath(System.getProperty("user.home") + "/.ssh");
            String p = f.open();
            if (p != null) key.setText(p);
        });
        secret = field(c, "&Password or passphrase:", "secret", "", SWT.BORDER | SWT.PASSWORD, 2);
        secret.setMessage(initial == null ? "" : "unchanged unless typed");
        folder = field(c, "&Folder on the board:", "folder", initial == null ? ".medli" : initial.folder(), SWT.BORDER, 2);
        java = field(c, "&Java on the board:", "java", initial == null ? "java" : initial.java(), SWT.BORDER, 2);
        validate();
        return area;
    }

    private Text field(Composite c, String label, String id, String value, int style, int span) {
        new Label(c, SWT.NONE).setText(label);
        Text t = new Text(c, style);
        t.setData("field", id);
        t.setText(value);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
        t.addModifyListener(e -> validate());
        return t;
    }

    private void validate() {
        if (java == null) return; // still being built
        String error = null;
        Matcher m = ADDRESS.matcher(address.getText().trim());
        if (name.getText().isBlank()) error = "Give the board a name";
        else if (!m.matches()) error = "The address is user@host or user@host:port";
        else {
            try {
                result = new Board(name.getText().trim(), m.group(2), m.group(3) == null ? 22 : Integer.parseInt(m.group(3)), m.group(1),
                        key.getText().isBlank() ? null : key.getText().trim(), folder.getText().trim(), java.getText().trim());
            } catch (IllegalArgumentException e) {
                error = e.getMessage();
            }
        }
        setErrorMessage(error);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) ok.setEnabled(error == null);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    @Override
    protected void okPressed() {
        resultSecret = secret.getText().isEmpty() ? null : secret.getText().toCharArray();
        super.okPressed();
    }

    public Board board() {
        return result;
    }

    /** What was typed as password or passphrase; null when nothing (keep the stored one). */
    public char[] secret() {
        return resultSecret;
    }
}
