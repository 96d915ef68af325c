package io.medli.agent.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.medli.onnx.OnnxModel;
import io.medli.onnx.proto.TensorProto;
import io.medli.runtime.InputSpec;

/**
 * Inputs uploaded with the model, in ONNX's test-data layout: {@code input_0.pb, input_1.pb, ...}
 * (serialized TensorProtos) in the folder itself or in {@code test_data_set_*} folders under it, one
 * sample per folder. A tensor goes to the input of its name, or, unnamed, to the input at its index.
 */
public final class SampleInputs {
    private SampleInputs() {
    }

    public static List<Map<String, TensorProto>> read(Path dir, List<InputSpec> inputs) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException("no sample folder " + dir);
        List<Path> sets = new ArrayList<>();
        if (Files.exists(dir.resolve("input_0.pb"))) sets.add(dir);
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("test_data_set_")).sorted().forEach(sets::add);
        }
        if (sets.isEmpty()) throw new IOException(dir + " holds no input_0.pb and no test_data_set_* folders (ONNX's test-data layout)");
        List<Map<String, TensorProto>> out = new ArrayList<>();
        for (Path set : sets) {
            Map<String, TensorProto> feed = new LinkedHashMap<>();
            for (int i = 0; Files.exists(set.resolve("input_" + i + ".pb")); i++) {
                TensorProto t = OnnxModel.readTensor(set.resolve("input_" + i + ".pb"));
                String name = t.name() != null && inputs.stream().anyMatch(in -> in.name().equals(t.name())) ? t.name()
                        : i < inputs.size() ? inputs.get(i).name() : null;
                if (name == null) throw new IOException(set.resolve("input_" + i + ".pb") + ": the model has only " + inputs.size() + " inputs");
                feed.put(name, t);
            }
            for (InputSpec in : inputs) {
                if (!feed.containsKey(in.name())) throw new IOException(set + " has no tensor for the model's input '" + in.name() + "'");
            }
            out.add(feed);
        }
        return out;
    }
}
