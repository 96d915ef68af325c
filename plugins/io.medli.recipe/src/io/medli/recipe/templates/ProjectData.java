package io.medli.recipe.templates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.medli.train.data.IdxFiles;

/**
 * Data a new recipe can use, found in a project: folders of images (calibration, validation) and
 * labelled idx data sets (MNIST style: training, labelled validation). Run folders and hidden
 * folders are skipped, and the search stays shallow so that a large project is not walked.
 */
public record ProjectData(List<Path> imageFolders, List<Path> labelledSets) {
    /** A folder counts as images from this many image files in it. */
    static final int MIN_IMAGES = 3;
    private static final int DEPTH = 4;

    public static ProjectData find(Path root) throws IOException {
        List<Path> images = new ArrayList<>(), labelled = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(root, DEPTH)) {
            for (Path d : dirs.filter(Files::isDirectory).filter(d -> !skipped(root, d)).sorted().toList()) {
                if (IdxFiles.present(d, "train") && IdxFiles.present(d, "t10k")) labelled.add(d);
                else if (imageCount(d) >= MIN_IMAGES) images.add(d);
            }
        }
        return new ProjectData(List.copyOf(images), List.copyOf(labelled));
    }

    public boolean isEmpty() {
        return imageFolders.isEmpty() && labelledSets.isEmpty();
    }

    private static boolean skipped(Path root, Path d) {
        for (Path part : root.relativize(d)) {
            String n = part.toString();
            if (n.startsWith(".") || n.equals("runs") || n.equals("bin") || n.equals("target")) return true;
        }
        return false;
    }

    private static long imageCount(Path d) throws IOException {
        try (Stream<Path> files = Files.list(d)) {
            return files.filter(f -> isImage(f.getFileName().toString())).limit(MIN_IMAGES).count();
        }
    }

    static boolean isImage(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".png") || n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".bmp");
    }
}
