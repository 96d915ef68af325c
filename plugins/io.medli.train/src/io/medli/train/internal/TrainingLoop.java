package io.medli.train.internal;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.medli.onnx.OnnxModel;
import io.medli.runtime.ModelRunException;
import io.medli.runtime.ModelRunner;
import io.medli.runtime.RunOptions;
import io.medli.train.TrainingEvent;
import io.medli.train.TrainingException;
import io.medli.train.TrainingListener;
import io.medli.train.TrainingSpec;
import io.medli.train.arch.Architecture;
import io.medli.train.arch.OnnxExport;
import io.medli.train.arch.StudentCatalog;
import io.medli.train.data.Augmentation;
import io.medli.train.data.DataException;
import io.medli.train.data.Dataset;

/**
 * Trains a catalog student on a spec's data with DJL (PyTorch), optionally distilled from an ONNX
 * teacher, then writes it as ONNX after checking that ONNX Runtime computes what the trained
 * network computes. Runs in the calling thread; reports through a {@link TrainingListener}; stops
 * between steps when cancelled. Checkpoints after every epoch, atomically.
 */
public final class TrainingLoop {
    /** Largest allowed difference between the exported model and the trained network. */
    public static final float PARITY_LIMIT = 1e-4f;
    private static final int EVAL_BATCH = 256, PARITY_SAMPLES = 64;

    private final TrainingSpec spec;
    private final TrainingListener listener;
    private final BooleanSupplier cancelled;

    private TrainingLoop(TrainingSpec spec, TrainingListener listener, BooleanSupplier cancelled) {
        this.spec = spec;
        this.listener = listener;
        this.cancelled = cancelled;
    }

    /** Runs the whole training; ends with exactly one Finished or Failed event. Never throws. */
    public static void run(TrainingSpec spec, TrainingListener listener, BooleanSupplier cancelled) {
        if (TrainingSpec.MATCH.equals(spec.task())) {
            MatchingLoop.run(spec, listener, cancelled);
            return;
        }
        RunOutcome.guarded(listener, () -> new TrainingLoop(spec, listener, cancelled).train());
    }

    private record Eval(float loss, float accuracy) {
    }

    /** Index of the student's top-level layer that learns the teacher's hint tensor, or -1. */
    private int hintLayer = -1;

    /** The last top-level layer of {@code net} whose output has the shape of the teacher's hint tensor. */
    private int hintLayer(Block net, OnlineTeacher teacher, Dataset train) throws TrainingException {
        float[] x = new float[train.sampleSize()];
        train.copySample(0, x, 0);
        teacher.logits(x, 1, train.sampleShape(), train.classes().size());
        long[] want = teacher.hintShape();
        if (!(net instanceof SequentialBlock seq)) throw new TrainingException("hints need a catalog student (not a backbone)");
        Shape shape = shape(1, train.sampleShape());
        List<String> seen = new ArrayList<>();
        int found = -1;
        List<Block> layers = seq.getChildren().values();
        for (int i = 0; i < layers.size(); i++) {
            shape = layers.get(i).getOutputShapes(new Shape[] { shape })[0];
            long[] got = shape.slice(1).getShape();
            seen.add(i + ": " + Arrays.toString(got));
            if (Arrays.equals(got, want)) found = i;
        }
        if (found < 0 || found == layers.size() - 1) {
            throw new TrainingException("no inner layer of the student has the shape of the teacher's " + hint() + " " + Arrays.toString(want)
                    + "; the student's layers give " + String.join(", ", seen));
        }
        listener.on(new TrainingEvent.Message("INFO", "hint: the student's layer " + found + " learns the teacher's " + hint() + " "
                + Arrays.toString(want) + " (weight " + spec.distillation().hintWeight() + ")"));
        return found;
    }

    /** The teacher's hint tensor of a distillation, or null. */
    private String hint() {
        return spec.distillation() == null ? null : spec.distillation().hint();
    }

