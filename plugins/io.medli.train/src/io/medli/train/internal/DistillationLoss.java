package io.medli.train.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * Hinton's knowledge-distillation loss: alpha * T^2 * CE(softmax(teacher / T), student / T)
 * + (1 - alpha) * CE(labels, student). Labels are (class indices, teacher logits); the T^2 keeps
 * the soft term's gradients at the scale of the hard term's. Constants through {@link Scalars}.
 */
public final class DistillationLoss extends Loss {
    private final float temperature;
    private final float alpha;

    public DistillationLoss(float temperature, float alpha) {
        super("DistillationLoss");
        this.temperature = temperature;
        this.alpha = alpha;
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray student = predictions.singletonOrThrow();
        NDArray hardLabels = labels.get(0);
        NDArray logp = student.logSoftmax(1);
        NDArray hard = logp.mul(hardLabels.oneHot((int) logp.getShape().get(1))).sum(new int[] { 1 }).neg().mean();
        if (alpha == 0f) return hard;
        NDArray t = Scalars.of(student, temperature);
        NDArray soft = labels.get(1).div(t).softmax(1);
        NDArray softLoss = soft.mul(student.div(t).logSoftmax(1)).sum(new int[] { 1 }).neg().mean()
                .mul(Scalars.of(student, temperature * temperature));
        return softLoss.mul(Scalars.of(student, alpha)).add(hard.mul(Scalars.of(student, 1 - alpha)));
    }
}
