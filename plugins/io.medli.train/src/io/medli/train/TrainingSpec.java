package io.medli.train;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What to train and how: the data, the student architecture, the hyper-parameters and, for
 * distillation, the teacher. Serialized as JSON to hand it to a worker process. Defaults suit a
 * small CNN on 28x28 images.
 */
public final class TrainingSpec {
    /** Train the student on the labels alone. */
    public static final String TRAIN = "train";
    /** Train the student on the labels and the teacher's softened outputs. */
    public static final String DISTILL = "distill";
    /** Transfer learning: a new head (the student) on the features of a frozen pretrained backbone cut at a tensor. */
    public static final String FINETUNE = "finetune";
    /**
     * Output distillation on unlabelled images: an ONNX student model (e.g. the teacher after
     * channel pruning) learns to reproduce the teacher's tensors of the same names.
     */
    public static final String MATCH = "match";

    private String task = TRAIN;
    private String data;
    private String student = "cnn";
    private Map<String, String> studentParams = new LinkedHashMap<>();
    private int epochs = 10;
    private int batchSize = 64;
    private float learningRate = 2e-3f;
    private float weightDecay = 0f;
    private long seed = 42;
    private int patience = 0;
    private float validationFraction = 0.1f;
    private int samplesPerClass = 0;
    private String augmentation = "none";
    private String teacher;
    private float temperature = 4f;
    private float alpha = 0.9f;
    private String cacheDir;
    private String out;
    private String checkpointDir;
    private boolean resume;
    private int threads = 0;
    private String imageSize;
    private int window = 1024;
    private int hop = 0;
    private String labelColumn;
    private String testData;
    private String backbone;
    private String cut;
    private String backboneSize;
    private float backboneScale = 1f;
    private String backboneTraining = "frozen";
    private String trainFrom;
    private String studentModel;
    private String hint;
    private float hintWeight = 1f;
    private java.util.List<String> matchTensors = new java.util.ArrayList<>();
    private int stepsPerEpoch = 0;
    private float pixelScale = 1f / 255;
    private float fill = 1f;

    public String task() { return task; }
    public TrainingSpec task(String t) { this.task = t; return this; }
    /**
     * The labelled data: an idx folder (Fashion-MNIST/MNIST files, with its own test split when
     * t10k files are there), a folder of class folders of images or of recordings (WAV, CSV
     * signals, cut into windows), or a CSV table.
     */
    public String data() { return data; }
    public TrainingSpec data(String d) { this.data = d; return this; }
    public String student() { return student; }
    public TrainingSpec student(String s) { this.student = s; return this; }
    public Map<String, String> studentParams() { return studentParams; }
    public TrainingSpec studentParam(String k, String v) { this.studentParams.put(k, v); return this; }
    public int epochs() { return epochs; }
    public TrainingSpec epochs(int e) { this.epochs = e; return this; }
    public int batchSize() { return batchSize; }
    public TrainingSpec batchSize(int b) { this.batchSize = b; return this; }
    /** Peak learning rate of Adam; it decays along a cosine to 1% over all steps. */
    public float learningRate() { return learningRate; }
    public TrainingSpec learningRate(float lr) { this.learningRate = lr; return this; }
    public float weightDecay() { return weightDecay; }
    public TrainingSpec weightDecay(float wd) { this.weightDecay = wd; return this; }
    public long seed() { return seed; }
    public TrainingSpec seed(long s) { this.seed = s; return this; }
    /** Stop after this many epochs without a better validation accuracy (0 = never stop early). */
    public int patience() { return patience; }
    public TrainingSpec patience(int p) { this.patience = p; return this; }
    public float validationFraction() { return validationFraction; }
    public TrainingSpec validationFraction(float f) { this.validationFraction = f; return this; }
    /** Use at most this many training samples per class (0 = all): the few-labels case. */
    public int samplesPerClass() { return samplesPerClass; }
    public TrainingSpec samplesPerClass(int n) { this.samplesPerClass = n; return this; }
    /** See {@link io.medli.train.data.Augmentation#parse}. */
    public String augmentation() { return augmentation; }
    public TrainingSpec augmentation(String a) { this.augmentation = a; return this; }
    /** ONNX teacher for {@link #DISTILL}: one float input shaped like the samples, logits [batch, classes] out. */
    public String teacher() { return teacher; }
    public TrainingSpec teacher(String t) { this.teacher = t; return this; }
    public float temperature() { return temperature; }
    public TrainingSpec temperature(float t) { this.temperature = t; return this; }
    /** Weight of the teacher's soft targets in the loss (1 - alpha goes to the labels). */
    public float alpha() { return alpha; }
    public TrainingSpec alpha(float a) { this.alpha = a; return this; }
    /** Where the teacher's outputs are cached (default: beside the output model, in .medli-cache). */
    public String cacheDir() { return cacheDir; }
    public TrainingSpec cacheDir(String d) { this.cacheDir = d; return this; }
    /** The ONNX file the trained student is written to. */
    public String out() { return out; }
    public TrainingSpec out(String o) { this.out = o; return this; }
    /** Default: {@code <out>.checkpoints}. */
    public String checkpointDir() { return checkpointDir != null ? checkpointDir : out + ".checkpoints"; }
    public TrainingSpec checkpointDir(String d) { this.checkpointDir = d; return this; }
    /** Continue from the last checkpoint of the same spec when there is one. */
    public boolean resume() { return resume; }
    public TrainingSpec resume(boolean r) { this.resume = r; return this; }
    /** PyTorch threads (0 = all cores). */
    public int threads() { return threads; }
    public TrainingSpec threads(int t) { this.threads = t; return this; }

