package io.medli.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder of inputs in ONNX's test-data layout: {@code input_0.pb, input_1.pb, ...} (serialized
 * TensorProtos) in the folder itself or in {@code test_data_set_*} folders under it, one sample per
 * folder, in name order. What the agent reads with {@code --samples} and what is sent to a board.
 */
public final class SampleSets {
    private SampleSets() {
    }

    /** The sample folders in the order the agent feeds them; an error that names the layout when there are none. */
    public static List<Path> sets(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException("no sample folder " + dir);
        List<Path> sets = new ArrayList<>();
        if (Files.exists(dir.resolve("input_0.pb"))) sets.add(dir);
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("test_data_set_") && Files.exists(p.resolve("input_0.pb")))
                    .sorted().forEach(sets::add);
        }
        if (sets.isEmpty()) throw new IOException(dir + " holds no input_0.pb and no test_data_set_*/input_0.pb (ONNX's test-data layout)");
        return sets;
    }

    /** The input files of every sample, relative to {@code dir}: all that a board needs of the folder. */
    public static List<Path> inputFiles(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path set : sets(dir)) {
            for (int i = 0; Files.exists(set.resolve("input_" + i + ".pb")); i++) out.add(dir.relativize(set.resolve("input_" + i + ".pb")));
        }
        return out;
    }
}
