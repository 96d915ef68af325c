package io.medli.runtime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The medli commands on real models, and their one-line errors. */
class CommandLineTest extends CommandLines {

    @Test
    void inspectMiniLm() {
        assertEquals(0, medli("inspect", Models.real("all-minilm-l6-v2.onnx").toString(), "--dim", "sequence_length=128"));
        String s = out();
        assertTrue(s.contains("IR version        6"), s);
        assertTrue(s.contains("Opsets            ai.onnx 11"), s);
        // the bound size reaches every tensor; the unbound one is named
        assertTrue(s.contains("Input             input_ids  int64[batch_size,128]"), s);
        assertTrue(s.contains("Output            last_hidden_state  float32[batch_size,128,384]"), s);
        assertTrue(s.contains("Dimensions        batch_size=1 (not set, counted as 1), sequence_length=128"), s);
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
    void recipeCheckAndRunShareTheIdesChecksAndRunner(@TempDir Path dir) throws Exception {
        Files.copy(Models.real("mlsd_320x320_tiny.onnx"), dir.resolve("tiny.onnx"));
        Path cal = Files.createDirectory(dir.resolve("cal"));
        try (var files = Files.list(Models.images().resolve("ukui"))) {
            for (Path p : files.sorted().limit(3).toList()) Files.copy(p, cal.resolve(p.getFileName()));
        }
        Path recipe = dir.resolve("tiny.medlirecipe");
        Files.writeString(recipe, """
                <?xml version="1.0" encoding="UTF-8"?>
                <recipe:Recipe xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xmlns:recipe="http://medli.io/recipe" formatVersion="1" name="tiny" sourceModel="tiny.onnx">
                  <dataSets path="cal" scale="1"/>
                  <goals metric="max-size" value="0.4" relative="true"/>
                  <steps xsi:type="recipe:QuantizeStep" name="int8" mode="static"/>
                  <steps xsi:type="recipe:BenchmarkStep" name="speed" rounds="2" warmup="1"/>
                </recipe:Recipe>
                """);
        assertEquals(0, medli("recipe", "check", recipe.toString()), err());
        assertTrue(out().contains("no problems"), out());
        assertEquals(0, medli("recipe", "run", recipe.toString(), "--threads", "1"), err());
        assertTrue(out().contains("goal met: max-size"), out());
        assertTrue(out().contains("2 steps (0 reused)"), out());
        assertEquals(0, medli("recipe", "run", recipe.toString(), "--threads", "1"), err());
        assertTrue(out().contains("2 steps (2 reused)"), out());
        List<String> runs;
        try (var ds = Files.list(dir.resolve("runs"))) {
            runs = ds.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith(".")).map(Path::toString).sorted().toList();
        }
        assertEquals(0, medli("recipe", "compare", runs.get(0), runs.get(1)), err());
        assertTrue(out().contains("* step 1") && out().contains("(reused)") && out().contains("  size MB"), out());
        assertEquals(1, medli("recipe", "compare", runs.get(0), dir.toString()));
        assertTrue(err().contains("cannot compare the runs"), err());
        // a goal out of reach: the run finishes, exit code 3
        Files.writeString(recipe, Files.readString(recipe).replace("value=\"0.4\"", "value=\"0.01\""));
        assertEquals(3, medli("recipe", "run", recipe.toString(), "--threads", "1"), err());
        assertTrue(out().contains("goal NOT met: max-size"), out());
        // a problem stops it before it starts
        Files.writeString(recipe, Files.readString(recipe).replace("path=\"cal\"", "path=\"gone\""));
        assertEquals(1, medli("recipe", "check", recipe.toString()));
        assertTrue(out().contains("error: the calibration data gone does not exist"), out());
        assertEquals(1, medli("recipe", "run", recipe.toString()));
        assertTrue(err().contains("cannot run"), err());
        assertEquals(0, medli("recipe", "run", "--help"));
        assertTrue(out().contains("runs/<timestamp>/"), out());

        // medli recipe new: Compress...'s defaults, never over an existing file
        assertEquals(0, medli("recipe", "new", dir.resolve("tiny.onnx").toString()), err());
        assertTrue(out().contains("object detector") && out().contains("tiny-2.medlirecipe"), out());
        String made = Files.readString(dir.resolve("tiny-2.medlirecipe"));
        assertTrue(made.contains("recipe:QuantizeStep") && made.contains("path=\"cal\""), made);
        assertEquals(1, medli("recipe", "new", dir.resolve("tiny.onnx").toString(), "--out", recipe.toString()));
        assertTrue(err().contains("exists"), err());
    }