    /** Resize images to WIDTHxHEIGHT (null = all images must have one size). */
    public String imageSize() { return imageSize; }
    public TrainingSpec imageSize(String s) { this.imageSize = s; return this; }
    /** Window length in samples for recordings. */
    public int window() { return window; }
    public TrainingSpec window(int w) { this.window = w; return this; }
    /** Samples between window starts for recordings (0 = the window length: no overlap). */
    public int hop() { return hop > 0 ? hop : window; }
    public TrainingSpec hop(int h) { this.hop = h; return this; }
    /** The label column of a CSV table (null = the last column). */
    public String labelColumn() { return labelColumn; }
    public TrainingSpec labelColumn(String c) { this.labelColumn = c; return this; }
    /** Separate test data of the same kind as {@link #data()} (optional; idx folders bring their own). */
    public String testData() { return testData; }
    public TrainingSpec testData(String t) { this.testData = t; return this; }

    /** The pretrained ONNX model of {@link #FINETUNE}. */
    public String backbone() { return backbone; }
    public TrainingSpec backbone(String b) { this.backbone = b; return this; }
    /** The backbone's tensor whose values are the features (the backbone is cut there). */
    public String cut() { return cut; }
    public TrainingSpec cut(String c) { this.cut = c; return this; }
    /** WIDTHxHEIGHT the backbone is fed at (null = its declared input size). */
    public String backboneSize() { return backboneSize; }
    public TrainingSpec backboneSize(String s) { this.backboneSize = s; return this; }
    /** Factor from the data's [0, 1] pixels to the backbone's range (255 for models taking 0..255). */
    public float backboneScale() { return backboneScale; }
    public TrainingSpec backboneScale(float s) { this.backboneScale = s; return this; }

    /**
     * How the backbone learns: "frozen" (features computed once, only the head trains),
     * "pretrained" (backbone and head train together, starting from the backbone's weights) or
     * "scratch" (the same network, every weight started afresh: the baseline transfer learning must beat).
     */
    public String backboneTraining() { return backboneTraining; }
    public TrainingSpec backboneTraining(String t) { this.backboneTraining = t; return this; }

    /**
     * With a trainable backbone: the tensor from which its layers train; the layers before it stay
     * frozen (computed once in ONNX Runtime). Null = from the first weighted layer.
     */
    public String trainFrom() { return trainFrom; }
    public TrainingSpec trainFrom(String t) { this.trainFrom = t; return this; }

    /**
     * Hint distillation: a tensor of the teacher whose sample shape equals the output of one of the
     * student's layers; the last such layer learns to reproduce it, besides the logits (null = none).
     */
    public String hint() { return hint; }
    public TrainingSpec hint(String h) { this.hint = h; return this; }
    /** Weight of the hint's loss (its error power over the teacher's power) next to the distillation loss. */
    public float hintWeight() { return hintWeight; }
    public TrainingSpec hintWeight(float w) { this.hintWeight = w; return this; }

    /** The ONNX model that {@link #MATCH} trains (its weights change; its structure stays). */
    public String studentModel() { return studentModel; }
    public TrainingSpec studentModel(String m) { this.studentModel = m; return this; }
    /** Tensors both models compute that the student learns to reproduce (empty = the teacher's outputs). */
    public java.util.List<String> matchTensors() { return matchTensors; }
    public TrainingSpec matchTensor(String t) { this.matchTensors.add(t); return this; }
    /** Training steps per epoch where samples are drawn at random (crops of images); 0 = 8 per training image. */
    public int stepsPerEpoch() { return stepsPerEpoch; }
    public TrainingSpec stepsPerEpoch(int s) { this.stepsPerEpoch = s; return this; }
    /** Images fed to an ONNX model: value = pixel (0..255) x scale. */
    public float pixelScale() { return pixelScale; }
    public TrainingSpec pixelScale(float s) { this.pixelScale = s; return this; }
    /** Value of channels beyond the third (alpha) of images fed to an ONNX model. */
    public float fill() { return fill; }
    public TrainingSpec fill(float f) { this.fill = f; return this; }

