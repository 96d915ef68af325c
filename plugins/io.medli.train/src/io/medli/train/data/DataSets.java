package io.medli.train.data;

import java.nio.file.Files;
import java.nio.file.Path;

/** Opens a labelled data set of whichever kind a path is. */
public final class DataSets {
    private DataSets() {
    }

    /** How to turn files into samples where the files leave it open. */
    public record Options(int imageWidth, int imageHeight, int window, int hop, String labelColumn) {
        public static final Options DEFAULTS = new Options(0, 0, 1024, 1024, null);
    }

    /**
     * An idx folder (its {@code prefix} split: "train" or "t10k"), a folder with a sub-folder of
     * images or of recordings per class, or a CSV table.
     */
    public static Dataset open(Path p, String prefix, Options o) throws DataException {
        if (!Files.exists(p)) {
            String hint = p.equals(IdxFiles.DEBIAN_FASHION_MNIST) ? " (install it: apt-get install dataset-fashion-mnist)" : "";
            throw new DataException(p + " does not exist" + hint);
        }
        if (Files.isDirectory(p) && IdxFiles.present(p, "train")) return IdxFiles.read(p, prefix);
        if (CsvTable.looksLike(p)) return CsvTable.read(p, o.labelColumn());
        if (Files.isDirectory(p) && ImageFolder.looksLike(p)) return ImageFolder.read(p, o.imageWidth(), o.imageHeight());
        if (Files.isDirectory(p) && SignalWindows.looksLike(p)) return SignalWindows.read(p, o.window(), o.hop());
        throw new DataException(p + " is not a data set MEDLI reads: expected a folder of idx files (train-images-idx3-ubyte[.gz], "
                + "train-labels-idx1-ubyte[.gz]), a folder with a sub-folder of images or recordings (.wav, .csv) per class, or a .csv table");
    }
}
