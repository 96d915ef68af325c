package io.medli.train;

/** What a training run reports, in order: started, steps and epochs (checkpoints, messages), then finished or failed. */
public sealed interface TrainingEvent {
    /** The run is set up: data loaded, network built. */
    record Started(String description, long parameters, int trainSamples, int validationSamples, int testSamples, int epochs,
            int stepsPerEpoch, int firstEpoch) implements TrainingEvent {
    }

    /** A running mean of the training loss within an epoch (sent a few times per second, not every step). */
    record Step(int epoch, int step, int steps, float loss) implements TrainingEvent {
    }

    /** One epoch done; {@code best} when its validation accuracy is the best so far. */
    record EpochEnd(int epoch, float trainLoss, float trainAccuracy, float validationLoss, float validationAccuracy, double seconds,
            boolean best) implements TrainingEvent {
    }

    record Checkpoint(int epoch, String path) implements TrainingEvent {
    }

    /** Something the user should read; level is INFO or WARNING. */
    record Message(String level, String text) implements TrainingEvent {
    }

    /**
     * The model is written. Accuracies are fractions; testAccuracy is NaN without a test split;
     * parity is the largest difference between the exported ONNX model in ONNX Runtime and the
     * trained network on test samples.
     */
    record Finished(String model, int epochsRun, int bestEpoch, float validationAccuracy, float testAccuracy, long parameters,
            double secondsPerEpoch, float parity, boolean stoppedEarly) implements TrainingEvent {
    }

    /** The run stopped without a model: cancelled (the checkpoint stays for a resume) or an error. */
    record Failed(String message, boolean cancelled) implements TrainingEvent {
    }
}
