package io.medli.train.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A folder with one sub-folder of files per class, the class named by its folder (sorted by name). */
final class ClassFolders {
    private ClassFolders() {
    }

    /** One class: its name and its files, sorted. */
    record Folder(String name, Path dir, List<Path> files) {
    }

    /**
     * @param what the kind of file, for messages ("images", "recordings")
     * @throws DataException for fewer than 2 classes or a class without such files
     */
    static List<Folder> list(Path dir, Predicate<Path> accept, String what) throws DataException {
        List<Path> classDirs;
        try (Stream<Path> s = Files.list(dir)) {
            classDirs = s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new DataException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        if (classDirs.size() < 2) {
            throw new DataException(dir + " needs a sub-folder of " + what + " per class, and at least 2 classes; it has " + classDirs.size());
        }
        List<Folder> out = new ArrayList<>();
        for (Path c : classDirs) {
            try (Stream<Path> s = Files.list(c)) {
                List<Path> files = s.filter(Files::isRegularFile).filter(accept).sorted().toList();
                if (files.isEmpty()) throw new DataException("class folder " + c + " has no " + what);
                out.add(new Folder(c.getFileName().toString(), c, files));
            } catch (IOException e) {
                throw new DataException("cannot list " + c + ": " + e.getMessage(), e);
            }
        }
        return out;
    }
}
