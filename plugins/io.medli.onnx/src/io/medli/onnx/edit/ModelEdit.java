package io.medli.onnx.edit;

import io.medli.onnx.proto.ModelProto;

/**
 * One edit of a model. {@link ModelEdits#apply} runs it on a structural copy and checks the
 * result, so that an edit either gives a valid model or changes nothing.
 */
public interface ModelEdit {
    /** What the edit does, for Undo/Redo menus ("Rename node conv1"). */
    String label();

    /** Changes {@code model} (a copy the caller owns). */
    void applyTo(ModelProto model) throws EditException;
}
