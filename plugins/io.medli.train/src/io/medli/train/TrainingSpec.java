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
    private String cacheDir;
    private Distillation distillation;
    private Transfer transfer;
    private OutputMatching matching;
    private String out;
    private String checkpointDir;
    private boolean resume;
    private int threads = 0;
    private String imageSize;
    private int window = 1024;
    private int hop = 0;
    private String labelColumn;
    private String testData;

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
    /** The teacher and its settings when the task is {@link #DISTILL}; null otherwise. */
    public Distillation distillation() { return distillation; }
    public TrainingSpec distillation(Distillation d) { this.distillation = d; return this; }
    /** The backbone and its settings when the task is {@link #FINETUNE}; null otherwise. */
    public Transfer transfer() { return transfer; }
    public TrainingSpec transfer(Transfer t) { this.transfer = t; return this; }
    /** The student model, teacher and tensors when the task is {@link #MATCH}; null otherwise. */
    public OutputMatching matching() { return matching; }
    public TrainingSpec matching(OutputMatching m) { this.matching = m; return this; }
    /** Where the teacher's outputs (or the backbone's features) are cached (default: beside the output model, in .medli-cache). */
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

    /** @throws IllegalArgumentException naming the first setting that cannot work */
    public void validate() {
        if (!TRAIN.equals(task) && !DISTILL.equals(task) && !FINETUNE.equals(task) && !MATCH.equals(task)) {
            throw new IllegalArgumentException("task must be train, distill, finetune or match, not " + task);
        }
        // each task has its own settings, and only its own
        part(DISTILL, distillation, "distillation settings (a teacher, hints)");
        part(FINETUNE, transfer, "transfer settings (a backbone)");
        part(MATCH, matching, "output distillation settings (a student model)");
        // a missing part fails as its empty settings would: "distillation needs a teacher model (--teacher T.onnx)"
        if (DISTILL.equals(task)) (distillation != null ? distillation : new Distillation()).validate();
        if (FINETUNE.equals(task)) (transfer != null ? transfer : new Transfer()).validate();
        if (MATCH.equals(task)) (matching != null ? matching : new OutputMatching()).validate();
        if (data == null || data.isBlank()) throw new IllegalArgumentException("no training data given");
        if (out == null || out.isBlank()) throw new IllegalArgumentException("no output model given");
        if (epochs <= 0) throw new IllegalArgumentException("epochs must be positive, not " + epochs);
        if (batchSize <= 0) throw new IllegalArgumentException("batch size must be positive, not " + batchSize);
        if (!(learningRate > 0)) throw new IllegalArgumentException("learning rate must be positive, not " + learningRate);
        if (!(weightDecay >= 0)) throw new IllegalArgumentException("weight decay must be >= 0, not " + weightDecay);
        if (patience < 0) throw new IllegalArgumentException("patience must be >= 0, not " + patience);
        if (!(validationFraction > 0 && validationFraction < 1)) throw new IllegalArgumentException("validation fraction must be in (0, 1), not " + validationFraction);
        if (samplesPerClass < 0) throw new IllegalArgumentException("samples per class must be >= 0, not " + samplesPerClass);
        io.medli.train.data.Augmentation.parse(augmentation);
        imageWidthHeight();
        if (window <= 0 || hop < 0) throw new IllegalArgumentException("window must be positive and hop >= 0, not " + window + " and " + hop);
    }

    /** {width, height} of {@link #imageSize()}, or {0, 0}. */
    public int[] imageWidthHeight() {
        return sizeOf(imageSize, "image size");
    }

    private void part(String forTask, Object settings, String what) {
        if (!forTask.equals(task) && settings != null) {
            throw new IllegalArgumentException("the task " + task + " takes no " + what + ": they belong to " + forTask);
        }
    }

    static int[] sizeOf(String text, String what) {
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
