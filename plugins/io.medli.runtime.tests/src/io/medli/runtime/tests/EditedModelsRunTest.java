package io.medli.runtime.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.onnxruntime.OnnxTensor;
import io.medli.onnx.OnnxModel;
import io.medli.onnx.edit.ModelEdits;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.shape.ShapeInference;
import io.medli.runtime.ModelRunner;
import io.medli.runtime.RunOptions;

/** Models changed by the editor's edits are saved and run in ONNX Runtime. */
class EditedModelsRunTest {

    private static Map<String, long[]> outputShapes(Path model, RunOptions o) throws Exception {
        try (ModelRunner r = ModelRunner.open(model, o)) {
            Map<String, OnnxTensor> feed = r.generateInputs();
            try (var res = r.run(feed)) {
                Map<String, long[]> shapes = new java.util.LinkedHashMap<>();
                for (var e : res) shapes.put(e.getKey(), ((OnnxTensor) e.getValue()).getInfo().getShape());
                return shapes;
            } finally {
                feed.values().forEach(OnnxTensor::close);
            }
        }
    }

    private static String featureMap(ModelProto m) {
        var types = ShapeInference.infer(m);
        List<NodeProto> convs = m.graph().nodes().stream().filter(n -> n.opType().equals("Conv")).toList();
        for (int i = convs.size() / 3; i < convs.size(); i++) {
            String o = convs.get(i).outputs().get(0);
            if (types.type(o).rank() == 4 && types.type(o).isFullyKnown()) return o;
        }
        throw new AssertionError("no feature map");
    }

    @Test
    void newHeadGivesTheRequestedClasses(@TempDir Path dir) throws Exception {
        ModelProto mlsd = OnnxModel.read(Models.real("mlsd_320x320_large.onnx")).proto();
        String feature = featureMap(mlsd);
        Path gemm = dir.resolve("gemm-head.onnx");
        OnnxModel.of(ModelEdits.apply(mlsd, ModelEdits.replaceHead(feature, 7, ModelEdits.Head.GEMM, 3))).write(gemm);
        assertArrayEquals(new long[] { 1, 7 }, outputShapes(gemm, RunOptions.defaults()).get("logits"));
        Path conv = dir.resolve("conv-head.onnx");
        ModelProto convHead = ModelEdits.apply(mlsd, ModelEdits.replaceHead(feature, 2, ModelEdits.Head.CONV_1X1, 3));
        OnnxModel.of(convHead).write(conv);
        String out = convHead.graph().outputs().get(0).name();
        assertEquals("scores_1", out, "M-LSD already has a tensor named scores");
        long[] s = outputShapes(conv, RunOptions.defaults()).get(out);
        assertEquals(4, s.length);
        assertEquals(2, s[1]);
    }

    @Test
    void cutAndSymbolicBatchRun(@TempDir Path dir) throws Exception {
        ModelProto minilm = OnnxModel.read(Models.real("all-minilm-l6-v2.onnx")).proto();
        String layer2 = minilm.graph().nodes().stream().filter(n -> n.name().startsWith("/encoder/layer.1/output/LayerNorm"))
                .reduce((a, b) -> b).orElseThrow().outputs().get(0);
        ModelProto cut = ModelEdits.apply(minilm, ModelEdits.cutAt(layer2));
        ModelProto fixed = ModelEdits.apply(cut, ModelEdits.setInputShape("input_ids", List.of(2L, 16L)));
        fixed = ModelEdits.apply(fixed, ModelEdits.setInputShape("attention_mask", List.of(2L, 16L)));
        fixed = ModelEdits.apply(fixed, ModelEdits.setInputShape("token_type_ids", List.of(2L, 16L)));
        Path p = dir.resolve("features.onnx");
        OnnxModel.of(fixed).write(p);
        assertArrayEquals(new long[] { 2, 16, 384 }, outputShapes(p, RunOptions.defaults()).get(layer2));
    }

    @Test
    void bridgedAndRenamedModelsRun(@TempDir Path dir) throws Exception {
        ModelProto tiny = OnnxModel.read(Models.real("mlsd_320x320_tiny.onnx")).proto();
        int relu = -1;
        for (int i = 0; i < tiny.graph().nodes().size(); i++) {
            if (tiny.graph().nodes().get(i).opType().equals("Relu")) { relu = i; break; }
        }
        ModelProto edited = ModelEdits.apply(tiny, ModelEdits.deleteNode(relu));
        edited = ModelEdits.apply(edited, ModelEdits.renameTensor("scores", "line_scores"));
        edited = ModelEdits.apply(edited, ModelEdits.renameNode(0, "input_transpose"));
        Path p = dir.resolve("edited.onnx");
        OnnxModel.of(edited).write(p);
        Map<String, long[]> out = outputShapes(p, RunOptions.defaults());
        assertArrayEquals(new long[] { 1, 160, 160, 1 }, out.get("line_scores"));
    }
}
