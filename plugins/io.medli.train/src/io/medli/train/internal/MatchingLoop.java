package io.medli.train.internal;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;

import com.google.gson.JsonObject;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.medli.compress.data.CalibrationDataException;
import io.medli.compress.data.ImageFolderData;
import io.medli.compress.data.ImagePreprocessing;
import io.medli.compress.data.InputTensor;
import io.medli.onnx.OnnxFormatException;
import io.medli.onnx.OnnxModel;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.ValueInfo;
import io.medli.onnx.shape.InferenceResult;
import io.medli.onnx.shape.ShapeInference;
import io.medli.onnx.shape.TensorType;
import io.medli.train.OutputMatching;
import io.medli.train.TrainingEvent;
import io.medli.train.TrainingException;
import io.medli.train.TrainingListener;
import io.medli.train.TrainingSpec;

/**
 * Output distillation on unlabelled images: an ONNX student - typically the teacher after channel
 * pruning, so it computes tensors of the same names and shapes - is trained in DJL to reproduce
 * the teacher's tensors, which ONNX Runtime computes on the same random crops. The loss is each
 * tensor's squared error relative to its power (1 / SQNR), so tensors of any scale weigh alike.
 * Only the student's weights change; the written model is the student with its trained weights.
 */
public final class MatchingLoop {
    /** Largest error of the written model in ONNX Runtime against the trained network, relative to each tensor's largest value. */
    static final float PARITY_LIMIT = 1e-3f;
    private static final int MAX_ZOOM = 3, EVAL_BATCH = 4, PARITY_SAMPLES = 2;

    private final TrainingSpec spec;
    private final TrainingListener listener;
    private final BooleanSupplier cancelled;
    /** Per matched tensor: the network gives its logits (the tensor is their sigmoid). */
    private boolean[] logits;

    private MatchingLoop(TrainingSpec spec, TrainingListener listener, BooleanSupplier cancelled) {
        this.spec = spec;
        this.listener = listener;
        this.cancelled = cancelled;
    }

    /** Runs the whole training; ends with exactly one Finished or Failed event. Never throws. */
    static void run(TrainingSpec spec, TrainingListener listener, BooleanSupplier cancelled) {
        RunOutcome.guarded(listener, () -> new MatchingLoop(spec, listener, cancelled).train());
    }

    /**
     * Mean over tensors of squared error / power (1 / SQNR). A tensor made by a Sigmoid (a score
     * map) is learnt from the student's logits instead, as a soft binary cross-entropy less the
     * teacher's entropy (KL), over the teacher's mean: squared error through a saturated sigmoid
     * has no gradient, so a pruned model whose map went dark would never light it again.
     */
    private static final class MatchLoss extends Loss {
        private final boolean[] logits;

        MatchLoss(boolean[] logits) {
            super("MatchLoss");
            this.logits = logits;
        }

        @Override
        public NDArray evaluate(NDList targets, NDList predictions) {
            NDArray sum = null;
            for (int k = 0; k < targets.size(); k++) {
                NDArray t = targets.get(k), s = predictions.get(k);
                NDArray term;
                if (logits[k]) {
                    NDArray p = t.clip(1e-6f, 1 - 1e-6f);
                    NDArray q = Scalars.of(p, 1).sub(p);
                    NDArray entropy = p.mul(p.log()).add(q.mul(q.log())).neg();
                    NDArray bce = ai.djl.nn.Activation.softPlus(s).sub(p.mul(s));
                    term = bce.sub(entropy).mean().div(t.mean().add(Scalars.of(t, 1e-3f)));
                } else {
                    term = s.sub(t).square().mean().div(t.square().mean().add(Scalars.of(t, 1e-12f)));
                }
                sum = sum == null ? term : sum.add(term);
            }
            return sum.div(Scalars.of(sum, targets.size()));
        }
    }

