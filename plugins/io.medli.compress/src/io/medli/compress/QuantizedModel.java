package io.medli.compress;

import io.medli.onnx.proto.ModelProto;

/** A quantized model and the report of what was done. */
public record QuantizedModel(ModelProto model, QuantizationReport report) {
}