    private void train() throws TrainingException, DataException, IOException, Cancelled {
        spec.validate();
        Path out = Path.of(spec.out()).toAbsolutePath();
        Path outDir = out.getParent();
        if (outDir == null || !Files.isDirectory(outDir)) throw new TrainingException("the folder of the output model " + out + " does not exist");
        if (!Files.isWritable(outDir)) throw new TrainingException("cannot write to " + outDir);
        TrainingData data = TrainingData.load(spec);
        Dataset rawCheck = data.test() != null ? data.test() : data.validation();
        Backbone backbone = null;
        Backbone.Split split = null;
        int[] bodyOutput = null;
        if (TrainingSpec.FINETUNE.equals(spec.task())) {
            backbone = backbone(data.train());
            if (spec.transfer().backboneTraining().equals("frozen")) {
                data = new TrainingData(features(backbone, data.train(), outDir), features(backbone, data.validation(), outDir),
                        data.test() == null ? null : features(backbone, data.test(), outDir));
            } else {
                split = backbone.split(spec.transfer().trainFrom());
                bodyOutput = features(backbone, data.train().subset("shape probe", new int[] { 0 }), outDir).sampleShape();
                Backbone.Split sp = split;
                data = new TrainingData(stem(sp, data.train(), outDir), stem(sp, data.validation(), outDir),
                        data.test() == null ? null : stem(sp, data.test(), outDir));
            }
            if (Augmentation.parse(spec.augmentation()).active()) {
                listener.on(new TrainingEvent.Message("WARNING", "augmentation does not apply to the backbone's cached features: ignored"));
            }
        }
        Dataset train = data.train();
        Architecture arch = StudentCatalog.create(spec.student(), spec.studentParams(), bodyOutput != null ? bodyOutput : train.sampleShape(),
                train.classes().size());

        float[][] teacher = null;
        OnlineTeacher online = null;
        if (TrainingSpec.DISTILL.equals(spec.task())) {
            teacher = teacherLogits(train, data.validation(), outDir);
            if (hint() != null) {
                online = new OnlineTeacher(Path.of(spec.distillation().teacher()), spec.threads(), hint());
            } else if (Augmentation.parse(spec.augmentation()).active()) {
                online = new OnlineTeacher(Path.of(spec.distillation().teacher()), spec.threads());
                listener.on(new TrainingEvent.Message("INFO", "augmentation is on: the teacher runs on every augmented batch, "
                        + "since its cached outputs describe the unaugmented images"));
            }
        }
        try (OnlineTeacher liveTeacher = online) {
            train(data, arch, teacher, liveTeacher, rawCheck, backbone, split, bodyOutput, out);
        }
    }

