package io.medli.train;

import java.io.IOException;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.medli.onnx.TensorData;
import io.medli.onnx.proto.DataType;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.onnx.proto.TensorProto;

/**
 * What a statically quantized model (QuantizeLinear/DequantizeLinear pairs, as the static
 * quantizer writes it) stores in 8 bits: the grid of every activation quantized at one scale, and
 * the convolutions whose weights are int8 - what quantization-aware training simulates.
 */
public record QuantizationGrids(Map<String, OutputMatching.ActivationGrid> activations, Set<String> int8Convolutions, int weightMax) {
    public QuantizationGrids {
        activations = Map.copyOf(activations);
        int8Convolutions = Set.copyOf(int8Convolutions);
    }

    /** Reads the grids of {@code quantized}; activations keep the names they have in the float model it came from. */
    public static QuantizationGrids of(ModelProto quantized) throws IOException {
        Map<String, TensorProto> init = new HashMap<>();
        for (TensorProto t : quantized.graph().initializers()) init.put(t.name(), t);
        Map<String, OutputMatching.ActivationGrid> grids = new HashMap<>();
        Set<String> int8Weights = new HashSet<>(), convs = new HashSet<>();
        Map<String, String> codesOf = new HashMap<>();
        for (NodeProto n : quantized.graph().nodes()) {
            if (n.opType().equals("QuantizeLinear") && !init.containsKey(n.input(0)) && n.inputs().size() > 2) {
                TensorProto s = init.get(n.input(1)), z = init.get(n.input(2));
                if (s == null || z == null || s.elementCount() != 1 || z.elementCount() != 1) continue; // per-channel or computed: not simulated
                float scale = TensorData.bytes(s).order(ByteOrder.LITTLE_ENDIAN).getFloat(0);
                byte zero = TensorData.bytes(z).get(0);
                boolean unsigned = z.dataType() == DataType.UINT8;
                if (!unsigned && z.dataType() != DataType.INT8) continue;
                grids.put(n.input(0), new OutputMatching.ActivationGrid(scale, unsigned ? zero & 0xff : zero, unsigned ? 0 : -128, unsigned ? 255 : 127));
            }
            if (n.opType().equals("DequantizeLinear") && init.containsKey(n.input(0)) && init.get(n.input(0)).dataType() == DataType.INT8) {
                int8Weights.addAll(n.outputs());
                for (String o : n.outputs()) codesOf.put(o, n.input(0));
            }
        }
        int largest = 0;
        for (NodeProto n : quantized.graph().nodes()) {
            if (n.opType().equals("Conv") && n.inputs().size() > 1 && int8Weights.contains(n.input(1))) {
                convs.add(n.name());
                java.nio.ByteBuffer b = TensorData.bytes(init.get(codesOf.get(n.input(1))));
                while (b.hasRemaining()) largest = Math.max(largest, Math.abs(b.get()));
            }
        }
        // weights in 7 bits where the quantizer's machine has saturating int8 kernels (Int8Kernels)
        return new QuantizationGrids(grids, convs, largest > 0 && largest <= 63 ? 63 : 127);
    }
}
