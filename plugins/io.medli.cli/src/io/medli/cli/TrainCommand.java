package io.medli.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import java.nio.file.Files;
import java.nio.file.Path;

import io.medli.train.OnnxClassifier;
import io.medli.train.Training;
import io.medli.train.TrainingEvent;
import io.medli.train.TrainingSpec;
import io.medli.train.arch.StudentCatalog;
import io.medli.train.data.DataException;
import io.medli.train.data.Dataset;
import io.medli.train.data.DataSets;

/** {@code medli train}, {@code medli distill} and {@code medli students}: training in this process, with a progress line. */
final class TrainCommand {
    static final String USAGE = """
              train --data DATA --student NAME --out S.onnx [training options]
                    train a catalog network on labelled data; writes the best epoch as
                    ONNX, checked against the trained network in ONNX Runtime (1e-4).
                    DATA: a folder of idx files (Fashion-MNIST, MNIST), a folder with a
                    folder of images or of recordings (.wav, .csv) per class, or a .csv
              distill --teacher T.onnx --student NAME --data DIR --out S.onnx
                      [--temperature T] [--alpha A] [--cache DIR] [--hint TENSOR
                      [--hint-weight W]] [training options]
                    knowledge distillation: the student learns the labels and the
                    teacher's softened outputs (teacher outputs cached, reused);
                    --hint: the student's last layer shaped like T's TENSOR also
                    learns that tensor (feature distillation; T runs on each batch)
              distill --teacher T.onnx --student-model S.onnx --data IMAGES --out R.onnx
                      [--match TENSOR]... [--train-from TENSOR] [--steps N] [--scale S]
                      [--fill F] [--epochs N] [--batch N] [--lr LR] [--validation F]
                      [--test-data IMAGES] ...
                    output distillation without labels: the ONNX model S (e.g. T after
                    'medli prune --channels') learns to compute T's tensors (default:
                    T's outputs) on random crops of the images, preprocessed as
                    pixel x S (alpha channels F); only S's weights change, and with
                    --train-from only those of layers after TENSOR
                training options: [--param KEY=VALUE]... [--epochs N] [--batch N]
                    [--lr LR] [--weight-decay WD] [--seed S] [--patience N]
                    [--augment flip,crop=2,noise=0.05,brightness=0.2] [--per-class N]
                    [--validation F] [--threads N] [--checkpoints DIR] [--resume]
                    [--test-data DATA] [--image-size WxH] [--window N] [--hop N]
                    [--label-column NAME]
              finetune --backbone B.onnx --cut TENSOR --data DATA --out M.onnx
                       [--student linear|mlp|...] [--backbone-size WxH]
                       [--backbone-scale S] [--backbone-training frozen|pretrained|scratch]
                       [--train-from TENSOR]
                       [--cache DIR] [training options]
                    transfer learning: B, cut at TENSOR, its input adapted to the images
                    (channels, size, layout, x S), gets a new head. frozen (default): B
                    runs in ONNX Runtime once (features cached), only the head trains;
                    pretrained: B's layers train too, from its weights; scratch: the
                    same network from fresh weights; --train-from keeps the layers
                    before TENSOR frozen. Written as one model
              students
                    the student architectures and their parameters
              evaluate MODEL --data DATA [--split test|train] [--threads N] [data options]
                    accuracy of an ONNX classifier on labelled data in ONNX Runtime,
                    overall and per class (the test split of idx folders by default)
            """;

    private final PrintStream out;
    private final PrintStream err;

    TrainCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int students() {
        for (StudentCatalog.Entry e : StudentCatalog.entries()) {
            out.printf("%-12s %s%n%12s defaults: %s%n", e.name(), e.description(), "", e.defaults());
        }
        return 0;
    }

