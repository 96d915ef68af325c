package io.medli.train.internal;

import java.lang.reflect.Method;
import java.util.Optional;

import ai.djl.ndarray.NDArray;
import ai.djl.training.GradientCollector;

/**
 * Backward passes on zero-filled memory (c10's allocator flag
 * {@code caffe2_cpu_allocator_do_zero_fill}). oneDNN's AVX-512 convolution backward pass (PyTorch
 * 2.7.1's oneDNN 3.7.1) pads the channels of the incoming gradient in its blocked layout to 16 and
 * multiplies that padding, never written, by the zero padding of the weights: where the fresh
 * memory holds a NaN bit pattern, 0 x NaN makes every input gradient of the layer NaN. Seen as
 * training that turns NaN at random steps, more often under load and garbage collection; any
 * convolution whose channel count is not a multiple of 16 can be hit. Zeroed memory makes the
 * padding 0. The flag is set only while backward runs (its buffers are the ones read): zeroing
 * every allocation of the forward pass as well made a small CNN's epochs 1.3x longer.
 * <p>
 * The Foreign Function API is reached by reflection: the bundle is built for Java 21, where it is
 * still a preview; the JVMs that train run on 25.
 */
public final class NativeHeap {
    private static final String FLAG = "FLAGS_caffe2_cpu_allocator_do_zero_fill";

    private static boolean resolved, enabled = true;
    private static Object flag, javaByte;
    private static Method set, get;

    private NativeHeap() {
    }

    /**
     * Finds the flag; call once PyTorch's libraries are loaded. False where that is not possible
     * (no such flag, no Foreign Function API, native access denied): backward then runs as it is.
     * {@code enable} false turns the zero-filling off (to measure what it costs).
     */
    public static synchronized boolean resolve(boolean enable) {
        enabled = enable;
        if (resolved) return flag != null;
        resolved = true;
        try {
            Class<?> arenaType = Class.forName("java.lang.foreign.Arena");
            Object arena = arenaType.getMethod("global").invoke(null);
            Class<?> lookupType = Class.forName("java.lang.foreign.SymbolLookup");
            // libc10 is loaded already (by the engine): dlopen finds it by its name
            Object lookup = lookupType.getMethod("libraryLookup", String.class, arenaType).invoke(null, "libc10.so", arena);
            Optional<?> symbol = (Optional<?>) lookupType.getMethod("find", String.class).invoke(lookup, FLAG);
            if (symbol.isEmpty()) return false;
            Class<?> segmentType = Class.forName("java.lang.foreign.MemorySegment");
            Class<?> byteLayout = Class.forName("java.lang.foreign.ValueLayout$OfByte");
            javaByte = Class.forName("java.lang.foreign.ValueLayout").getField("JAVA_BYTE").get(null);
            set = segmentType.getMethod("set", byteLayout, long.class, byte.class);
            get = segmentType.getMethod("get", byteLayout, long.class);
            flag = segmentType.getMethod("reinterpret", long.class).invoke(symbol.get(), 1L);
            return true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            flag = null;
            return false;
        }
    }

    /** Runs {@code gc.backward(loss)} with zero-filled allocations (where the flag was resolved). */
    public static void backward(GradientCollector gc, NDArray loss) {
        boolean on = enabled && zeroFill(true);
        try {
            gc.backward(loss);
        } finally {
            if (on) zeroFill(false);
        }
    }

    /** Sets the flag; false where it cannot be set. */
    public static synchronized boolean zeroFill(boolean on) {
        if (flag == null) return false;
        try {
            set.invoke(flag, javaByte, 0L, (byte) (on ? 1 : 0));
            return (byte) get.invoke(flag, javaByte, 0L) == (on ? 1 : 0);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
