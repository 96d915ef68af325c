package io.medli.train.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.medli.compress.ChannelPruner;
import io.medli.onnx.OnnxModel;
import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.Dimension;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.OperatorSetId;
import io.medli.onnx.proto.TensorProto;
import io.medli.onnx.proto.TypeProto;
import io.medli.onnx.proto.ValueInfo;
import io.medli.runtime.ModelRunner;
import io.medli.runtime.RunOptions;
import io.medli.train.Training;
import io.medli.train.TrainingEvent;
import io.medli.train.TrainingProcess;
import io.medli.train.OutputMatching;
import io.medli.train.TrainingSpec;

/**
 * Output distillation of a channel-pruned model back towards its original, on unlabelled
 * images: a small detector-like net (convolutions, a strided layer, a bilinear Resize whose
 * size is computed from Shape, a Concat skip, a head sliced into a sigmoid score map and
 * offsets, as in M-LSD), pruned by the real pruner, trained in a worker JVM.
 */
class OutputDistillationTest {
    @TempDir
    Path dir;

    private final List<TrainingEvent> events = new CopyOnWriteArrayList<>();

    private static final Pattern DB = Pattern.compile("(-?\\d+\\.\\d) dB");

    @Test
    void prunedModelLearnsTheOriginalsOutputsBack() throws Exception {
        Path teacher = dir.resolve("teacher.onnx"), student = dir.resolve("pruned.onnx"), out = dir.resolve("recovered.onnx");
        ModelProto original = detector();
        OnnxModel.of(original).write(teacher);
        ChannelPruner.Result pruned = ChannelPruner.prune(original, ChannelPruner.Options.of(0.5).withMultipleOf(1));
        OnnxModel.of(pruned.model()).write(student);
        byte[] studentBytes = Files.readAllBytes(student);
        images(dir.resolve("train"), 12, 1);
        images(dir.resolve("check"), 4, 2);

        TrainingSpec spec = new TrainingSpec().task(TrainingSpec.MATCH).matching(new OutputMatching().teacher(teacher.toString())
                .studentModel(student.toString()).tensor("score").tensor("offsets").stepsPerEpoch(16))
                .data(dir.resolve("train").toString()).testData(dir.resolve("check").toString())
                .epochs(8).batchSize(4).learningRate(3e-3f).threads(1).seed(5).out(out.toString());
        TrainingEvent end = TrainingProcess.start(spec, TrainingProcess.WorkerSetup.ofThisRuntime(dir.resolve("worker.log")), events::add).waitFor();
        TrainingEvent.Finished f = assertInstanceOf(TrainingEvent.Finished.class, end, () -> end + "\n" + events);

        List<String> messages = events.stream().filter(TrainingEvent.Message.class::isInstance).map(e -> ((TrainingEvent.Message) e).text()).toList();
        double before = meanDb(messages.stream().filter(m -> m.startsWith("before training")).findFirst().orElseThrow());
        int bestEpoch = f.bestEpoch();
        double best = meanDb(messages.stream().filter(m -> m.startsWith("epoch " + bestEpoch + ": ")).findFirst().orElseThrow());
        // 8 x 16 steps reach the plateau: +8.35 to +8.70 dB over seeds 1-8 (4 x 12 steps gave +2.9 to +3.9, which
        // another CPU's float rounding pushed under a +3 threshold)
        assertTrue(best > before + 5, "the pruned model comes closer to the original on images it never saw: " + before + " -> " + best + " dB\n"
                + messages);
        assertTrue(f.parity() <= 1e-3f, "the written model computes what the trained network does: " + f.parity());
        assertArrayEquals(studentBytes, Files.readAllBytes(student), "the student file is not modified");
        assertFalse(Files.exists(Path.of(out + ".part")));

        // same structure and weight shapes as the pruned model, new values; it runs in ONNX Runtime
        ModelProto recovered = OnnxModel.read(out).proto();
        assertEquals(pruned.model().graph().nodes().size(), recovered.graph().nodes().size());
        for (TensorProto t : pruned.model().graph().initializers()) {
            TensorProto r = recovered.graph().initializers().stream().filter(x -> x.name().equals(t.name())).findFirst().orElseThrow();
            assertArrayEquals(t.dims(), r.dims(), t.name());
        }
        try (ModelRunner r = ModelRunner.open(out, RunOptions.defaults())) {
            assertEquals(List.of("score", "offsets"), r.outputNames());
        }
    }

    @Test
    void tensorsThatDoNotMatchAreRejectedBeforeTraining() throws Exception {
        Path teacher = dir.resolve("teacher.onnx"), student = dir.resolve("pruned.onnx");
        ModelProto original = detector();
        OnnxModel.of(original).write(teacher);
        OnnxModel.of(ChannelPruner.prune(original, ChannelPruner.Options.of(0.5).withMultipleOf(1)).model()).write(student);
        images(dir.resolve("train"), 3, 1);
        OutputMatching m = new OutputMatching().teacher(teacher.toString()).studentModel(student.toString());
        TrainingSpec spec = new TrainingSpec().task(TrainingSpec.MATCH).matching(m).data(dir.resolve("train").toString()).out(dir.resolve("x.onnx").toString());
        m.tensor("r1");
        String shapes = failure(spec);
        assertTrue(shapes.startsWith("'r1' is float32[1,8,24,24] in the teacher but float32[1,") && shapes.endsWith(
                " in the student; matched tensors need one shape"), shapes);
        m.tensors().clear();
        m.tensor("nowhere");
        assertEquals("the teacher computes no tensor 'nowhere'", failure(spec));
        m.tensors().clear();
        m.studentModel(dir.resolve("missing.onnx").toString());
        assertTrue(failure(spec).startsWith("the student model "), events.toString());
        assertFalse(Files.exists(dir.resolve("x.onnx")));
    }