    /** The training proper, once data, network and teacher are ready. */
    private void train(TrainingData data, Architecture arch, float[][] teacher, OnlineTeacher liveTeacher, Dataset rawCheck, Backbone backbone,
            Backbone.Split split, int[] bodyOutput, Path out) throws TrainingException, IOException, Cancelled {
        Dataset train = data.train();
        Dataset check = data.test() != null ? data.test() : data.validation();

        DjlSetup.engine(spec.threads());
        ai.djl.engine.Engine.getInstance().setRandomSeed((int) spec.seed());
        Path ckDir = Path.of(spec.checkpointDir()).toAbsolutePath();
        String specKey = specKey();
        JsonObject state = spec.resume() ? Checkpoints.readState(ckDir, specKey) : null;

        int steps = (train.size() + spec.batchSize() - 1) / spec.batchSize();
        int firstEpoch = state == null ? 1 : state.get("epoch").getAsInt() + 1;
        int bestEpoch = state == null ? 0 : state.get("bestEpoch").getAsInt();
        float bestAcc = state == null ? -1 : state.get("bestAccuracy").getAsFloat();
        int sinceBest = state == null ? 0 : state.get("sinceBest").getAsInt();

        DjlNetwork net = new DjlNetwork(arch);
        OnnxGraphBlock body = split == null ? null
                : new OnnxGraphBlock(split.body(), split.stemOutput(), spec.transfer().cut(), toLongs(bodyOutput), split.trainable(), split.constants(), split.ints(),
                        spec.transfer().backboneTraining().equals("pretrained"));
        Block trainable = body == null ? net.block() : new SequentialBlock().add(body).add(net.block());
        Tracker lr = Tracker.cosine().setBaseValue(spec.learningRate()).optFinalValue(spec.learningRate() / 100)
                .setMaxUpdates(Math.max(1, steps * spec.epochs())).build();
        Adam.Builder adam = Optimizer.adam().optLearningRateTracker(lr).optBeginNumUpdate((firstEpoch - 1) * steps);
        if (spec.weightDecay() > 0) adam.optWeightDecays(spec.weightDecay());
        float alpha = teacher == null ? 0f : spec.distillation().alpha();
        float temperature = spec.distillation() == null ? 4f : spec.distillation().temperature();
        DefaultTrainingConfig config = new DefaultTrainingConfig(new DistillationLoss(temperature, alpha)).optOptimizer(adam.build());

        try (Model model = Model.newInstance(arch.name())) {
            model.setBlock(trainable);
            // before the trainer exists: it keeps the arrays it finds at initialize, and would go on training those
            if (state != null) Checkpoints.load(trainable, model.getNDManager(), ckDir.resolve("last.params"));
            try (Trainer trainer = model.newTrainer(config)) {
                int[] sample = train.sampleShape();
                trainer.initialize(shape(spec.batchSize(), sample));
                NDManager manager = trainer.getManager();
                if (state != null) {
                    listener.on(new TrainingEvent.Message("INFO", "resumed after epoch " + (firstEpoch - 1) + " from " + ckDir
                            + " (the optimizer's moments start afresh)"));
                } else if (spec.resume()) {
                    listener.on(new TrainingEvent.Message("INFO", "no checkpoint of this setup in " + ckDir + ": starting from epoch 1"));
                }
                hintLayer = liveTeacher != null && hint() != null ? hintLayer(trainable, liveTeacher, train) : -1;
                long parameters = count(trainable);
                String description = body == null ? arch.description()
                        : "backbone from " + split.stemOutput() + " to " + spec.transfer().cut() + " (" + spec.transfer().backboneTraining() + ") + " + arch.description();
                listener.on(new TrainingEvent.Started(description, parameters, train.size(), data.validation().size(),
                        data.test() == null ? 0 : data.test().size(), spec.epochs(), steps, firstEpoch));

                Augmentation aug = backbone != null ? Augmentation.NONE : Augmentation.parse(spec.augmentation());
                List<Double> epochSeconds = new ArrayList<>();
                int epoch = firstEpoch;
                boolean stoppedEarly = false;
                for (; epoch <= spec.epochs(); epoch++) {
                    long t0 = System.nanoTime();
                    float[] trainStats = epoch(trainer, train, teacher, liveTeacher, aug, epoch, steps);
                    Eval val = evaluate(trainable, manager, data.validation());
                    if (!Float.isFinite(val.loss)) throw diverged(epoch, steps, steps, val.loss, spec.learningRate());
                    double seconds = (System.nanoTime() - t0) / 1e9;
                    epochSeconds.add(seconds);
                    boolean best = val.accuracy > bestAcc;
                    if (best) {
                        bestAcc = val.accuracy;
                        bestEpoch = epoch;
                        sinceBest = 0;
                    } else {
                        sinceBest++;
                    }
                    listener.on(new TrainingEvent.EpochEnd(epoch, trainStats[0], trainStats[1], val.loss, val.accuracy, seconds, best));
                    checkpoint(trainable, ckDir, specKey, epoch, bestEpoch, bestAcc, sinceBest, best);
                    if (spec.patience() > 0 && sinceBest >= spec.patience() && epoch < spec.epochs()) {
                        listener.on(new TrainingEvent.Message("INFO", "stopping early: no better validation accuracy for "
                                + spec.patience() + " epochs (best " + pct(bestAcc) + " at epoch " + bestEpoch + ")"));
                        stoppedEarly = true;
                        epoch++;
                        break;
                    }
                }
                int epochsRun = epoch - 1;
                Path best = ckDir.resolve("best.params");
                if (bestEpoch > 0 && bestEpoch != epochsRun && Files.isRegularFile(best)) Checkpoints.load(trainable, manager, best);
                Dataset test = data.test();
                float testAcc = test == null ? Float.NaN : evaluate(trainable, manager, test).accuracy;
                Backbone trained = body == null ? backbone : backbone.withWeights(body.trainedValues());
                float parity = export(net, trainable, manager, check, rawCheck, trained, out);
                double median = epochSeconds.isEmpty() ? 0 : epochSeconds.stream().sorted().toList().get(epochSeconds.size() / 2);
                listener.on(new TrainingEvent.Finished(out.toString(), epochsRun, bestEpoch, bestAcc, testAcc, parameters, median,
                        parity, stoppedEarly));
            }
        }
    }

