package io.medli.benchmarks;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.medli.onnx.OnnxModel;
import io.medli.onnx.TensorData;
import io.medli.onnx.cost.CostModel;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.Dimension;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.OperatorSetId;
import io.medli.onnx.proto.StringStringEntry;
import io.medli.onnx.proto.TensorProto;
import io.medli.onnx.proto.TypeProto;
import io.medli.onnx.proto.ValueInfo;

/**
 * Generates an MLP whose weights (at least 1 GiB) live in an external data file, then measures
 * how long opening it takes and how much heap it keeps. Usage: ExternalDataBenchmark DIR [GiB]
 */
public final class ExternalDataBenchmark {
    private ExternalDataBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        double gib = args.length > 1 ? Double.parseDouble(args[1]) : 1.0;
        Path model = dir.resolve("mlp-external.onnx");
        long bytes = generate(model, (long) (gib * 1024 * 1024 * 1024));
        System.out.printf(Locale.ROOT, "generated %s: %.2f GiB of weights in %s, .onnx file %.1f KB%n", model.getFileName(),
                bytes / 1073741824.0, "mlp-external.onnx.data", Files.size(model) / 1024.0);
        for (int i = 0; i < 5; i++) OnnxModel.read(model);
        int runs = 20;
        double[] open = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            OnnxModel m = OnnxModel.read(model);
            CostModel.analyze(m.proto(), Map.of());
            open[i] = (System.nanoTime() - t0) / 1e6;
        }
        long before = Stats.usedHeap();
        OnnxModel kept = OnnxModel.read(model);
        var cost = CostModel.analyze(kept.proto(), Map.of());
        long after = Stats.usedHeap();
        // touching one weight maps only that tensor
        TensorProto w0 = kept.proto().graph().initializers().get(0);
        float first = TensorData.bytes(w0).getFloat(4 * 1); // w0[0][1], mapped on demand
        System.out.printf(Locale.ROOT, "open + shape inference + cost: median %.2f ms (min %.2f, max %.2f, %d runs)%n",
                Stats.median(open), Stats.min(open), Stats.max(open), runs);
        System.out.printf(Locale.ROOT, "heap retained by the open model: %.2f MB; total heap in use %.1f MB%n",
                (after - before) / 1048576.0, after / 1048576.0);
        System.out.printf(Locale.ROOT, "parameters %d (%.2f GiB of float32), w0[0][1] = %.5f (read from the mapped data file)%n", cost.params(),
                cost.weightBytes() / 1073741824.0, first);

        // saving into another folder streams every weight into a new data file
        List<TensorProto> inits = kept.proto().graph().initializers();
        TensorProto last = inits.get(inits.size() - 1);
        float lastBefore = lastFloat(last);
        Path moved = Files.createDirectories(dir.resolve("moved")).resolve("copy.onnx");
        long t0 = System.nanoTime();
        kept.write(moved);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Path movedData = moved.resolveSibling("copy.onnx.data");
        List<TensorProto> copied = OnnxModel.read(moved).proto().graph().initializers();
        float lastAfter = lastFloat(copied.get(copied.size() - 1));
        System.out.printf(Locale.ROOT, "save to another folder: %.1f s for %.2f GiB (%.0f MB/s), heap in use after %.1f MB; "
                + "last weight %.5f -> %.5f%n", seconds, Files.size(movedData) / 1073741824.0,
                Files.size(movedData) / 1048576.0 / seconds, Stats.usedHeap() / 1048576.0, lastBefore, lastAfter);
        if (lastBefore != lastAfter) throw new AssertionError("the moved data differs");
        Files.delete(movedData);
        Files.delete(moved);
    }

    private static float lastFloat(TensorProto t) throws java.io.IOException {
        return TensorData.bytes(t).getFloat((int) (TensorData.byteSize(t) - 4));
    }

    /** Writes the data file directly (streamed) and the model that references it. */
    static long generate(Path model, long targetBytes) throws Exception {
        int width = 4096;
        long perLayer = (long) width * width * 4;
        int layers = (int) Math.max(1, (targetBytes + perLayer - 1) / perLayer);
        Path data = model.resolveSibling(model.getFileName() + ".data");
        GraphProto g = new GraphProto().name("mlp");
        g.inputs().add(new ValueInfo("x", TypeProto.tensor(DataType.FLOAT, List.of(Dimension.of("batch"), Dimension.of(width)))));
        ByteBuffer chunk = ByteBuffer.allocateDirect(width * 4).order(ByteOrder.LITTLE_ENDIAN);
        long offset = 0;
        try (FileChannel ch = FileChannel.open(data, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            String prev = "x";
            for (int l = 0; l < layers; l++) {
                for (int row = 0; row < width; row++) {
                    chunk.clear();
                    for (int c = 0; c < width; c++) chunk.putFloat(((row * 31 + c * 17 + l) % 1000) * 1e-5f);
                    chunk.flip();
                    while (chunk.hasRemaining()) ch.write(chunk);
                }
                TensorProto w = new TensorProto().name("w" + l).dataType(DataType.FLOAT).dims(width, width)
                        .dataLocation(TensorProto.LOCATION_EXTERNAL);
                w.externalData().add(new StringStringEntry("location", data.getFileName().toString()));
                w.externalData().add(new StringStringEntry("offset", Long.toString(offset)));
                w.externalData().add(new StringStringEntry("length", Long.toString(perLayer)));
                offset += perLayer;
                g.initializers().add(w);
                String out = l == layers - 1 ? "y" : "h" + l;
                g.nodes().add(new NodeProto("MatMul", "fc" + l, List.of(prev, "w" + l), List.of(out + "_mm")));
                g.nodes().add(new NodeProto("Relu", "relu" + l, List.of(out + "_mm"), List.of(out)));
                prev = out;
            }
        }
        g.outputs().add(new ValueInfo("y", TypeProto.tensor(DataType.FLOAT, List.of(Dimension.of("batch"), Dimension.of(width)))));
        ModelProto m = new ModelProto().irVersion(8L).producerName("medli-benchmark").graph(g);
        m.opsetImports().add(new OperatorSetId("", 17));
        Files.write(model, OnnxModel.of(m).toBytes());
        return offset;
    }
}