    int evaluate(String[] argv) throws UsageException, java.io.IOException {
        Args a = Args.parse(argv, 1, Set.of(), Set.of("--data", "--split", "--threads", "--image-size", "--window", "--hop", "--label-column"));
        Path model = Path.of(a.onlyPositional("MODEL (an .onnx file)"));
        if (!Files.exists(model)) throw new java.nio.file.NoSuchFileException(model.toString());
        Path dir = Path.of(required(a, "--data", "the labelled data (a folder of idx files)"));
        String split = a.values.getOrDefault("--split", "test");
        if (!split.equals("test") && !split.equals("train")) throw new UsageException("--split is test or train");
        try {
            TrainingSpec s = dataOptions(a, new TrainingSpec());
            int[] wh = s.imageWidthHeight();
            Dataset data = DataSets.open(dir, split.equals("test") ? "t10k" : "train",
                    new DataSets.Options(wh[0], wh[1], s.window(), s.hop(), s.labelColumn()));
            float[][] logits = OnnxClassifier.logits(model, data, a.intValue("--threads", 0, 0), null);
            int classes = data.classes().size();
            int[] right = new int[classes], total = data.classCounts();
            for (int i = 0; i < data.size(); i++) if (OnnxClassifier.argMax(logits[i]) == data.label(i)) right[data.label(i)]++;
            out.printf(Locale.ROOT, "accuracy %.2f%% on %d %s samples of %s%n", OnnxClassifier.accuracy(logits, data) * 100, data.size(),
                    split, dir);
            for (int c = 0; c < classes; c++) {
                out.printf(Locale.ROOT, "  %-14s %6.2f%%  (%d)%n", data.classes().get(c), total[c] == 0 ? 0 : 100.0 * right[c] / total[c], total[c]);
            }
            return 0;
        } catch (DataException e) {
            err.println("medli: " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** --image-size, --window, --hop, --label-column: how files become samples. */
    private static TrainingSpec dataOptions(Args a, TrainingSpec spec) throws UsageException {
        if (a.values.containsKey("--image-size")) spec.imageSize(a.values.get("--image-size"));
        spec.window(a.intValue("--window", spec.window(), 1)).hop(a.intValue("--hop", 0, 0));
        if (a.values.containsKey("--label-column")) spec.labelColumn(a.values.get("--label-column"));
        return spec;
    }

    int run(String[] argv, String task) throws UsageException {
        Args a = Args.parse(argv, 1, Set.of("--resume"), Set.of("--data", "--student", "--out", "--epochs", "--batch", "--lr",
                "--weight-decay", "--seed", "--patience", "--augment", "--per-class", "--validation", "--threads", "--checkpoints",
                "--teacher", "--temperature", "--alpha", "--cache", "--image-size", "--window", "--hop", "--label-column", "--test-data",
                "--backbone", "--cut", "--backbone-size", "--backbone-scale", "--backbone-training",
                "--train-from", "--student-model", "--steps", "--scale", "--fill", "--hint", "--hint-weight"),
                Set.of("--param", "--match"));
        if (!a.positional.isEmpty()) throw new UsageException(task + " takes no positional arguments: " + a.positional);
        if (task.equals(TrainingSpec.DISTILL) && a.values.containsKey("--student-model")) return match(a);
        for (String o : new String[] { "--student-model", "--steps", "--scale", "--fill" }) {
            if (a.values.containsKey(o)) throw new UsageException(o + " belongs to 'medli distill --student-model'");
        }
        if (!a.all("--match").isEmpty()) throw new UsageException("--match belongs to 'medli distill --student-model'");
        TrainingSpec spec = new TrainingSpec().task(task);
        spec.data(required(a, "--data", "the labelled data (a folder)")).out(required(a, "--out", "the ONNX file to write"));
        if (task.equals(TrainingSpec.FINETUNE)) spec.student(a.values.getOrDefault("--student", "linear"));
        else spec.student(required(a, "--student", "a catalog architecture (see 'medli students')"));
        for (String kv : a.all("--param")) {
            int eq = kv.indexOf('=');
            if (eq <= 0) throw new UsageException("--param needs KEY=VALUE, got '" + kv + "'");
            spec.studentParam(kv.substring(0, eq), kv.substring(eq + 1));
        }
        spec.epochs(a.intValue("--epochs", spec.epochs(), 1)).batchSize(a.intValue("--batch", spec.batchSize(), 1))
                .seed(a.intValue("--seed", (int) spec.seed(), 0)).patience(a.intValue("--patience", 0, 0))
                .samplesPerClass(a.intValue("--per-class", 0, 0)).threads(a.intValue("--threads", 0, 0)).resume(a.has("--resume"));
        spec.learningRate((float) a.number("--lr", spec.learningRate())).weightDecay((float) a.number("--weight-decay", spec.weightDecay()))
                .validationFraction((float) a.number("--validation", spec.validationFraction()));
        if (a.values.containsKey("--augment")) spec.augmentation(a.values.get("--augment"));
        if (a.values.containsKey("--checkpoints")) spec.checkpointDir(a.values.get("--checkpoints"));
        if (a.values.containsKey("--test-data")) spec.testData(a.values.get("--test-data"));
        dataOptions(a, spec);
        if (task.equals(TrainingSpec.DISTILL)) {
            spec.teacher(required(a, "--teacher", "the teacher model (.onnx)"));
            spec.temperature((float) a.number("--temperature", spec.temperature())).alpha((float) a.number("--alpha", spec.alpha()));
            if (a.values.containsKey("--cache")) spec.cacheDir(a.values.get("--cache"));
            if (a.values.containsKey("--hint")) spec.hint(a.values.get("--hint")).hintWeight((float) a.number("--hint-weight", spec.hintWeight()));
            else if (a.values.containsKey("--hint-weight")) throw new UsageException("--hint-weight goes with --hint TENSOR");
        } else {
            for (String o : new String[] { "--teacher", "--temperature", "--alpha", "--hint", "--hint-weight" }) {
                if (a.values.containsKey(o)) throw new UsageException(o + " belongs to 'medli distill'");
            }
            if (a.values.containsKey("--cache")) spec.cacheDir(a.values.get("--cache"));
        }
        if (task.equals(TrainingSpec.FINETUNE)) {
            spec.backbone(required(a, "--backbone", "the pretrained model (.onnx)")).cut(required(a, "--cut", "the backbone tensor that gives the features"));
            if (a.values.containsKey("--backbone-size")) spec.backboneSize(a.values.get("--backbone-size"));
            spec.backboneScale((float) a.number("--backbone-scale", 1f));
            if (a.values.containsKey("--backbone-training")) spec.backboneTraining(a.values.get("--backbone-training"));
            if (a.values.containsKey("--train-from")) spec.trainFrom(a.values.get("--train-from"));
        } else {
            for (String o : new String[] { "--backbone", "--cut", "--backbone-size", "--backbone-scale", "--backbone-training", "--train-from" }) {
                if (a.values.containsKey(o)) throw new UsageException(o + " belongs to 'medli finetune'");
            }
        }
        try {
            spec.validate();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return train(spec);
    }

    /** distill --student-model: an ONNX student learns the teacher's tensors on unlabelled images. */
    private int match(Args a) throws UsageException {
        for (String o : new String[] { "--student", "--temperature", "--alpha", "--augment", "--per-class", "--patience", "--image-size", "--window",
                "--hop", "--label-column", "--backbone", "--cut", "--hint", "--hint-weight" }) {
            if (a.values.containsKey(o)) throw new UsageException(o + " does not apply to 'medli distill --student-model'");
        }
        if (!a.all("--param").isEmpty()) throw new UsageException("--param does not apply to 'medli distill --student-model'");
        TrainingSpec spec = new TrainingSpec().task(TrainingSpec.MATCH).studentModel(a.values.get("--student-model"))
                .teacher(required(a, "--teacher", "the teacher model (.onnx)")).data(required(a, "--data", "a folder of images"))
                .out(required(a, "--out", "the ONNX file to write"));
        for (String t : a.all("--match")) spec.matchTensor(t);
        spec.epochs(a.intValue("--epochs", 10, 1)).batchSize(a.intValue("--batch", 4, 1)).seed(a.intValue("--seed", (int) spec.seed(), 0))
                .threads(a.intValue("--threads", 0, 0)).resume(a.has("--resume")).stepsPerEpoch(a.intValue("--steps", 0, 1));
        spec.learningRate((float) a.number("--lr", 1e-3)).weightDecay((float) a.number("--weight-decay", 0))
                .validationFraction((float) a.number("--validation", 0.2)).pixelScale((float) a.number("--scale", 1.0 / 255))
                .fill((float) a.number("--fill", 1));
        if (a.values.containsKey("--checkpoints")) spec.checkpointDir(a.values.get("--checkpoints"));
        if (a.values.containsKey("--test-data")) spec.testData(a.values.get("--test-data"));
        if (a.values.containsKey("--train-from")) spec.trainFrom(a.values.get("--train-from"));
        try {
            spec.validate();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return train(spec);
    }

    private int train(TrainingSpec spec) {
        AtomicBoolean cancel = new AtomicBoolean();
        AtomicReference<TrainingEvent> last = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        // Ctrl+C: stop between two steps so that the last checkpoint stays whole
        Thread hook = new Thread(() -> {
            cancel.set(true);
            try {
                done.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "medli-train-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        ProgressLine progress = new ProgressLine(err);
        try {
            Training.run(spec, e -> {
                last.set(e);
                progress.on(e);
            }, cancel::get);
        } finally {
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it waits for us
            }
        }
        TrainingEvent end = last.get();
        if (end instanceof TrainingEvent.Finished f && TrainingSpec.MATCH.equals(spec.task())) {
            out.printf(Locale.ROOT, "wrote %s: %d parameters trained, best epoch %d of %d, %.1f s per epoch, ONNX parity %.1e (relative)%n",
                    f.model(), f.parameters(), f.bestEpoch(), f.epochsRun(), f.secondsPerEpoch(), f.parity());
            return 0;
        }
        if (end instanceof TrainingEvent.Finished f) {
            out.printf(Locale.ROOT, "wrote %s: %d parameters, best epoch %d of %d, validation accuracy %.2f%%%s, %.1f s per epoch, "
                    + "ONNX parity %.1e%n", f.model(), f.parameters(), f.bestEpoch(), f.epochsRun(), f.validationAccuracy() * 100,
                    Float.isNaN(f.testAccuracy()) ? "" : String.format(Locale.ROOT, ", test accuracy %.2f%%", f.testAccuracy() * 100),
                    f.secondsPerEpoch(), f.parity());
            return 0;
        }
        err.println("medli: " + (end instanceof TrainingEvent.Failed f ? f.message() : "training ended without a result"));
        return 1;
    }

    /** Renders events on stderr: a rewritten progress line within an epoch, one line per epoch. */
    private static final class ProgressLine {
        private final PrintStream err;
        private final boolean tty = System.console() != null;
        private int epochs;

        ProgressLine(PrintStream err) {
            this.err = err;
        }

        void on(TrainingEvent e) {
            switch (e) {
                case TrainingEvent.Started s -> {
                    epochs = s.epochs();
                    err.printf(Locale.ROOT, "training %s: %,d parameters; %d train / %d validation / %d test samples; %d steps per epoch%n",
                            s.description(), s.parameters(), s.trainSamples(), s.validationSamples(), s.testSamples(), s.stepsPerEpoch());
                }
                case TrainingEvent.Step s -> {
                    if (!tty) return;
                    int width = 30, filled = (int) ((long) width * s.step() / Math.max(1, s.steps()));
                    String what = s.epoch() == 0 ? "teacher" : "epoch " + s.epoch() + "/" + epochs;
                    err.printf(Locale.ROOT, "\r%s [%s%s] %d/%d%s   ", what, "#".repeat(filled), " ".repeat(width - filled), s.step(), s.steps(),
                            Float.isNaN(s.loss()) ? "" : String.format(Locale.ROOT, " loss %.4f", s.loss()));
                }
                case TrainingEvent.EpochEnd x when Float.isNaN(x.trainAccuracy()) -> err.printf(Locale.ROOT,
                        "%sepoch %d/%d: loss %.4f, validation loss %.4f%s (%.1f s)%n", tty ? "\r" : "", x.epoch(), epochs, x.trainLoss(),
                        x.validationLoss(), x.best() ? " *" : "", x.seconds());
                case TrainingEvent.EpochEnd x -> err.printf(Locale.ROOT, "%sepoch %d/%d: loss %.4f, train acc %.2f%%, val loss %.4f, val acc %.2f%%%s (%.1f s)%n",
                        tty ? "\r" : "", x.epoch(), epochs, x.trainLoss(), x.trainAccuracy() * 100, x.validationLoss(), x.validationAccuracy() * 100,
                        x.best() ? " *" : "", x.seconds());
                case TrainingEvent.Message m -> err.println((tty ? "\r" : "") + (m.level().equals("WARNING") ? "WARNING: " : "") + m.text());
                case TrainingEvent.Checkpoint c -> {
                }
                case TrainingEvent.Finished f -> {
                }
                case TrainingEvent.Failed f -> {
                    if (tty) err.println();
                }
            }
        }
    }

    private static String required(Args a, String option, String what) throws UsageException {
        String v = a.values.get(option);
        if (v == null || v.isBlank()) throw new UsageException("missing " + option + ": " + what);
        return v;
    }
}