    private Backbone backbone(Dataset train) throws TrainingException, IOException {
        Path file = Path.of(spec.transfer().backbone());
        if (!Files.isRegularFile(file)) throw new TrainingException("backbone model " + file + " does not exist");
        int[] wh = spec.transfer().backboneWidthHeight();
        try {
            return Backbone.prepare(OnnxModel.read(file).proto(), train.sampleShape(), spec.transfer().cut(), wh[0], wh[1], spec.transfer().backboneScale());
        } catch (io.medli.onnx.OnnxFormatException e) {
            throw new TrainingException("the backbone " + file.getFileName() + " is not a readable ONNX model: " + e.getMessage(), e);
        }
    }

    private Dataset features(Backbone backbone, Dataset d, Path outDir) throws DataException, IOException, Cancelled {
        Path cacheDir = spec.cacheDir() != null ? Path.of(spec.cacheDir()) : outDir.resolve(".medli-cache");
        String key = TeacherLogits.sha256(Path.of(spec.transfer().backbone())) + "|" + spec.transfer().backboneSize() + "|" + spec.transfer().backboneScale();
        long t0 = System.nanoTime();
        Dataset f = backbone.features(d, cacheDir, key, spec.threads(), steps());
        if (f == null) throw new Cancelled("cancelled while the backbone ran");
        listener.on(new TrainingEvent.Message("INFO", String.format("backbone features of the %d %s samples: %s (%.1f s)", d.size(), d.name(),
                describe(f.sampleShape()), (System.nanoTime() - t0) / 1e9)));
        return f;
    }

    /** Progress of a run in ONNX Runtime before training (teacher, backbone) as step events; stops when cancelled. */
    private io.medli.onnx.progress.Monitor steps() {
        return new io.medli.onnx.progress.Monitor() {
            @Override
            public void progress(String task, int done, int total) {
                listener.on(new TrainingEvent.Step(0, done, total, Float.NaN));
            }

            @Override
            public boolean cancelled() {
                return cancelled.getAsBoolean();
            }
        };
    }

    /** As {@link #steps()} without the events. */
    private io.medli.onnx.progress.Monitor quiet() {
        return new io.medli.onnx.progress.Monitor() {
            @Override
            public void progress(String task, int done, int total) {
            }

            @Override
            public boolean cancelled() {
                return cancelled.getAsBoolean();
            }
        };
    }

