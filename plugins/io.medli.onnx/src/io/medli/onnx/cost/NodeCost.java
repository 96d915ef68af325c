package io.medli.onnx.cost;

import io.medli.onnx.proto.NodeProto;

/**
 * Cost of one node.
 *
 * @param params elements of the weights it is the first to read
 * @param macs multiply-accumulates (convolutions, matrix products, recurrent cells, einsum); -1 if
 *        its shapes are unknown
 * @param weightBytes bytes of those weights
 * @param outputBytes bytes of the tensors it produces; -1 if a shape is unknown
 */
public record NodeCost(NodeProto node, long params, long macs, long weightBytes, long outputBytes) {
}