    private String failure(TrainingSpec spec) {
        List<TrainingEvent> got = new ArrayList<>();
        Training.run(spec, got::add, io.medli.onnx.progress.Monitor.NONE);
        TrainingEvent.Failed f = assertInstanceOf(TrainingEvent.Failed.class, got.get(got.size() - 1), got::toString);
        return f.message();
    }

    private static double meanDb(String message) {
        Matcher m = DB.matcher(message);
        double sum = 0;
        int n = 0;
        while (m.find()) {
            sum += Double.parseDouble(m.group(1));
            n++;
        }
        assertTrue(n == 2, message);
        return sum / n;
    }

    /** Lines and boxes on a plain background: what a line detector looks at. */
    private static void images(Path folder, int count, long seed) throws Exception {
        Files.createDirectories(folder);
        Random r = new Random(seed);
        for (int i = 0; i < count; i++) {
            BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(new Color(r.nextInt(0xffffff)));
            g.fillRect(0, 0, 64, 48);
            for (int k = 0; k < 6; k++) {
                g.setColor(new Color(r.nextInt(0xffffff)));
                g.setStroke(new BasicStroke(1 + r.nextInt(3)));
                if (r.nextBoolean()) g.drawLine(r.nextInt(64), r.nextInt(48), r.nextInt(64), r.nextInt(48));
                else g.fillRect(r.nextInt(48), r.nextInt(32), 4 + r.nextInt(16), 4 + r.nextInt(16));
            }
            g.dispose();
            ImageIO.write(img, "png", folder.resolve("img" + i + ".png").toFile());
        }
    }

    /**
     * x[1,3,24,24] -> c1 (3->8) -> r1 -> c2 (8->8, stride 2) -> r2 -> Resize to 24x24 (sizes from
     * Shape) -> Concat(r1, up) -> c3 (16->8) -> r3 -> c4 (8->5, 1x1) -> head; score =
     * Sigmoid(head[:, 0:1]), offsets = head[:, 1:5].
     */
    static ModelProto detector() {
        GraphProto g = new GraphProto().name("detector");
        g.inputs().add(new ValueInfo("x", TypeProto.tensor(DataType.FLOAT, List.of(Dimension.of(1), Dimension.of(3), Dimension.of(24), Dimension.of(24)))));
        Random r = new Random(11);
        TestGraphs.conv(g, r, "c1", "x", "h1", 3, 8, 3, 1, null, -0.05);
        g.nodes().add(new NodeProto("Relu", "relu1", List.of("h1"), List.of("r1")));
        TestGraphs.conv(g, r, "c2", "r1", "h2", 8, 8, 3, 2, null, -0.05);
        g.nodes().add(new NodeProto("Relu", "relu2", List.of("h2"), List.of("r2")));
        g.nodes().add(new NodeProto("Shape", "shape", List.of("r2"), List.of("s")));
        g.initializers().add(ints("zero", 0));
        g.initializers().add(ints("two", 2));
        g.initializers().add(ints("hw", 24, 24));
        g.nodes().add(new NodeProto("Slice", "nc", List.of("s", "zero", "two"), List.of("nc")));
        NodeProto sizes = new NodeProto("Concat", "sizes", List.of("nc", "hw"), List.of("sizes"));
        sizes.attributes().add(AttributeProto.ofInt("axis", 0));
        g.nodes().add(sizes);
        g.initializers().add(new TensorProto().name("empty").dataType(DataType.FLOAT).dims(0).rawData(ByteBuffer.allocate(0)));
        NodeProto up = new NodeProto("Resize", "up", List.of("r2", "empty", "empty", "sizes"), List.of("up"));
        up.attributes().add(AttributeProto.ofString("mode", "linear"));
        up.attributes().add(AttributeProto.ofString("coordinate_transformation_mode", "half_pixel"));
        g.nodes().add(up);
        NodeProto cat = new NodeProto("Concat", "cat", List.of("r1", "up"), List.of("cat"));
        cat.attributes().add(AttributeProto.ofInt("axis", 1));
        g.nodes().add(cat);
        TestGraphs.conv(g, r, "c3", "cat", "h3", 16, 8, 3, 1, null, -0.05);
        g.nodes().add(new NodeProto("Relu", "relu3", List.of("h3"), List.of("r3")));
        TestGraphs.conv(g, r, "c4", "r3", "head", 8, 5, 1, 1, null, -0.05);
        g.initializers().add(ints("s0", 0));
        g.initializers().add(ints("s1", 1));
        g.initializers().add(ints("s5", 5));
        g.nodes().add(new NodeProto("Slice", "logit", List.of("head", "s0", "s1", "s1"), List.of("logit")));
        g.nodes().add(new NodeProto("Sigmoid", "sigmoid", List.of("logit"), List.of("score")));
        g.nodes().add(new NodeProto("Slice", "offs", List.of("head", "s1", "s5", "s1"), List.of("offsets")));
        g.outputs().add(new ValueInfo("score", TypeProto.tensor(DataType.FLOAT, null)));
        g.outputs().add(new ValueInfo("offsets", TypeProto.tensor(DataType.FLOAT, null)));
        ModelProto m = new ModelProto().irVersion(8L).graph(g);
        m.opsetImports().add(new OperatorSetId("", 13));
        return m;
    }


    private static TensorProto ints(String name, long... v) {
        return new TensorProto().name(name).dataType(DataType.INT64).dims(v.length).int64Data(v);
    }
}