    /** Outputs of the backbone's fixed stem, the inputs of its trainable body. */
    private Dataset stem(Backbone.Split split, Dataset d, Path outDir) throws DataException, IOException, Cancelled {
        Path cacheDir = spec.cacheDir() != null ? Path.of(spec.cacheDir()) : outDir.resolve(".medli-cache");
        String key = TeacherLogits.sha256(Path.of(spec.transfer().backbone())) + "|" + spec.transfer().backboneSize() + "|" + spec.transfer().backboneScale() + "|stem|"
                + split.stemOutput();
        Dataset f = Backbone.run(split.stem(), split.stemOutput(), d, cacheDir, key, spec.threads(), steps());
        if (f == null) throw new Cancelled("cancelled while the backbone's stem ran");
        return f;
    }

    private static long count(Block b) {
        long n = 0;
        for (var p : b.getParameters()) {
            if (p.getValue().requiresGradient()) n += p.getValue().getArray().getShape().size();
        }
        return n;
    }

    private static long[] toLongs(int[] v) {
        long[] l = new long[v.length];
        for (int i = 0; i < v.length; i++) l[i] = v[i];
        return l;
    }

    private float[][] teacherLogits(Dataset train, Dataset validation, Path outDir) throws DataException, IOException, Cancelled {
        Path teacher = Path.of(spec.distillation().teacher());
        Path cacheDir = spec.cacheDir() != null ? Path.of(spec.cacheDir()) : outDir.resolve(".medli-cache");
        long t0 = System.nanoTime();
        TeacherLogits.Result r = TeacherLogits.of(teacher, train, cacheDir, spec.threads(), steps());
        if (r == null) throw new Cancelled("cancelled while the teacher ran");
        listener.on(new TrainingEvent.Message("INFO", r.cached() ? "teacher outputs reused from " + r.cacheFile()
                : String.format("teacher outputs for %d samples computed in %.1f s, cached in %s", train.size(), (System.nanoTime() - t0) / 1e9,
                        r.cacheFile())));
        TeacherLogits.Result v = TeacherLogits.of(teacher, validation, cacheDir, spec.threads(), quiet());
        if (v == null) throw new Cancelled("cancelled while the teacher ran");
        listener.on(new TrainingEvent.Message("INFO", "teacher accuracy on the validation split: "
                + pct(io.medli.train.OnnxClassifier.accuracy(v.logits(), validation))));
        return r.logits();
    }

    /** Stops at the first non-finite loss, before a checkpoint of broken weights replaces a good one. */
    static TrainingException diverged(int epoch, int step, int steps, float loss, float learningRate) {
        return new TrainingException(String.format(java.util.Locale.ROOT, "training diverged in epoch %d, step %d of %d: the loss became %s. "
                + "The checkpoints of earlier epochs are kept: resume to go on from the last of them, and if it diverges again, "
                + "lower the learning rate (--lr, now %s)",
                epoch, step, steps, Float.isNaN(loss) ? "NaN" : "infinite", learningRate));
    }