    /** @throws IllegalArgumentException naming the first setting that cannot work */
    public void validate() {
        if (!TRAIN.equals(task) && !DISTILL.equals(task) && !FINETUNE.equals(task) && !MATCH.equals(task)) {
            throw new IllegalArgumentException("task must be train, distill, finetune or match, not " + task);
        }
        if (MATCH.equals(task)) {
            if (studentModel == null || studentModel.isBlank()) throw new IllegalArgumentException("output distillation needs the student model (--student-model S.onnx)");
            if (teacher == null || teacher.isBlank()) throw new IllegalArgumentException("output distillation needs a teacher model (--teacher T.onnx)");
            if (stepsPerEpoch < 0) throw new IllegalArgumentException("steps per epoch must be >= 0, not " + stepsPerEpoch);
            if (!(pixelScale > 0)) throw new IllegalArgumentException("pixel scale must be positive, not " + pixelScale);
        }
        if (FINETUNE.equals(task)) {
            if (backbone == null || backbone.isBlank()) throw new IllegalArgumentException("transfer learning needs a backbone model (--backbone B.onnx)");
            if (cut == null || cut.isBlank()) throw new IllegalArgumentException("transfer learning needs the tensor to cut the backbone at (--cut TENSOR)");
            if (!(backboneScale > 0)) throw new IllegalArgumentException("backbone scale must be positive, not " + backboneScale);
            if (!java.util.List.of("frozen", "pretrained", "scratch").contains(backboneTraining)) {
                throw new IllegalArgumentException("backbone training is frozen, pretrained or scratch, not " + backboneTraining);
            }
            if (trainFrom != null && backboneTraining.equals("frozen")) {
                throw new IllegalArgumentException("training the backbone from a tensor needs backbone training pretrained or scratch");
            }
            sizeOf(backboneSize, "backbone size");
        }
        if (data == null || data.isBlank()) throw new IllegalArgumentException("no training data given");
        if (out == null || out.isBlank()) throw new IllegalArgumentException("no output model given");
        if (epochs <= 0) throw new IllegalArgumentException("epochs must be positive, not " + epochs);
        if (batchSize <= 0) throw new IllegalArgumentException("batch size must be positive, not " + batchSize);
        if (!(learningRate > 0)) throw new IllegalArgumentException("learning rate must be positive, not " + learningRate);
        if (!(weightDecay >= 0)) throw new IllegalArgumentException("weight decay must be >= 0, not " + weightDecay);
        if (patience < 0) throw new IllegalArgumentException("patience must be >= 0, not " + patience);
        if (!(validationFraction > 0 && validationFraction < 1)) throw new IllegalArgumentException("validation fraction must be in (0, 1), not " + validationFraction);
        if (samplesPerClass < 0) throw new IllegalArgumentException("samples per class must be >= 0, not " + samplesPerClass);
        if (hint != null && !DISTILL.equals(task)) throw new IllegalArgumentException("hints come from a teacher: they belong to distillation");
        if (!(hintWeight >= 0)) throw new IllegalArgumentException("hint weight must be >= 0, not " + hintWeight);
        if (DISTILL.equals(task)) {
            if (teacher == null || teacher.isBlank()) throw new IllegalArgumentException("distillation needs a teacher model (--teacher T.onnx)");
            if (!(temperature > 0)) throw new IllegalArgumentException("temperature must be positive, not " + temperature);
            if (!(alpha >= 0 && alpha <= 1)) throw new IllegalArgumentException("alpha must be in [0, 1], not " + alpha);
        }
        io.medli.train.data.Augmentation.parse(augmentation);
        imageWidthHeight();
        if (window <= 0 || hop < 0) throw new IllegalArgumentException("window must be positive and hop >= 0, not " + window + " and " + hop);
    }

    /** {width, height} of {@link #imageSize()}, or {0, 0}. */
    public int[] imageWidthHeight() {
        return sizeOf(imageSize, "image size");
    }

    /** {width, height} of {@link #backboneSize()}, or {0, 0}. */
    public int[] backboneWidthHeight() {
        return sizeOf(backboneSize, "backbone size");
    }

    private static int[] sizeOf(String text, String what) {
        if (text == null || text.isBlank()) return new int[] { 0, 0 };
        String[] wh = text.toLowerCase(java.util.Locale.ROOT).split("x");
        try {
            int w = Integer.parseInt(wh[0].trim()), h = Integer.parseInt(wh[1].trim());
            if (w <= 0 || h <= 0 || wh.length != 2) throw new NumberFormatException();
            return new int[] { w, h };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(what + " is WIDTHxHEIGHT, e.g. 64x64, not '" + text + "'");
        }
    }
}
