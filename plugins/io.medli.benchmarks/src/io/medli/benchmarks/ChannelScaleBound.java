package io.medli.benchmarks;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.medli.compress.QuantizationPrep;
import io.medli.compress.StaticQuantizer;
import io.medli.compress.calibrate.TensorTap;
import io.medli.compress.data.CalibrationData;
import io.medli.compress.data.ImageFolderData;
import io.medli.compress.data.ImagePreprocessing;
import io.medli.onnx.OnnxModel;
import io.medli.onnx.progress.Monitor;
import io.medli.onnx.proto.AttributeProto;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.TensorProto;
import io.medli.onnx.proto.ValueInfo;

/**
 * Where static int8 loses a model's output (docs/benchmarks.md section 19): the prepared model
 * with int8 weights and per-tensor activations (what the quantizer writes), with int8 weights
 * only, and with every activation quantized at one scale per channel - the best that cross-layer
 * equalization could reach, run as fake quantization in ONNX Runtime (no int8 kernel takes
 * per-channel activations). Calibrated on one image folder, measured on another: SQNR of the first
 * output and intersection over union of its values above a threshold.
 * Usage: ChannelScaleBound MODEL.onnx CALIBRATION_DIR TEST_DIR WIDTH HEIGHT THRESHOLD (ImageNet mean/std)
 */
public final class ChannelScaleBound {
    private ChannelScaleBound() {
    }

    public static void main(String[] a) throws Exception {
        ModelProto raw = OnnxModel.read(Path.of(a[0])).proto();
        ModelProto m = QuantizationPrep.prepare(raw).model();
        ImagePreprocessing p = ImagePreprocessing.defaults().withScale(1f / 255)
                .withNormalization(new float[] { 0.485f, 0.456f, 0.406f }, new float[] { 0.229f, 0.224f, 0.225f })
                .withSize(Integer.parseInt(a[3]), Integer.parseInt(a[4]));
        CalibrationData cal = ImageFolderData.open(Path.of(a[1]), m, p), test = ImageFolderData.open(Path.of(a[2]), m, p);
        double threshold = Double.parseDouble(a[5]);
        StaticQuantizer.Options o = StaticQuantizer.Options.defaults().withThreads(2);
        StaticQuantizer.Calibration c = StaticQuantizer.calibrate(m, cal, o, Monitor.NONE);
        ModelProto perTensor = StaticQuantizer.quantize(m, c, o).model();
        // nothing in the include list: every convolution is left in float with int8 weights
        ModelProto weightsOnly = StaticQuantizer.quantize(m, c, o.withInclude(Set.of("-")).withInt8WeightsInFloat(true)).model();
        ModelProto perChannel = perChannelActivations(StaticQuantizer.quantize(m, c, o).model(), m, cal);
        System.out.printf(Locale.ROOT, "calibrated on %s, measured on %s%n", cal.description(), test.description());
        report("int8 weights, per-tensor activations", raw, perTensor, test, threshold, "all");
        report("int8 weights only (activations float)", raw, weightsOnly, test, threshold, "all");
        // basic: ONNX Runtime would fuse the per-channel Q/DQ pairs into kernels that refuse them
        report("int8 weights, per-channel activations", raw, perChannel, test, threshold, "basic");
    }

