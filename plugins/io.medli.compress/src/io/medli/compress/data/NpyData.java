package io.medli.compress.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.ModelProto;

/**
 * Arrays saved with NumPy as samples: a folder of {@code .npy} files (one sample each) for a model
 * with one input, or of {@code .npz} files (one sample each, an array per input, named after the
 * input: {@code numpy.savez(f, input_ids=..., attention_mask=...)}). Headers are read when the
 * folder is opened, so a bad file is reported before any work starts.
 */
public final class NpyData implements CalibrationData {
    private final Path folder;
    private final List<Path> files;
    private final List<Map<String, long[]>> shapes;
    private final Map<String, Boolean> floatInputs;

    private NpyData(Path folder, List<Path> files, List<Map<String, long[]>> shapes, Map<String, Boolean> floatInputs) {
        this.folder = folder;
        this.files = files;
        this.shapes = shapes;
        this.floatInputs = floatInputs;
    }

    /** True when {@code folder} holds .npy or .npz files. */
    public static boolean holdsArrays(Path folder) throws IOException {
        return !arrays(folder).isEmpty();
    }

    private static List<Path> arrays(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".npy") || n.endsWith(".npz");
            }).sorted().toList();
        }
    }

    public static NpyData open(Path folder, ModelProto model) throws CalibrationDataException {
        List<ModelInput> inputs = ModelInput.of(model);
        Map<String, Boolean> floatInputs = new LinkedHashMap<>();
        for (ModelInput i : inputs) floatInputs.put(i.name(), i.elemType() == DataType.FLOAT);
        List<Path> files;
        try {
            if (!Files.isDirectory(folder)) throw new CalibrationDataException("no such folder: " + folder);
            files = arrays(folder);
        } catch (IOException e) {
            throw new CalibrationDataException("cannot list " + folder + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) throw new CalibrationDataException("no .npy or .npz files in " + folder);
        boolean npz = files.get(0).toString().toLowerCase(Locale.ROOT).endsWith(".npz");
        if (files.stream().anyMatch(f -> f.toString().toLowerCase(Locale.ROOT).endsWith(".npz") != npz)) {
            throw new CalibrationDataException(folder + " mixes .npy and .npz files; use one kind");
        }
        if (!npz && inputs.size() != 1) {
            throw new CalibrationDataException("the model has " + inputs.size() + " inputs; .npy files feed one. Save each "
                    + "sample as an .npz with an array per input (" + String.join(", ", floatInputs.keySet()) + ")");
        }
        List<Map<String, long[]>> shapes = new java.util.ArrayList<>();
        for (Path f : files) {
            try {
                Map<String, long[]> s = new LinkedHashMap<>();
                if (npz) {
                    try (ZipFile z = new ZipFile(f.toFile())) {
                        for (Enumeration<? extends ZipEntry> e = z.entries(); e.hasMoreElements();) {
                            ZipEntry entry = e.nextElement();
                            try (InputStream in = z.getInputStream(entry)) {
                                s.put(arrayName(entry), NpyArray.header(in, f.getFileName() + ":" + entry.getName()).shape);
                            }
                        }
                    }
                } else {
                    try (InputStream in = Files.newInputStream(f)) {
                        s.put(inputs.get(0).name(), NpyArray.header(in, f.getFileName().toString()).shape);
                    }
                }
                shapes.add(s);
            } catch (IOException e) {
                throw new CalibrationDataException("cannot read " + f + ": " + e.getMessage(), e);
            }
        }
        return new NpyData(folder, files, shapes, floatInputs);
    }

    private static String arrayName(ZipEntry e) {
        String n = e.getName();
        return n.endsWith(".npy") ? n.substring(0, n.length() - 4) : n;
    }

    @Override
    public String description() {
        return "array folder " + folder + " (" + files.size() + " samples)";
    }

    @Override
    public int size() {
        return files.size();
    }

    @Override
    public String sampleName(int index) {
        return files.get(index).getFileName().toString();
    }

    @Override
    public Map<String, long[]> shapes(int index) {
        return shapes.get(index);
    }

    @Override
    public Map<String, InputTensor> sample(int index) throws CalibrationDataException {
        Path f = files.get(index);
        Map<String, InputTensor> out = new LinkedHashMap<>();
        try {
            if (f.toString().toLowerCase(Locale.ROOT).endsWith(".npz")) {
                try (ZipFile z = new ZipFile(f.toFile())) {
                    for (Enumeration<? extends ZipEntry> e = z.entries(); e.hasMoreElements();) {
                        ZipEntry entry = e.nextElement();
                        String name = arrayName(entry);
                        String where = f.getFileName() + ":" + entry.getName();
                        try (InputStream in = z.getInputStream(entry)) {
                            NpyArray a = NpyArray.header(in, where);
                            out.put(name, a.read(in, floatInputs.getOrDefault(name, a.isFloat()), where));
                        }
                    }
                }
            } else {
                String name = floatInputs.keySet().iterator().next();
                try (InputStream in = Files.newInputStream(f)) {
                    NpyArray a = NpyArray.header(in, f.getFileName().toString());
                    out.put(name, a.read(in, floatInputs.get(name), f.getFileName().toString()));
                }
            }
        } catch (IOException e) {
            throw new CalibrationDataException("cannot read " + f + ": " + e.getMessage(), e);
        }
        return out;
    }
}
