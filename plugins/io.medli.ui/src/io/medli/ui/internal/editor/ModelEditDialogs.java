package io.medli.ui.internal.editor;

import org.eclipse.osgi.util.NLS;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;

import io.medli.onnx.OnnxModel;
import io.medli.onnx.edit.ModelEdits;
import io.medli.onnx.proto.ModelProto;

/** The graph editor's edits that ask something first (names, shapes, a head, a file): dialogs, then an edit on the undo history. */
final class ModelEditDialogs {
    private final OnnxModelEditor editor;

    ModelEditDialogs(OnnxModelEditor editor) {
        this.editor = editor;
    }

    void renameTensor(String tensor) {
        InputDialog d = new InputDialog(editor.getSite().getShell(), Messages.Dialog_renameTensor_title, Messages.Dialog_renameTensor_message,
                tensor, v -> v == null || v.isBlank() ? Messages.Dialog_renameTensor_empty : null);
        if (d.open() == Window.OK && !d.getValue().trim().equals(tensor)) editor.execute(ModelEdits.renameTensor(tensor, d.getValue().trim()));
    }

    void renameSelected() {
        int i = editor.selectedNodeIndex();
        if (i < 0) return;
        String old = editor.document().current().graph().nodes().get(i).name();
        InputDialog d = new InputDialog(editor.getSite().getShell(), Messages.Dialog_renameNode_title, Messages.Dialog_renameNode_message, old,
                v -> v == null || v.isBlank() ? Messages.Dialog_renameNode_empty : null);
        if (d.open() == Window.OK && !d.getValue().equals(old)) editor.execute(ModelEdits.renameNode(i, d.getValue().trim()));
    }

    void replaceHead(String tensor) {
        MessageDialog kind = new MessageDialog(editor.getSite().getShell(), Messages.Dialog_head_title, null,
                NLS.bind(Messages.Dialog_head_message, tensor),
                MessageDialog.QUESTION, 0, Messages.Dialog_head_gemm, Messages.Dialog_head_conv, Messages.Dialog_cancel);
        int choice = kind.open();
        if (choice != 0 && choice != 1) return;
        InputDialog d = new InputDialog(editor.getSite().getShell(), Messages.Dialog_head_title, Messages.Dialog_head_classes, "10",
                v -> { try { return Integer.parseInt(v.trim()) > 0 ? null : Messages.Dialog_head_atLeastOne; } catch (NumberFormatException e) { return Messages.Dialog_head_wholeNumber; } });
        if (d.open() == Window.OK) {
            editor.execute(ModelEdits.replaceHead(tensor, Integer.parseInt(d.getValue().trim()),
                    choice == 0 ? ModelEdits.Head.GEMM : ModelEdits.Head.CONV_1X1, 42));
        }
    }

    void changeInputShape(String input) {
        io.medli.onnx.shape.TensorType t = io.medli.onnx.shape.TensorType.of(editor.document().current().graph().inputs().stream()
                .filter(v -> v.name().equals(input)).findFirst().map(io.medli.onnx.proto.ValueInfo::type).orElse(null));
        String current = t == null || !t.hasShape() ? "" : t.dims().toString().replaceAll("[\\[\\]]", "");
        InputDialog d = new InputDialog(editor.getSite().getShell(), Messages.Dialog_shape_title,
                NLS.bind(Messages.Dialog_shape_message, input),
                current, v -> parseDims(v) == null ? Messages.Dialog_shape_invalid : null);
        if (d.open() == Window.OK) editor.execute(ModelEdits.setInputShape(input, parseDims(d.getValue())));
    }

    /** "batch, 3, 224, 224" as [batch, 3L, 224L, 224L]; null when a part is neither. */
    static java.util.List<Object> parseDims(String text) {
        java.util.List<Object> out = new java.util.ArrayList<>();
        for (String p : text.split(",")) {
            String t = p.trim();
            if (t.isEmpty()) return null;
            if (t.chars().allMatch(Character::isDigit)) {
                long v = Long.parseLong(t);
                if (v <= 0) return null;
                out.add(v);
            } else if (t.matches("[A-Za-z_][A-Za-z0-9_:.]*")) {
                out.add(t);
            } else {
                return null;
            }
        }
        return out.isEmpty() ? null : out;
    }

    /** Extracts what lies between chosen input tensors and {@code output} into a new model file and opens it. */
    void extractTo(String output) {
        ModelProto m = editor.document().current();
        io.medli.onnx.graph.GraphView view = io.medli.onnx.graph.GraphView.of(m.graph());
        io.medli.onnx.proto.NodeProto producer = view.producer(output);
        java.util.List<String> suggested = new java.util.ArrayList<>();
        if (producer != null) for (String in : producer.inputs()) if (!in.isEmpty() && !view.isInitializer(in)) suggested.add(in);
        InputDialog ins = new InputDialog(editor.getSite().getShell(), Messages.Dialog_extract_title,
                NLS.bind(Messages.Dialog_extract_inputs, output), String.join(", ", suggested), null);
        if (ins.open() != Window.OK) return;
        java.util.List<String> inputs = new java.util.ArrayList<>();
        for (String t : ins.getValue().split(",")) if (!t.isBlank()) inputs.add(t.trim());
        Path path = editor.path();
        String base = path.getFileName().toString().replaceFirst("\\.onnx$", "");
        InputDialog name = new InputDialog(editor.getSite().getShell(), Messages.Dialog_extract_title, Messages.Dialog_extract_file,
                base + "-extract.onnx", v -> v.isBlank() || v.contains("/") ? Messages.Dialog_extract_invalidFile : null);
        if (name.open() != Window.OK) return;
        Path target = path.resolveSibling(name.getValue().trim());
        try {
            ModelProto extracted = ModelEdits.extract(m, inputs, java.util.List.of(output));
            OnnxModel.of(extracted).write(target);
            IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(target.toUri());
            for (IFile f : files) f.refreshLocal(IResource.DEPTH_ZERO, null);
            if (files.length > 0) org.eclipse.ui.ide.IDE.openEditor(editor.getSite().getPage(), files[0], OnnxModelEditor.ID, true);
        } catch (IOException | CoreException e) {
            io.medli.ui.internal.UiLog.error("Extracting a subgraph to " + target + " failed", e);
            editor.showError(Messages.Dialog_extract_failed, e.getMessage());
        } catch (io.medli.onnx.edit.EditException e) {
            editor.showError(Messages.Dialog_extract_failed, e.getMessage());
        }
    }
}
