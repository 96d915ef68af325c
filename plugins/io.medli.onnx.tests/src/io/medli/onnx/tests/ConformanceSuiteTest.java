package io.medli.onnx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.medli.onnx.OnnxModel;
import io.medli.onnx.check.ModelChecker;
import io.medli.onnx.check.Problem;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.ProtoCopy;
import io.medli.onnx.proto.TensorProto;
import io.medli.onnx.proto.TypeProto;
import io.medli.onnx.proto.ValueInfo;
import io.medli.onnx.shape.Dim;
import io.medli.onnx.shape.InferenceResult;
import io.medli.onnx.shape.ShapeInference;
import io.medli.onnx.shape.TensorType;

/**
 * The ONNX project's operator conformance models (Debian's libonnx-testdata, about 1,070 models,
 * opsets 1 to 21, each with reference inputs and outputs): every one reads and writes back
 * byte-identical, checks without error, and the shapes of its outputs, inferred with the declared
 * output shapes removed, never contradict the reference outputs.
 */
class ConformanceSuiteTest {
    static final Path DATA = Path.of(System.getProperty("medli.onnx.testdata", "/usr/share/libonnx-testdata/data"));

    /** Measured: 1,028 of 1,241 outputs exact; the official onnx 1.12 inference (data propagation on) finds 979. */
    static final int EXACT_AT_LEAST = 1028;

    static List<Path> models() throws Exception {
        assertTrue(Files.isDirectory(DATA), DATA + " is missing: apt-get install libonnx-testdata (tools/test.sh does)");
        try (Stream<Path> s = Files.walk(DATA, 3)) {
            return s.filter(p -> p.getFileName().toString().equals("model.onnx")).sorted().toList();
        }
    }

    @Test
    void everyModelRoundTripsChecksCleanAndGetsItsOutputShapes() throws Exception {
        List<Path> models = models();
        assertTrue(models.size() > 1000, "the suite has " + models.size() + " models");
        List<String> roundTrip = new ArrayList<>(), checker = new ArrayList<>(), wrong = new ArrayList<>();
        int exact = 0, outputs = 0;
        for (Path f : models) {
            String name = DATA.relativize(f.getParent()).toString();
            byte[] bytes = Files.readAllBytes(f);
            ModelProto m = OnnxModel.read(f).proto();
            if (!Arrays.equals(bytes, OnnxModel.of(m).toBytes())) roundTrip.add(name);
            for (Problem p : ModelChecker.check(m)) {
                if (p.severity() == Problem.Severity.ERROR) checker.add(name + ": " + p.message());
            }
            Path data = f.getParent().resolve("test_data_set_0");
            if (!Files.isDirectory(data)) continue;
            ModelProto stripped = ProtoCopy.model(m);
            for (ValueInfo o : stripped.graph().outputs()) {
                if (o.type() != null && o.type().kind() == TypeProto.Kind.TENSOR) o.type(TypeProto.tensor(o.type().elemType(), null));
            }
            InferenceResult r = ShapeInference.infer(stripped);
            for (int i = 0; i < stripped.graph().outputs().size(); i++) {
                ValueInfo o = stripped.graph().outputs().get(i);
                Path pb = data.resolve("output_" + i + ".pb");
                if (o.type() == null || o.type().kind() != TypeProto.Kind.TENSOR || !Files.exists(pb)) continue;
                TensorProto ref;
                try {
                    ref = OnnxModel.readTensor(pb);
                } catch (java.io.IOException e) {
                    continue; // a sequence or optional, not a tensor
                }
                outputs++;
                switch (compare(r.type(o.name()), ref.dims())) {
                    case 1 -> exact++;
                    case -1 -> wrong.add(name + " output " + i + ": " + r.type(o.name()) + " but the reference is " + Arrays.toString(ref.dims()));
                    default -> {
                    }
                }
            }
        }
        System.out.printf("conformance shapes: %d models, %d tensor outputs with a reference: %d exact, %d unknown, %d wrong%n", models.size(),
                outputs, exact, outputs - exact - wrong.size(), wrong.size());
        assertEquals(List.of(), roundTrip, "not byte-identical after a read and a write");
        assertEquals(List.of(), checker, "checker errors on valid models");
        assertEquals(List.of(), wrong, "inferred shapes that contradict the reference outputs");
        assertTrue(exact >= EXACT_AT_LEAST, exact + " of " + outputs + " output shapes inferred exactly, fewer than the " + EXACT_AT_LEAST
                + " measured before");
    }

    /** 1 when every size is known and right, -1 when the rank or a known size is wrong, 0 when some size is unknown. */
    private static int compare(TensorType t, long[] ref) {
        if (t == null || !t.hasShape()) return 0;
        if (t.rank() != ref.length) return -1;
        boolean known = true;
        for (int k = 0; k < ref.length; k++) {
            Dim d = t.dim(k);
            if (d.isKnown()) {
                if (d.value() != ref[k]) return -1;
            } else {
                known = false;
            }
        }
        return known ? 1 : 0;
    }
}
