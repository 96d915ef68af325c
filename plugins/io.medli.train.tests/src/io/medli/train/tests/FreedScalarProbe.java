package io.medli.train.tests;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import io.medli.train.arch.Architecture;
import io.medli.train.arch.Layer;
import io.medli.train.internal.DistillationLoss;
import io.medli.train.internal.DjlNetwork;
import io.medli.train.internal.DjlSetup;
import io.medli.train.internal.NativeHeap;

/**
 * Runs in a JVM of its own (DJL finds no engine inside OSGi): gradients computed with a garbage
 * collection and fresh direct buffers between forward and backward, as in a busy training step.
 * Prints "djl-scalar W loss L relu6 R rounds N": how many rounds gave a wrong gradient through
 * DJL's own {@code x.div(4f)} (the control: the churn must provoke its freed-scalar bug), through
 * the distillation loss and through a Relu6 layer; and "students S of T": how many whole training
 * steps (every catalog student, plain and distilled loss) gave other gradients with the churn than
 * without it. Then "conv-input-gradient-nan U zero-filled Z rounds N fill F": in how many rounds a
 * convolution's input gradient held a NaN with PyTorch's fresh memory as it comes (U, a control: oneDNN's
 * AVX-512 kernels read padding never written, see NativeHeap; other instruction sets may show none)
 * and zero-filled as training runs (Z).
 */
public final class FreedScalarProbe {
    static final int ROUNDS = 40;

    private FreedScalarProbe() {
    }

    public static void main(String[] args) throws Exception {
        DjlSetup.engine(1);
        Engine engine = Engine.getInstance();
        int djl = 0, loss = 0, relu6 = 0, students = 0;
        Random rnd = new Random(3);
        try (NDManager root = engine.newBaseManager()) {
            for (int r = 0; r < ROUNDS; r++) {
                try (NDManager m = root.newSubManager()) {
                    if (!djlScalarRight(engine, m)) djl++;
                    if (!distillationRight(engine, m, rnd)) loss++;
                    if (!relu6Right(engine, m)) relu6++;
                    for (String[] student : STUDENTS) {
                        if (!studentRight(engine, m, rnd, student, r % 2 == 0 ? 0f : 0.9f)) students++;
                    }
                }
            }
        }
        System.out.println("djl-scalar " + djl + " loss " + loss + " relu6 " + relu6 + " rounds " + ROUNDS + " students " + students + " of "
                + ROUNDS * STUDENTS.length);
        // oneDNN's padded blocked layouts (see NativeHeap): the control without zero-filled memory first
        int control = convInputGradientNaNs(engine, CONV_ROUNDS, false);
        boolean on = NativeHeap.zeroFill(true);
        NativeHeap.zeroFill(false);
        int fixed = convInputGradientNaNs(engine, CONV_ROUNDS, true);
        System.out.println("conv-input-gradient-nan unfilled " + control + " zero-filled " + fixed + " rounds " + CONV_ROUNDS + " fill " + on);
    }

    static final int CONV_ROUNDS = 3000;

    /** Rounds in which the input gradient of a 4-channel 3x3 convolution had a NaN (it never should: all values are finite). */
    static int convInputGradientNaNs(Engine engine, int rounds, boolean asTrainingDoes) {
        Random rnd = new Random(5);
        int bad = 0;
        try (NDManager root = engine.newBaseManager()) {
            for (int r = 0; r < rounds; r++) {
                try (NDManager m = root.newSubManager(); GradientCollector gc = engine.newGradientCollector()) {
                    float[] x = new float[8 * 4 * 16 * 16], w = new float[4 * 4 * 3 * 3];
                    for (int i = 0; i < x.length; i++) x[i] = (float) rnd.nextGaussian();
                    for (int i = 0; i < w.length; i++) w[i] = (float) rnd.nextGaussian();
                    NDArray in = m.create(x, new Shape(8, 4, 16, 16));
                    in.setRequiresGradient(true);
                    NDArray y = Conv2d.conv2d(in, m.create(w, new Shape(4, 4, 3, 3)), null, new Shape(1, 1), new Shape(1, 1), new Shape(1, 1), 1)
                            .singletonOrThrow();
                    if (asTrainingDoes) {
                        NativeHeap.backward(gc, y.sum());
                    } else {
                        gc.backward(y.sum());
                    }
                    for (float g : in.getGradient().toFloatArray()) {
                        if (!Float.isFinite(g)) {
                            bad++;
                            break;
                        }
                    }
                }
            }
        }
        return bad;
    }

