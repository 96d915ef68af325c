package io.medli.train.arch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameterised architectures a student (or a model trained from scratch) can have. Each is
 * defined once here as a list of {@link Layer}s; the training engine makes a DJL block of it and
 * the exporter an ONNX graph.
 */
public final class StudentCatalog {
    /** An entry: name, what it is, its parameters and their defaults. */
    public record Entry(String name, String description, Map<String, String> defaults) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("linear", "a linear classifier: global average pooling of feature maps (or flattening), then one dense layer",
                    ordered("dropout", "0")),
            new Entry("mlp", "multi-layer perceptron over the flattened input", ordered("hidden", "256-128", "dropout", "0.2")),
            new Entry("cnn", "VGG-style CNN: blocks of 3x3 conv + batch norm + ReLU, max pooling between blocks, global average pooling",
                    ordered("width", "16", "blocks", "3", "convs", "1", "dropout", "0.2")),
            new Entry("mobilenetv2", "MobileNetV2-like: inverted residual blocks (1x1 expand, 3x3 depthwise, 1x1 project, ReLU6)",
                    ordered("width", "1.0", "expansion", "4", "stages", "3")),
            new Entry("resnet-tiny", "tiny ResNet: a stem and stages of two basic residual blocks (3x3 conv pairs)",
                    ordered("width", "16", "stages", "3")),
            new Entry("cnn1d", "1-D CNN for time series [channels, length]: conv + batch norm + ReLU + max pooling, global average pooling",
                    ordered("width", "16", "blocks", "3", "kernel", "7")));

    private StudentCatalog() {
    }

    public static List<Entry> entries() {
        return ENTRIES;
    }

    /**
     * Builds architecture {@code name} for samples of {@code inputShape} and {@code classes}
     * classes; {@code params} override the entry's defaults.
     *
     * @throws IllegalArgumentException for an unknown name or parameter, a bad value, or an input
     *         shape the architecture cannot take; the message lists what is accepted
     */
    public static Architecture create(String name, Map<String, String> params, int[] inputShape, int classes) {
        Entry e = ENTRIES.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "unknown student '" + name + "'; the catalog has " + ENTRIES.stream().map(Entry::name).toList()));
        Set<String> known = e.defaults().keySet();
        for (String k : params.keySet()) {
            if (!known.contains(k)) throw new IllegalArgumentException(name + " has no parameter '" + k + "' (it has " + known + ")");
        }
        Map<String, String> p = new LinkedHashMap<>(e.defaults());
        p.putAll(params);
        if (classes < 2) throw new IllegalArgumentException("a classifier needs at least 2 classes, not " + classes);
        String desc = name + " " + p;
        List<Layer> layers = switch (name) {
            case "linear" -> linear(p, inputShape, classes);
            case "mlp" -> mlp(p, classes);
            case "cnn" -> cnn(p, inputShape, classes);
            case "mobilenetv2" -> mobileNetV2(p, inputShape, classes);
            case "resnet-tiny" -> resNetTiny(p, inputShape, classes);
            case "cnn1d" -> cnn1d(p, inputShape, classes);
            default -> throw new IllegalStateException(name);
        };
        return new Architecture(name, desc, inputShape, classes, layers);
    }

    private static List<Layer> linear(Map<String, String> p, int[] in, int classes) {
        List<Layer> l = new ArrayList<>();
        l.add(in.length >= 2 ? new Layer.GlobalAvgPool() : new Layer.Flatten());
        float dropout = real(p, "dropout", 0, 0.9);
        if (dropout > 0) l.add(new Layer.Dropout(dropout));
        l.add(new Layer.Dense(classes));
        return l;
    }

    private static List<Layer> mlp(Map<String, String> p, int classes) {
        List<Layer> l = new ArrayList<>();
        l.add(new Layer.Flatten());
        float dropout = real(p, "dropout", 0, 0.9);
        for (String h : p.get("hidden").split("-")) {
            if (h.isBlank()) continue;
            l.add(new Layer.Dense(positive("hidden", h)));
            l.add(new Layer.Relu());
            if (dropout > 0) l.add(new Layer.Dropout(dropout));
        }
        l.add(new Layer.Dense(classes));
        return l;
    }

    private static List<Layer> cnn(Map<String, String> p, int[] in, int classes) {
        image(in, "cnn");
        int width = integer(p, "width"), blocks = integer(p, "blocks"), convs = integer(p, "convs");
        float dropout = real(p, "dropout", 0, 0.9);
        List<Layer> l = new ArrayList<>();
        int h = in[1], w = in[2];
        for (int b = 0; b < blocks; b++) {
            for (int c = 0; c < convs; c++) {
                l.add(new Layer.Conv(width << b, 3, 1, 1, 1, false));
                l.add(new Layer.BatchNorm());
                l.add(new Layer.Relu());
            }
            if (b < blocks - 1) {
                if (h < 2 || w < 2) throw new IllegalArgumentException("cnn: input " + in[1] + "x" + in[2] + " is too small for " + blocks + " blocks");
                l.add(new Layer.MaxPool(2, 2, false));
                h /= 2;
                w /= 2;
            }
        }
        l.add(new Layer.GlobalAvgPool());
        if (dropout > 0) l.add(new Layer.Dropout(dropout));
        l.add(new Layer.Dense(classes));
        return l;
    }

    private static List<Layer> mobileNetV2(Map<String, String> p, int[] in, int classes) {
        image(in, "mobilenetv2");
        double width = real(p, "width", 0.1, 4);
        int expansion = integer(p, "expansion"), stages = integer(p, "stages");
        List<Layer> l = new ArrayList<>();
        int c = channels(16, width);
        l.add(new Layer.Conv(c, 3, in[1] >= 64 ? 2 : 1, 1, 1, false));
        l.add(new Layer.BatchNorm());
        l.add(new Layer.Relu6());
        for (int s = 0; s < stages; s++) {
            int out = channels(24 << s, width);
            l.addAll(invertedResidual(c, out, expansion, s == 0 ? 1 : 2));
            l.add(new Layer.Residual(invertedResidual(out, out, expansion, 1)));
            c = out;
        }
        l.add(new Layer.Conv(channels(128, width), 1, 1, 0, 1, false));
        l.add(new Layer.BatchNorm());
        l.add(new Layer.Relu6());
        l.add(new Layer.GlobalAvgPool());
        l.add(new Layer.Dense(classes));
        return l;
    }

    private static List<Layer> invertedResidual(int in, int out, int expansion, int stride) {
        int hidden = in * expansion;
        return List.of(new Layer.Conv(hidden, 1, 1, 0, 1, false), new Layer.BatchNorm(), new Layer.Relu6(),
                new Layer.Conv(hidden, 3, stride, 1, hidden, false), new Layer.BatchNorm(), new Layer.Relu6(),
                new Layer.Conv(out, 1, 1, 0, 1, false), new Layer.BatchNorm());
    }

    private static List<Layer> resNetTiny(Map<String, String> p, int[] in, int classes) {
        image(in, "resnet-tiny");
        int width = integer(p, "width"), stages = integer(p, "stages");
        List<Layer> l = new ArrayList<>();
        l.add(new Layer.Conv(width, 3, 1, 1, 1, false));
        l.add(new Layer.BatchNorm());
        l.add(new Layer.Relu());
        for (int s = 0; s < stages; s++) {
            int c = width << s;
            if (s > 0) {
                // a strided conv changes the shape, so the downsampling step sits outside the residual
                l.add(new Layer.Conv(c, 3, 2, 1, 1, false));
                l.add(new Layer.BatchNorm());
                l.add(new Layer.Relu());
            }
            for (int b = 0; b < 2; b++) {
                l.add(new Layer.Residual(List.of(new Layer.Conv(c, 3, 1, 1, 1, false), new Layer.BatchNorm(), new Layer.Relu(),
                        new Layer.Conv(c, 3, 1, 1, 1, false), new Layer.BatchNorm())));
                l.add(new Layer.Relu());
            }
        }
        l.add(new Layer.GlobalAvgPool());
        l.add(new Layer.Dense(classes));
        return l;
    }

    private static List<Layer> cnn1d(Map<String, String> p, int[] in, int classes) {
        if (in.length != 2) throw new IllegalArgumentException("cnn1d takes [channels, length] samples, not rank " + in.length);
        int width = integer(p, "width"), blocks = integer(p, "blocks"), k = integer(p, "kernel");
        if (k % 2 == 0) throw new IllegalArgumentException("cnn1d: kernel must be odd, not " + k);
        List<Layer> l = new ArrayList<>();
        int len = in[1];
        for (int b = 0; b < blocks; b++) {
            l.add(new Layer.Conv1d(width << b, k, 1, k / 2));
            l.add(new Layer.BatchNorm());
            l.add(new Layer.Relu());
            if (b < blocks - 1) {
                if (len < 2) throw new IllegalArgumentException("cnn1d: length " + in[1] + " is too short for " + blocks + " blocks");
                l.add(new Layer.MaxPool(2, 2, true));
                len /= 2;
            }
        }
        l.add(new Layer.GlobalAvgPool());
        l.add(new Layer.Dense(classes));
        return l;
    }

    private static void image(int[] in, String name) {
        if (in.length != 3) throw new IllegalArgumentException(name + " takes [channels, height, width] images, not rank " + in.length);
    }

    private static int channels(int base, double width) {
        return Math.max(8, (int) Math.round(base * width / 8.0) * 8);
    }

    private static int integer(Map<String, String> p, String key) {
        return positive(key, p.get(key));
    }

    private static int positive(String key, String v) {
        try {
            int i = Integer.parseInt(v.trim());
            if (i <= 0) throw new NumberFormatException();
            return i;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a positive integer, not '" + v + "'");
        }
    }

    private static float real(Map<String, String> p, String key, double min, double max) {
        try {
            float f = Float.parseFloat(p.get(key).trim());
            if (!(f >= min && f <= max)) throw new NumberFormatException();
            return f;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number in [" + min + ", " + max + "], not '" + p.get(key) + "'");
        }
    }

    private static Map<String, String> ordered(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return java.util.Collections.unmodifiableMap(m);
    }
}
