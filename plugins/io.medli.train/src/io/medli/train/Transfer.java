package io.medli.train;

import java.util.List;

/**
 * What transfer learning ({@link TrainingSpec#FINETUNE}) needs beyond the common settings: the
 * pretrained backbone, where it is cut, how it is fed, and how much of it trains.
 */
public final class Transfer {
    private String backbone;
    private String cut;
    private String backboneSize;
    private float backboneScale = 1f;
    private String backboneTraining = "frozen";
    private String trainFrom;

    /** The pretrained ONNX model. */
    public String backbone() { return backbone; }
    public Transfer backbone(String b) { this.backbone = b; return this; }
    /** The backbone's tensor whose values are the features (the backbone is cut there). */
    public String cut() { return cut; }
    public Transfer cut(String c) { this.cut = c; return this; }
    /** WIDTHxHEIGHT the backbone is fed at (null = its declared input size). */
    public String backboneSize() { return backboneSize; }
    public Transfer backboneSize(String s) { this.backboneSize = s; return this; }
    /** Factor from the data's [0, 1] pixels to the backbone's range (255 for models taking 0..255). */
    public float backboneScale() { return backboneScale; }
    public Transfer backboneScale(float s) { this.backboneScale = s; return this; }
    /**
     * How the backbone learns: "frozen" (features computed once, only the head trains),
     * "pretrained" (backbone and head train together, starting from the backbone's weights) or
     * "scratch" (the same network, every weight started afresh: the baseline transfer learning must beat).
     */
    public String backboneTraining() { return backboneTraining; }
    public Transfer backboneTraining(String t) { this.backboneTraining = t; return this; }
    /**
     * With a trainable backbone: the tensor from which its layers train; the layers before it stay
     * frozen (computed once in ONNX Runtime). Null = from the first weighted layer.
     */
    public String trainFrom() { return trainFrom; }
    public Transfer trainFrom(String t) { this.trainFrom = t; return this; }

    /** {width, height} of {@link #backboneSize()}, or {0, 0}. */
    public int[] backboneWidthHeight() {
        return TrainingSpec.sizeOf(backboneSize, "backbone size");
    }

    /** @throws IllegalArgumentException naming the first setting that cannot work */
    void validate() {
        if (backbone == null || backbone.isBlank()) throw new IllegalArgumentException("transfer learning needs a backbone model (--backbone B.onnx)");
        if (cut == null || cut.isBlank()) throw new IllegalArgumentException("transfer learning needs the tensor to cut the backbone at (--cut TENSOR)");
        if (!(backboneScale > 0)) throw new IllegalArgumentException("backbone scale must be positive, not " + backboneScale);
        if (!List.of("frozen", "pretrained", "scratch").contains(backboneTraining)) {
            throw new IllegalArgumentException("backbone training is frozen, pretrained or scratch, not " + backboneTraining);
        }
        if (trainFrom != null && backboneTraining.equals("frozen")) {
            throw new IllegalArgumentException("training the backbone from a tensor needs backbone training pretrained or scratch");
        }
        backboneWidthHeight();
    }
}
