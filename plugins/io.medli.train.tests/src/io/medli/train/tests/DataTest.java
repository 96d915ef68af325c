package io.medli.train.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.medli.train.data.Augmentation;
import io.medli.train.data.DataException;
import io.medli.train.data.Dataset;
import io.medli.train.data.IdxFiles;
import io.medli.train.data.Splits;

class DataTest {
    @TempDir
    Path dir;

    @Test
    void readsIdxFilesPlainAndGzipped() throws Exception {
        Idx.write(dir.resolve("plain"), "train", 20, 3, 4, 5, false);
        Idx.write(dir.resolve("gz"), "train", 20, 3, 4, 5, true);
        for (String sub : List.of("plain", "gz")) {
            Dataset d = IdxFiles.read(dir.resolve(sub), "train");
            assertEquals(20, d.size());
            assertArrayEquals(new int[] { 1, 3, 4 }, d.sampleShape());
            assertEquals(List.of("0", "1", "2", "3", "4"), d.classes());
            float[] x = new float[12];
            d.copySample(2, x, 0);
            assertEquals((2 * 7 + 5) % 256 / 255f, x[5], 1e-7);
            assertEquals(2, d.label(7));
        }
        assertEquals(IdxFiles.read(dir.resolve("plain"), "train").fingerprint(), IdxFiles.read(dir.resolve("gz"), "train").fingerprint());
    }

    @Test
    void corruptIdxFilesAreNamed() throws Exception {
        Idx.write(dir, "train", 10, 4, 4, 2, false);
        Path images = dir.resolve("train-images-idx3-ubyte");
        byte[] bytes = Files.readAllBytes(images);
        Files.write(images, java.util.Arrays.copyOf(bytes, bytes.length - 5));
        DataException e = assertThrows(DataException.class, () -> IdxFiles.read(dir, "train"));
        assertTrue(e.getMessage().contains("truncated") && e.getMessage().contains("train-images-idx3-ubyte"), e.getMessage());

        Idx.write(dir, "train", 10, 4, 4, 2, false);
        Idx.write(dir.resolve("other"), "train", 9, 4, 4, 2, false);
        Files.copy(dir.resolve("other/train-labels-idx1-ubyte"), dir.resolve("train-labels-idx1-ubyte"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        e = assertThrows(DataException.class, () -> IdxFiles.read(dir, "train"));
        assertTrue(e.getMessage().contains("9 labels") && e.getMessage().contains("10 images"), e.getMessage());

        Files.write(images, new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 });
        e = assertThrows(DataException.class, () -> IdxFiles.read(dir, "train"));
        assertTrue(e.getMessage().contains("not an idx3 image file"), e.getMessage());

        e = assertThrows(DataException.class, () -> IdxFiles.read(dir.resolve("none"), "train"));
        assertTrue(e.getMessage().contains("train-images-idx3-ubyte"), e.getMessage());
    }

    @Test
    void readsTheRealFashionMnist() throws Exception {
        Dataset test = IdxFiles.read(IdxFiles.DEBIAN_FASHION_MNIST, "t10k");
        assertEquals(10_000, test.size());
        assertEquals("Ankle boot", test.classes().get(9));
        assertArrayEquals(new int[] { 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000 }, test.classCounts());
        float[] x = new float[784];
        test.copySample(0, x, 0);
        float max = 0;
        for (float v : x) max = Math.max(max, v);
        assertTrue(max > 0.5f && max <= 1f, "pixels scaled to [0, 1]: " + max);
    }

    @Test
    void splitsAreStratifiedSeededAndDisjoint() throws Exception {
        Idx.write(dir, "train", 200, 2, 2, 4, false);
        Dataset d = IdxFiles.read(dir, "train");
        Splits.Pair a = Splits.split(d, 0.25, 7, "train", "val"), b = Splits.split(d, 0.25, 7, "train", "val");
        Splits.Pair c = Splits.split(d, 0.25, 8, "train", "val");
        assertEquals(148, a.first().size());
        assertArrayEquals(new int[] { 13, 13, 13, 13 }, a.second().classCounts(), "0.25 of 50 per class, rounded");
        assertEquals(a.second().fingerprint(), b.second().fingerprint(), "same seed, same split");
        assertNotEquals(a.second().fingerprint(), c.second().fingerprint(), "another seed, another split");
        Set<String> seen = new HashSet<>();
        float[] x = new float[4];
        for (Dataset part : List.of(a.first(), a.second())) {
            for (int i = 0; i < part.size(); i++) {
                part.copySample(i, x, 0);
                assertTrue(seen.add(java.util.Arrays.toString(x)), "a sample in both parts");
            }
        }
        Dataset few = Splits.perClass(d, 3, 1);
        assertArrayEquals(new int[] { 3, 3, 3, 3 }, few.classCounts());
    }

    @Test
    void augmentationFlipsAndShiftsExactly() {
        float[] x = { 1, 2, 3, 4, 5, 6 }; // [1, 2, 3]
        Augmentation flip = new Augmentation(true, 0, 0, 0);
        Random r = new Random(1);
        boolean flipped = false;
        for (int i = 0; i < 10 && !flipped; i++) {
            float[] y = x.clone();
            flip.apply(y, 0, new int[] { 1, 2, 3 }, r, new float[6]);
            if (y[0] == 3) {
                assertArrayEquals(new float[] { 3, 2, 1, 6, 5, 4 }, y);
                flipped = true;
            } else {
                assertArrayEquals(x, y);
            }
        }
        assertTrue(flipped);
        assertEquals(new Augmentation(true, 2, 0.05f, 0.2f), Augmentation.parse("flip,crop=2,noise,brightness=0.2"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Augmentation.parse("rotate=10"));
        assertTrue(e.getMessage().contains("unknown augmentation 'rotate'"), e.getMessage());
    }
}
