package io.medli.benchmarks;

import java.nio.file.Path;
import java.util.Locale;

import io.medli.diagram.ModelDiagram;
import io.medli.diagram.layout.DiagramLayout;
import io.medli.onnx.OnnxModel;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.shape.ShapeInference;

/**
 * Time to build the diagram and lay it out (ELK Layered), cold (first layout in the JVM) and warm.
 * Usage: LayoutBenchmark MODEL... ; the word "generated:N" stands for a generated residual network
 * of N operators (class io.medli.diagram.tests.GeneratedModels on the class path).
 */
public final class LayoutBenchmark {
    private LayoutBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        for (String a : args) {
            ModelProto m;
            String name;
            if (a.startsWith("generated:")) {
                int n = Integer.parseInt(a.substring("generated:".length()));
                m = (ModelProto) Class.forName("io.medli.diagram.tests.GeneratedModels").getMethod("residual", int.class)
                        .invoke(null, n);
                name = "generated residual network, " + m.graph().nodes().size() + " nodes";
            } else {
                m = OnnxModel.read(Path.of(a)).proto();
                name = Path.of(a).getFileName().toString();
            }
            int runs = 5;
            double[] build = new double[runs + 1], lay = new double[runs + 1];
            int boxes = 0;
            for (int i = 0; i <= runs; i++) {
                long t0 = System.nanoTime();
                ModelDiagram d = ModelDiagram.of(m.graph(), ShapeInference.infer(m));
                long t1 = System.nanoTime();
                DiagramLayout.layout(d, new DiagramLayout.Sizes() {
                    @Override
                    public double width(int box) { return 140; }

                    @Override
                    public double height(int box) { return 34 + 14 * d.nodes().get(box).weights().size(); }
                }, io.medli.onnx.progress.Monitor.NONE);
                long t2 = System.nanoTime();
                build[i] = (t1 - t0) / 1e6;
                lay[i] = (t2 - t1) / 1e6;
                boxes = d.nodes().size();
            }
            double[] warmBuild = java.util.Arrays.copyOfRange(build, 1, runs + 1);
            double[] warmLay = java.util.Arrays.copyOfRange(lay, 1, runs + 1);
            System.out.printf(Locale.ROOT, "%s: %d boxes; first: diagram %.0f ms + layout %.0f ms; warm median: diagram %.0f ms"
                    + " + layout %.0f ms (%d runs)%n", name, boxes, build[0], lay[0], Stats.median(warmBuild),
                    Stats.median(warmLay), runs);
        }
    }
}
