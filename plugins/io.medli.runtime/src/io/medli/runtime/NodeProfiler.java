package io.medli.runtime;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import io.medli.onnx.proto.ModelProto;

/**
 * Time per node of a model on generated inputs, as the editor's "Profile on This Machine" shows
 * it. ONNX Runtime runs with its basic optimizations only, which keep the model's node names, so
 * every timing maps onto a node of the model.
 */
public final class NodeProfiler {
    private NodeProfiler() {
    }

    /**
     * @param options sizes of open dimensions and threads; the optimization level is set to basic
     * @param runs profiled runs after one warm-up (at least 1)
     */
    public static List<NodeTiming> profile(ModelProto model, RunOptions options, int runs) throws IOException, ModelRunException {
        try (ModelRunner r = ModelRunner.open(model, options.withOptimization("basic"))) {
            Map<String, OnnxTensor> feed = r.generateInputs();
            try {
                return r.profile(feed, Math.max(1, runs));
            } finally {
                feed.values().forEach(OnnxTensor::close);
            }
        }
    }
}
