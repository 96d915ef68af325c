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
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import io.medli.train.arch.Architecture;
import io.medli.train.arch.Layer;
import io.medli.train.internal.DistillationLoss;
import io.medli.train.internal.DjlNetwork;
import io.medli.train.internal.DjlSetup;

/**
 * Runs in a JVM of its own (DJL finds no engine inside OSGi): gradients computed with a garbage
 * collection and fresh direct buffers between forward and backward, as in a busy training step.
 * Prints "djl-scalar W loss L relu6 R rounds N": how many rounds gave a wrong gradient through
 * DJL's own {@code x.div(4f)} (the control: the churn must provoke its freed-scalar bug), through
 * the distillation loss and through a Relu6 layer.
 */
public final class FreedScalarProbe {
    static final int ROUNDS = 40;

    private FreedScalarProbe() {
    }

    public static void main(String[] args) throws Exception {
        DjlSetup.engine(1);
        Engine engine = Engine.getInstance();
        int djl = 0, loss = 0, relu6 = 0;
        Random rnd = new Random(3);
        try (NDManager root = engine.newBaseManager()) {
            for (int r = 0; r < ROUNDS; r++) {
                try (NDManager m = root.newSubManager()) {
                    if (!djlScalarRight(engine, m)) djl++;
                    if (!distillationRight(engine, m, rnd)) loss++;
                    if (!relu6Right(engine, m)) relu6++;
                }
            }
        }
        System.out.println("djl-scalar " + djl + " loss " + loss + " relu6 " + relu6 + " rounds " + ROUNDS);
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

    private static double[] softmax(float[] v, int from, int c, float temperature) {
        double max = Double.NEGATIVE_INFINITY, sum = 0;
        for (int k = 0; k < c; k++) max = Math.max(max, v[from + k] / temperature);
        double[] e = new double[c];
        for (int k = 0; k < c; k++) sum += e[k] = Math.exp(v[from + k] / temperature - max);
        for (int k = 0; k < c; k++) e[k] /= sum;
        return e;
    }
}
