package io.medli.train.internal;

import java.nio.file.Path;

import ai.djl.engine.Engine;
import io.medli.train.TrainingException;

/**
 * Starts DJL's PyTorch engine offline: nothing is downloaded; the native libraries come from the
 * {@code pytorch-native-cpu} jar on the class path and are unpacked once into a cache folder.
 */
public final class DjlSetup {
    static final String NATIVES = "ai.djl.pytorch:pytorch-native-cpu:2.7.1 (classifier linux-x86_64)";

    private DjlSetup() {
    }

    /** Configures and loads the engine; call before any other DJL use in this JVM. */
    public static synchronized Engine engine(int threads) throws TrainingException {
        System.setProperty("ai.djl.offline", "true");
        String cache = System.getProperty("DJL_CACHE_DIR", System.getenv("DJL_CACHE_DIR"));
        if (cache == null) cache = Path.of(System.getProperty("user.home"), ".cache", "medli", "djl").toString();
        System.setProperty("DJL_CACHE_DIR", cache);
        if (System.getProperty("ENGINE_CACHE_DIR") == null && System.getenv("ENGINE_CACHE_DIR") == null) {
            System.setProperty("ENGINE_CACHE_DIR", cache);
        }
        if (threads > 0) {
            System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
            System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        }
        ClassLoader cl = DjlSetup.class.getClassLoader();
        if (cl.getResource("native/lib/pytorch.properties") == null) {
            throw new TrainingException("PyTorch's native libraries are missing: the training class path has no " + NATIVES
                    + ". In the IDE, install the feature 'MEDLI Studio PyTorch natives (CPU, linux-x86_64)' from the update site; "
                    + "on the command line, rebuild with tools/build.sh");
        }
        if (cl.getResource("ai/djl/pytorch/engine/PtEngineProvider.class") == null) {
            throw new TrainingException("DJL's PyTorch engine (ai.djl.pytorch:pytorch-engine) is not on the training class path");
        }
        try {
            Engine engine = Engine.getEngine("PyTorch");
            // see NativeHeap (NaN gradients from oneDNN's padded blocked layouts); -Dmedli.train.zeroFill=false only to
            // measure what it costs
            boolean fill = Boolean.parseBoolean(System.getProperty("medli.train.zeroFill", "true"));
            if (!NativeHeap.resolve(fill) && fill) {
                System.err.println("warning: PyTorch's memory cannot be zero-filled here (libc10's allocator flag not found); convolution "
                        + "gradients may turn NaN at random steps (oneDNN reads padding it never wrote)");
            }
            return engine;
        } catch (RuntimeException | LinkageError e) {
            throw new TrainingException("the PyTorch engine does not start (" + e + "); its native libraries are unpacked into "
                    + cache + ": check free space there, or delete that folder to unpack them again", e);
        }
    }
}