    private void train() throws TrainingException, IOException, CalibrationDataException, Cancelled {
        spec.validate();
        Path out = Path.of(spec.out()).toAbsolutePath();
        Path outDir = out.getParent();
        if (outDir == null || !Files.isDirectory(outDir)) throw new TrainingException("the folder of the output model " + out + " does not exist");
        if (!Files.isWritable(outDir)) throw new TrainingException("cannot write to " + outDir);
        ModelProto teacher = read(Path.of(spec.matching().teacher()), "teacher");
        ModelProto student = read(Path.of(spec.matching().studentModel()), "student");
        List<String> match = spec.matching().tensors().isEmpty() ? teacher.graph().outputs().stream().map(ValueInfo::name).toList()
                : List.copyOf(spec.matching().tensors());
        checkMatch(teacher, student, match);

        OutputMatching mo = spec.matching();
        ImagePreprocessing prep = ImagePreprocessing.defaults().withScale(mo.pixelScale()).withFill(mo.fill());
        if (mo.mean() != null) prep = prep.withNormalization(mo.mean(), mo.std());
        if (mo.width() > 0) prep = prep.withSize(mo.width(), mo.height());
        Path folder = Path.of(spec.data());
        List<Path> trainFiles, valFiles;
        if (spec.testData() != null && !spec.testData().isBlank()) {
            trainFiles = list(folder);
            valFiles = list(Path.of(spec.testData()));
        } else {
            List<Path> all = new ArrayList<>(list(folder));
            if (all.size() < 2) throw new TrainingException("output distillation needs at least 2 images (some to check on), " + folder + " has " + all.size());
            Collections.shuffle(all, new Random(spec.seed()));
            int v = Math.max(1, Math.round(all.size() * spec.validationFraction()));
            valFiles = List.copyOf(all.subList(0, v));
            trainFiles = List.copyOf(all.subList(v, all.size()));
        }
        ImageFolderData trainImages = ImageFolderData.open(folder, student, prep, trainFiles);
        ImageFolderData valImages = ImageFolderData.open(folder, student, prep, valFiles);
        String inputName = trainImages.shapes(0).keySet().iterator().next();
        long[] inputDims = trainImages.shapes(0).get(inputName);
        long[] sample = Arrays.copyOfRange(inputDims, 1, inputDims.length);
        int sampleSize = (int) Arrays.stream(sample).reduce(1, (a, b) -> a * b);

        Backbone teacherPart = Backbone.of(teacher, match, mo.width(), mo.height()), studentPart = Backbone.of(student, match, mo.width(), mo.height());
        try (PartRunner teacherRunner = new PartRunner("the teacher", teacherPart.model(), inputName, match, spec.threads())) {
            float[][][] valTargets = new float[valImages.size()][][];
            for (int i = 0; i < valImages.size(); i++) valTargets[i] = teacherRunner.run(valImages.sample(i).get(inputName).floats(), 1, sample);
            List<long[]> outShapes = teacherRunner.shapes();

            DjlSetup.engine(spec.threads());
            ai.djl.engine.Engine.getInstance().setRandomSeed((int) spec.seed());
            Backbone.Split split = studentPart.split(inputName);
            boolean[] logits = new boolean[match.size()];
            List<String> blockOutputs = new ArrayList<>();
            for (int j = 0; j < match.size(); j++) {
                String t = match.get(j);
                var producer = split.body().stream().filter(n -> n.outputs().contains(t)).findFirst();
                logits[j] = producer.isPresent() && producer.get().opType().equals("Sigmoid");
                blockOutputs.add(logits[j] ? producer.get().input(0) : t);
            }
            this.logits = logits;
            Map<String, io.medli.onnx.proto.TensorProto> trainable = new LinkedHashMap<>(split.trainable()), constants = new LinkedHashMap<>(split.constants());
            if (spec.matching().trainFrom() != null) {
                // layers that the tensor depends on keep their weights (e.g. a pretrained encoder): they
                // become constants, so no gradient flows or is computed there
                java.util.Set<String> frozen = frozenWeights(split.body(), spec.matching().trainFrom());
                for (String w : frozen) if (trainable.containsKey(w)) constants.put(w, trainable.remove(w));
                listener.on(new TrainingEvent.Message("INFO", frozen.size() + " weight tensors before " + spec.matching().trainFrom() + " stay as they are"));
            }
            OnnxGraphBlock block = new OnnxGraphBlock(split.body(), inputName, blockOutputs, outShapes, trainable, constants, split.ints(), true);
            if (!mo.activationGrids().isEmpty() || !mo.int8Weights().isEmpty()) {
                java.util.Set<String> tensors = new java.util.HashSet<>(List.of(inputName));
                split.body().forEach(n -> tensors.addAll(n.outputs()));
                long known = mo.activationGrids().keySet().stream().filter(tensors::contains).count();
                if (known == 0) {
                    throw new TrainingException("none of the quantized model's 8-bit tensors is a tensor of the student: quantize the student itself, "
                            + "or train the prepared model that 'medli quantize --static --prepared-out' writes");
                }
                block.fakeQuantization(new FakeQuantization(mo.activationGrids(), mo.int8Weights(), mo.weightMax()));
                block.relativeParameters(trainable);
                listener.on(new TrainingEvent.Message("INFO", "quantization-aware: " + known + " activations in 8 bits and "
                        + mo.int8Weights().size() + " convolutions with int8 weights simulated in every step"));
            }
            int steps = spec.matching().stepsPerEpoch() > 0 ? spec.matching().stepsPerEpoch() : Math.max(1, 8 * trainImages.size() / spec.batchSize());
            Path ckDir = Path.of(spec.checkpointDir()).toAbsolutePath();
            String specKey = TeacherLogits.sha256(Path.of(spec.matching().studentModel())) + "|" + TeacherLogits.sha256(Path.of(spec.matching().teacher())) + "|" + match
                    + "|" + spec.seed() + "|" + spec.batchSize() + "|" + steps + "|" + spec.learningRate()
                    + "|" + mo.activationGrids().hashCode() + "|" + mo.int8Weights().hashCode();
            JsonObject state = spec.resume() ? Checkpoints.readState(ckDir, specKey) : null;
            int firstEpoch = state == null ? 1 : state.get("epoch").getAsInt() + 1;
            int bestEpoch = state == null ? 0 : state.get("bestEpoch").getAsInt();
            float bestLoss = state == null ? Float.POSITIVE_INFINITY : state.get("bestLoss").getAsFloat();

            Tracker lr = Tracker.cosine().setBaseValue(spec.learningRate()).optFinalValue(spec.learningRate() / 100)
                    .setMaxUpdates(Math.max(1, steps * spec.epochs())).build();
            var adam = Optimizer.adam().optLearningRateTracker(lr).optBeginNumUpdate((firstEpoch - 1) * steps);
            if (spec.weightDecay() > 0) adam.optWeightDecays(spec.weightDecay());
            DefaultTrainingConfig config = new DefaultTrainingConfig(new MatchLoss(logits)).optOptimizer(adam.build());
            try (Model model = Model.newInstance("match")) {
                model.setBlock(block);
                // before the trainer exists: it keeps the arrays it finds at initialize, and would go on training those
                if (state != null) Checkpoints.load(block, model.getNDManager(), ckDir.resolve("last.params"));
                try (Trainer trainer = model.newTrainer(config)) {
                    long[] batchDims = new long[inputDims.length];
                    System.arraycopy(inputDims, 0, batchDims, 0, inputDims.length);
                    batchDims[0] = spec.batchSize();
                    trainer.initialize(new Shape(batchDims));
                    NDManager manager = trainer.getManager();
                    if (state != null) {
                        listener.on(new TrainingEvent.Message("INFO", "resumed after epoch " + (firstEpoch - 1) + " from " + ckDir));
                    }
                    long parameters = 0;
                    for (var p : block.getParameters()) parameters += p.getValue().getArray().getShape().size();
                    listener.on(new TrainingEvent.Started("student " + Path.of(spec.matching().studentModel()).getFileName() + " matching "
                            + Path.of(spec.matching().teacher()).getFileName() + " at " + match, parameters, trainImages.size(), valImages.size(), 0,
                            spec.epochs(), steps, firstEpoch));
                    if (firstEpoch == 1) {
                        double[] before = validate(block, manager, valImages, valTargets, inputName, sample, sampleSize);
                        listener.on(new TrainingEvent.Message("INFO", "before training: " + describe(match, before)));
                    }
                    List<Double> seconds = new ArrayList<>();
                    int epoch = firstEpoch;
                    for (; epoch <= spec.epochs(); epoch++) {
                        long t0 = System.nanoTime();
                        float trainLoss = epoch(trainer, trainImages, teacherRunner, inputName, sample, sampleSize, epoch, steps);
                        double[] val = validate(block, manager, valImages, valTargets, inputName, sample, sampleSize);
                        double s = (System.nanoTime() - t0) / 1e9;
                        seconds.add(s);
                        float valLoss = (float) val[val.length - 1];
                        boolean best = valLoss < bestLoss;
                        if (best) {
                            bestLoss = valLoss;
                            bestEpoch = epoch;
                        }
                        listener.on(new TrainingEvent.EpochEnd(epoch, trainLoss, Float.NaN, valLoss, Float.NaN, s, best));
                        listener.on(new TrainingEvent.Message("INFO", "epoch " + epoch + ": " + describe(match, val)));
                        checkpoint(block, ckDir, specKey, epoch, bestEpoch, bestLoss, best);
                    }
                    int epochsRun = epoch - 1;
                    Path bestFile = ckDir.resolve("best.params");
                    if (bestEpoch > 0 && bestEpoch != epochsRun && Files.isRegularFile(bestFile)) Checkpoints.load(block, manager, bestFile);
                    ModelProto trained = Backbone.withWeights(student, block.trainedValues());
                    float parity = export(trained, block, manager, valImages, inputName, match, sample, sampleSize, out);
                    double median = seconds.isEmpty() ? 0 : seconds.stream().sorted().toList().get(seconds.size() / 2);
                    listener.on(new TrainingEvent.Message("INFO", String.format(java.util.Locale.ROOT,
                            "best epoch %d: mean error power %.4f of the teacher's (%.1f dB)", bestEpoch, bestLoss, -10 * Math.log10(bestLoss))));
                    listener.on(new TrainingEvent.Finished(out.toString(), epochsRun, bestEpoch, Float.NaN, Float.NaN, parameters, median, parity, false));
                }
            }
        }
    }

