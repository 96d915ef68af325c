package io.medli.train;

import java.util.ArrayList;
import java.util.List;

/**
 * What output distillation ({@link TrainingSpec#MATCH}) needs beyond the common settings: the
 * ONNX student that learns (e.g. the teacher after channel pruning), the teacher, the tensors to
 * reproduce, and how unlabelled images are fed.
 */
public final class OutputMatching {
    private String studentModel;
    private String teacher;
    private List<String> tensors = new ArrayList<>();
    private int stepsPerEpoch = 0;
    private float pixelScale = 1f / 255;
    private float fill = 1f;
    private String trainFrom;

    /** The ONNX model that trains (its weights change; its structure stays). */
    public String studentModel() { return studentModel; }
    public OutputMatching studentModel(String m) { this.studentModel = m; return this; }
    public String teacher() { return teacher; }
    public OutputMatching teacher(String t) { this.teacher = t; return this; }
    /** Tensors both models compute that the student learns to reproduce (empty = the teacher's outputs). */
    public List<String> tensors() { return tensors; }
    public OutputMatching tensor(String t) { this.tensors.add(t); return this; }
    /** Training steps per epoch where samples are drawn at random (crops of images); 0 = 8 per training image. */
    public int stepsPerEpoch() { return stepsPerEpoch; }
    public OutputMatching stepsPerEpoch(int s) { this.stepsPerEpoch = s; return this; }
    /** Images fed to an ONNX model: value = pixel (0..255) x scale. */
    public float pixelScale() { return pixelScale; }
    public OutputMatching pixelScale(float s) { this.pixelScale = s; return this; }
    /** Value of channels beyond the third (alpha) of images fed to an ONNX model. */
    public float fill() { return fill; }
    public OutputMatching fill(float f) { this.fill = f; return this; }
    /** The tensor from which the student's layers train; the layers before it keep their weights. Null = all. */
    public String trainFrom() { return trainFrom; }
    public OutputMatching trainFrom(String t) { this.trainFrom = t; return this; }

    /** @throws IllegalArgumentException naming the first setting that cannot work */
    void validate() {
        if (studentModel == null || studentModel.isBlank()) throw new IllegalArgumentException("output distillation needs the student model (--student-model S.onnx)");
        if (teacher == null || teacher.isBlank()) throw new IllegalArgumentException("output distillation needs a teacher model (--teacher T.onnx)");
        if (stepsPerEpoch < 0) throw new IllegalArgumentException("steps per epoch must be >= 0, not " + stepsPerEpoch);
        if (!(pixelScale > 0)) throw new IllegalArgumentException("pixel scale must be positive, not " + pixelScale);
    }
}
