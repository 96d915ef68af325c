package io.medli.onnx.proto;

import java.util.ArrayList;
import java.util.List;

/** {@code TensorAnnotation}: quantization parameter tensors attached to a tensor. */
public final class TensorAnnotation extends ProtoMessage {
    private String tensorName;
    private final List<StringStringEntry> quantParameterTensorNames = new ArrayList<>(0);

    public String tensorName() { return tensorName == null ? "" : tensorName; }
    public String rawTensorName() { return tensorName; }
    public TensorAnnotation tensorName(String n) { this.tensorName = n; return this; }
    public List<StringStringEntry> quantParameterTensorNames() { return quantParameterTensorNames; }
}
