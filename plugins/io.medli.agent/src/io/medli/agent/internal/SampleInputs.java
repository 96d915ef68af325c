package io.medli.agent.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.medli.agent.SampleSets;
import io.medli.onnx.OnnxModel;
import io.medli.onnx.proto.TensorProto;
import io.medli.runtime.InputSpec;

/**
 * The tensors of a sample folder ({@link SampleSets}): a tensor goes to the input of its name, or,
 * unnamed, to the input at its index.
 */
public final class SampleInputs {
    private SampleInputs() {
    }

    public static List<Map<String, TensorProto>> read(Path dir, List<InputSpec> inputs) throws IOException {
        List<Path> sets = SampleSets.sets(dir);
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
