package io.medli.onnx.edit;

/** An edit cannot be made: it names what is wrong; the model is left as it was. */
public class EditException extends Exception {
    private static final long serialVersionUID = 1L;

    public EditException(String message) {
        super(message);
    }
}