    private float[] epoch(Trainer trainer, Dataset train, float[][] teacher, OnlineTeacher liveTeacher, Augmentation aug, int epoch, int steps)
            throws Cancelled, TrainingException {
        int n = train.size(), size = train.sampleSize(), classes = train.classes().size();
        int[] order = permutation(n, new Random(spec.seed() * 1_000_003L + epoch));
        Random augRandom = new Random(spec.seed() * 7_919L + epoch);
        float[] scratch = new float[size];
        int[] sample = train.sampleShape();
        double lossSum = 0, hintSum = 0;
        long correct = 0, seen = 0;
        long lastReport = System.nanoTime();
        for (int s = 0; s < steps; s++) {
            if (cancelled.getAsBoolean()) {
                throw new Cancelled("cancelled in epoch " + epoch + (epoch > 1 ? "; the checkpoint of epoch " + (epoch - 1)
                        + " is kept: resume to go on from there" : ""));
            }
            int from = s * spec.batchSize(), b = Math.min(spec.batchSize(), n - from);
            float[] x = new float[b * size];
            long[] y = new long[b];
            float[] t = teacher == null ? null : new float[b * classes];
            for (int k = 0; k < b; k++) {
                int i = order[from + k];
                train.copySample(i, x, k * size);
                aug.apply(x, k * size, sample, augRandom, scratch);
                y[k] = train.label(i);
                if (t != null && liveTeacher == null) System.arraycopy(teacher[i], 0, t, k * classes, classes);
            }
            if (liveTeacher != null) t = liveTeacher.logits(x, b, sample, classes);
            try (NDManager sub = trainer.getManager().newSubManager()) {
                NDArray xs = sub.create(x, shape(b, sample));
                NDArray ys = sub.create(y);
                NDList labels = t == null ? new NDList(ys) : new NDList(ys, sub.create(t, new Shape(b, classes)));
                try (GradientCollector gc = trainer.newGradientCollector()) {
                    NDArray logits, hintLoss = null;
                    if (hintLayer < 0) {
                        logits = trainer.forward(new NDList(xs)).singletonOrThrow();
                    } else {
                        // layer by layer, to reach the hinted layer's output on the way
                        ParameterStore ps = new ParameterStore(trainer.getManager(), false);
                        NDList h = new NDList(xs);
                        NDArray inner = null;
                        List<Block> layers = ((SequentialBlock) trainer.getModel().getBlock()).getChildren().values();
                        for (int i = 0; i < layers.size(); i++) {
                            h = layers.get(i).forward(ps, h, true);
                            if (i == hintLayer) inner = h.singletonOrThrow();
                        }
                        logits = h.singletonOrThrow();
                        NDArray target = sub.create(liveTeacher.lastHint(), inner.getShape());
                        hintLoss = inner.sub(target).square().mean().div(target.square().mean().add(Scalars.of(target, 1e-12f)));
                        hintSum += hintLoss.getFloat();
                    }
                    NDArray loss = trainer.getLoss().evaluate(labels, new NDList(logits));
                    if (hintLoss != null) loss = loss.add(hintLoss.mul(Scalars.of(hintLoss, spec.distillation().hintWeight())));
                    float value = loss.getFloat();
                    if (!Float.isFinite(value)) throw diverged(epoch, s + 1, steps, value, spec.learningRate());
                    NativeHeap.backward(gc, loss);
                    lossSum += value * b;
                    correct += logits.argMax(1).eq(ys).countNonzero().getLong();
                }
                trainer.step();
            }
            seen += b;
            if (System.nanoTime() - lastReport > 250_000_000L || s == steps - 1) {
                listener.on(new TrainingEvent.Step(epoch, s + 1, steps, (float) (lossSum / seen)));
                lastReport = System.nanoTime();
            }
        }
        if (hintLayer >= 0) {
            listener.on(new TrainingEvent.Message("INFO", String.format(java.util.Locale.ROOT, "epoch %d: hint error power %.4f of the teacher's "
                    + "(%.1f dB)", epoch, hintSum / steps, -10 * Math.log10(hintSum / steps))));
        }
        return new float[] { (float) (lossSum / seen), (float) correct / seen };
    }

    static Eval evaluate(Block net, NDManager manager, Dataset d) {
        ParameterStore ps = new ParameterStore(manager, false);
        int size = d.sampleSize();
        double loss = 0;
        long correct = 0;
        for (int from = 0; from < d.size(); from += EVAL_BATCH) {
            int b = Math.min(EVAL_BATCH, d.size() - from);
            float[] x = new float[b * size];
            long[] y = new long[b];
            for (int k = 0; k < b; k++) {
                d.copySample(from + k, x, k * size);
                y[k] = d.label(from + k);
            }
            try (NDManager sub = manager.newSubManager()) {
                NDArray ys = sub.create(y);
                NDArray logits = net.forward(ps, new NDList(sub.create(x, shape(b, d.sampleShape()))), false).singletonOrThrow();
                NDArray logp = logits.logSoftmax(1);
                loss += logp.mul(ys.oneHot(d.classes().size())).sum().neg().getFloat();
                correct += logits.argMax(1).eq(ys).countNonzero().getLong();
            }
        }
        return new Eval((float) (loss / d.size()), (float) correct / d.size());
    }

