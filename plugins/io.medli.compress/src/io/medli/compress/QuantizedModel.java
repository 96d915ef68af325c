package io.medli.compress;

import java.util.ArrayList;
import java.util.List;

import io.medli.onnx.proto.ModelProto;

/** A quantized model and the report of what was done. */
public record QuantizedModel(ModelProto model, QuantizationReport report) {
    /** The same result with {@code notes} (e.g. of a preparation step) before the report's own. */
    public QuantizedModel withNotes(List<String> notes) {
        if (notes.isEmpty()) return this;
        List<String> all = new ArrayList<>(notes);
        all.addAll(report.notes());
        return new QuantizedModel(model, new QuantizationReport(report.quantized(), report.keptInFloat(), report.weightBytesBefore(),
                report.weightBytesAfter(), List.copyOf(all)));
    }
}
