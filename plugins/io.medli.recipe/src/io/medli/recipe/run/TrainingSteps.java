package io.medli.recipe.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.medli.recipe.DataRole;
import io.medli.recipe.DataSet;
import io.medli.recipe.DistillStep;
import io.medli.recipe.RetrainStep;
import io.medli.recipe.SpecializeStep;
import io.medli.recipe.Step;
import io.medli.train.Distillation;
import io.medli.train.OutputMatching;
import io.medli.train.TrainingEvent;
import io.medli.train.TrainingSpec;
import io.medli.train.Transfer;

/**
 * The steps that train, as {@code TrainingSpec}s for the recipe's {@link Trainer}: Distill (a catalog
 * student learns the current model on labelled data), Specialize (transfer learning: a new head on
 * the current model cut at a tensor) and Retrain (the current model - a pruned one - learns the
 * source model's outputs back on unlabelled images). Checkpoints live in the step's folder while it
 * runs and are removed once the model is written; the teacher's outputs are cached in
 * {@code runs/.cache}, keyed by the teacher's and the data's hashes, so that every run and every
 * search candidate distilling from the same model on the same data computes them once.
 */
final class TrainingSteps {
    private TrainingSteps() {
    }

    static StepExecution.Outcome distill(DistillStep d, StepExecution.Context c) throws RecipeRunException, IOException {
        TrainingSpec spec = common(c, DataRole.TRAIN).task(TrainingSpec.DISTILL).student(d.getStudent()).epochs(d.getEpochs())
                .distillation(new Distillation().teacher(c.current().toString()).temperature((float) d.getTemperature()).alpha((float) d.getAlpha()));
        params(d, d.getStudentParams(), spec);
        if (d.getPerClass() > 0) spec.samplesPerClass(d.getPerClass());
        if (d.getAugment() != null && !d.getAugment().isBlank()) spec.augmentation(d.getAugment());
        return train(d, spec, c, "distilled " + d.getStudent() + (d.getStudentParams().isEmpty() ? "" : " " + String.join(" ", d.getStudentParams())));
    }

    static StepExecution.Outcome specialize(SpecializeStep s, StepExecution.Context c) throws RecipeRunException, IOException {
        Transfer t = new Transfer().backbone(c.current().toString()).cut(s.getCut()).backboneTraining(s.getBackboneTraining().getLiteral());
        TrainingSpec spec = common(c, DataRole.TRAIN).task(TrainingSpec.FINETUNE).student(s.getHead()).epochs(s.getEpochs()).transfer(t);
        if (s.getPerClass() > 0) spec.samplesPerClass(s.getPerClass());
        return train(s, spec, c, "a " + s.getHead() + " head on the model cut at " + s.getCut() + " (backbone " + s.getBackboneTraining().getLiteral() + ")");
    }

    static StepExecution.Outcome retrain(RetrainStep r, StepExecution.Context c) throws RecipeRunException, IOException {
        DataSet d = c.data().set(DataRole.TRAIN);
        OutputMatching m = new OutputMatching().studentModel(c.current().toString()).teacher(c.source().toString()).pixelScale((float) d.getScale());
        if (d.getMean() != null || d.getStd() != null) m.normalization(triple(d.getMean(), 0), triple(d.getStd(), 1));
        if (d.getWidth() > 0 && d.getHeight() > 0) m.imageSize(d.getWidth(), d.getHeight());
        TrainingSpec spec = common(c, DataRole.TRAIN).task(TrainingSpec.MATCH).matching(m).epochs(r.getEpochs()).batchSize(r.getBatch())
                .learningRate((float) r.getLearningRate()).weightDecay(0).validationFraction(0.2f);
        return train(r, spec, c, "the model relearned the source model's outputs");
    }

    private static TrainingSpec common(StepExecution.Context c, DataRole role) throws RecipeRunException {
        return new TrainingSpec().data(c.data().path(role).toString()).out(c.out().resolve("model.onnx").toString()).threads(c.threads())
                .checkpointDir(c.out().resolve("checkpoints").toString()).cacheDir(sharedCache(c).toString());
    }

    /** {@code runs/.cache} beside the step's run folder (the step writes into runs/<run>/.NN-step.partial). */
    private static Path sharedCache(StepExecution.Context c) {
        return c.out().toAbsolutePath().getParent().getParent().resolve(".cache");
    }

    private static void params(Step s, List<String> kvs, TrainingSpec spec) throws RecipeRunException {
        for (String kv : kvs) {
            int eq = kv.indexOf('=');
            if (eq <= 0) throw new RecipeRunException(s.getName() + ": student parameter '" + kv + "' is not KEY=VALUE");
            spec.studentParam(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
        }
    }

    private static StepExecution.Outcome train(Step s, TrainingSpec spec, StepExecution.Context c, String what) throws RecipeRunException, IOException {
        try {
            spec.validate();
        } catch (IllegalArgumentException e) {
            throw new RecipeRunException(s.getName() + ": " + e.getMessage(), e);
        }
        TrainingEvent.Finished done = c.trainer().train(spec, c.log(), c.monitor());
        deleteTree(c.out().resolve("checkpoints"));
        Path out = c.out().resolve("model.onnx");
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(Metrics.SIZE_BYTES, (double) Files.size(out));
        String acc = Float.isNaN(done.validationAccuracy()) || spec.task().equals(TrainingSpec.MATCH) ? ""
                : String.format(Locale.ROOT, ", validation accuracy %.2f %%", done.validationAccuracy() * 100);
        return new StepExecution.Outcome(out, m, List.of(String.format(Locale.ROOT, "%s: %,d parameters, best epoch %d of %d%s", what,
                done.parameters(), done.bestEpoch(), done.epochsRun(), acc)));
    }

    private static float[] triple(String v, float dflt) {
        float[] t = { dflt, dflt, dflt };
        if (v == null || v.isBlank()) return t;
        String[] p = v.split(",");
        for (int i = 0; i < 3; i++) t[i] = Float.parseFloat(p[i].trim());
        return t;
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (var s = Files.walk(p)) {
            for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        }
    }
}
