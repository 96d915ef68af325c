package io.medli.onnx.check;

/**
 * A problem found in a model.
 *
 * @param severity how bad it is
 * @param message what is wrong, naming the node and tensor
 * @param node name of the node concerned, or null
 * @param tensor name of the tensor concerned, or null
 */
public record Problem(Severity severity, String message, String node, String tensor) {
    public enum Severity { ERROR, WARNING }

    @Override
    public String toString() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