    /** Trainable weights of the nodes {@code tensor} depends on. */
    private static java.util.Set<String> frozenWeights(List<io.medli.onnx.proto.NodeProto> body, String tensor) throws TrainingException {
        Map<String, io.medli.onnx.proto.NodeProto> producer = new java.util.HashMap<>();
        for (var n : body) for (String o : n.outputs()) producer.put(o, n);
        if (!producer.containsKey(tensor)) throw new TrainingException("the student computes no tensor '" + tensor + "' to train from");
        java.util.Set<String> weights = new java.util.LinkedHashSet<>();
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(List.of(tensor));
        java.util.Set<io.medli.onnx.proto.NodeProto> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!todo.isEmpty()) {
            var n = producer.get(todo.pop());
            if (n == null || !seen.add(n)) continue;
            for (int i = 0; i < n.inputs().size(); i++) {
                String in = n.inputs().get(i);
                if (producer.containsKey(in)) todo.add(in);
                else if (i > 0 && List.of("Conv", "Gemm", "MatMul", "BatchNormalization").contains(n.opType())) weights.add(in);
            }
        }
        return weights;
    }

    private static ModelProto read(Path file, String what) throws TrainingException, IOException {
        if (!Files.isRegularFile(file)) throw new TrainingException("the " + what + " model " + file + " does not exist");
        try {
            return OnnxModel.read(file).proto();
        } catch (OnnxFormatException e) {
            throw new TrainingException("the " + what + " model " + file.getFileName() + " is not a readable ONNX model: " + e.getMessage(), e);
        }
    }

    private static List<Path> list(Path folder) throws TrainingException {
        if (!Files.isDirectory(folder)) throw new TrainingException("the image folder " + folder + " does not exist");
        try {
            List<Path> files = ImageFolderData.list(folder);
            if (files.isEmpty()) throw new TrainingException("no images (.jpg, .png, .bmp, .gif) under " + folder);
            return files;
        } catch (IOException e) {
            throw new TrainingException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Both models must compute every matched tensor, in float and with the same shape. */
    private static void checkMatch(ModelProto teacher, ModelProto student, List<String> match) throws TrainingException {
        InferenceResult t = ShapeInference.infer(teacher), s = ShapeInference.infer(student);
        for (String name : match) {
            TensorType a = t.type(name), b = s.type(name);
            if (a.elemType() == 0) throw new TrainingException("the teacher computes no tensor '" + name + "'");
            if (b.elemType() == 0) throw new TrainingException("the student computes no tensor '" + name + "'");
            if (a.elemType() != io.medli.onnx.proto.DataType.FLOAT || b.elemType() != io.medli.onnx.proto.DataType.FLOAT) {
                throw new TrainingException("'" + name + "' is not a float tensor in both models; only float tensors can be matched");
            }
            if (a.hasShape() && b.hasShape() && !a.dims().equals(b.dims())) {
                throw new TrainingException("'" + name + "' is " + a + " in the teacher but " + b + " in the student; matched tensors need one shape");
            }
        }
    }

    private float epoch(Trainer trainer, ImageFolderData images, PartRunner teacher, String inputName, long[] sample, int sampleSize, int epoch,
            int steps) throws Cancelled, TrainingException, CalibrationDataException {
        Random random = new Random(spec.seed() * 1_000_003L + epoch);
        int b = spec.batchSize();
        double lossSum = 0;
        long lastReport = System.nanoTime();
        for (int s = 0; s < steps; s++) {
            if (cancelled.getAsBoolean()) {
                throw new Cancelled("cancelled in epoch " + epoch + (epoch > 1 ? "; the checkpoint of epoch " + (epoch - 1)
                        + " is kept: resume to go on from there" : ""));
            }
            float[] x = new float[b * sampleSize];
            for (int k = 0; k < b; k++) {
                InputTensor t = images.sample(random.nextInt(images.size()), randomCrop(random), MAX_ZOOM).values().iterator().next();
                System.arraycopy(t.floats(), 0, x, k * sampleSize, sampleSize);
            }
            float[][] targets = teacher.run(x, b, sample);
            try (NDManager sub = trainer.getManager().newSubManager()) {
                NDList labels = new NDList();
                List<long[]> shapes = teacher.shapes();
                for (int j = 0; j < targets.length; j++) labels.add(sub.create(targets[j], batchShape(b, shapes.get(j))));
                try (GradientCollector gc = trainer.newGradientCollector()) {
                    NDList preds = trainer.forward(new NDList(sub.create(x, batchShape(b, sample))));
                    NDArray loss = trainer.getLoss().evaluate(labels, preds);
                    float value = loss.getFloat();
                    if (!Float.isFinite(value)) throw TrainingLoop.diverged(epoch, s + 1, steps, value, spec.learningRate());
                    NativeHeap.backward(gc, loss);
                    lossSum += value;
                }
                trainer.step();
            }
            if (System.nanoTime() - lastReport > 250_000_000L || s == steps - 1) {
                listener.on(new TrainingEvent.Step(epoch, s + 1, steps, (float) (lossSum / (s + 1))));
                lastReport = System.nanoTime();
            }
        }
        return (float) (lossSum / steps);
    }

    /**
     * A random region of 35% to 100% of the image's width and height (so also stretched, as whole
     * images are when fed), mirrored half of the time; a quarter of the samples are whole images.
     */
    static ImageFolderData.Crop randomCrop(Random r) {
        boolean mirror = r.nextBoolean();
        if (r.nextInt(4) == 0) return new ImageFolderData.Crop(0, 0, 1, 1, mirror);
        double w = 0.35 + 0.65 * r.nextDouble(), h = 0.35 + 0.65 * r.nextDouble();
        return new ImageFolderData.Crop(r.nextDouble() * (1 - w), r.nextDouble() * (1 - h), w, h, mirror);
    }

    /** Per matched tensor: error power / signal power pooled over the images; the last element is their mean. */
    private double[] validate(OnnxGraphBlock block, NDManager manager, ImageFolderData images, float[][][] targets, String inputName, long[] sample,
            int sampleSize) throws CalibrationDataException {
        int tensors = targets[0].length;
        double[] noise = new double[tensors], signal = new double[tensors];
        ParameterStore ps = new ParameterStore(manager, false);
        for (int from = 0; from < images.size(); from += EVAL_BATCH) {
            int b = Math.min(EVAL_BATCH, images.size() - from);
            float[] x = new float[b * sampleSize];
            for (int k = 0; k < b; k++) System.arraycopy(images.sample(from + k).get(inputName).floats(), 0, x, k * sampleSize, sampleSize);
            try (NDManager sub = manager.newSubManager()) {
                NDList preds = outputs(block, ps, sub.create(x, batchShape(b, sample)));
                for (int j = 0; j < tensors; j++) {
                    float[] got = preds.get(j).toFloatArray();
                    int per = got.length / b;
                    for (int k = 0; k < b; k++) {
                        float[] want = targets[from + k][j];
                        for (int i = 0; i < per; i++) {
                            double d = got[k * per + i] - want[i];
                            noise[j] += d * d;
                            signal[j] += (double) want[i] * want[i];
                        }
                    }
                }
            }
        }
        double[] r = new double[tensors + 1];
        for (int j = 0; j < tensors; j++) {
            r[j] = noise[j] / Math.max(signal[j], 1e-30);
            r[tensors] += r[j] / tensors;
        }
        return r;
    }

    /** The matched tensors as the models compute them (sigmoids applied to logits). */
    private NDList outputs(OnnxGraphBlock block, ParameterStore ps, NDArray x) {
        NDList raw = block.forward(ps, new NDList(x), false), out = new NDList();
        for (int j = 0; j < raw.size(); j++) out.add(logits[j] ? ai.djl.nn.Activation.sigmoid(raw.get(j)) : raw.get(j));
        return out;
    }

    private static String describe(List<String> match, double[] nsr) {
        StringBuilder b = new StringBuilder("SQNR against the teacher on the validation images:");
        for (int j = 0; j < match.size(); j++) b.append(String.format(java.util.Locale.ROOT, " %s %.1f dB%s", match.get(j), -10 * Math.log10(nsr[j]),
                j + 1 < match.size() ? "," : ""));
        return b.toString();
    }

    /**
     * Writes the trained student beside {@code out}, checks in ONNX Runtime that it computes what the
     * trained network computes on validation images, then moves it into place.
     */
    private float export(ModelProto trained, OnnxGraphBlock block, NDManager manager, ImageFolderData images, String inputName, List<String> match,
            long[] sample, int sampleSize, Path out) throws TrainingException, IOException, CalibrationDataException {
        Path tmp = out.resolveSibling(out.getFileName() + ".part");
        try {
            OnnxModel.of(trained).write(tmp);
            int n = Math.min(PARITY_SAMPLES, images.size());
            float[] x = new float[n * sampleSize];
            for (int k = 0; k < n; k++) System.arraycopy(images.sample(k).get(inputName).floats(), 0, x, k * sampleSize, sampleSize);
            float worst = 0;
            try (PartRunner check = new PartRunner("the trained student", Backbone.of(trained, match, spec.matching().width(), spec.matching().height()).model(), inputName, match, spec.threads());
                    NDManager sub = manager.newSubManager()) {
                float[][] got = check.run(x, n, sample);
                // the written model is float: compare with the network's float forward pass
                block.simulateQuantization(false);
                NDList want = outputs(block, new ParameterStore(manager, false), sub.create(x, batchShape(n, sample)));
                block.simulateQuantization(true);
                for (int j = 0; j < got.length; j++) {
                    float[] w = want.get(j).toFloatArray();
                    float max = 0, diff = 0;
                    for (int i = 0; i < w.length; i++) {
                        max = Math.max(max, Math.abs(w[i]));
                        diff = Math.max(diff, Math.abs(w[i] - got[j][i]));
                    }
                    worst = Math.max(worst, diff / Math.max(max, 1e-12f));
                }
            }
            if (!(worst <= PARITY_LIMIT)) {
                throw new TrainingException(String.format("the written model differs from the trained network by %.3g of its largest value "
                        + "(limit %.0e); nothing was written", worst, PARITY_LIMIT));
            }
            Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return worst;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private void checkpoint(OnnxGraphBlock block, Path dir, String specKey, int epoch, int bestEpoch, float bestLoss, boolean best) {
        JsonObject s = new JsonObject();
        s.addProperty("spec", specKey);
        s.addProperty("epoch", epoch);
        s.addProperty("bestEpoch", bestEpoch);
        s.addProperty("bestLoss", bestLoss);
        Checkpoints.write(block, dir, s, epoch, best, listener);
    }

    private static Shape batchShape(int b, long[] sample) {
        long[] d = new long[sample.length + 1];
        d[0] = b;
        System.arraycopy(sample, 0, d, 1, sample.length);
        return new Shape(d);
    }

    /** A model cut at the matched tensors, in ONNX Runtime, batched; no spinning threads (PyTorch shares the cores). */
    private static final class PartRunner implements AutoCloseable {
        private final io.medli.runtime.ModelRunner runner;
        private final OrtSession session;
        private final String input;
        private final List<String> outputs;
        private final Map<String, long[]> shapes = new LinkedHashMap<>();

        private final String what;

        PartRunner(String what, ModelProto part, String input, List<String> outputs, int threads) throws TrainingException, IOException {
            this.what = what;
            this.input = input;
            this.outputs = outputs;
            // ONNX Runtime and PyTorch take turns on the same cores: no spinning threads
            try {
                runner = io.medli.runtime.ModelRunner.open(part, io.medli.runtime.RunOptions.defaults()
                        .withThreads(threads > 0 ? threads : Runtime.getRuntime().availableProcessors()).withSpinning(false));
            } catch (io.medli.runtime.ModelRunException e) {
                throw new TrainingException(what + " (up to the matched tensors) cannot run in ONNX Runtime: " + e.getMessage(), e);
            }
            session = runner.session();
        }

        /** Per output, the values for {@code b} samples, flattened. */
        float[][] run(float[] x, int b, long[] sample) throws TrainingException {
            long[] dims = new long[sample.length + 1];
            dims[0] = b;
            System.arraycopy(sample, 0, dims, 1, sample.length);
            try (OnnxTensor t = OnnxTensor.createTensor(io.medli.runtime.ModelRunner.environment(), FloatBuffer.wrap(x), dims);
                    OrtSession.Result r = session.run(Map.of(input, t), new java.util.LinkedHashSet<>(outputs))) {
                float[][] out = new float[outputs.size()][];
                for (int j = 0; j < outputs.size(); j++) {
                    OnnxTensor o = (OnnxTensor) r.get(outputs.get(j)).orElseThrow();
                    long[] shape = o.getInfo().getShape();
                    shapes.putIfAbsent(outputs.get(j), Arrays.copyOfRange(shape, 1, shape.length));
                    FloatBuffer fb = o.getFloatBuffer();
                    out[j] = new float[fb.remaining()];
                    fb.get(out[j]);
                }
                return out;
            } catch (OrtException e) {
                throw new TrainingException(what + " failed in ONNX Runtime on a batch: " + e.getMessage(), e);
            }
        }

        /** Sample shapes (no batch axis) of the outputs, known after the first run. */
        List<long[]> shapes() {
            return outputs.stream().map(shapes::get).toList();
        }

        @Override
        public void close() {
            runner.close();
        }
    }
}