    @Test
    void agentWritesTheJarsABoardNeedsAndAnUnchangedRewriteKeepsThem(@TempDir Path dir) throws Exception {
        assertEquals(0, medli("agent", dir.resolve("board").toString()));
        Path jar = dir.resolve("board/medli-agent.jar"), ort = dir.resolve("board/onnxruntime.jar");
        assertTrue(out().contains("java -jar medli-agent.jar info"), out());
        try (var j = new java.util.jar.JarFile(jar.toFile())) {
            assertEquals("io.medli.agent.Agent", j.getManifest().getMainAttributes().getValue("Main-Class"));
            assertEquals("onnxruntime.jar", j.getManifest().getMainAttributes().getValue("Class-Path"));
        }
        byte[] before = Files.readAllBytes(jar);
        var ortTime = Files.getLastModifiedTime(ort);
        assertEquals(0, medli("agent", dir.resolve("board").toString()));
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(jar));
        assertEquals(ortTime, Files.getLastModifiedTime(ort), "ONNX Runtime's jar is not copied again");
    }

    @Test
    void benchHereAndOnABoardAddedOnTheCommandLine(@TempDir Path dir) throws Exception {
        String tiny = Models.real("mlsd_320x320_tiny.onnx").toString();
        System.setProperty("medli.store", dir.resolve("store").toString());
        try {
            benchHereAndOnABoard(dir, tiny);
        } finally {
            System.clearProperty("medli.store");
        }
    }

    private void benchHereAndOnABoard(Path dir, String tiny) throws Exception {
        assertEquals(0, medli("bench", tiny, "--iterations", "3", "--warmup", "1", "--threads", "1"));
        assertTrue(out().contains("mlsd_320x320_tiny.onnx on this machine") && out().contains("p50 ms"), out());
        assertTrue(out().contains("kept in " + dir.resolve("store") + " as measurement 1;"), out());
        try (io.medli.testing.LoopbackBoard lb = new io.medli.testing.LoopbackBoard(Files.createDirectories(dir.resolve("sshd")))) {
            Path medliDir = dir.resolve("medli");
            System.setProperty("medli.boards", medliDir.resolve("boards.json").toString());
            try {
                // the board's host key accepted once, as Test Connection in the IDE does (the command line off a terminal never accepts one)
                var policy = new io.medli.remote.HostKeyPolicy(lb.userKnownHosts, medliDir.resolve("known_hosts"), (h, t, f) -> true);
                try (var s = io.medli.remote.BoardSession.open(lb.board("x", lb.userKey), io.medli.remote.Credentials.NONE, policy)) {
                    assertTrue(s.isOpen());
                }
                assertEquals(0, medli("board", "add", "pi", System.getProperty("user.name") + "@127.0.0.1:" + lb.port, "--key", lb.userKey.toString(),
                        "--folder", dir.resolve("board").toString(), "--java", io.medli.testing.LoopbackBoard.java17().toString()));
                assertEquals(0, medli("board", "list"));
                assertTrue(out().contains("pi") && out().contains("127.0.0.1:" + lb.port), out());
                assertEquals(0, medli("bench", tiny, "--board", "pi", "--iterations", "3", "--warmup", "1", "--threads", "1"));
                String o = out();
                assertTrue(o.contains("mlsd_320x320_tiny.onnx on pi") && o.contains("Java 17"), o);
                // the same runtime on the same machine: the board's outputs are this machine's, bit for bit
                assertTrue(o.contains("outputs against this machine: scores (sample 0): identical")
                        && o.contains("outputs against this machine: offsets (sample 0): identical"), o);
                // a data set: ONNX's conformance Conv2d with its own test data (only the inputs are sent)
                Path conv = Path.of("/usr/share/libonnx-testdata/data/pytorch-converted/test_Conv2d");
                assertEquals(0, medli("bench", conv.resolve("model.onnx").toString(), "--board", "pi", "--samples", conv.toString(), "--iterations", "3", "--no-store"));
                assertTrue(out().contains("(sample 0): identical"), out());
                assertEquals(2, medli("bench", tiny, "--samples", dir.toString()));
                assertTrue(err().contains("--samples: ") && err().contains("test-data layout"), err());
                assertEquals(1, medli("bench", tiny, "--board", "nosuch"));
                assertTrue(err().contains("no board called 'nosuch'; the boards are: pi"), err());
                // both kept; listed, filtered and exported
                assertEquals(0, medli("results", "--csv", dir.resolve("r.csv").toString()));
                assertTrue(out().contains("this machine") && out().contains("pi "), out());
                List<String> csv = Files.readAllLines(dir.resolve("r.csv"));
                assertEquals(3, csv.size(), "a header and two rows: " + csv);
                assertTrue(csv.get(1).contains(",pi,") && csv.get(2).contains(",this machine,"), csv.toString());
                assertEquals(0, medli("results", "--board", "pi", "--json", dir.resolve("r.json").toString()));
                assertEquals(1, com.google.gson.JsonParser.parseString(Files.readString(dir.resolve("r.json"))).getAsJsonArray().size());
                // the model database: an architecture linked to the measured model by its checksum (figures made up for this test, and said to be)
                String sha = io.medli.onnx.AtomicFiles.sha256(Path.of(tiny));
                Files.writeString(dir.resolve("db.json"), "{\"schema\": \"medli-model-db/1\", \"architectures\": [{\"name\": \"M-LSD tiny\", \"task\": "
                        + "\"line detection\", \"parameters\": 1, \"source\": \"hand-made for CommandLineTest\", \"models\": [{\"sha256\": \"" + sha
                        + "\", \"name\": \"mlsd_320x320_tiny.onnx\", \"bytes\": 1, \"numberFormat\": \"float32\", \"accuracy\": 50, \"accuracyDataset\": \"none\", "
                        + "\"source\": \"hand-made for CommandLineTest\"}]}]}");
                assertEquals(0, medli("modeldb", "import", dir.resolve("db.json").toString()));
                assertTrue(out().contains("imported 1 architecture(s)"), out());
                assertEquals(0, medli("modeldb", "list", "--task", "line detection", "--min-accuracy", "40", "--csv", dir.resolve("db.csv").toString()));
                assertTrue(out().contains("M-LSD tiny") && out().contains("pi ") && out().contains("this machine"), out());
                assertEquals(3, Files.readAllLines(dir.resolve("db.csv")).size(), "a header and both boards' measurements");
                Files.writeString(dir.resolve("bad.json"), Files.readString(dir.resolve("db.json")).replace("\"accuracyDataset\": \"none\", ", ""));
                assertEquals(1, medli("modeldb", "import", dir.resolve("bad.json").toString()));
                assertTrue(err().contains("nothing imported") && err().contains("has an accuracy but no data set"), err());
                assertEquals(0, medli("modeldb", "export", dir.resolve("out.json").toString()));
                assertTrue(Files.readString(dir.resolve("out.json")).contains("\"accuracyDataset\": \"none\""), "the failed import changed nothing");
            } finally {
                System.clearProperty("medli.boards");
            }
        }
    }

    @Test
    void rooflineGivesThePeaksTheFloorAndTheNodesFurthestFromIt() {
        assertEquals(0, medli("roofline", Models.real("mlsd_320x320_tiny.onnx").toString(), "--iterations", "5", "--top", "3"));
        String o = out();
        assertTrue(o.contains("peaks: float ") && o.contains("GB/s (measured on this machine"), o);
        assertTrue(o.matches("(?s).*mlsd_320x320_tiny.onnx: [0-9.]+ GOP \\(int8 0.000\\), [0-9.]+ MB moved; floor [0-9.]+ ms.*"), o);
        assertTrue(o.matches("(?s).*measured: p50 [0-9.]+ ms over 5 runs; the floor is [0-9.]+ % of it.*"), o);
        assertTrue(o.contains("nodes furthest from their floor"), o);
    }

    @Test
    void recommendWalksTheTreeWithTheModelsFactsAndTheAnswers() {
        String tiny = Models.real("mlsd_320x320_tiny.onnx").toString();
        assertEquals(0, medli("recommend", tiny));
        assertTrue(out().contains("mlsd_320x320_tiny.onnx: ") && out().contains("operators: ") && out().contains("Conv"), out());
        assertTrue(out().contains("next question (os): Does the device run an operating system?") && out().contains("--answer os=linux|bare metal"), out());
        assertEquals(0, medli("recommend", tiny, "--os", "linux", "--accelerator", "yes", "--power", "3"));
        assertTrue(out().contains("What power budget does the device have, in watts? 3.0 W -> under 5")
                && out().contains("next question (framework): In which format do your models come from training?"), out());
        assertEquals(0, medli("recommend", tiny, "--os", "linux", "--accelerator", "yes", "--power", "3", "--answer", "framework=tflite"));
        assertTrue(out().contains("=> A low-power neural accelerator:") && out().contains("1. NXP i.MX 8M Plus (NPU) with NXP eIQ"), out());
        assertEquals(0, medli("recommend", tiny, "--os", "linux", "--accelerator", "yes", "--power", "3", "--answer", "framework=onnx"));
        assertTrue(out().contains("=> A low-power neural accelerator that takes ONNX:") && out().contains("1. Hailo-8 with Hailo Dataflow Compiler"), out());
        // bare metal: the model's own memory answers the next question (M-LSD tiny needs megabytes)
        assertEquals(0, medli("recommend", tiny, "--answer", "os=bare metal"));
        assertTrue(out().contains("kB -> 512 or more") && out().contains("=> A microcontroller with a neural accelerator:"), out());
        assertEquals(2, medli("recommend", tiny, "--os", "windows"));
        assertTrue(err().contains("'windows' answers none of"), err());
    }

    @Test
    void knowledgeListsChecksAndWritesTheBase(@TempDir Path dir) throws Exception {
        assertEquals(0, medli("knowledge"));
        assertTrue(out().matches("(?s).*Raspberry Pi 5 +linux +2400 .*"), out());
        assertTrue(out().contains("published results (MLPerf Tiny v1.0, ST model zoo, Qualcomm AI Hub Models)"), out());
        Path html = dir.resolve("kb.html");
        assertEquals(0, medli("knowledge", "--html", html.toString()));
        assertTrue(Files.readString(html).contains("<h2>Sources</h2>"));
        // a base of one's own with a figure that has no source: each problem names its entry, exit 1
        Path mine = dir.resolve("mine.json");
        Files.writeString(mine, "{\"schema\": \"medli-knowledge-base/1\", \"sources\": [], \"devices\": [{\"id\": \"b\", \"name\": \"B\", "
                + "\"figures\": {\"powerW\": {\"value\": 3}}}]}");
        assertEquals(1, medli("knowledge", "--check", mine.toString()));
        assertTrue(err().contains("device 'b', powerW (3.0) has no source and no run: enter only what can be sourced"), err());
        assertEquals(1, medli("knowledge", "--check", dir.resolve("none.json").toString()));
        assertTrue(err().contains("none.json: no such file"), err());
    }

    @Test
    void recommendRanksTheCandidatesWithTheirEvidence() {
        String tiny = Models.real("mlsd_320x320_tiny.onnx").toString();
        assertEquals(0, medli("recommend", tiny, "--os", "linux", "--accelerator", "yes", "--power", "10"));
        String o = out();
        assertTrue(o.contains("1. NVIDIA Jetson Orin Nano (GPU) with TensorRT"), o);
        assertTrue(o.contains("operators: takes all of the model's operators"), "TensorRT 8.4's list has M-LSD's operators: " + o);
        assertTrue(o.matches("(?s).*roofline floor: [0-9.]+ ms \\(float32 at 1280 GFLOP/s and 68 GB/s, tensors over half of its 4 MB cache.*"), o);
        assertTrue(o.matches("(?s).*roofline floor: [0-9.]+ ms \\(float32 at 318.7 GFLOP/s and 23.5 GB/s, tensors over half of its 480 MB cache.*"), o);
        assertTrue(o.contains("price: 249 USD a unit [orin-nano-super] (Super developer kit)"), o);
        // a unit price below the Jetson's published price ranks it down; a price that is not a price is refused
        assertEquals(0, medli("recommend", tiny, "--os", "linux", "--accelerator", "yes", "--power", "10", "--unit-price", "100"));
        assertTrue(out().matches("(?s).*NVIDIA Jetson Orin Nano \\(GPU\\) with TensorRT[^\\n]*\\(ranked down\\).*it costs 249 USD a unit \\[orin-nano-super\\], above the 100 USD asked.*"),
                out());
        assertEquals(2, medli("recommend", tiny, "--unit-price", "0"));
        assertTrue(err().contains("--unit-price must be above 0 USD"), err());
        // a latency target below what the x86 box's peak allows ranks it down, with the reason
        assertEquals(0, medli("recommend", tiny, "--os", "linux", "--accelerator", "no", "--latency", "0.001"));
        assertTrue(out().matches("(?s).*x86 industrial PC with OpenVINO or ONNX Runtime \\(CPU\\) \\(ranked down\\).*even at its peak the model takes [0-9.]+ ms, above the 0.001 ms asked.*"), out());
        // bare metal: the MCU boards' published MLPerf Tiny results come along
        assertEquals(0, medli("recommend", tiny, "--answer", "os=bare metal", "--memory", "0.25"));
        assertTrue(out().contains("published: MLPerf Tiny v1.0 keyword spotting, DS-CNN with ST X-CUBE-AI 7.3: 16.8 ms, 2720 uJ [mlperf-tiny-v1.0"), out());
        assertTrue(out().contains("the model needs "), "M-LSD does not fit an MCU's RAM: " + out());
    }

    @Test
    void runBench() {
        assertEquals(0, medli("run", Models.real("mlsd_320x320_tiny.onnx").toString(), "--bench", "--warmup", "1", "--iterations", "3"));
        assertTrue(out().contains("latency over 3 runs (after 1 warm-up): p50 "), out());
    }

    @Test
    void profileListsTheSlowestNodesAndTheTimePerKindOfKernel() {
        assertEquals(0, medli("run", Models.real("mlsd_320x320_tiny.onnx").toString(), "--profile", "--warmup", "1", "--iterations", "2",
                "--top", "3"));
        String[] lines = out().split("\\R");
        int header = java.util.Arrays.asList(lines).indexOf(java.util.Arrays.stream(lines).filter(l -> l.startsWith("node ")).findFirst().orElseThrow());
        assertTrue(lines[header + 4].isBlank(), out()); // exactly three nodes listed
        assertTrue(out().contains("op (executed kernel)"), out());
        assertTrue(java.util.Arrays.stream(lines).anyMatch(l -> l.matches("(Fused)?Conv\\s+\\d+\\s+\\d+\\s+[\\d.]+%")), out());
        assertTrue(java.util.Arrays.stream(lines).anyMatch(l -> l.startsWith("total ")), out());
    }

    @Test
    void compareTakesTheImageSizeOfAnOpenInputFromShapeOrDim(@TempDir Path dir) throws Exception {
        Path det = Models.real("ppocr/ch_PP-OCRv4_det_infer.onnx"); // x [N,3,H,W], all open
        Path images = Files.createDirectory(dir.resolve("images"));
        try (var files = Files.list(Models.images().resolve("ukui"))) {
            for (Path p : files.sorted().limit(2).toList()) Files.copy(p, images.resolve(p.getFileName()));
        }
        assertEquals(1, medli("compare", det.toString(), det.toString(), "--data", images.toString(), "--rounds", "1"));
        assertTrue(err().contains("leaves the image size open"), err());
        assertEquals(0, medli("compare", det.toString(), det.toString(), "--data", images.toString(), "--rounds", "1", "--shape",
                "x=1x3x64x96", "--mask-threshold", "0.3"), err());
        assertTrue(out().contains("Infinity") && out().contains("1.0000"), out()); // a model against itself: exact, masks equal
        assertEquals(2, medli("compare", det.toString(), det.toString(), "--data", images.toString(), "--shape", "x=1x3x64"));
        assertTrue(err().contains("needs 4 sizes"), err());
    }

    @Test
    void compareSaysWhenTheReferenceOutputIsZeroInsteadOfPrintingAnSqnr(@TempDir Path dir) throws Exception {
        Path images = Files.createDirectory(dir.resolve("images"));
        try (var files = Files.list(Models.images().resolve("ukui"))) {
            Path first = files.sorted().findFirst().orElseThrow();
            Files.copy(first, images.resolve(first.getFileName()));
        }
        // a text map of an image without text: the float model gives ~1e-10, its int8 twin the grid's 0.002
        Path a = scaled(dir, "a.onnx", 1e-10f), b = scaled(dir, "b.onnx", 2e-3f);
        assertEquals(0, medli("compare", a.toString(), b.toString(), "--data", images.toString(), "--rounds", "1"), err());
        assertTrue(out().contains("no signal") && out().contains("A's y (largest value") && out().contains("judge B by the max error"), out());
        assertFalse(out().contains("per sample"), out()); // no sample has a signal to rate
        assertFalse(out().lines().anyMatch(l -> l.matches("\\s+y\\s+-?[\\d.]+\\s.*")), out()); // no SQNR of -100-odd dB
        out.reset();
        assertEquals(0, medli("compare", b.toString(), a.toString(), "--data", images.toString(), "--rounds", "1"), err());
        assertFalse(out().contains("no signal"), out()); // B silent, A not: an SQNR that says B lost the output
        assertTrue(out().lines().anyMatch(l -> l.matches("\\s+y\\s+0\\.0\\s.*")), out());
    }

    /** x[1,3,16,16] -> Mul by a constant -> y. */
    private static Path scaled(Path dir, String name, float factor) throws Exception {
        var g = new io.medli.onnx.proto.GraphProto().name("scaled");
        g.inputs().add(new io.medli.onnx.proto.ValueInfo("x", io.medli.onnx.proto.TypeProto.tensor(io.medli.onnx.proto.DataType.FLOAT,
                java.util.List.of(io.medli.onnx.proto.Dimension.of(1), io.medli.onnx.proto.Dimension.of(3), io.medli.onnx.proto.Dimension.of(16),
                        io.medli.onnx.proto.Dimension.of(16)))));
        java.nio.ByteBuffer k = java.nio.ByteBuffer.allocate(4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putFloat(factor);
        g.initializers().add(new io.medli.onnx.proto.TensorProto().name("k").dataType(io.medli.onnx.proto.DataType.FLOAT).rawData(k.flip()));
        g.nodes().add(new io.medli.onnx.proto.NodeProto("Mul", "mul", java.util.List.of("x", "k"), java.util.List.of("y")));
        g.outputs().add(new io.medli.onnx.proto.ValueInfo("y", io.medli.onnx.proto.TypeProto.tensor(io.medli.onnx.proto.DataType.FLOAT, null)));
        var m = new io.medli.onnx.proto.ModelProto().irVersion(8L).graph(g);
        m.opsetImports().add(new io.medli.onnx.proto.OperatorSetId("", 13));
        Path f = dir.resolve(name);
        io.medli.onnx.OnnxModel.of(m).write(f);
        return f;
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
    static Path alwaysTwo(Path dir) throws Exception {
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
        Path qe = dir.resolve("qe.onnx");
        assertEquals(0, medli("quantize", model.toString(), "--static", "--equalize", "--data", data, "--out", qe.toString()), err());
        assertTrue(out().contains("channel equalization"), out());
        out.reset();
        assertEquals(0, medli("quantize", model.toString(), "--static", "--weight-rounding", "gptq", "--data", data, "--out", qe.toString()), err());
        assertTrue(out().contains("error-compensating weight rounding"), out());
        out.reset();
        err.reset();
        assertEquals(0, medli("quantize", model.toString(), "--static", "--budget-db", "20", "--budget-search", "sensitive", "--data", data,
                "--out", qe.toString()), err());
        assertTrue(out().contains("SQNR budget 20.0 dB met"), out());
        out.reset();
        assertEquals(2, medli("quantize", model.toString(), "--static", "--weight-rounding", "best", "--data", data, "--out", qe.toString()));
        assertTrue(err().contains("nearest, gptq"), err());
        out.reset();
        err.reset();
        assertEquals(0, medli("evaluate", q.toString(), "--data", data), err());
        assertTrue(out().startsWith("accuracy 10.00%"), out());
        err.reset();
        assertEquals(1, medli("evaluate", model.toString(), "--data", dir.toString()));
        assertTrue(err().contains("is not a data set MEDLI reads"), err());
        // into the model database with its size, cost and measured accuracy
        System.setProperty("medli.store", dir.resolve("store").toString());
        try {
            out.reset();
            assertEquals(0, medli("modeldb", "add", q.toString(), "--architecture", "always two", "--task", "image classification", "--data", data), err());
            assertTrue(out().matches("(?s)always two: q.onnx \\(image classification\\), int8, [0-9]+ parameters.*") && out().contains("accuracy 10.00 % on fashion-mnist (test split, 10000 samples)"),
                    out());
            assertEquals(0, medli("modeldb", "export", dir.resolve("db.json").toString()));
            String db = java.nio.file.Files.readString(dir.resolve("db.json"));
            assertTrue(db.contains("\"source\": \"measured: top-1 by 'medli modeldb add' on ") && db.contains("\"numberFormat\": \"int8\""), db);
        } finally {
            System.clearProperty("medli.store");
        }
    }

    /** x[N,3,H,W] -> Conv 3x3 stride 2 (3 -> 4) -> Relu -> MaxPool 2x2 -> y; and v[?,?] -> Relu -> w. */
    private static Path openSizes(Path dir) throws Exception {
        var g = new io.medli.onnx.proto.GraphProto().name("open");
        g.inputs().add(new io.medli.onnx.proto.ValueInfo("x", io.medli.onnx.proto.TypeProto.tensor(io.medli.onnx.proto.DataType.FLOAT,
                java.util.List.of(io.medli.onnx.proto.Dimension.of("N"), io.medli.onnx.proto.Dimension.of(3), io.medli.onnx.proto.Dimension.of("H"),
                        io.medli.onnx.proto.Dimension.of("W")))));
        g.inputs().add(new io.medli.onnx.proto.ValueInfo("v", io.medli.onnx.proto.TypeProto.tensor(io.medli.onnx.proto.DataType.FLOAT,
                java.util.List.of(new io.medli.onnx.proto.Dimension(), new io.medli.onnx.proto.Dimension()))));
        java.nio.ByteBuffer w = java.nio.ByteBuffer.allocate(4 * 3 * 9 * 4).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 4 * 3 * 9; i++) w.putFloat((i % 5 - 2) * 0.1f);
        g.initializers().add(new io.medli.onnx.proto.TensorProto().name("W").dataType(io.medli.onnx.proto.DataType.FLOAT).dims(4, 3, 3, 3)
                .rawData(w.flip()));
        var conv = new io.medli.onnx.proto.NodeProto("Conv", "conv", java.util.List.of("x", "W"), java.util.List.of("c"));
        conv.attributes().add(io.medli.onnx.proto.AttributeProto.ofInts("strides", 2, 2));
        conv.attributes().add(io.medli.onnx.proto.AttributeProto.ofInts("pads", 1, 1, 1, 1));
        g.nodes().add(conv);
        g.nodes().add(new io.medli.onnx.proto.NodeProto("Relu", "relu", java.util.List.of("c"), java.util.List.of("r")));
        var pool = new io.medli.onnx.proto.NodeProto("MaxPool", "pool", java.util.List.of("r"), java.util.List.of("y"));
        pool.attributes().add(io.medli.onnx.proto.AttributeProto.ofInts("kernel_shape", 2, 2));
        pool.attributes().add(io.medli.onnx.proto.AttributeProto.ofInts("strides", 2, 2));
        g.nodes().add(pool);
        g.nodes().add(new io.medli.onnx.proto.NodeProto("Relu", "relu2", java.util.List.of("v"), java.util.List.of("w")));
        g.outputs().add(new io.medli.onnx.proto.ValueInfo("y", io.medli.onnx.proto.TypeProto.tensor(io.medli.onnx.proto.DataType.FLOAT, null)));
        g.outputs().add(new io.medli.onnx.proto.ValueInfo("w", io.medli.onnx.proto.TypeProto.tensor(io.medli.onnx.proto.DataType.FLOAT, null)));
        var m = new io.medli.onnx.proto.ModelProto().irVersion(8L).graph(g);
        m.opsetImports().add(new io.medli.onnx.proto.OperatorSetId("", 13));
        Path f = dir.resolve("open.onnx");
        io.medli.onnx.OnnxModel.of(m).write(f);
        return f;
    }

    @Test
    void boundSizesReachShapeInferenceAndOpenSizesAreNamedBeforeRunning(@TempDir Path dir) throws Exception {
        Path f = openSizes(dir);
        assertEquals(0, medli("inspect", f.toString(), "--dim", "N=1", "--dim", "H=640", "--dim", "W=480", "--shape", "v=1x16000", "--nodes"));
        String s = out();
        assertTrue(s.contains("Output            y  float32[1,4,160,120]"), s);
        assertTrue(s.contains("Output            w  float32[1,16000]"), s);
        assertFalse(s.contains("unknown shapes"), s);
        assertTrue(s.contains("MACs              " + String.format(java.util.Locale.ROOT, "%.2f M", 4 * 27 * 320 * 240 / 1e6)), s);
        out.reset();
        // H and W open: say which and how before ONNX Runtime fails on them
        assertEquals(1, medli("run", f.toString()));
        assertTrue(err().contains("input x float32[N,3,H,W] leaves H, W open (e.g. --shape x=1x3xNxN)")
                && err().contains("input v float32[?,?] leaves axis 1 open (e.g. --shape v=1xN)"), err());
        assertEquals(1, err().lines().count(), err());
        err.reset();
        assertEquals(0, medli("run", f.toString(), "--dim", "H=64", "--dim", "W=48", "--shape", "v=2x100"), err());
        assertTrue(out().contains("output y [1, 4, 16, 12]") && out().contains("output w [2, 100]"), out());
        err.reset();
        assertEquals(1, medli("run", f.toString(), "--shape", "x=1x4x8x8", "--shape", "v=1x3"));
        assertTrue(err().contains("sets axis 1 to 4, but the model fixes it at 3"), err());
        err.reset();
        assertEquals(2, medli("run", f.toString(), "--shape", "v=1xten"));
        assertTrue(err().contains("--shape needs INPUT=AxBx..."), err());
    }

    @Test
    void everyCommandAnswersHelpAndTheCompletionScriptCoversThem() {
        for (String c : java.util.List.of("inspect", "check", "run", "quantize", "prune", "optimize", "convert", "compare", "students", "train",
                "distill", "finetune", "evaluate", "roofline", "recommend", "knowledge")) {
            out.reset();
            assertEquals(0, medli(c, "--help"), c + ": " + err());
            assertTrue(out().contains("Usage: medli " + c + " "), out());
        }
        out.reset();
        assertEquals(0, medli("--help"));
        assertTrue(out().contains("quantize") && out().contains("Exit codes"), out());
        out.reset();
        assertEquals(0, medli("completion"));
        assertTrue(out().contains("complete -F") && out().contains("--budget-db"), "a bash completion script with the options");
        err.reset();
        assertEquals(2, medli("prune", "x.onnx", "--out", "y.onnx"));
        assertTrue(err().startsWith("medli: ") && err().contains("--channels") && err().contains("see 'medli prune --help'"), err());
    }

    @Test
    void convertRaisesAnOldOpset(@TempDir Path dir) throws Exception {
        Path old = dir.resolve("old.onnx"), up = dir.resolve("up.onnx");
        io.medli.onnx.OnnxModel.of(UpgradedModelsRunTest.opset9()).write(old);
        assertEquals(0, medli("convert", old.toString(), "--opset", "13", "--out", up.toString()), err());
        assertTrue(out().startsWith("opset 9 -> 13; wrote "), out());
        assertEquals(13, io.medli.onnx.OnnxModel.read(up).proto().defaultOpset());
        assertEquals(1, medli("convert", up.toString(), "--opset", "11", "--out", dir.resolve("down.onnx").toString()));
        assertTrue(err().contains("converting down to 11 is not supported"), err());
    }

    @Test
    void checkReportsProblems(@TempDir Path dir) throws Exception {
        assertEquals(0, medli("check", Models.real("mlsd_320x320_tiny.onnx").toString()));
        assertTrue(out().contains("no problems found"), out());
    }
}
