package io.medli.train;

/**
 * What knowledge distillation ({@link TrainingSpec#DISTILL}) needs beyond the common settings:
 * the teacher, how soft its targets are and how much they weigh, and an optional hint tensor.
 */
public final class Distillation {
    private String teacher;
    private float temperature = 4f;
    private float alpha = 0.9f;
    private String hint;
    private float hintWeight = 1f;

    /** ONNX teacher: one float input shaped like the samples, logits [batch, classes] out. */
    public String teacher() { return teacher; }
    public Distillation teacher(String t) { this.teacher = t; return this; }
    public float temperature() { return temperature; }
    public Distillation temperature(float t) { this.temperature = t; return this; }
    /** Weight of the teacher's soft targets in the loss (1 - alpha goes to the labels). */
    public float alpha() { return alpha; }
    public Distillation alpha(float a) { this.alpha = a; return this; }
    /**
     * Hint distillation: a tensor of the teacher whose sample shape equals the output of one of the
     * student's layers; the last such layer learns to reproduce it, besides the logits (null = none).
     */
    public String hint() { return hint; }
    public Distillation hint(String h) { this.hint = h; return this; }
    /** Weight of the hint's loss (its error power over the teacher's power) next to the distillation loss. */
    public float hintWeight() { return hintWeight; }
    public Distillation hintWeight(float w) { this.hintWeight = w; return this; }

    /** @throws IllegalArgumentException naming the first setting that cannot work */
    void validate() {
        if (teacher == null || teacher.isBlank()) throw new IllegalArgumentException("distillation needs a teacher model (--teacher T.onnx)");
        if (!(temperature > 0)) throw new IllegalArgumentException("temperature must be positive, not " + temperature);
        if (!(alpha >= 0 && alpha <= 1)) throw new IllegalArgumentException("alpha must be in [0, 1], not " + alpha);
        if (!(hintWeight >= 0)) throw new IllegalArgumentException("hint weight must be >= 0, not " + hintWeight);
    }
}
