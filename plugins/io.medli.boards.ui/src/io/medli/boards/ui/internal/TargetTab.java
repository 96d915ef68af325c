package io.medli.boards.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import io.medli.launch.EdgeBenchmarking;
import io.medli.remote.Board;
import io.medli.remote.BoardFile;

/** The Target tab: the boards to measure on, all at once (one job each); none checked is this machine. */
final class TargetTab extends FieldsTab {
    private Table boards;
    private Label note;

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(1, false));
        new Label(c, SWT.NONE).setText("&Boards (none checked: this machine):");
        boards = new Table(c, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
        boards.setData("field", "boards");
        boards.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        boards.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK) changed();
        });
        note = new Label(c, SWT.WRAP);
        note.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        setControl(c);
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        // the Model tab sets every default
    }

    @Override
    public void initializeFrom(ILaunchConfiguration configuration) {
        boards.removeAll();
        List<String> chosen = new ArrayList<>();
        try {
            for (String n : configuration.getAttribute(EdgeBenchmarking.ATTR_BOARDS, "").split(",")) if (!n.isBlank()) chosen.add(n.trim());
            List<Board> all = BoardFile.read(BoardFile.defaultFile());
            for (Board b : all) {
                TableItem i = new TableItem(boards, SWT.NONE);
                i.setText(b.name() + "   " + b.address());
                i.setData(b.name());
                i.setChecked(chosen.contains(b.name()));
            }
            List<String> missing = new ArrayList<>(chosen);
            missing.removeAll(all.stream().map(Board::name).toList());
            note.setText(all.isEmpty() ? "No boards yet: add them in the Boards view (Window > Show View > MEDLI > Boards)."
                    : missing.isEmpty() ? "Boards are set up in the Boards view; their passwords live in secure storage."
                            : "Not set up any more: " + String.join(", ", missing));
        } catch (CoreException | java.io.IOException e) {
            setErrorMessage(e.getMessage());
        }
    }

    /** The names checked, in the table's order. */
    List<String> checked() {
        return Arrays.stream(boards.getItems()).filter(TableItem::getChecked).map(i -> (String) i.getData()).toList();
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(EdgeBenchmarking.ATTR_BOARDS, String.join(",", checked()));
    }

    @Override
    public String getName() {
        return "Target";
    }
}
