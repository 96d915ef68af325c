package io.medli.compress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.medli.onnx.OnnxModel;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;

/**
 * Saves the graph that ONNX Runtime's optimizer makes of a model: constant folding, redundant node
 * removal and node fusions, done once at build time instead of at every session start.
 * <p>
 * Only the portable levels are offered. "basic" keeps to standard ONNX operators, so any runtime
 * can load the result. "extended" adds ONNX Runtime's own fused operators (domain com.microsoft),
 * which any ONNX Runtime on any machine runs. "all" is refused: its layout transformations are
 * specific to the CPU the model was optimized on.
 */
public final class GraphOptimizer {

    public enum Level {
        BASIC, EXTENDED
    }

    /** The optimized model, and operator counts before and after. */
    public record Result(ModelProto model, Map<String, Integer> opsBefore, Map<String, Integer> opsAfter, List<String> notes) {
    }

    private GraphOptimizer() {
    }

    /** Optimizes {@code model} (not modified) at {@code level} with ONNX Runtime on the CPU. */
    public static Result optimize(ModelProto model, Level level) throws QuantizationException {
        ModelProto optimized = savedByRuntime(model, level == Level.BASIC ? OrtSession.SessionOptions.OptLevel.BASIC_OPT
                : OrtSession.SessionOptions.OptLevel.EXTENDED_OPT);
        Set<String> before = DynamicQuantizer.errors(model);
        for (String e : DynamicQuantizer.errors(optimized)) {
            if (!before.contains(e)) throw new QuantizationException("the optimized model does not validate: " + e);
        }
        List<String> notes = new ArrayList<>();
        notes.add("optimized by ONNX Runtime " + io.medli.runtime.ModelRunner.environment().getVersion() + " at the "
                + level.name().toLowerCase(java.util.Locale.ROOT) + " level");
        if (usesDomain(optimized, "com.microsoft")) {
            notes.add("uses ONNX Runtime's own operators (com.microsoft domain): it runs in ONNX Runtime only; "
                    + "use the basic level for other runtimes");
        }
        return new Result(optimized, counts(model), counts(optimized), List.copyOf(notes));
    }

    /** The graph ONNX Runtime makes of {@code model} when it loads it on the CPU at {@code level}. */
    static ModelProto savedByRuntime(ModelProto model, OrtSession.SessionOptions.OptLevel level) throws QuantizationException {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("medli-ort");
            Path in = dir.resolve("in.onnx"), out = dir.resolve("optimized.onnx");
            OnnxModel.of(model).write(in);
            try (OrtSession.SessionOptions so = new OrtSession.SessionOptions()) {
                so.setOptimizationLevel(level);
                so.setOptimizedModelFilePath(out.toString());
                try (OrtSession s = io.medli.runtime.ModelRunner.environment().createSession(in.toString(), so)) {
                    // the session writes the graph while it is created
                }
            } catch (OrtException e) {
                throw new QuantizationException("ONNX Runtime cannot load the model: " + e.getMessage());
            }
            if (!Files.isRegularFile(out)) throw new QuantizationException("ONNX Runtime wrote no optimized model");
            // read onto the heap, not mapped: the temporary folder goes away
            return OnnxModel.read(Files.readAllBytes(out)).proto();
        } catch (IOException e) {
            throw new QuantizationException("cannot hand the model to ONNX Runtime: " + e.getMessage());
        } finally {
            deleteTree(dir);
        }
    }

    /** Whether a node uses {@code domain} (the runtime imports com.microsoft in every model it saves). */
    private static boolean usesDomain(ModelProto m, String domain) {
        for (NodeProto n : m.graph().nodes()) if (n.domain().equals(domain)) return true;
        return false;
    }

    static Map<String, Integer> counts(ModelProto m) {
        Map<String, Integer> c = new TreeMap<>();
        for (NodeProto n : m.graph().nodes()) c.merge(n.domain().isEmpty() ? n.opType() : n.domain() + "." + n.opType(), 1, Integer::sum);
        return c;
    }

    /** Deletes a temporary folder and what is in it; a leftover is harmless. */
    static void deleteTree(Path dir) {
        if (dir == null) return;
        try (var s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(java.util.Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a leftover temporary file is harmless
        }
    }
}
