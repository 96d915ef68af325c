package io.medli.runtime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.medli.cli.Main;

/** The medli commands on real models, and their one-line errors. */
class CommandLineTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();

    private int medli(String... args) {
        return new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void inspectMiniLm() {
        assertEquals(0, medli("inspect", Models.real("all-minilm-l6-v2.onnx").toString(), "--dim", "sequence_length=128"));
        String s = out();
        assertTrue(s.contains("IR version        6"), s);
        assertTrue(s.contains("Opsets            ai.onnx 11"), s);
        assertTrue(s.contains("Input             input_ids  int64[batch_size,sequence_length]"), s);
        assertTrue(s.contains("Output            last_hidden_state  float32[batch_size,sequence_length,384]"), s);
        assertTrue(s.contains("Nodes             637: Constant 146"), s);
        assertTrue(s.contains("Parameters        22.57 M"), s);
        assertTrue(s.contains("MACs              1.43 G"), s);
        assertTrue(s.contains("Weights           86.08 MB"), s);
    }

    @Test
    void inspectJsonWithNodes() {
        assertEquals(0, medli("inspect", Models.real("mlsd_320x320_tiny.onnx").toString(), "--json", "--nodes"));
        com.google.gson.JsonObject j = com.google.gson.JsonParser.parseString(out()).getAsJsonObject();
        assertEquals(614_229, j.get("parameters").getAsLong());
        assertEquals(j.get("nodeCount").getAsInt(), j.getAsJsonArray("nodes").size());
        assertEquals("scores", j.getAsJsonArray("outputs").get(1).getAsJsonObject().get("name").getAsString());
    }

    @Test
    void runBench() {
        assertEquals(0, medli("run", Models.real("mlsd_320x320_tiny.onnx").toString(), "--bench", "--warmup", "1", "--iterations", "3"));
        assertTrue(out().contains("latency over 3 runs (after 1 warm-up): p50 "), out());
    }

    @Test
    void badInputGivesOneLineAndExitCode(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("x.onnx"), "not a model");
        assertEquals(1, medli("inspect", text.toString()));
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().startsWith("medli: Not a valid ONNX model: "), err());
        err.reset();
        assertEquals(1, medli("inspect", dir.resolve("missing.onnx").toString()));
        assertTrue(err().contains("missing.onnx: no such file"), err());
        err.reset();
        assertEquals(2, medli("inspect"));
        assertTrue(err().contains("missing MODEL"), err());
        err.reset();
        assertEquals(2, medli("frobnicate"));
        assertTrue(err().contains("unknown command 'frobnicate'"), err());
        err.reset();
        assertEquals(2, medli("run", text.toString(), "--iterations", "zero"));
        assertTrue(err().contains("--iterations needs an integer"), err());
    }

    @Test
    void trainingCommandsCheckTheirArgumentsFirst(@TempDir Path dir) throws Exception {
        String out = dir.resolve("s.onnx").toString();
        assertEquals(2, medli("train", "--student", "cnn", "--out", out));
        assertTrue(err().contains("missing --data"), err());
        err.reset();
        assertEquals(2, medli("distill", "--data", dir.toString(), "--student", "cnn", "--out", out));
        assertTrue(err().contains("missing --teacher"), err());
        err.reset();
        assertEquals(2, medli("train", "--data", dir.toString(), "--student", "cnn", "--out", out, "--teacher", "t.onnx"));
        assertTrue(err().contains("--teacher belongs to 'medli distill'"), err());
        err.reset();
        assertEquals(2, medli("finetune", "--data", dir.toString(), "--out", out, "--cut", "t"));
        assertTrue(err().contains("missing --backbone"), err());
        err.reset();
        assertEquals(2, medli("train", "--data", dir.toString(), "--student", "cnn", "--out", out, "--cut", "t"));
        assertTrue(err().contains("--cut belongs to 'medli finetune'"), err());
        err.reset();
        assertEquals(2, medli("train", "--data", dir.toString(), "--student", "cnn", "--out", out, "--epochs", "0"));
        assertTrue(err().contains("--epochs needs an integer of at least 1"), err());
        err.reset();
        assertEquals(1, medli("train", "--data", dir.resolve("nothing").toString(), "--student", "cnn", "--out", out));
        assertTrue(err().contains("training data " + dir.resolve("nothing") + " does not exist"), err());
        assertFalse(Files.exists(Path.of(out)));
        assertEquals(0, medli("students"));
        assertTrue(out().contains("mobilenetv2") && out().contains("cnn1d"), out());
    }

    /** A 28x28 "classifier" that always says class 2: 10% accuracy on Fashion-MNIST's balanced test split. */
    private static Path alwaysTwo(Path dir) throws Exception {
        var arch = new io.medli.train.arch.Architecture("const", "always class 2", new int[] { 1, 28, 28 }, 10,
                java.util.List.of(new io.medli.train.arch.Layer.Flatten(), new io.medli.train.arch.Layer.Dense(10)));
        Path f = dir.resolve("const.onnx");
        io.medli.onnx.OnnxModel.of(io.medli.train.arch.OnnxExport.export(arch, (layer, param) -> {
            float[] v = new float[param.equals("weight") ? 7840 : 10];
            if (param.equals("weight")) for (int i = 0; i < 784; i++) v[2 * 784 + i] = 0.01f; // pixels >= 0
            if (param.equals("bias")) v[2] = 1;
            return v;
        }, "test")).write(f);
        return f;
    }

    @Test
    void evaluateAndCalibrateOnFashionMnist(@TempDir Path dir) throws Exception {
        Path model = alwaysTwo(dir);
        String data = "/usr/share/datasets/fashion-mnist";
        assertEquals(0, medli("evaluate", model.toString(), "--data", data), err());
        assertTrue(out().startsWith("accuracy 10.00% on 10000 test samples"), out());
        assertTrue(out().matches("(?s).*Pullover +100[.]00%.*"), out());
        out.reset();
        Path q = dir.resolve("q.onnx");
        assertEquals(0, medli("quantize", model.toString(), "--static", "--data", data, "--out", q.toString()), err());
        assertTrue(out().contains("320 training images of fashion-mnist/train"), out());
        out.reset();
        assertEquals(0, medli("evaluate", q.toString(), "--data", data), err());
        assertTrue(out().startsWith("accuracy 10.00%"), out());
        err.reset();
        assertEquals(1, medli("evaluate", model.toString(), "--data", dir.toString()));
        assertTrue(err().contains("is not a data set MEDLI reads"), err());
    }

    @Test
    void checkReportsProblems(@TempDir Path dir) throws Exception {
        assertEquals(0, medli("check", Models.real("mlsd_320x320_tiny.onnx").toString()));
        assertTrue(out().contains("no problems found"), out());
    }
}