    /**
     * Frees what a collection finds unreachable and hands the memory out again, filled with junk;
     * callers hold the junk until backward has run, so that the memory stays taken.
     */
    static List<ByteBuffer> churn() throws InterruptedException {
        System.gc();
        Thread.sleep(5); // the cleaner thread frees direct buffers after the collection
        List<ByteBuffer> junk = new ArrayList<>();
        for (int k = 0; k < 64; k++) junk.add(ByteBuffer.allocateDirect(4).order(ByteOrder.nativeOrder()).putFloat(0, 1e30f));
        // and blocks of the sizes of batches and feature maps, for any larger tensor over a freed buffer
        for (int size = 64; size <= 1 << 18; size <<= 2) {
            for (int k = 0; k < 4; k++) {
                ByteBuffer b = ByteBuffer.allocateDirect(size).order(ByteOrder.nativeOrder());
                while (b.remaining() >= 4) b.putFloat(1e30f);
                junk.add(b);
            }
        }
        return junk;
    }

    static boolean djlScalarRight(Engine engine, NDManager m) throws InterruptedException {
        NDArray x = m.create(new float[] { 1, 2, 3, 4 });
        x.setRequiresGradient(true);
        try (GradientCollector gc = engine.newGradientCollector()) {
            NDArray y = x.div(4f).sum();
            List<ByteBuffer> junk = churn();
            gc.backward(y);
            junk.clear();
            return x.getGradient().toFloatArray()[0] == 0.25f;
        }
    }

    /** dL/ds = (alpha T (softmax(s/T) - softmax(t/T)) + (1 - alpha) (softmax(s) - onehot(y))) / N. */
    static boolean distillationRight(Engine engine, NDManager m, Random rnd) throws InterruptedException {
        int n = 4, c = 3;
        float temperature = 4, alpha = 0.9f;
        float[] s = new float[n * c], t = new float[n * c];
        long[] y = new long[n];
        for (int i = 0; i < s.length; i++) {
            s[i] = (float) rnd.nextGaussian() * 3;
            t[i] = (float) rnd.nextGaussian() * 5;
        }
        for (int i = 0; i < n; i++) y[i] = rnd.nextInt(c);
        NDArray student = m.create(s, new Shape(n, c));
        student.setRequiresGradient(true);
        try (GradientCollector gc = engine.newGradientCollector()) {
            NDArray l = new DistillationLoss(temperature, alpha).evaluate(new NDList(m.create(y), m.create(t, new Shape(n, c))), new NDList(student));
            List<ByteBuffer> junk = churn();
            gc.backward(l);
            junk.clear();
            float[] got = student.getGradient().toFloatArray();
            for (int i = 0; i < n; i++) {
                double[] q = softmax(s, i * c, c, temperature), p = softmax(t, i * c, c, temperature), sigma = softmax(s, i * c, c, 1);
                for (int k = 0; k < c; k++) {
                    double want = (alpha * temperature * (q[k] - p[k]) + (1 - alpha) * (sigma[k] - (y[i] == k ? 1 : 0))) / n;
                    if (!(Math.abs(got[i * c + k] - want) <= 1e-5)) return false;
                }
            }
            return true;
        }
    }

    static boolean relu6Right(Engine engine, NDManager m) throws InterruptedException {
        float[] x = { -1, 0.5f, 3, 5.5f, 7, 9 };
        Block net = new DjlNetwork(new Architecture("relu6", "a Relu6 layer", new int[] { 6 }, 2, List.of(new Layer.Relu6()))).block();
        net.initialize(m, DataType.FLOAT32, new Shape(1, 6));
        NDArray in = m.create(x, new Shape(1, 6));
        in.setRequiresGradient(true);
        try (GradientCollector gc = engine.newGradientCollector()) {
            NDArray out = net.forward(new ParameterStore(m, false), new NDList(in), true).singletonOrThrow().sum();
            List<ByteBuffer> junk = churn();
            gc.backward(out);
            junk.clear();
            float[] got = in.getGradient().toFloatArray();
            for (int i = 0; i < x.length; i++) {
                if (got[i] != (x[i] > 0 && x[i] < 6 ? 1f : 0f)) return false;
            }
            return true;
        }
    }

