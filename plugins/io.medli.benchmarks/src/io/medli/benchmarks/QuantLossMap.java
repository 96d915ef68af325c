package io.medli.benchmarks;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import io.medli.onnx.TensorData;
import io.medli.onnx.progress.Monitor;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.GraphProto;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.ProtoCopy;
import io.medli.onnx.proto.TensorProto;
import io.medli.onnx.proto.ValueInfo;

/**
 * Where static int8 loses a model's output, one tensor at a time (docs/benchmarks.md section 19): the
 * output SQNR on TEST_DIR with only one activation fake-quantized (per tensor with the quantizer's own
 * parameters, or per channel) or only one convolution's weights rounded per channel to LEVELS.
 * Usage: QuantLossMap MODEL.onnx CALIBRATION_DIR TEST_DIR pt|pc|both|wLEVELS (640x640, ImageNet
 * mean/std; a MODEL ending in .float.onnx is taken as already prepared)
 */
public final class QuantLossMap {
    private QuantLossMap() {
    }

    static float[][] ref;
    static CalibrationData test;
    static String out;

    public static void main(String[] a) throws Exception {
        ModelProto raw = OnnxModel.read(Path.of(a[0])).proto();
        ModelProto m = a[0].endsWith(".float.onnx") ? raw : QuantizationPrep.prepare(raw).model();
        ImagePreprocessing p = ImagePreprocessing.defaults().withScale(1f / 255)
                .withNormalization(new float[] { 0.485f, 0.456f, 0.406f }, new float[] { 0.229f, 0.224f, 0.225f }).withSize(640, 640);
        CalibrationData cal = ImageFolderData.open(Path.of(a[1]), m, p);
        test = ImageFolderData.open(Path.of(a[2]), m, p);
        String mode = a[3];
        out = m.graph().outputs().get(0).name();
        ref = new float[test.size()][];
        try (TensorTap r = TensorTap.open(raw, List.of(out), 2, "all")) {
            for (int i = 0; i < test.size(); i++) { int k = i; r.run(test.sample(i), (n, s, x) -> ref[k] = x.clone()); }
        }
        System.out.printf("prepared float: %.2f dB%n", sqnr(m));
        Map<String, NodeProto> producer = new HashMap<>();
        for (NodeProto n : m.graph().nodes()) for (String o : n.outputs()) producer.put(o, n);
        if (mode.startsWith("w")) {
            int levels = Integer.parseInt(mode.substring(1));
            for (NodeProto n : m.graph().nodes()) {
                if (!n.opType().equals("Conv") && !n.opType().equals("ConvTranspose")) continue;
                ModelProto c = ProtoCopy.model(m);
                TensorProto w = null;
                for (TensorProto t : c.graph().initializers()) if (t.name().equals(n.input(1))) w = t;
                if (w == null) { System.out.println("no init " + n.name()); continue; }
                float[] v = floats(w);
                int axis = n.opType().equals("Conv") ? 0 : 1;
                long[] d = w.dims();
                int ch = (int) d[axis], inner = 1;
                for (int k = axis + 1; k < d.length; k++) inner *= (int) d[k];
                float[] s = new float[ch];
                for (int i = 0; i < v.length; i++) { int c2 = (i / inner) % ch; s[c2] = Math.max(s[c2], Math.abs(v[i])); }
                for (int i = 0; i < v.length; i++) { int c2 = (i / inner) % ch; float sc = s[c2] == 0 ? 1 : s[c2] / levels; v[i] = Math.round(v[i] / sc) * sc; }
                ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN); b.asFloatBuffer().put(v);
                w.rawData(b).floatData(null);
                System.out.printf(Locale.ROOT, "W %-40s %s %s %7.2f dB%n", n.name(), n.opType(), Arrays.toString(d), sqnr(c));
            }
            return;
        }
        // activation quantizers and their parameters from the real per-tensor model
        StaticQuantizer.Options o = StaticQuantizer.Options.defaults().withThreads(2);
        StaticQuantizer.Calibration c = StaticQuantizer.calibrate(m, cal, o, Monitor.NONE);
        ModelProto q = StaticQuantizer.quantize(m, c, o).model();
        Map<String, TensorProto> init = new HashMap<>();
        for (TensorProto t : q.graph().initializers()) init.put(t.name(), t);
        Set<String> inM = new HashSet<>(producer.keySet());
        for (ValueInfo v : m.graph().inputs()) inM.add(v.name());
        LinkedHashMap<String, float[]> params = new LinkedHashMap<>();
        int skipped = 0;
        for (NodeProto n : q.graph().nodes()) {
            if (!n.opType().equals("QuantizeLinear") || init.get(n.input(1)) == null || init.get(n.input(1)).dims().length != 0) continue;
            if (!inM.contains(n.input(0))) { skipped++; continue; }
            float sc = floats(init.get(n.input(1)))[0];
            TensorProto zt = init.get(n.input(2));
            ByteBuffer zb = TensorData.bytes(zt);
            int z = zt.dataType() == DataType.UINT8 ? (zb.get(0) & 0xff) : zb.get(0);
            params.put(n.input(0), new float[] { sc, z, zt.dataType() });
        }
        System.out.println(params.size() + " activation tensors, " + skipped + " only in the lowered model");
        // per-channel ranges on cal
        Map<String, float[]> lo = new HashMap<>(), hi = new HashMap<>();
        if (mode.equals("pc") || mode.equals("both")) {
            try (TensorTap tap = TensorTap.open(m, new ArrayList<>(params.keySet()), 2)) {
                for (int i = 0; i < cal.size(); i++) {
                    tap.run(cal.sample(i), (name, shape, v) -> {
                        int chs = shape.length >= 2 ? (int) shape[1] : 1, per = v.length / chs;
                        float[] l = lo.computeIfAbsent(name, k -> fill(chs, Float.MAX_VALUE)), h = hi.computeIfAbsent(name, k -> fill(chs, -Float.MAX_VALUE));
                        for (int ch = 0; ch < chs; ch++) for (int j = 0; j < per; j++) { float x = v[ch * per + j]; if (x < l[ch]) l[ch] = x; if (x > h[ch]) h[ch] = x; }
                    });
                }
            }
        }
        for (var e : params.entrySet()) {
            String t = e.getKey();
            float[] pr = e.getValue();
            NodeProto prod = producer.get(t);
            String desc = prod == null ? "input" : prod.opType() + " " + prod.name();
            double pt = Double.NaN, pc = Double.NaN;
            if (!mode.equals("pc")) pt = sqnr(withFake(m, t, pr, null, null));
            if (!mode.equals("pt") && lo.containsKey(t)) pc = sqnr(withFake(m, t, pr, lo.get(t), hi.get(t)));
            float[] h = hi.get(t), l = lo.get(t);
            String spread = "";
            if (h != null) { float mx = 0, mn = Float.MAX_VALUE; for (int i = 0; i < h.length; i++) { float r = h[i] - Math.min(0, l[i]); mx = Math.max(mx, r); mn = Math.min(mn, r); } spread = String.format(Locale.ROOT, "ranges %.2f..%.2f", mn, mx); }
            System.out.printf(Locale.ROOT, "A %-50s %-30s pt %7.2f pc %7.2f %s%n", t, desc, pt, pc, spread);
        }
    }

    static float[] fill(int n, float v) { float[] x = new float[n]; Arrays.fill(x, v); return x; }

    static ModelProto withFake(ModelProto m, String t, float[] pr, float[] lo, float[] hi) {
        ModelProto c = ProtoCopy.model(m);
        GraphProto g = c.graph();
        String fq = t + "_fq";
        for (NodeProto n : g.nodes()) for (int i = 0; i < n.inputs().size(); i++) if (n.inputs().get(i).equals(t)) n.inputs().set(i, fq);
        List<NodeProto> add = new ArrayList<>();
        if (lo == null) {
            g.initializers().add(scalar(t + "_s", pr[0]));
            ByteBuffer zb = ByteBuffer.allocate(1); zb.put(0, (byte) (int) pr[1]);
            g.initializers().add(new TensorProto().name(t + "_z").dataType((int) pr[2]).rawData(zb));
            add.add(new NodeProto("QuantizeLinear", t + "_q", List.of(t, t + "_s", t + "_z"), List.of(t + "_c")));
            add.add(new NodeProto("DequantizeLinear", t + "_dq", List.of(t + "_c", t + "_s", t + "_z"), List.of(fq)));
        } else {
            int ch = lo.length;
            float[] s = new float[ch], z = new float[ch];
            for (int i = 0; i < ch; i++) { double mn = Math.min(0, lo[i]), mx = Math.max(0, hi[i]); s[i] = mx == mn ? 1e-6f : (float) ((mx - mn) / 255); z[i] = Math.max(0, Math.min(255, Math.round(-mn / s[i]))); }
            g.initializers().add(vec(t + "_s", s)); g.initializers().add(vec(t + "_z", z));
            g.initializers().add(scalar(t + "_one", 1f));
            ByteBuffer zb = ByteBuffer.allocate(1); g.initializers().add(new TensorProto().name(t + "_z0").dataType(DataType.UINT8).rawData(zb));
            add.add(new NodeProto("Div", t + "_d", List.of(t, t + "_s"), List.of(t + "_1")));
            add.add(new NodeProto("Add", t + "_a", List.of(t + "_1", t + "_z"), List.of(t + "_2")));
            add.add(new NodeProto("QuantizeLinear", t + "_q", List.of(t + "_2", t + "_one", t + "_z0"), List.of(t + "_3")));
            add.add(new NodeProto("DequantizeLinear", t + "_dq", List.of(t + "_3", t + "_one", t + "_z0"), List.of(t + "_4")));
            add.add(new NodeProto("Sub", t + "_sb", List.of(t + "_4", t + "_z"), List.of(t + "_5")));
            add.add(new NodeProto("Mul", t + "_m", List.of(t + "_5", t + "_s"), List.of(fq)));
        }
        int at = 0;
        for (int i = 0; i < g.nodes().size(); i++) if (g.nodes().get(i).outputs().contains(t)) at = i + 1;
        g.nodes().addAll(at, add);
        return c;
    }

    static TensorProto scalar(String n, float v) { ByteBuffer b = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN); b.putFloat(0, v); return new TensorProto().name(n).dataType(DataType.FLOAT).rawData(b); }
    static TensorProto vec(String n, float[] v) { ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN); b.asFloatBuffer().put(v); return new TensorProto().name(n).dataType(DataType.FLOAT).dims(1, v.length, 1, 1).rawData(b); }

    static float[] floats(TensorProto t) throws Exception {
        ByteBuffer b = TensorData.bytes(t).order(ByteOrder.LITTLE_ENDIAN);
        float[] f = new float[(int) t.elementCount()];
        b.asFloatBuffer().get(f);
        return f;
    }

    static double sqnr(ModelProto model) throws Exception {
        double sig = 0, noise = 0;
        try (TensorTap q = TensorTap.open(model, List.of(out), 2, "basic")) {
            for (int i = 0; i < test.size(); i++) {
                float[][] v = new float[1][];
                q.run(test.sample(i), (n, s, x) -> v[0] = x);
                for (int j = 0; j < v[0].length; j++) { double e = ref[i][j] - v[0][j]; sig += (double) ref[i][j] * ref[i][j]; noise += e * e; }
            }
        }
        return 10 * Math.log10(sig / noise);
    }
}
