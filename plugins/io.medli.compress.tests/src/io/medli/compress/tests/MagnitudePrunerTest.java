package io.medli.compress.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.medli.compress.MagnitudePruner;
import io.medli.onnx.OnnxModel;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.TensorProto;

class MagnitudePrunerTest {

    private static int zeros(float[] w) {
        int z = 0;
        for (float v : w) if (v == 0) z++;
        return z;
    }

    @Test
    void perLayerZeroesTheSmallestShareOfEachLayer() throws Exception {
        ModelProto original = TestModels.convChain(13);
        byte[] before = OnnxModel.of(original).toBytes();
        MagnitudePruner.Result p = MagnitudePruner.prune(original, MagnitudePruner.Options.of(0.5).withScope(MagnitudePruner.Scope.PER_LAYER));
        Map<String, TensorProto> was = Float16ConverterTest.initializers(original), now = Float16ConverterTest.initializers(p.model());
        for (String w : new String[] { "c1_W", "c2_W" }) {
            float[] a = TestModels.read(was.get(w)), b = TestModels.read(now.get(w));
            assertEquals(3, zeros(b), w + ": half of 6 weights");
            float smallestKept = Float.MAX_VALUE, largestPruned = 0;
            for (int i = 0; i < a.length; i++) {
                if (b[i] == 0) largestPruned = Math.max(largestPruned, Math.abs(a[i]));
                else {
                    assertEquals(a[i], b[i], "kept weights are untouched");
                    smallestKept = Math.min(smallestKept, Math.abs(a[i]));
                }
            }
            assertTrue(largestPruned <= smallestKept, w + ": the smallest magnitudes go");
        }
        assertEquals(was.get("c1_b").rawData(), now.get("c1_b").rawData(), "biases are not pruned");
        assertEquals("c1: 50.0% zero", p.layers().get(0));
        assertTrue(p.notes().stream().anyMatch(n -> n.contains("no sparse kernels")), p.notes().toString());
        assertArrayEquals(before, OnnxModel.of(original).toBytes(), "the input model is not modified");
    }

    @Test
    void globalUsesOneThresholdAndExclusionsAreKept() throws Exception {
        ModelProto original = TestModels.deepChain();
        MagnitudePruner.Result p = MagnitudePruner.prune(original, MagnitudePruner.Options.of(0.25).withExclude(Set.of("c4")));
        Map<String, TensorProto> was = Float16ConverterTest.initializers(original), now = Float16ConverterTest.initializers(p.model());
        int total = 0;
        float threshold = 0, smallestKept = Float.MAX_VALUE;
        for (String w : new String[] { "c1_W", "c2_W", "c3_W" }) {
            float[] a = TestModels.read(was.get(w)), b = TestModels.read(now.get(w));
            total += zeros(b);
            for (int i = 0; i < a.length; i++) {
                if (b[i] == 0) threshold = Math.max(threshold, Math.abs(a[i]));
                else smallestKept = Math.min(smallestKept, Math.abs(a[i]));
            }
        }
        assertEquals(12, total, "a quarter of 3 x 16 weights");
        assertTrue(threshold <= smallestKept, "one threshold across the layers");
        assertArrayEquals(TestModels.read(was.get("c4_W")), TestModels.read(now.get("c4_W")), "c4 excluded");
        assertTrue(p.kept().contains("Conv 'c4': excluded by name"), p.kept().toString());
        assertThrows(IllegalArgumentException.class, () -> MagnitudePruner.Options.of(1.0));
    }
}
