package io.medli.train.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.medli.compress.QuantizationDebugger;
import io.medli.compress.StaticQuantizer;
import io.medli.compress.data.ImageFolderData;
import io.medli.compress.data.ImagePreprocessing;
import io.medli.onnx.OnnxModel;
import io.medli.onnx.progress.Monitor;
import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.Dimension;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.OperatorSetId;
import io.medli.onnx.proto.TypeProto;
import io.medli.onnx.proto.ValueInfo;
import io.medli.train.OutputMatching;
import io.medli.train.QuantizationGrids;
import io.medli.train.TrainingEvent;
import io.medli.train.TrainingProcess;
import io.medli.train.TrainingSpec;

/**
 * Quantization-aware output distillation: the student simulates the 8-bit grids that the static
 * quantizer chose, learns weights that keep the teacher's output under them, and is quantized
 * again. Also trains HardSigmoid and DepthToSpace (CRD, as the int8 lowering writes it), whose
 * DJL forms the export's parity check holds against ONNX Runtime.
 */
class QuantizationAwareTrainingTest {
    @TempDir
    Path dir;

    private static final Pattern DB = Pattern.compile("(-?\\d+\\.\\d) dB");

    @Test
    void trainingUnderSimulatedQuantizationGivesABetterInt8Model() throws Exception {
        Path teacher = dir.resolve("teacher.onnx"), out = dir.resolve("qat.onnx");
        ModelProto model = gatedDetector();
        OnnxModel.of(model).write(teacher);
        images(dir.resolve("train"), 16, 1);
        images(dir.resolve("check"), 4, 2);
        ImagePreprocessing prep = ImagePreprocessing.defaults().withScale(1f / 255);
        StaticQuantizer.Options options = StaticQuantizer.Options.defaults().withThreads(1);
        ModelProto before = StaticQuantizer.quantize(model, ImageFolderData.open(dir.resolve("train"), model, prep), options, Monitor.NONE).model();
        double beforeDb = sqnr(model, before, prep);

        QuantizationGrids grids = QuantizationGrids.of(before);
        assertEquals(3, grids.int8Convolutions().size(), grids.toString());
        assertTrue(grids.activations().containsKey("x") && grids.activations().containsKey("h1"), grids.activations().keySet().toString());
        List<TrainingEvent> events = new CopyOnWriteArrayList<>();
        TrainingSpec spec = new TrainingSpec().task(TrainingSpec.MATCH).matching(new OutputMatching().teacher(teacher.toString())
                .studentModel(teacher.toString()).stepsPerEpoch(16).quantizationAware(grids))
                .data(dir.resolve("train").toString()).testData(dir.resolve("check").toString())
                .epochs(12).batchSize(4).learningRate(1e-3f).threads(1).seed(3).out(out.toString()).checkpointDir(dir.resolve("ck").toString());
        TrainingEvent end = TrainingProcess.start(spec, TrainingProcess.WorkerSetup.ofThisRuntime(dir.resolve("worker.log")), events::add).waitFor();
        TrainingEvent.Finished f = assertInstanceOf(TrainingEvent.Finished.class, end, () -> end + "\n" + events);
        assertTrue(f.parity() <= 1e-3f, "the written float model computes what the trained network does without simulation: " + f.parity());

        List<String> messages = events.stream().filter(TrainingEvent.Message.class::isInstance).map(e -> ((TrainingEvent.Message) e).text()).toList();
        double simulated = db(messages.stream().filter(m -> m.startsWith("before training")).findFirst().orElseThrow());
        ModelProto trained = OnnxModel.read(out).proto();
        ModelProto after = StaticQuantizer.quantize(trained, ImageFolderData.open(dir.resolve("train"), trained, prep), options, Monitor.NONE).model();
        double afterDb = sqnr(model, after, prep);
        String report = "int8 before " + beforeDb + " dB (simulated " + simulated + "), after " + afterDb + " dB\n" + messages;
        // the same images: 29.2 simulated against 29.26 dB real (37.6 against 37.55 with milder channel ranges)
        assertTrue(Math.abs(simulated - beforeDb) < 0.5, "the simulation sees the error of the real int8 model: " + report);
        // gains over seeds 1-4 were -0.1 to +1.1 dB (Adam, 12 x 16 steps): small, so only "no worse" is checked
        assertTrue(afterDb > beforeDb - 1, "the int8 model of the trained student is not further from the teacher: " + report);
    }

