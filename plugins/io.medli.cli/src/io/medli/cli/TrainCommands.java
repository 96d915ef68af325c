package io.medli.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import io.medli.onnx.OnnxModel;
import io.medli.onnx.progress.Monitor;
import io.medli.train.OnnxClassifier;
import io.medli.train.Training;
import io.medli.train.TrainingEvent;
import io.medli.train.Distillation;
import io.medli.train.OutputMatching;
import io.medli.train.QuantizationGrids;
import io.medli.train.Transfer;
import io.medli.train.TrainingSpec;
import io.medli.train.arch.StudentCatalog;
import io.medli.train.data.DataException;
import io.medli.train.data.DataSets;
import io.medli.train.data.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code medli train}, {@code distill}, {@code finetune}, {@code students} and {@code evaluate}:
 * training in this process, with a progress line; Ctrl+C stops between two steps.
 */
final class TrainCommands {
    private TrainCommands() {
    }

    /** How files become samples: shared by the training commands and evaluate. */
    static final class DataOptions {
        @Option(names = "--image-size", paramLabel = "WxH", description = "resize images to W x H")
        String imageSize;
        @Option(names = "--window", paramLabel = "N", description = "recordings: samples per window")
        Integer window;
        @Option(names = "--hop", paramLabel = "N", description = "recordings: samples between windows (default: the window)")
        Integer hop;
        @Option(names = "--label-column", paramLabel = "NAME", description = ".csv tables: the column holding the class")
        String labelColumn;

        TrainingSpec applyTo(TrainingSpec spec) throws UsageException {
            if (imageSize != null) spec.imageSize(imageSize);
            if (window != null) spec.window(Checks.atLeast("--window", window, 1));
            if (hop != null) spec.hop(Checks.atLeast("--hop", hop, 0));
            if (labelColumn != null) spec.labelColumn(labelColumn);
            return spec;
        }
    }

    /** Options of every training run. */
    static final class Common {
        @Option(names = "--data", paramLabel = "DATA", required = true, description = "the training data: a folder of idx files (Fashion-MNIST, "
                + "MNIST), a folder with a folder of images or recordings (.wav, .csv) per class, or a .csv table; for distill "
                + "--student-model, a folder of images")
        String data;
        @Option(names = "--out", paramLabel = "FILE", required = true, description = "the ONNX model to write")
        String out;
        @Option(names = "--epochs", paramLabel = "N", description = "training epochs")
        Integer epochs;
        @Option(names = "--batch", paramLabel = "N", description = "samples per step")
        Integer batch;
        @Option(names = "--lr", paramLabel = "LR", description = "Adam's learning rate")
        Double lr;
        @Option(names = "--weight-decay", paramLabel = "WD", description = "decoupled weight decay")
        Double weightDecay;
        @Option(names = "--seed", paramLabel = "S", description = "seed of the split, the order and the initial weights")
        Integer seed;
        @Option(names = "--validation", paramLabel = "F", description = "share of the training data held out for validation")
        Double validation;
        @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "PyTorch's threads (default: all cores)")
        int threads;
        @Option(names = "--checkpoints", paramLabel = "DIR", description = "where checkpoints go (default: beside --out)")
        String checkpoints;
        @Option(names = "--resume", description = "go on from the last checkpoint")
        boolean resume;
        @Option(names = "--test-data", paramLabel = "DATA", description = "scored once with the best epoch")
        String testData;

