package io.medli.train.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.medli.train.data.DataException;
import io.medli.train.data.DataSets;
import io.medli.train.data.Dataset;

/** Image folders, CSV tables and windowed recordings, with known values. */
class DataKindsTest {
    @TempDir
    Path dir;

    private Dataset open(Path p, DataSets.Options o) throws DataException {
        return DataSets.open(p, "train", o);
    }

    @Test
    void csvTableWithHeaderAndNamedLabels() throws Exception {
        Path csv = Files.writeString(dir.resolve("t.csv"), "a;species;b\n1.5;setosa;2\n3;virginica;4\n-1;setosa;0.25\n");
        Dataset d = open(csv, new DataSets.Options(0, 0, 1, 1, "species"));
        assertEquals(List.of("setosa", "virginica"), d.classes());
        assertArrayEquals(new int[] { 2 }, d.sampleShape());
        float[] x = new float[2];
        d.copySample(2, x, 0);
        assertArrayEquals(new float[] { -1, 0.25f }, x);
        assertEquals(1, d.label(1));
        // a count header like scikit-learn's (any non-number makes a header), numeric labels sorted as numbers
        Dataset n = open(Files.writeString(dir.resolve("n.csv"), "3,2,x,y\n1,2,10\n3,4,9\n5,6,10\n"), DataSets.Options.DEFAULTS);
        assertEquals(List.of("9", "10"), n.classes());
        DataException e = assertThrows(DataException.class,
                () -> open(Files.writeString(dir.resolve("bad.csv"), "1,2,0\n1,x,1\n"), DataSets.Options.DEFAULTS));
        assertTrue(e.getMessage().contains("data row 2, column 2: 'x' is not a number"), e.getMessage());
        e = assertThrows(DataException.class, () -> open(csv, new DataSets.Options(0, 0, 1, 1, "kind")));
        assertTrue(e.getMessage().contains("no column kind"), e.getMessage());
    }

    @Test
    void imageFoldersGreyAndColourResizedOrChecked() throws Exception {
        for (String c : List.of("cat", "dog")) {
            Files.createDirectories(dir.resolve("grey/" + c));
            BufferedImage g = new BufferedImage(4, 3, BufferedImage.TYPE_BYTE_GRAY);
            g.getRaster().setSample(1, 2, 0, c.equals("cat") ? 51 : 204);
            ImageIO.write(g, "png", dir.resolve("grey/" + c + "/a.png").toFile());
        }
        Dataset grey = open(dir.resolve("grey"), DataSets.Options.DEFAULTS);
        assertArrayEquals(new int[] { 1, 3, 4 }, grey.sampleShape());
        assertEquals(List.of("cat", "dog"), grey.classes());
        float[] x = new float[12];
        grey.copySample(1, x, 0);
        assertEquals(0.8f, x[2 * 4 + 1], 1e-6f, "exact grey level 204/255");

        Files.createDirectories(dir.resolve("rgb/a"));
        Files.createDirectories(dir.resolve("rgb/b"));
        BufferedImage red = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < 4; i++) red.setRGB(i % 2, i / 2, 0xff0000);
        ImageIO.write(red, "png", dir.resolve("rgb/a/r.png").toFile());
        ImageIO.write(new BufferedImage(3, 3, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("rgb/b/big.png").toFile());
        DataException e = assertThrows(DataException.class, () -> open(dir.resolve("rgb"), DataSets.Options.DEFAULTS));
        assertTrue(e.getMessage().contains("big.png is 3x3") && e.getMessage().contains("give an image size"), e.getMessage());
        Dataset rgb = open(dir.resolve("rgb"), new DataSets.Options(2, 2, 1, 1, null));
        assertArrayEquals(new int[] { 3, 2, 2 }, rgb.sampleShape());
        float[] y = new float[12];
        rgb.copySample(0, y, 0);
        assertArrayEquals(new float[] { 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0 }, y, "red plane first");

        Files.writeString(dir.resolve("rgb/b/broken.png"), "not a png");
        e = assertThrows(DataException.class, () -> open(dir.resolve("rgb"), new DataSets.Options(2, 2, 1, 1, null)));
        assertTrue(e.getMessage().contains("broken.png"), e.getMessage());
    }

    @Test
    void recordingsAreCutIntoWindows() throws Exception {
        // class "hum": a 16-bit stereo WAV of 10 frames; class "tick": a CSV signal with 2 channels
        Files.createDirectories(dir.resolve("rec/hum"));
        Files.createDirectories(dir.resolve("rec/tick"));
        ByteBuffer pcm = ByteBuffer.allocate(10 * 2 * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 10; i++) {
            pcm.putShort((short) (i * 1000));
            pcm.putShort((short) (-i * 1000));
        }
        AudioFormat fmt = new AudioFormat(8000, 16, 2, true, false);
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(pcm.array()), fmt, 10), AudioFileFormat.Type.WAVE,
                dir.resolve("rec/hum/a.wav").toFile());
        Files.writeString(dir.resolve("rec/tick/a.csv"), "left,right\n0,1\n2,3\n4,5\n6,7\n8,9\n");
        Dataset d = open(dir.resolve("rec"), new DataSets.Options(0, 0, 4, 2, null));
        assertArrayEquals(new int[] { 2, 4 }, d.sampleShape());
        assertEquals(4 + 1, d.size(), "10 frames: windows at 0, 2, 4, 6; 5 rows: a window at 0");
        float[] w = new float[8];
        d.copySample(1, w, 0);
        assertArrayEquals(new float[] { 2000 / 32768f, 3000 / 32768f, 4000 / 32768f, 5000 / 32768f, -2000 / 32768f, -3000 / 32768f,
                -4000 / 32768f, -5000 / 32768f }, w, 1e-7f);
        d.copySample(4, w, 0);
        assertArrayEquals(new float[] { 0, 2, 4, 6, 1, 3, 5, 7 }, w);
        DataException e = assertThrows(DataException.class, () -> open(dir.resolve("rec"), new DataSets.Options(0, 0, 6, 6, null)));
        assertTrue(e.getMessage().contains("class tick are all shorter than one window of 6"), e.getMessage());
    }
}
