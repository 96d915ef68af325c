package io.medli.decide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.medli.decide.roofline.PeakProbe;
import io.medli.decide.roofline.Peaks;
import io.medli.decide.roofline.Roofline;
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

/** The roofline's arithmetic against hand-computed cases, and this machine's measured peak against what its CPU can do at most. */
class RooflineTest {
    private static final Peaks ROOF = new Peaks(1e9, 4e9, 1e8, 0, "hand-made: no cache");

    private static TypeProto t(int type, long... shape) {
        return TypeProto.tensor(type, java.util.Arrays.stream(shape).mapToObj(Dimension::of).toList());
    }

    private static TensorProto weight(String name, int type, long... dims) {
        long n = java.util.Arrays.stream(dims).reduce(1, (a, b) -> a * b);
        return new TensorProto().name(name).dataType(type).dims(dims).rawData(ByteBuffer.allocate((int) DataType.bytes(type, n)).order(ByteOrder.LITTLE_ENDIAN));
    }

    /** x[1,3,8,8] -> Conv 3x3, 4 filters, pads 1 -> Relu -> y[1,4,8,8]; the convolution's inputs dequantized int8 when {@code qdq}. */
    static ModelProto convRelu(boolean qdq) {
        GraphProto g = new GraphProto().name("conv");
        g.inputs().add(new ValueInfo("x", t(qdq ? DataType.INT8 : DataType.FLOAT, 1, 3, 8, 8)));
        String x = "x", w = "w";
        g.initializers().add(weight("w", qdq ? DataType.INT8 : DataType.FLOAT, 4, 3, 3, 3));
        if (qdq) {
            g.initializers().add(weight("s", DataType.FLOAT));
            g.nodes().add(new NodeProto("DequantizeLinear", "dqx", List.of("x", "s"), List.of("xf")));
            g.nodes().add(new NodeProto("DequantizeLinear", "dqw", List.of("w", "s"), List.of("wf")));
            x = "xf";
            w = "wf";
        }
        NodeProto conv = new NodeProto("Conv", "conv", List.of(x, w), List.of("c"));
        conv.attributes().add(AttributeProto.ofInts("pads", 1, 1, 1, 1));
        conv.attributes().add(AttributeProto.ofInts("kernel_shape", 3, 3));
        g.nodes().add(conv);
        g.nodes().add(new NodeProto("Relu", "relu", List.of("c"), List.of("y")));
        g.outputs().add(new ValueInfo("y", t(DataType.FLOAT, 1, 4, 8, 8)));
        ModelProto m = new ModelProto().irVersion(8L).graph(g);
        m.opsetImports().add(new OperatorSetId("", 17));
        return m;
    }

    @Test
    void eachNodesFloorIsTheLargerOfItsArithmeticAndItsTrafficAndTheModelsTheirSum() {
        Roofline.Result r = Roofline.of(convRelu(false), Map.of(), ROOF);
        assertEquals(2, r.nodes().size());
        Roofline.Node conv = r.nodes().get(0), relu = r.nodes().get(1);
        // 4 filters x 8x8 outputs x 3x3x3 weights = 6912 MACs; bytes: input 768 + weights 432 + output 1024
        assertEquals(2 * 6912, conv.ops());
        assertEquals(768 + 432 + 1024, conv.bytes());
        assertEquals(13824 / 1e9, conv.computeSeconds(), 1e-15);
        assertEquals(2224 / 1e8, conv.memorySeconds(), 1e-15);
        assertTrue(conv.memoryBound(), "6.2 ops a byte, under this roof's ridge of 10");
        assertEquals(Peaks.Precision.FLOAT, conv.precision());
        assertEquals(0, relu.ops());
        assertEquals(2048, relu.bytes());
        assertEquals((2224 + 2048) / 1e8, r.floorSeconds(), 1e-15);
        assertEquals(0.5, r.efficiency(2 * r.floorSeconds()), 1e-12);
        assertEquals(0, r.unknownSizes());
        // a faster memory makes the convolution compute-bound
        Roofline.Node fast = Roofline.of(convRelu(false), Map.of(), new Peaks(1e9, 4e9, 1e12, 0, "x")).nodes().get(0);
        assertFalse(fast.memoryBound());
        assertEquals(13824 / 1e9, fast.floorSeconds(), 1e-15);
        // a 2000-byte cache keeps the 768-byte input and the 432 bytes of weights, not the 1024-byte output (over half of it)
        Roofline.Result cached = Roofline.of(convRelu(false), Map.of(), new Peaks(1e9, 4e9, 1e8, 2000, "2000-byte cache"));
        assertEquals(1024, cached.nodes().get(0).bytes(), "only the output spills");
        assertEquals(2048, cached.nodes().get(1).bytes());
        Roofline.Result big = Roofline.of(convRelu(false), Map.of(), new Peaks(1e9, 4e9, 1e8, 1 << 20, "1 MB cache"));
        assertEquals(0, big.nodes().get(0).bytes(), "everything stays in a 1 MB cache");
        assertEquals(13824 / 1e9, big.floorSeconds(), 1e-15, "then only the arithmetic bounds it");
    }

    @Test
    void aConvolutionOnDequantizedInt8IsJudgedAtTheInt8Peak() {
        Roofline.Result r = Roofline.of(convRelu(true), Map.of(), ROOF);
        Roofline.Node conv = r.nodes().stream().filter(n -> n.opType().equals("Conv")).findFirst().orElseThrow();
        assertEquals(Peaks.Precision.INT8, conv.precision());
        assertEquals(13824 / 4e9, conv.computeSeconds(), 1e-15);
        assertEquals(Peaks.Precision.FLOAT, Roofline.of(convRelu(false), Map.of(), ROOF).nodes().get(0).precision());
    }

    @Test
    void thisMachinesMeasuredPeakIsWithinWhatItsCpuCanDo() throws Exception {
        Peaks p = PeakProbe.measure(0, () -> false);
        int cores = Runtime.getRuntime().availableProcessors();
        String cpuinfo = Files.readString(Path.of("/proc/cpuinfo"));
        double mhz = cpuinfo.lines().filter(l -> l.startsWith("cpu MHz")).mapToDouble(l -> Double.parseDouble(l.split(":")[1].trim())).max().orElse(5000);
        boolean avx512 = cpuinfo.contains(" avx512f");
        // at most: two FMA units a core, 16 (AVX-512) or 8 (AVX2) float lanes each, 2 operations an FMA, at up to 2.5x the clock
        // /proc/cpuinfo lists (VMs and power-saving hosts list a base or current clock well under the turbo one)
        double published = cores * mhz * 1e6 * 2.5 * 2 * (avx512 ? 16 : 8) * 2;
        assertTrue(p.floatOpsPerSecond() < published, p + " against at most " + published);
        assertTrue(p.floatOpsPerSecond() > published / 60, "a GEMM this slow is a broken probe: " + p + " against " + published);
        assertTrue(p.int8OpsPerSecond() > 0.5 * p.floatOpsPerSecond(), "int8 kernels are not slower than float: " + p);
        assertTrue(p.bytesPerSecond() > 1e9 && p.bytesPerSecond() < 1e12, "a bandwidth of a real machine: " + p);
        assertTrue(p.cacheBytes() >= 1 << 20, "a last-level cache of a megabyte or more: " + p);
    }
}
