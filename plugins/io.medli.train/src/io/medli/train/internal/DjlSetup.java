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
            return Engine.getEngine("PyTorch");
        } catch (RuntimeException | LinkageError e) {
            throw new TrainingException("the PyTorch engine does not start (" + e + "); its native libraries are unpacked into "
                    + cache + ": check free space there, or delete that folder to unpack them again", e);
        }
    }
}