    /**
     * Writes the ONNX model (behind the backbone, when there is one) beside {@code out}, checks it
     * on raw samples against the network on the same samples (their features), then moves it into
     * place.
     */
    private float export(DjlNetwork net, Block trainable, NDManager manager, Dataset check, Dataset raw, Backbone backbone, Path out)
            throws TrainingException, IOException {
        Path tmp = out.resolveSibling(out.getFileName() + ".part");
        try {
            var head = OnnxExport.export(net.architecture(), net, "MEDLI Studio");
            OnnxModel.of(backbone == null ? head : backbone.merge(head)).write(tmp);
            int n = Math.min(PARITY_SAMPLES, check.size()), size = check.sampleSize();
            float[] features = new float[n * size];
            for (int k = 0; k < n; k++) check.copySample(k, features, k * size);
            float[] expected;
            try (NDManager sub = manager.newSubManager()) {
                expected = trainable.forward(new ParameterStore(manager, false), new NDList(sub.create(features, shape(n, check.sampleShape()))), false)
                        .singletonOrThrow().toFloatArray();
            }
            float[] x = new float[n * raw.sampleSize()];
            for (int k = 0; k < n; k++) raw.copySample(k, x, k * raw.sampleSize());
            long[] dims = new long[raw.sampleShape().length + 1];
            dims[0] = n;
            for (int i = 1; i < dims.length; i++) dims[i] = raw.sampleShape()[i - 1];
            float worst = 0;
            try (ModelRunner runner = ModelRunner.open(tmp, RunOptions.defaults().withThreads(spec.threads()));
                    OnnxTensor t = OnnxTensor.createTensor(io.medli.runtime.ModelRunner.environment(), FloatBuffer.wrap(x), dims);
                    OrtSession.Result r = runner.run(Map.of(OnnxExport.INPUT, t))) {
                float[][] got = (float[][]) r.get(0).getValue();
                int c = got[0].length;
                for (int k = 0; k < n; k++) for (int j = 0; j < c; j++) worst = Math.max(worst, Math.abs(got[k][j] - expected[k * c + j]));
            } catch (ModelRunException | OrtException e) {
                throw new TrainingException("ONNX Runtime cannot run the exported model: " + e.getMessage(), e);
            }
            if (!(worst <= PARITY_LIMIT)) {
                throw new TrainingException(String.format("the exported ONNX model differs from the trained network by %.3g (limit %.0e); "
                        + "nothing was written", worst, PARITY_LIMIT));
            }
            Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return worst;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private void checkpoint(Block net, Path dir, String specKey, int epoch, int bestEpoch, float bestAcc, int sinceBest, boolean best) {
        JsonObject s = new JsonObject();
        s.addProperty("spec", specKey);
        s.addProperty("epoch", epoch);
        s.addProperty("bestEpoch", bestEpoch);
        s.addProperty("bestAccuracy", bestAcc);
        s.addProperty("sinceBest", sinceBest);
        Checkpoints.write(net, dir, s, epoch, best, listener);
    }

    /** Identifies a setup for resuming: everything but the resume flag and the thread count. */
    private String specKey() {
        JsonObject j = new Gson().toJsonTree(spec).getAsJsonObject();
        j.remove("resume");
        j.remove("threads");
        return Integer.toHexString(j.toString().hashCode());
    }

    static Shape shape(int batch, int[] sample) {
        long[] d = new long[sample.length + 1];
        d[0] = batch;
        for (int i = 0; i < sample.length; i++) d[i + 1] = sample[i];
        return new Shape(d);
    }

    private static int[] permutation(int n, Random rnd) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    static String pct(float f) {
        return String.format("%.2f%%", f * 100);
    }

    static String describe(int[] shape) {
        return Arrays.toString(shape);
    }
}
