package io.medli.onnx;

/**
 * How {@link OnnxModel#write} stores weights.
 *
 * @param externalData where tensor data goes
 * @param externalThreshold tensors of at least this many bytes go to the data file in
 *        {@link ExternalData#SEPARATE_FILE} mode
 * @param dataFileName the data file's name, relative to the model's directory; null for
 *        "<model file name>.data"
 */
public record WriteOptions(ExternalData externalData, long externalThreshold, String dataFileName) {

    public enum ExternalData {
        /**
         * Keep external references where they stay valid (same directory), move the data otherwise;
         * switch to a data file when the model would exceed protobuf's 2 GB.
         */
        AUTO,
        /** Tensors of at least the threshold size go to one data file beside the model. */
        SEPARATE_FILE,
        /** Every tensor's data inside the .onnx file (fails beyond 2 GB). */
        INLINE
    }

    public static WriteOptions defaults() {
        return new WriteOptions(ExternalData.AUTO, 1024, null);
    }

    public static WriteOptions separateFile(long threshold) {
        return new WriteOptions(ExternalData.SEPARATE_FILE, threshold, null);
    }

    public static WriteOptions inline() {
        return new WriteOptions(ExternalData.INLINE, 0, null);
    }

    public WriteOptions withDataFileName(String name) {
        return new WriteOptions(externalData, externalThreshold, name);
    }
}