        TrainingSpec applyTo(TrainingSpec spec) throws UsageException {
            spec.data(data).out(out).threads(Checks.atLeast("--threads", threads, 0)).resume(resume);
            if (epochs != null) spec.epochs(Checks.atLeast("--epochs", epochs, 1));
            if (batch != null) spec.batchSize(Checks.atLeast("--batch", batch, 1));
            if (seed != null) spec.seed(Checks.atLeast("--seed", seed, 0));
            if (lr != null) spec.learningRate(lr.floatValue());
            if (weightDecay != null) spec.weightDecay(weightDecay.floatValue());
            if (validation != null) spec.validationFraction(validation.floatValue());
            if (checkpoints != null) spec.checkpointDir(checkpoints);
            if (testData != null) spec.testData(testData);
            return spec;
        }
    }

    /** Options of the runs that train a catalog student on labelled data. */
    static final class Labelled {
        @Option(names = "--param", paramLabel = "KEY=VALUE", description = "a parameter of the student (repeatable; see 'medli students')")
        Map<String, String> params = new LinkedHashMap<>();
        @Option(names = "--patience", paramLabel = "N", description = "stop after N epochs without a better validation loss")
        Integer patience;
        @Option(names = "--augment", paramLabel = "LIST", description = "e.g. flip,crop=2,noise=0.05,brightness=0.2")
        String augment;
        @Option(names = "--per-class", paramLabel = "N", description = "use N samples per class")
        Integer perClass;
        @Option(names = "--cache", paramLabel = "DIR", description = "where teacher outputs or backbone features are cached")
        String cache;
        @Mixin
        DataOptions dataOptions;

        TrainingSpec applyTo(TrainingSpec spec) throws UsageException {
            params.forEach(spec::studentParam);
            if (patience != null) spec.patience(Checks.atLeast("--patience", patience, 0));
            if (perClass != null) spec.samplesPerClass(Checks.atLeast("--per-class", perClass, 0));
            if (augment != null) spec.augmentation(augment);
            if (cache != null) spec.cacheDir(cache);
            return dataOptions.applyTo(spec);
        }
    }

    static TrainingSpec validated(TrainingSpec spec) throws UsageException {
        try {
            spec.validate();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return spec;
    }

    @Command(name = "train", header = "Train a catalog network on labelled data.", mixinStandardHelpOptions = true, sortOptions = false, description = {
            "Train a catalog network on labelled data; writes the best epoch as ONNX, checked against the trained network in ONNX Runtime "
                    + "(1e-4). Checkpoints after each epoch; Ctrl+C stops between two steps and --resume goes on." })
    static final class Train implements Callable<Integer> {
        @Option(names = "--student", paramLabel = "NAME", required = true, description = "a catalog architecture (see 'medli students')")
        String student;
        @Mixin
        Common common;
        @Mixin
        Labelled labelled;

        private final Streams io;

        Train(Streams io) {
            this.io = io;
        }

        @Override
        public Integer call() throws UsageException {
            TrainingSpec spec = labelled.applyTo(common.applyTo(new TrainingSpec().task(TrainingSpec.TRAIN).student(student)));
            return train(validated(spec), io);
        }
    }

    @Command(name = "distill", header = "Knowledge distillation, or output distillation of an ONNX student.", mixinStandardHelpOptions = true, sortOptions = false, description = {
            "Knowledge distillation (--student NAME): the student learns the labels and the teacher's softened outputs (teacher outputs "
                    + "cached, reused); --hint: the student's last layer shaped like the teacher's TENSOR also learns that tensor (the "
                    + "teacher runs on each batch).",
            "Output distillation without labels (--student-model S.onnx): S (e.g. the teacher after 'medli prune --channels') learns to "
                    + "compute the teacher's tensors (--match, default: its outputs) on random crops of the images, preprocessed as "
                    + "pixel x --scale (alpha channels --fill); only S's weights change, and with --train-from only those of layers after "
                    + "TENSOR." })
    static final class Distill implements Callable<Integer> {
        @Option(names = "--teacher", paramLabel = "T.onnx", required = true, description = "the teacher model")
        String teacher;
        @Option(names = "--student", paramLabel = "NAME", description = "a catalog architecture (see 'medli students')")
        String student;
        @Option(names = "--student-model", paramLabel = "S.onnx", description = "an ONNX student: output distillation without labels")
        String studentModel;
        @Option(names = "--temperature", paramLabel = "T", description = "softening of the teacher's outputs")
        Double temperature;
        @Option(names = "--alpha", paramLabel = "A", description = "weight of the teacher's term against the labels'")
        Double alpha;
        @Option(names = "--hint", paramLabel = "TENSOR", description = "an inner tensor of the teacher that a student layer learns too")
        String hint;
        @Option(names = "--hint-weight", paramLabel = "W", description = "weight of the hint term")
        Double hintWeight;
        @Option(names = "--match", paramLabel = "TENSOR", description = "--student-model: a tensor both compute (repeatable)")
        List<String> match = new ArrayList<>();
        @Option(names = "--train-from", paramLabel = "TENSOR", description = "--student-model: train only the layers after TENSOR")
        String trainFrom;
        @Option(names = "--steps", paramLabel = "N", description = "--student-model: steps per epoch")
        Integer steps;
        @Option(names = "--scale", paramLabel = "S", description = "--student-model: pixel factor (default 1/255)")
        Double scale;
        @Option(names = "--fill", paramLabel = "F", description = "--student-model: value of alpha channels (default 1)")
        Double fill;
        @Option(names = "--mean", paramLabel = "R,G,B", description = "--student-model: subtracted per channel after --scale")
        String mean;
        @Option(names = "--std", paramLabel = "R,G,B", description = "--student-model: divides per channel after --mean")
        String std;
        @Option(names = "--size", paramLabel = "WxH", description = "--student-model: image size where the model's input leaves it open")
        String size;
        @Option(names = "--quantized", paramLabel = "Q.onnx", description = "--student-model: quantization-aware - every step simulates the "
                + "8-bit activations and int8 convolution weights of Q, S's static int8 version ('medli quantize --static' of S); "
                + "quantize the result again")
        String quantized;
        @Mixin
        Common common;
        @Mixin
        Labelled labelled;

        private final Streams io;

        Distill(Streams io) {
            this.io = io;
        }

        @Override
        public Integer call() throws UsageException, CommandFailure {
            if (studentModel != null) return train(validated(matching()), io);
            if (student == null) throw new UsageException("missing --student NAME (or --student-model S.onnx for output distillation)");
            for (Object[] o : new Object[][] { { "--match", match.isEmpty() ? null : match }, { "--train-from", trainFrom }, { "--steps", steps },
                    { "--scale", scale }, { "--fill", fill }, { "--mean", mean }, { "--std", std }, { "--size", size }, { "--quantized", quantized } }) {
                if (o[1] != null) throw new UsageException(o[0] + " belongs to 'medli distill --student-model'");
            }
            if (hintWeight != null && hint == null) throw new UsageException("--hint-weight goes with --hint TENSOR");
            Distillation d = new Distillation().teacher(teacher);
            if (temperature != null) d.temperature(temperature.floatValue());
            if (alpha != null) d.alpha(alpha.floatValue());
            if (hint != null) d.hint(hint);
            if (hintWeight != null) d.hintWeight(hintWeight.floatValue());
            TrainingSpec spec = labelled.applyTo(common.applyTo(new TrainingSpec().task(TrainingSpec.DISTILL).student(student).distillation(d)));
            return train(validated(spec), io);
        }

        /** --student-model: an ONNX student learns the teacher's tensors on unlabelled images. */
        private TrainingSpec matching() throws UsageException, CommandFailure {
            for (Object[] o : new Object[][] { { "--student", student }, { "--temperature", temperature }, { "--alpha", alpha }, { "--hint", hint },
                    { "--hint-weight", hintWeight }, { "--augment", labelled.augment }, { "--per-class", labelled.perClass },
                    { "--patience", labelled.patience }, { "--image-size", labelled.dataOptions.imageSize }, { "--window", labelled.dataOptions.window },
                    { "--hop", labelled.dataOptions.hop }, { "--label-column", labelled.dataOptions.labelColumn },
                    { "--param", labelled.params.isEmpty() ? null : labelled.params } }) {
                if (o[1] != null) throw new UsageException(o[0] + " does not apply to 'medli distill --student-model'");
            }
            OutputMatching m = new OutputMatching().studentModel(studentModel).teacher(teacher);
            match.forEach(m::tensor);
            if (steps != null) m.stepsPerEpoch(Checks.atLeast("--steps", steps, 1));
            m.pixelScale(scale != null ? scale.floatValue() : 1f / 255).fill(fill != null ? fill.floatValue() : 1f);
            if (trainFrom != null) m.trainFrom(trainFrom);
            if (mean != null || std != null) m.normalization(ImageOptions.triple("--mean", mean, "0,0,0"), ImageOptions.triple("--std", std, "1,1,1"));
            if (size != null) {
                String[] wh = size.toLowerCase(Locale.ROOT).split("x");
                try {
                    if (wh.length != 2) throw new NumberFormatException();
                    m.imageSize(Checks.atLeast("--size", Integer.parseInt(wh[0].trim()), 1), Checks.atLeast("--size", Integer.parseInt(wh[1].trim()), 1));
                } catch (NumberFormatException e) {
                    throw new UsageException("--size takes WIDTHxHEIGHT, e.g. 640x640, not '" + size + "'");
                }
            }
            if (quantized != null) {
                try {
                    m.quantizationAware(QuantizationGrids.of(OnnxModel.read(Path.of(quantized)).proto()));
                } catch (java.io.IOException e) {
                    throw new CommandFailure("cannot read the quantized model " + quantized + ": " + e.getMessage());
                }
                if (m.activationGrids().isEmpty() && m.int8Weights().isEmpty()) {
                    throw new CommandFailure(quantized + " holds no QuantizeLinear/DequantizeLinear pairs of a static quantization; write it with 'medli quantize --static'");
                }
            }
            TrainingSpec spec = new TrainingSpec().task(TrainingSpec.MATCH).matching(m).epochs(10).batchSize(4)
                    .learningRate(1e-3f).weightDecay(0).validationFraction(0.2f);
            common.applyTo(spec);
            if (labelled.cache != null) spec.cacheDir(labelled.cache);
            return spec;
        }
    }

    @Command(name = "finetune", header = "Transfer learning: a new head on a pretrained backbone.", mixinStandardHelpOptions = true, sortOptions = false, description = {
            "Transfer learning: the backbone B, cut at TENSOR, its input adapted to the images (channels, size, layout, x --backbone-scale), "
                    + "gets a new head. frozen (default): B runs in ONNX Runtime once (features cached), only the head trains; pretrained: "
                    + "B's layers train too, from its weights; scratch: the same network from fresh weights; --train-from keeps the layers "
                    + "before TENSOR frozen. Written as one model." })
    static final class Finetune implements Callable<Integer> {
        enum BackboneTraining {
            frozen, pretrained, scratch
        }

        @Option(names = "--backbone", paramLabel = "B.onnx", required = true, description = "the pretrained model")
        String backbone;
        @Option(names = "--cut", paramLabel = "TENSOR", required = true, description = "the backbone tensor that gives the features")
        String cut;
        @Option(names = "--student", paramLabel = "NAME", defaultValue = "linear", description = "the head (default ${DEFAULT-VALUE})")
        String student;
        @Option(names = "--backbone-size", paramLabel = "WxH", description = "the size the backbone sees")
        String backboneSize;
        @Option(names = "--backbone-scale", paramLabel = "S", defaultValue = "1", description = "pixel factor for the backbone (default 1)")
        double backboneScale;
        @Option(names = "--backbone-training", paramLabel = "MODE", description = "${COMPLETION-CANDIDATES} (default frozen)")
        BackboneTraining backboneTraining;
        @Option(names = "--train-from", paramLabel = "TENSOR", description = "keep the layers before TENSOR frozen")
        String trainFrom;
        @Mixin
        Common common;
        @Mixin
        Labelled labelled;

        private final Streams io;

        Finetune(Streams io) {
            this.io = io;
        }

        @Override
        public Integer call() throws UsageException {
            Transfer t = new Transfer().backbone(backbone).cut(cut).backboneScale((float) backboneScale);
            if (backboneSize != null) t.backboneSize(backboneSize);
            if (backboneTraining != null) t.backboneTraining(backboneTraining.name());
            if (trainFrom != null) t.trainFrom(trainFrom);
            TrainingSpec spec = labelled.applyTo(common.applyTo(new TrainingSpec().task(TrainingSpec.FINETUNE).student(student).transfer(t)));
            return train(validated(spec), io);
        }
    }

    @Command(name = "students", mixinStandardHelpOptions = true, description = "The student architectures and their parameters.")
    static final class Students implements Callable<Integer> {
        private final Streams io;

        Students(Streams io) {
            this.io = io;
        }

        @Override
        public Integer call() {
            for (StudentCatalog.Entry e : StudentCatalog.entries()) {
                io.out().printf("%-12s %s%n%12s defaults: %s%n", e.name(), e.description(), "", e.defaults());
            }
            return 0;
        }
    }

    /** The test (or training) split of labelled data, read with the data options of the command line. */
    static Dataset open(Path dir, boolean test, DataOptions options) throws DataException, UsageException {
        TrainingSpec s = options.applyTo(new TrainingSpec());
        int[] wh = s.imageWidthHeight();
        return DataSets.open(dir, test ? "t10k" : "train", new DataSets.Options(wh[0], wh[1], s.window(), s.hop(), s.labelColumn()));
    }

    @Command(name = "evaluate", header = "Accuracy of an ONNX classifier on labelled data.", mixinStandardHelpOptions = true, description = {
            "Accuracy of an ONNX classifier on labelled data in ONNX Runtime, overall and per class (the test split of idx folders by default)." })
    static final class Evaluate implements Callable<Integer> {
        enum Split {
            test, train
        }

        @Parameters(paramLabel = "MODEL", description = "an .onnx classifier")
        Path model;
        @Option(names = "--data", paramLabel = "DATA", required = true, description = "the labelled data")
        Path dir;
        @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "test", description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
        Split split;
        @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "ONNX Runtime's threads")
        int threads;
        @Mixin
        DataOptions dataOptions;

        private final Streams io;

        Evaluate(Streams io) {
            this.io = io;
        }

        @Override
        public Integer call() throws Exception {
            Checks.model(model);
            try {
                Dataset data = open(dir, split == Split.test, dataOptions);
                float[][] logits = OnnxClassifier.logits(model, data, Checks.atLeast("--threads", threads, 0), Monitor.NONE);
                int classes = data.classes().size();
                int[] right = new int[classes], total = data.classCounts();
                for (int i = 0; i < data.size(); i++) if (OnnxClassifier.argMax(logits[i]) == data.label(i)) right[data.label(i)]++;
                io.out().printf(Locale.ROOT, "accuracy %.2f%% on %d %s samples of %s%n", OnnxClassifier.accuracy(logits, data) * 100,
                        data.size(), split, dir);
                for (int c = 0; c < classes; c++) {
                    io.out().printf(Locale.ROOT, "  %-14s %6.2f%%  (%d)%n", data.classes().get(c), total[c] == 0 ? 0 : 100.0 * right[c] / total[c],
                            total[c]);
                }
                return 0;
            } catch (DataException e) {
                throw new CommandFailure(e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
    }

    static int train(TrainingSpec spec, Streams io) {
        AtomicReference<TrainingEvent> last = new AtomicReference<>();
        ProgressLine progress = new ProgressLine(io.err());
        // Ctrl+C: stop between two steps so that the last checkpoint stays whole (the monitor's shutdown hook waits for that)
        try (ConsoleMonitor stop = new ConsoleMonitor(io.err())) {
            Training.run(spec, e -> {
                last.set(e);
                progress.on(e);
            }, stop);
        }
        TrainingEvent end = last.get();
        if (end instanceof TrainingEvent.Finished f && TrainingSpec.MATCH.equals(spec.task())) {
            io.out().printf(Locale.ROOT, "wrote %s: %d parameters trained, best epoch %d of %d, %.1f s per epoch, ONNX parity %.1e (relative)%n",
                    f.model(), f.parameters(), f.bestEpoch(), f.epochsRun(), f.secondsPerEpoch(), f.parity());
            return 0;
        }
        if (end instanceof TrainingEvent.Finished f) {
            io.out().printf(Locale.ROOT, "wrote %s: %d parameters, best epoch %d of %d, validation accuracy %.2f%%%s, %.1f s per epoch, "
                    + "ONNX parity %.1e%n", f.model(), f.parameters(), f.bestEpoch(), f.epochsRun(), f.validationAccuracy() * 100,
                    Float.isNaN(f.testAccuracy()) ? "" : String.format(Locale.ROOT, ", test accuracy %.2f%%", f.testAccuracy() * 100),
                    f.secondsPerEpoch(), f.parity());
            return 0;
        }
        io.err().println("medli: " + (end instanceof TrainingEvent.Failed f ? f.message() : "training ended without a result"));
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

}
