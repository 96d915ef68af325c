package io.medli.ui.internal.training;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import io.medli.train.TrainingSpec;
import io.medli.train.arch.StudentCatalog;
import io.medli.ui.internal.Messages;

/** Asks what to train: the task, data, network, epochs, teacher or backbone, and where to write the model. */
public final class TrainModelDialog extends TitleAreaDialog {
    private Combo task, student;
    private Text data, params, model, cut, out;
    private Spinner epochs;
    private TrainingSpec spec;

    public TrainModelDialog(Shell shell) {
        super(shell);
    }

    /** The spec chosen, after OK. */
    public TrainingSpec spec() {
        return spec;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        getShell().setText(Messages.Train_shell);
        setTitle(Messages.Train_title);
        setMessage(Messages.Train_message);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite c = new Composite(area, SWT.NONE);
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        c.setLayout(new GridLayout(3, false));
        task = combo(c, "&Task:", new String[] { TrainingSpec.TRAIN, TrainingSpec.DISTILL, TrainingSpec.FINETUNE });
        data = text(c, Messages.Train_data, "folder", Messages.Train_dataTip);
        student = combo(c, "&Network:", StudentCatalog.entries().stream().map(StudentCatalog.Entry::name).toArray(String[]::new));
        student.select(2);
        params = text(c, Messages.Train_params, null, Messages.Train_paramsTip);
        new Label(c, SWT.NONE).setText("&Epochs:");
        epochs = new Spinner(c, SWT.BORDER);
        epochs.setValues(10, 1, 1000, 0, 1, 10);
        new Label(c, SWT.NONE);
        model = text(c, Messages.Train_model, "file", Messages.Train_modelTip);
        cut = text(c, "&Cut at tensor:", null, "finetune: the backbone tensor whose values become the features");
        out = text(c, Messages.Train_out, "save", Messages.Train_outTip);
        task.addListener(SWT.Selection, e -> update());
        for (Text t : new Text[] { data, params, model, cut, out }) t.addListener(SWT.Modify, e -> update());
        task.select(0);
        update();
        return area;
    }

    private Combo combo(Composite c, String label, String[] items) {
        new Label(c, SWT.NONE).setText(label);
        Combo combo = new Combo(c, SWT.READ_ONLY);
        combo.setItems(items);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(c, SWT.NONE);
        return combo;
    }

    private Text text(Composite c, String label, String browse, String tip) {
        new Label(c, SWT.NONE).setText(label);
        Text t = new Text(c, SWT.BORDER);
        t.setToolTipText(tip);
        GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        gd.widthHint = 380;
        t.setLayoutData(gd);
        if (browse == null) {
            new Label(c, SWT.NONE);
            return t;
        }
        Button b = new Button(c, SWT.PUSH);
        b.setText(Messages.Train_browse);
        b.addListener(SWT.Selection, e -> {
            String chosen;
            // start where the field points, else in the folder the preferences name
            String current = t.getText().trim();
            if (browse.equals("folder")) {
                DirectoryDialog dd = new DirectoryDialog(getShell());
                String start = !current.isEmpty() ? current : io.medli.ui.internal.prefs.MedliPreferences.dataFolder();
                if (!start.isEmpty()) dd.setFilterPath(start);
                chosen = dd.open();
            } else {
                FileDialog fd = new FileDialog(getShell(), browse.equals("save") ? SWT.SAVE : SWT.OPEN);
                fd.setFilterExtensions(new String[] { "*.onnx", "*.*" });
                String folder = io.medli.ui.internal.prefs.MedliPreferences.modelsFolder();
                if (!current.isEmpty() && java.nio.file.Path.of(current).getParent() != null) folder = java.nio.file.Path.of(current).getParent().toString();
                if (!folder.isEmpty()) fd.setFilterPath(folder);
                chosen = fd.open();
            }
            if (chosen != null) t.setText(chosen);
        });
        return t;
    }

    private void update() {
        String k = task.getText();
        model.setEnabled(!k.equals(TrainingSpec.TRAIN));
        cut.setEnabled(k.equals(TrainingSpec.FINETUNE));
        if (k.equals(TrainingSpec.FINETUNE) && student.getText().equals("mlp")) student.setText("linear");
        String error = validate();
        setErrorMessage(error);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) ok.setEnabled(error == null);
    }

    /** The first problem with the fields, or null. */
    private String validate() {
        if (data.getText().isBlank()) return Messages.Train_noData;
        if (!Files.exists(Path.of(data.getText()))) return NLS.bind(Messages.Train_dataMissing, data.getText());
        if (!task.getText().equals(TrainingSpec.TRAIN)) {
            if (model.getText().isBlank()) return task.getText().equals(TrainingSpec.DISTILL) ? Messages.Train_noTeacher : Messages.Train_noBackbone;
            if (!Files.isRegularFile(Path.of(model.getText()))) return NLS.bind(Messages.Train_modelMissing, model.getText());
        }
        if (task.getText().equals(TrainingSpec.FINETUNE) && cut.getText().isBlank()) return Messages.Train_noCut;
        if (out.getText().isBlank()) return Messages.Train_noOut;
        Path parent = Path.of(out.getText()).toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) return NLS.bind(Messages.Train_outFolderMissing, out.getText());
        try {
            build().validate();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        return null;
    }

    private TrainingSpec build() {
        TrainingSpec s = new TrainingSpec().task(task.getText()).data(data.getText().trim()).student(student.getText()).epochs(epochs.getSelection())
                .out(out.getText().trim());
        for (String kv : params.getText().split(",")) {
            if (kv.isBlank()) continue;
            int eq = kv.indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("parameters are KEY=VALUE pairs, not '" + kv.trim() + "'");
            s.studentParam(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
        }
        if (task.getText().equals(TrainingSpec.DISTILL)) s.distillation(new io.medli.train.Distillation().teacher(model.getText().trim()));
        if (task.getText().equals(TrainingSpec.FINETUNE)) s.transfer(new io.medli.train.Transfer().backbone(model.getText().trim()).cut(cut.getText().trim()));
        return s;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText("&Train");
        update();
    }

    @Override
    protected void okPressed() {
        spec = build();
        super.okPressed();
    }

    /** For tests: fill the fields as a user would. */
    public void fill(String taskName, String dataPath, String network, String parameters, int epochCount, String output) {
        task.setText(taskName);
        data.setText(dataPath);
        student.setText(network);
        params.setText(parameters);
        epochs.setSelection(epochCount);
        out.setText(output);
        update();
    }

    public String errorMessage() {
        return getErrorMessage();
    }
}