    private static void report(String label, ModelProto reference, ModelProto model, CalibrationData data, double threshold, String level)
            throws Exception {
        String out = reference.graph().outputs().get(0).name();
        double signal = 0, noise = 0;
        long both = 0, either = 0;
        try (TensorTap r = TensorTap.open(reference, List.of(out), 2, "all"); TensorTap q = TensorTap.open(model, List.of(out), 2, level)) {
            for (int i = 0; i < data.size(); i++) {
                float[][] v = new float[2][];
                r.run(data.sample(i), (n, s, x) -> v[0] = x);
                q.run(data.sample(i), (n, s, x) -> v[1] = x);
                for (int j = 0; j < v[0].length; j++) {
                    double e = v[0][j] - v[1][j];
                    signal += (double) v[0][j] * v[0][j];
                    noise += e * e;
                    boolean x = v[0][j] > threshold, y = v[1][j] > threshold;
                    if (x && y) both++;
                    if (x || y) either++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%-40s SQNR %6.2f dB   IoU > %.2f %.4f%n", label, 10 * Math.log10(signal / noise), threshold,
                either == 0 ? 1.0 : (double) both / either);
    }

    /** {@code q} with every activation QuantizeLinear/DequantizeLinear pair at one scale and zero point per channel. */
    private static ModelProto perChannelActivations(ModelProto q, ModelProto floatModel, CalibrationData cal) throws Exception {
        Map<String, TensorProto> init = new HashMap<>();
        for (TensorProto t : q.graph().initializers()) init.put(t.name(), t);
        Set<String> activations = new HashSet<>();
        for (NodeProto n : floatModel.graph().nodes()) activations.addAll(n.outputs());
        for (ValueInfo v : floatModel.graph().inputs()) activations.add(v.name());
        List<NodeProto> quantizers = new ArrayList<>();
        for (NodeProto n : q.graph().nodes()) {
            if (n.opType().equals("QuantizeLinear") && activations.contains(n.input(0)) && init.get(n.input(1)).dims().length == 0) quantizers.add(n);
        }
        Map<String, float[]> lo = new HashMap<>(), hi = new HashMap<>();
        try (TensorTap tap = TensorTap.open(floatModel, quantizers.stream().map(n -> n.input(0)).distinct().toList(), 2)) {
            for (int i = 0; i < cal.size(); i++) {
                tap.run(cal.sample(i), (name, shape, v) -> {
                    int channels = shape.length >= 2 ? (int) shape[1] : 1, per = v.length / channels;
                    float[] l = lo.computeIfAbsent(name, k -> filled(channels, Float.MAX_VALUE));
                    float[] h = hi.computeIfAbsent(name, k -> filled(channels, -Float.MAX_VALUE));
                    for (int ch = 0; ch < channels; ch++) {
                        for (int j = 0; j < per; j++) {
                            l[ch] = Math.min(l[ch], v[ch * per + j]);
                            h[ch] = Math.max(h[ch], v[ch * per + j]);
                        }
                    }
                });
            }
        }
        for (NodeProto quantize : quantizers) {
            float[] l = lo.get(quantize.input(0)), h = hi.get(quantize.input(0));
            if (l == null || l.length == 1) continue;
            float[] scale = new float[l.length];
            byte[] zero = new byte[l.length];
            for (int ch = 0; ch < l.length; ch++) {
                double min = Math.min(0, l[ch]), max = Math.max(0, h[ch]);
                scale[ch] = max == min ? 1e-6f : (float) ((max - min) / 255);
                zero[ch] = (byte) Math.max(0, Math.min(255, Math.round(-min / scale[ch])));
            }
            String s = quantize.input(1) + "_per_channel", z = quantize.input(2) + "_per_channel";
            ByteBuffer sb = ByteBuffer.allocate(scale.length * 4).order(ByteOrder.LITTLE_ENDIAN);
            sb.asFloatBuffer().put(scale);
            q.graph().initializers().add(new TensorProto().name(s).dataType(DataType.FLOAT).dims(scale.length).rawData(sb));
            q.graph().initializers().add(new TensorProto().name(z).dataType(DataType.UINT8).dims(zero.length).rawData(ByteBuffer.wrap(zero)));
            String codes = quantize.outputs().get(0);
            for (NodeProto n : q.graph().nodes()) {
                if (n == quantize || n.opType().equals("DequantizeLinear") && n.input(0).equals(codes)) {
                    n.inputs().set(1, s);
                    n.inputs().set(2, z);
                    n.attributes().removeIf(x -> x.name().equals("axis"));
                    n.attributes().add(AttributeProto.ofInt("axis", 1));
                }
            }
        }
        return q;
    }

    private static float[] filled(int n, float v) {
        float[] x = new float[n];
        Arrays.fill(x, v);
        return x;
    }
}
