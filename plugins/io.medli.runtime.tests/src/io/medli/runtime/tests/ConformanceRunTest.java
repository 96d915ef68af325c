package io.medli.runtime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.medli.onnx.OnnxModel;
import io.medli.onnx.TensorData;
import io.medli.onnx.graph.GraphView;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.TensorProto;
import io.medli.onnx.proto.ValueInfo;
import io.medli.runtime.ModelRunException;
import io.medli.runtime.ModelRunner;
import io.medli.runtime.RunOptions;
import io.medli.runtime.Tensors;

/**
 * Every model of the ONNX conformance suite (Debian's libonnx-testdata) that ONNX Runtime supports
 * runs through {@code io.medli.runtime} on its reference inputs and gives the reference outputs
 * (relative 1e-3, absolute 1e-5, as the ONNX backend tests allow; integers, booleans and strings
 * exactly). Models whose operators or types ONNX Runtime's CPU provider lacks are counted, not
 * failed; random operators are run but not compared.
 */
class ConformanceRunTest {
    static final Path DATA = Path.of(System.getProperty("medli.onnx.testdata", "/usr/share/libonnx-testdata/data"));
    private static final Set<String> RANDOM = Set.of("Bernoulli", "RandomNormal", "RandomNormalLike", "RandomUniform", "RandomUniformLike",
            "Multinomial");
    /** ONNX Runtime's answer to an operator, type or attribute it does not implement. */
    private static final List<String> UNSUPPORTED = List.of("NOT_IMPLEMENTED", "Could not find an implementation", "No Op registered",
            "is not supported", "not supported", "Unsupported", "unsupported", "is under development", "No opset import for domain",
            "ONNX Runtime only *guarantees* support", "is not a registered function/op", "Invalid rank for input");

    /** Where ONNX Runtime 1.29 and the reference disagree by design (its own test runner excludes these too). */
    private static final Map<String, String> KNOWN = Map.of(
            "node/test_cast_FLOAT_to_STRING", "ONNX Runtime prints 9 significant digits, the reference the shortest form",
            "node/test_castlike_FLOAT_to_STRING", "ONNX Runtime prints 9 significant digits, the reference the shortest form",
            "node/test_castlike_FLOAT_to_STRING_expanded", "ONNX Runtime prints 9 significant digits, the reference the shortest form",
            "node/test_cast_FLOAT_to_BFLOAT16", "ONNX Runtime truncates to bfloat16, the reference rounds to nearest",
            "node/test_resize_downsample_scales_cubic_align_corners", "ONNX Runtime samples align_corners downscaling differently",
            "node/test_resize_downsample_scales_linear_align_corners", "ONNX Runtime samples align_corners downscaling differently",
            "node/test_maxunpool_export_with_output_shape", "ONNX Runtime places the values without the padding that output_shape implies");

    /** Measured on ONNX Runtime 1.29.0, one thread. */
    static final int MATCHING_AT_LEAST = 940;

    @Test
    void referenceInputsGiveReferenceOutputs() throws Exception {
        assertTrue(Files.isDirectory(DATA), DATA + " is missing: apt-get install libonnx-testdata (tools/test.sh does)");
        List<Path> models;
        try (Stream<Path> s = Files.walk(DATA, 3)) {
            models = s.filter(p -> p.getFileName().toString().equals("model.onnx")).sorted().toList();
        }
        List<String> failures = new ArrayList<>(), unsupported = new ArrayList<>();
        int matching = 0, random = 0, notTensors = 0, known = 0, locale = 0;
        for (Path f : models) {
            String name = DATA.relativize(f.getParent()).toString();
            Path data = f.getParent().resolve("test_data_set_0");
            if (!Files.isDirectory(data)) continue;
            ModelProto m = OnnxModel.read(f).proto();
            if (KNOWN.containsKey(name)) {
                known++;
                continue;
            }
            List<ValueInfo> inputs = GraphView.of(m.graph()).realInputs();
            boolean onlyTensors = Stream.concat(inputs.stream(), m.graph().outputs().stream())
                    .allMatch(v -> v.type() == null || v.type().kind() == io.medli.onnx.proto.TypeProto.Kind.TENSOR);
            if (!onlyTensors) {
                notTensors++;
                continue;
            }
            Map<String, TensorProto> feed = new LinkedHashMap<>();
            List<TensorProto> expected = new ArrayList<>();
            boolean tensors = true;
            try {
                for (int i = 0; i < inputs.size() && Files.exists(data.resolve("input_" + i + ".pb")); i++) {
                    feed.put(inputs.get(i).name(), OnnxModel.readTensor(data.resolve("input_" + i + ".pb")));
                }
                for (int i = 0; Files.exists(data.resolve("output_" + i + ".pb")); i++) expected.add(OnnxModel.readTensor(data.resolve("output_" + i + ".pb")));
            } catch (java.io.IOException e) {
                tensors = false; // sequences and optionals: not tensors
            }
            if (!tensors || feed.values().stream().anyMatch(t -> Tensors.javaType(t.dataType()) == null)) {
                notTensors++;
                continue;
            }
            String result = runAndCompare(f, m, feed, expected);
            if (result == null) matching++;
            else if (result.equals("random")) random++;
            else if (UNSUPPORTED.stream().anyMatch(result::contains)) unsupported.add(name + ": " + result.lines().findFirst().orElse(""));
            else if (result.contains("Failed to construct locale")) locale++; // StringNormalizer needs en_US.UTF-8 on this machine
            else failures.add(name + ": " + result);
        }
        System.out.printf("conformance run: %d models, %d matching, %d random (run, not compared), %d unsupported by ONNX Runtime, "
                + "%d with sequence/optional or unsigned data, %d known differences, %d without the locale they need, %d failing%n",
                models.size(), matching, random, unsupported.size(), notTensors, known, locale, failures.size());
        unsupported.forEach(u -> System.out.println("  unsupported: " + u));
        assertEquals(List.of(), failures, "models whose outputs differ from the reference, or that fail for another reason than "
                + "an operator ONNX Runtime lacks");
        assertTrue(matching >= MATCHING_AT_LEAST, matching + " models match, fewer than the " + MATCHING_AT_LEAST + " measured");
    }