    private double sqnr(ModelProto reference, ModelProto quantized, ImagePreprocessing prep) throws Exception {
        return QuantizationDebugger.compare(reference, quantized, ImageFolderData.open(dir.resolve("check"), reference, prep), 1, Monitor.NONE)
                .worstOutputSqnr(List.of());
    }

    private static double db(String message) {
        Matcher m = DB.matcher(message);
        assertTrue(m.find(), message);
        return Double.parseDouble(m.group(1));
    }

    private static void images(Path folder, int count, long seed) throws Exception {
        Files.createDirectories(folder);
        Random r = new Random(seed);
        for (int i = 0; i < count; i++) {
            BufferedImage img = new BufferedImage(48, 48, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(new Color(r.nextInt(0xffffff)));
            g.fillRect(0, 0, 48, 48);
            for (int k = 0; k < 8; k++) {
                g.setColor(new Color(r.nextInt(0xffffff)));
                g.fillRect(r.nextInt(40), r.nextInt(40), 2 + r.nextInt(12), 2 + r.nextInt(12));
            }
            g.dispose();
            ImageIO.write(img, "png", folder.resolve("img" + i + ".png").toFile());
        }
    }

    /**
     * x[1,3,24,24] -> c1 (3->8) -> h1 * HardSigmoid(h1) -> c2 (8->16, stride 2) -> Relu ->
     * DepthToSpace(2, CRD) -> c3 (4->1) -> Sigmoid: a score map. The first layer's channels span
     * very different ranges, as in re-parameterized backbones, so that one scale per tensor hurts.
     */
    static ModelProto gatedDetector() {
        GraphProto g = new GraphProto().name("gated");
        g.inputs().add(new ValueInfo("x", TypeProto.tensor(DataType.FLOAT, List.of(Dimension.of(1), Dimension.of(3), Dimension.of(24), Dimension.of(24)))));
        Random r = new Random(7);
        TestGraphs.conv(g, r, "c1", "x", "h1", 3, 8, 3, 1, new float[] { 40, 0.02f, 1, 0.1f, 12, 0.05f, 0.5f, 0.3f }, -0.1);
        NodeProto hs = new NodeProto("HardSigmoid", "gate", List.of("h1"), List.of("g1"));
        hs.attributes().add(AttributeProto.ofFloat("alpha", 0.2f));
        hs.attributes().add(AttributeProto.ofFloat("beta", 0.5f));
        g.nodes().add(hs);
        g.nodes().add(new NodeProto("Mul", "gated", List.of("h1", "g1"), List.of("a1")));
        TestGraphs.conv(g, r, "c2", "a1", "h2", 8, 16, 3, 2, null, -0.1);
        g.nodes().add(new NodeProto("Relu", "relu2", List.of("h2"), List.of("r2")));
        NodeProto d2s = new NodeProto("DepthToSpace", "up", List.of("r2"), List.of("up"));
        d2s.attributes().add(AttributeProto.ofInt("blocksize", 2));
        d2s.attributes().add(AttributeProto.ofString("mode", "CRD"));
        g.nodes().add(d2s);
        TestGraphs.conv(g, r, "c3", "up", "logit", 4, 1, 3, 1, null, -0.1);
        g.nodes().add(new NodeProto("Sigmoid", "sigmoid", List.of("logit"), List.of("score")));
        g.outputs().add(new ValueInfo("score", TypeProto.tensor(DataType.FLOAT, null)));
        ModelProto m = new ModelProto().irVersion(8L).graph(g);
        m.opsetImports().add(new OperatorSetId("", 13));
        return m;
    }

}
