package io.medli.compress.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.medli.onnx.progress.Monitor;
import io.medli.compress.StaticQuantizer;
import io.medli.compress.data.CalibrationDataException;
import io.medli.compress.data.DataFit;
import io.medli.compress.data.ImageFolderData;
import io.medli.compress.data.ImagePreprocessing;
import io.medli.compress.data.InputTensor;
import io.medli.compress.data.NpyData;
import io.medli.onnx.proto.ModelProto;

class CalibrationDataTest {

    /** A little-endian float32 .npy file, as numpy.save writes it. */
    static byte[] npy(long[] shape, float[] values) {
        StringBuilder s = new StringBuilder();
        for (long d : shape) s.append(d).append(", ");
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + s.toString().trim() + "), }";
        int total = 10 + dict.length() + 1;
        int pad = (64 - total % 64) % 64;
        String header = dict + " ".repeat(pad) + "\n";
        ByteBuffer b = ByteBuffer.allocate(10 + header.length() + values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.ISO_8859_1)).put((byte) 1).put((byte) 0);
        b.putShort((short) header.length()).put(header.getBytes(StandardCharsets.ISO_8859_1));
        for (float v : values) b.putFloat(v);
        return b.array();
    }

    @Test
    void npyFilesAreReadAndCalibrate(@TempDir Path dir) throws Exception {
        ModelProto m = TestModels.convChain(13);
        for (int i = 0; i < 3; i++) {
            float[] v = new float[32];
            for (int k = 0; k < v.length; k++) v[k] = (k + i) % 5 * 0.5f;
            Files.write(dir.resolve("s" + i + ".npy"), npy(new long[] { 1, 2, 4, 4 }, v));
        }
        NpyData data = NpyData.open(dir, m);
        assertEquals(3, data.size());
        InputTensor t = data.sample(1).get("x");
        assertArrayEquals(new long[] { 1, 2, 4, 4 }, t.shape());
        assertEquals(0.5f, t.floats()[0]);
        DataFit.check(m, data);
        assertEquals(3, StaticQuantizer.calibrate(m, data, StaticQuantizer.Options.defaults(), Monitor.NONE).samples());
    }

    @Test
    void dataThatDoesNotFitIsRejectedBeforeAnyWorkWithTheSampleAndShapesNamed(@TempDir Path dir) throws Exception {
        ModelProto m = TestModels.convChain(13);
        Files.write(dir.resolve("a.npy"), npy(new long[] { 1, 2, 4, 4 }, new float[32]));
        Files.write(dir.resolve("b.npy"), npy(new long[] { 1, 3, 4, 4 }, new float[48]));
        CalibrationDataException e = assertThrows(CalibrationDataException.class,
                () -> StaticQuantizer.calibrate(m, NpyData.open(dir, m), StaticQuantizer.Options.defaults(), Monitor.NONE));
        assertTrue(e.getMessage().contains("'b.npy'") && e.getMessage().contains("[1, 3, 4, 4]") && e.getMessage().contains("float32[1,2,4,4]"),
                e.getMessage());
    }

    @Test
    void npzSamplesMustNameTheModelsInputs(@TempDir Path dir) throws Exception {
        ModelProto m = TestModels.convChain(13);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("image.npy"));
            z.write(npy(new long[] { 1, 2, 4, 4 }, new float[32]));
            z.closeEntry();
        }
        Files.write(dir.resolve("s0.npz"), zip.toByteArray());
        CalibrationDataException e = assertThrows(CalibrationDataException.class, () -> DataFit.check(m, NpyData.open(dir, m)));
        assertTrue(e.getMessage().contains("'image'") && e.getMessage().contains("not an input"), e.getMessage());
    }

    @Test
    void brokenArraysAndImagesAreNamed(@TempDir Path dir) throws Exception {
        ModelProto m = TestModels.convChain(13);
        Path arrays = Files.createDirectory(dir.resolve("arrays"));
        Files.write(arrays.resolve("cut.npy"), java.util.Arrays.copyOf(npy(new long[] { 1, 2, 4, 4 }, new float[32]), 20));
        CalibrationDataException e = assertThrows(CalibrationDataException.class, () -> NpyData.open(arrays, m));
        assertTrue(e.getMessage().contains("cut.npy"), e.getMessage());

        Path images = Files.createDirectory(dir.resolve("images"));
        BufferedImage img = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, 0xff0000);
        ImageIO.write(img, "png", images.resolve("good.png").toFile());
        Files.write(images.resolve("broken.png"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 1 });
        e = assertThrows(CalibrationDataException.class, () -> ImageFolderData.open(images, m, ImagePreprocessing.defaults()));
        assertTrue(e.getMessage().contains("broken.png"), e.getMessage());
        e = assertThrows(CalibrationDataException.class, () -> ImageFolderData.open(Files.createDirectory(dir.resolve("empty")), m,
                ImagePreprocessing.defaults()));
        assertTrue(e.getMessage().contains("no images"), e.getMessage());
    }

    @Test
    void imagesBecomeNormalisedTensorsInTheModelsLayout(@TempDir Path dir) throws Exception {
        // a 2x2 picture, red top-left, for a model that takes [1,3,2,2] (NCHW) floats
        BufferedImage img = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, 0xff0000);
        img.setRGB(1, 0, 0x00ff00);
        img.setRGB(0, 1, 0x0000ff);
        img.setRGB(1, 1, 0xffffff);
        ImageIO.write(img, "png", dir.resolve("a.png").toFile());
        io.medli.onnx.proto.GraphProto g = new io.medli.onnx.proto.GraphProto().name("g");
        g.inputs().add(new io.medli.onnx.proto.ValueInfo("pic", io.medli.onnx.proto.TypeProto.tensor(io.medli.onnx.proto.DataType.FLOAT,
                List.of(io.medli.onnx.proto.Dimension.of(1), io.medli.onnx.proto.Dimension.of(3), io.medli.onnx.proto.Dimension.of(2),
                        io.medli.onnx.proto.Dimension.of(2)))));
        g.nodes().add(new io.medli.onnx.proto.NodeProto("Relu", "r", List.of("pic"), List.of("o")));
        ModelProto m = TestModels.model(g, 13);
        ImageFolderData data = ImageFolderData.open(dir, m, ImagePreprocessing.defaults().withNormalization(new float[] { 0.5f, 0.5f, 0.5f },
                new float[] { 0.5f, 0.5f, 0.5f }));
        Map<String, InputTensor> s = data.sample(0);
        float[] v = s.get("pic").floats();
        // channel-major: R plane, G plane, B plane; (1 - 0.5) / 0.5 = 1 and (0 - 0.5) / 0.5 = -1
        assertArrayEquals(new float[] { 1, -1, -1, 1, -1, 1, -1, 1, -1, -1, 1, 1 }, v, 1e-6f);
    }

    @Test
    void imageFoldersFeedOnlySingleInputModels(@TempDir Path dir) throws IOException {
        ModelProto m = TestModels.convChain(13);
        m.graph().inputs().add(new io.medli.onnx.proto.ValueInfo("mask", TestModels.image(1)));
        CalibrationDataException e = assertThrows(CalibrationDataException.class, () -> ImageFolderData.open(dir, m, ImagePreprocessing.defaults()));
        assertTrue(e.getMessage().contains("one input") && e.getMessage().contains(".npz"), e.getMessage());
    }
}