    /** Null when every output matches; "random" for random operators; else what went wrong. */
    private static String runAndCompare(Path file, ModelProto m, Map<String, TensorProto> feed, List<TensorProto> expected) throws Exception {
        Map<String, OnnxTensor> tensors = new LinkedHashMap<>();
        try (ModelRunner r = ModelRunner.open(file, RunOptions.defaults().withThreads(1))) {
            for (Map.Entry<String, TensorProto> e : feed.entrySet()) tensors.put(e.getKey(), Tensors.of(e.getValue()));
            try (OrtSession.Result out = r.run(tensors)) {
                if (m.graph().nodes().stream().anyMatch(n -> RANDOM.contains(n.opType()) || n.opType().equals("Dropout") && n.inputs().size() > 2)) {
                    return "random"; // Dropout with training_mode drops at random
                }
                for (int i = 0; i < expected.size() && i < m.graph().outputs().size(); i++) {
                    String name = m.graph().outputs().get(i).name();
                    OnnxValue v = out.get(name).orElse(null);
                    if (!(v instanceof OnnxTensor t)) return "output " + name + " is not a tensor";
                    String diff = compare(t, expected.get(i));
                    if (diff != null) return "output " + name + ": " + diff;
                }
                return null;
            }
        } catch (ModelRunException | OrtException e) {
            return e.getMessage();
        } finally {
            tensors.values().forEach(OnnxTensor::close);
        }
    }

    /** Null when {@code got} equals {@code want} within the tolerance of its type. */
    private static String compare(OnnxTensor got, TensorProto want) throws Exception {
        long[] shape = got.getInfo().getShape();
        if (!java.util.Arrays.equals(shape, want.dims())) {
            return "shape " + java.util.Arrays.toString(shape) + ", expected " + java.util.Arrays.toString(want.dims());
        }
        if (want.dataType() == DataType.STRING) {
            List<String> exp = want.stringData().stream().map(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8)).toList();
            List<String> act = new ArrayList<>();
            flatten(got.getValue(), act);
            return exp.equals(act) ? null : "strings " + act + ", expected " + exp;
        }
        ByteBuffer a = got.getByteBuffer().order(ByteOrder.nativeOrder());
        ByteBuffer e = TensorData.bytes(want).duplicate().order(ByteOrder.LITTLE_ENDIAN);
        int type = want.dataType();
        if (type == DataType.FLOAT || type == DataType.DOUBLE || type == DataType.FLOAT16 || type == DataType.BFLOAT16) {
            int size = type == DataType.DOUBLE ? 8 : type == DataType.FLOAT ? 4 : 2;
            int n = e.remaining() / size;
            if (a.remaining() != e.remaining()) return a.remaining() + " bytes, expected " + e.remaining();
            double scale = 1;
            for (int i = 0; i < n; i++) {
                double y = value(e, i, type);
                if (Double.isFinite(y)) scale = Math.max(scale, Math.abs(y));
            }
            // relative 1e-3; absolute 1e-5 of the output's magnitude, for sums that cancel (a DFT's zero bins)
            for (int i = 0; i < n; i++) {
                double x = value(a, i, type), y = value(e, i, type);
                boolean ok = Double.isNaN(y) ? Double.isNaN(x) : x == y || Math.abs(x - y) <= 1e-5 * scale + 1e-3 * Math.abs(y);
                if (!ok) return "element " + i + " is " + x + ", expected " + y;
            }
            return null;
        }
        return a.equals(e) ? null : "values differ";
    }

    private static double value(ByteBuffer b, int i, int type) {
        return switch (type) {
            case DataType.DOUBLE -> b.getDouble(b.position() + i * 8);
            case DataType.FLOAT -> b.getFloat(b.position() + i * 4);
            case DataType.FLOAT16 -> Float.float16ToFloat(b.getShort(b.position() + i * 2));
            default -> Float.intBitsToFloat((b.getShort(b.position() + i * 2) & 0xffff) << 16);
        };
    }

    private static void flatten(Object v, List<String> out) {
        if (v instanceof String s) out.add(s);
        else if (v instanceof Object[] arr) for (Object o : arr) flatten(o, out);
    }
}
