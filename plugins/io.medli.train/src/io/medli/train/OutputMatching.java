package io.medli.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    private float[] mean, std;
    private int width, height;
    private Map<String, ActivationGrid> activationGrids = Map.of();
    private Set<String> int8Weights = Set.of();
    private int weightMax = 127;

    /**
     * The 8-bit grid on which the quantized model stores one activation: values are
     * {@code (q - zeroPoint) * scale} for integers q in [min, max].
     */
    public record ActivationGrid(float scale, int zeroPoint, int min, int max) {
        public ActivationGrid {
            if (!(scale > 0) || min >= max || zeroPoint < min || zeroPoint > max) {
                throw new IllegalArgumentException("not a quantization grid: scale " + scale + ", zero point " + zeroPoint + ", codes " + min + ".." + max);
            }
        }
    }

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

    /** Per-channel mean and standard deviation subtracted from and divided into the scaled pixels (null = none). */
    public float[] mean() { return mean; }
    public float[] std() { return std; }
    public OutputMatching normalization(float[] m, float[] s) { this.mean = m; this.std = s; return this; }
    /** Size images are resized to when the model's input leaves it open (0 = the model's own). */
    public int width() { return width; }
    public int height() { return height; }
    public OutputMatching imageSize(int w, int h) { this.width = w; this.height = h; return this; }

    /**
     * Quantization-aware training: the student simulates these 8-bit activations (by tensor name)
     * and int8 weights of these Conv nodes in every training step, so that it learns weights that
     * keep the teacher's outputs once quantized. Empty = plain float training.
     */
    public Map<String, ActivationGrid> activationGrids() { return activationGrids; }
    public Set<String> int8Weights() { return int8Weights; }
    /** Largest int8 weight code of the quantized model: 127, or 63 for 7-bit weights. */
    public int weightMax() { return weightMax; }
    public OutputMatching quantizationAware(QuantizationGrids grids) {
        this.activationGrids = grids.activations();
        this.int8Weights = grids.int8Convolutions();
        this.weightMax = grids.weightMax();
        return this;
    }

    /** @throws IllegalArgumentException naming the first setting that cannot work */
    void validate() {
        if (studentModel == null || studentModel.isBlank()) throw new IllegalArgumentException("output distillation needs the student model (--student-model S.onnx)");
        if (teacher == null || teacher.isBlank()) throw new IllegalArgumentException("output distillation needs a teacher model (--teacher T.onnx)");
        if (stepsPerEpoch < 0) throw new IllegalArgumentException("steps per epoch must be >= 0, not " + stepsPerEpoch);
        if (!(pixelScale > 0)) throw new IllegalArgumentException("pixel scale must be positive, not " + pixelScale);
        if ((mean == null) != (std == null) || mean != null && mean.length != std.length) {
            throw new IllegalArgumentException("normalization needs as many means as standard deviations");
        }
        if (width < 0 || height < 0 || (width == 0) != (height == 0)) throw new IllegalArgumentException("image size must be two positive numbers, not " + width + "x" + height);
    }
}