    /** name, input shape, parameters: every student of the catalog, without dropout (it would make two passes differ). */
    static final String[][] STUDENTS = { { "linear", "1x12x12" }, { "mlp", "1x12x12", "dropout=0" }, { "cnn", "1x28x28", "width=4", "dropout=0" },
            { "mobilenetv2", "3x16x16", "width=0.5" }, { "resnet-tiny", "3x16x16", "width=4", "stages=2" }, { "cnn1d", "2x64", "width=4" } };

    /**
     * One training step of a whole student, as the training loop takes it: the gradient of every
     * parameter with a collection and reused memory between forward and backward equals the one
     * without (gradients accumulate, so the second pass is the difference).
     */
    static boolean studentRight(Engine engine, NDManager m, Random rnd, String[] student, float alpha) throws InterruptedException {
        int[] shape = java.util.Arrays.stream(student[1].split("x")).mapToInt(Integer::parseInt).toArray();
        java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
        for (int i = 2; i < student.length; i++) params.put(student[i].split("=")[0], student[i].split("=")[1]);
        int n = 8, classes = 5, size = java.util.Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        long[] dims = new long[shape.length + 1];
        dims[0] = n;
        for (int i = 0; i < shape.length; i++) dims[i + 1] = shape[i];
        Block net = new DjlNetwork(io.medli.train.arch.StudentCatalog.create(student[0], params, shape, classes)).block();
        net.initialize(m, DataType.FLOAT32, new Shape(dims));
        float[] x = new float[n * size], t = new float[n * classes];
        long[] y = new long[n];
        for (int i = 0; i < x.length; i++) x[i] = (float) rnd.nextGaussian();
        for (int i = 0; i < t.length; i++) t[i] = (float) rnd.nextGaussian() * 3;
        for (int i = 0; i < n; i++) y[i] = rnd.nextInt(classes);
        List<float[]> clean = gradients(engine, m, net, x, y, t, dims, classes, alpha, false);
        List<float[]> total = gradients(engine, m, net, x, y, t, dims, classes, alpha, true);
        for (int p = 0; p < clean.size(); p++) {
            float[] a = clean.get(p), b = total.get(p);
            double scale = 1e-6;
            for (float v : a) scale = Math.max(scale, Math.abs(v));
            for (int i = 0; i < a.length; i++) {
                if (!(Math.abs((b[i] - a[i]) - a[i]) <= 1e-3 * scale)) {
                    System.out.println("wrong: " + student[0] + " alpha " + alpha + " parameter " + p + " of " + clean.size() + " [" + i + "] clean "
                            + a[i] + " churned " + (b[i] - a[i]) + " largest " + scale);
                    return false;
                }
            }
        }
        return true;
    }

    private static List<float[]> gradients(Engine engine, NDManager m, Block net, float[] x, long[] y, float[] t, long[] dims, int classes,
            float alpha, boolean churn) throws InterruptedException {
        try (NDManager step = m.newSubManager(); GradientCollector gc = engine.newGradientCollector()) {
            NDArray logits = net.forward(new ParameterStore(m, false), new NDList(step.create(x, new Shape(dims))), true).singletonOrThrow();
            NDArray l = new DistillationLoss(4f, alpha).evaluate(new NDList(step.create(y), step.create(t, new Shape(y.length, classes))),
                    new NDList(logits));
            List<ByteBuffer> junk = churn ? churn() : new ArrayList<>();
            NativeHeap.backward(gc, l);
            junk.clear();
            List<float[]> out = new ArrayList<>();
            for (var p : net.getParameters()) {
                if (p.getValue().requiresGradient()) out.add(p.getValue().getArray().getGradient().toFloatArray());
            }
            return out;
        }
    }

    private static double[] softmax(float[] v, int from, int c, float temperature) {
        double max = Double.NEGATIVE_INFINITY, sum = 0;
        for (int k = 0; k < c; k++) max = Math.max(max, v[from + k] / temperature);
        double[] e = new double[c];
        for (int k = 0; k < c; k++) sum += e[k] = Math.exp(v[from + k] / temperature - max);
        for (int k = 0; k < c; k++) e[k] /= sum;
        return e;
    }
}
