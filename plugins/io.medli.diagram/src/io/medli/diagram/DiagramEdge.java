package io.medli.diagram;

/**
 * A tensor flowing from one box to another.
 *
 * @param from id of the producing box
 * @param to id of the consuming box
 * @param tensor tensor name
 * @param label shape and element type as shown, e.g. "f32 1×96×160×160"
 */
public record DiagramEdge(int from, int to, String tensor, String label) {
}
