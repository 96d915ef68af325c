package io.medli.compress.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.ModelProto;

/**
 * Checks, before any work starts, that calibration data fits a model: every sample names exactly
 * the model's inputs, with their rank, their fixed dimensions, one value per symbolic dimension,
 * and an element type the model accepts.
 */
public final class DataFit {
    private DataFit() {
    }

    public static void check(ModelProto model, CalibrationData data) throws CalibrationDataException {
        List<ModelInput> inputs = ModelInput.of(model);
        if (data.size() == 0) throw new CalibrationDataException(data.description() + " holds no samples");
        for (ModelInput in : inputs) {
            if (in.elemType() != DataType.FLOAT && in.elemType() != DataType.INT64 && in.elemType() != DataType.INT32) {
                throw new CalibrationDataException("input '" + in.name() + "' is of type " + DataType.name(in.elemType())
                        + "; calibration feeds float32, int64 and int32 inputs only");
            }
        }
        String names = inputs.stream().map(i -> "'" + i.name() + "' " + i.describe()).collect(Collectors.joining(", "));
        for (int s = 0; s < data.size(); s++) {
            Map<String, long[]> shapes = data.shapes(s);
            Map<String, Long> symbols = new HashMap<>();
            for (String k : shapes.keySet()) {
                if (inputs.stream().noneMatch(i -> i.name().equals(k))) {
                    throw new CalibrationDataException(where(data, s) + " has a tensor '" + k
                            + "', which is not an input of the model (its inputs: " + names + ")");
                }
            }
            for (ModelInput in : inputs) {
                long[] shape = shapes.get(in.name());
                if (shape == null) {
                    throw new CalibrationDataException(where(data, s) + " has no value for input '" + in.name()
                            + "' (the model's inputs: " + names + ")");
                }
                if (in.dims() == null) continue;
                boolean fits = shape.length == in.dims().length;
                for (int d = 0; fits && d < shape.length; d++) {
                    if (in.dims()[d] >= 0) {
                        fits = shape[d] == in.dims()[d];
                    } else if (!in.symbols()[d].isEmpty()) {
                        Long bound = symbols.putIfAbsent(in.symbols()[d], shape[d]);
                        fits = bound == null || bound == shape[d];
                    }
                }
                if (!fits) {
                    throw new CalibrationDataException(where(data, s) + " gives input '" + in.name() + "' the shape "
                            + Arrays.toString(shape) + ", but the model expects " + in.describe());
                }
            }
        }
        // element types need a decoded sample; the first one stands for the rest (one source, one type)
        Map<String, InputTensor> first = data.sample(0);
        for (ModelInput in : inputs) {
            boolean modelFloat = in.elemType() == DataType.FLOAT;
            if (modelFloat != (first.get(in.name()).elemType() == DataType.FLOAT)) {
                throw new CalibrationDataException(where(data, 0) + " gives input '" + in.name() + "' "
                        + DataType.name(first.get(in.name()).elemType()) + " values, but the model expects "
                        + DataType.name(in.elemType()));
            }
        }
    }

    private static String where(CalibrationData data, int sample) {
        return "calibration sample '" + data.sampleName(sample) + "' of " + data.description();
    }
}
