package io.medli.runtime;

import java.util.List;
import java.util.Map;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession;

/**
 * ONNX Runtime's execution providers by name (CPU, XNNPACK, CUDA, TENSOR_RT, OPEN_VINO, ...): those
 * this build of ONNX Runtime holds, and one added to a session. The build on Maven Central that the
 * agent carries holds CPU only; a board whose Java finds another build may offer more.
 */
public final class Providers {
    /** The provider every build has, and the default. */
    public static final String CPU = "CPU";

    private Providers() {
    }

    /** The names of the providers this process's ONNX Runtime holds. */
    public static List<String> available() {
        return OrtEnvironment.getAvailableProviders().stream().map(OrtProvider::name).sorted().toList();
    }

    /** A clear error when {@code name} is not a provider this ONNX Runtime holds (it would fail later, or quietly fall back to the CPU). */
    public static void check(String name) throws ModelRunException {
        if (CPU.equals(name)) return;
        OrtProvider p = known(name);
        if (p == null || !OrtEnvironment.getAvailableProviders().contains(p)) {
            throw new ModelRunException("this ONNX Runtime (" + OrtEnvironment.getEnvironment().getVersion() + ") has the execution provider(s) "
                    + String.join(", ", available()) + "; " + name + " is not among them: choose one of those, or give the board a build of ONNX Runtime with " + name);
        }
    }

    private static OrtProvider known(String name) {
        try {
            return OrtProvider.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Puts the provider first in the session (the CPU stays as the fallback for nodes it does not take). */
    static void add(OrtSession.SessionOptions so, String name) throws OrtException {
        OrtProvider p = known(name);
        if (p == null || p == OrtProvider.CPU) return;
        switch (p) {
            case CUDA -> so.addCUDA(0);
            case TENSOR_RT -> so.addTensorrt(0);
            case ROCM -> so.addROCM(0);
            case DNNL -> so.addDnnl(true);
            case OPEN_VINO -> so.addOpenVINO("");
            case XNNPACK -> so.addXnnpack(Map.of());
            case ACL -> so.addACL(true);
            case NNAPI -> so.addNnapi();
            case CORE_ML -> so.addCoreML();
            case QNN -> so.addQnn(Map.of());
            case WEBGPU -> so.addWebGPU(Map.of());
            case DIRECT_ML -> so.addDirectML(0);
            default -> throw new OrtException("MEDLI cannot add the execution provider " + name + " to a session");
        }
    }
}
