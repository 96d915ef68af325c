package io.medli.diagram;

import java.util.Map;

/** What an operator does, for colouring boxes (as Netron groups them). */
public enum OperatorCategory {
    CONVOLUTION, MATMUL, RECURRENT, ACTIVATION, NORMALIZATION, POOLING, ELEMENTWISE, SHAPE, QUANTIZATION,
    CONTROL_FLOW, OTHER;

    private static final Map<String, OperatorCategory> BY_OP = Map.ofEntries(
            Map.entry("Conv", CONVOLUTION), Map.entry("ConvTranspose", CONVOLUTION), Map.entry("ConvInteger", CONVOLUTION),
            Map.entry("QLinearConv", CONVOLUTION), Map.entry("FusedConv", CONVOLUTION), Map.entry("DeformConv", CONVOLUTION),
            Map.entry("MatMul", MATMUL), Map.entry("Gemm", MATMUL), Map.entry("MatMulInteger", MATMUL),
            Map.entry("QLinearMatMul", MATMUL), Map.entry("FusedMatMul", MATMUL), Map.entry("Einsum", MATMUL),
            Map.entry("Attention", MATMUL), Map.entry("MultiHeadAttention", MATMUL), Map.entry("MatMulNBits", MATMUL),
            Map.entry("LSTM", RECURRENT), Map.entry("GRU", RECURRENT), Map.entry("RNN", RECURRENT),
            Map.entry("Relu", ACTIVATION), Map.entry("LeakyRelu", ACTIVATION), Map.entry("PRelu", ACTIVATION),
            Map.entry("Sigmoid", ACTIVATION), Map.entry("HardSigmoid", ACTIVATION), Map.entry("Tanh", ACTIVATION),
            Map.entry("Elu", ACTIVATION), Map.entry("Selu", ACTIVATION), Map.entry("Celu", ACTIVATION),
            Map.entry("Gelu", ACTIVATION), Map.entry("FastGelu", ACTIVATION), Map.entry("BiasGelu", ACTIVATION),
            Map.entry("Erf", ACTIVATION), Map.entry("Softmax", ACTIVATION), Map.entry("LogSoftmax", ACTIVATION),
            Map.entry("HardSwish", ACTIVATION), Map.entry("Mish", ACTIVATION), Map.entry("Softplus", ACTIVATION),
            Map.entry("Softsign", ACTIVATION), Map.entry("Clip", ACTIVATION), Map.entry("ThresholdedRelu", ACTIVATION),
            Map.entry("BatchNormalization", NORMALIZATION), Map.entry("LayerNormalization", NORMALIZATION),
            Map.entry("InstanceNormalization", NORMALIZATION), Map.entry("GroupNormalization", NORMALIZATION),
            Map.entry("LRN", NORMALIZATION), Map.entry("SkipLayerNormalization", NORMALIZATION),
            Map.entry("SimplifiedLayerNormalization", NORMALIZATION), Map.entry("MeanVarianceNormalization", NORMALIZATION),
            Map.entry("MaxPool", POOLING), Map.entry("AveragePool", POOLING), Map.entry("GlobalAveragePool", POOLING),
            Map.entry("GlobalMaxPool", POOLING), Map.entry("LpPool", POOLING), Map.entry("GlobalLpPool", POOLING),
            Map.entry("MaxRoiPool", POOLING), Map.entry("RoiAlign", POOLING), Map.entry("QLinearAveragePool", POOLING),
            Map.entry("QLinearGlobalAveragePool", POOLING),
            Map.entry("Add", ELEMENTWISE), Map.entry("Sub", ELEMENTWISE), Map.entry("Mul", ELEMENTWISE),
            Map.entry("Div", ELEMENTWISE), Map.entry("Pow", ELEMENTWISE), Map.entry("Sqrt", ELEMENTWISE),
            Map.entry("Exp", ELEMENTWISE), Map.entry("Log", ELEMENTWISE), Map.entry("Neg", ELEMENTWISE),
            Map.entry("Abs", ELEMENTWISE), Map.entry("Reciprocal", ELEMENTWISE), Map.entry("Max", ELEMENTWISE),
            Map.entry("Min", ELEMENTWISE), Map.entry("Sum", ELEMENTWISE), Map.entry("Mean", ELEMENTWISE),
            Map.entry("Where", ELEMENTWISE), Map.entry("Equal", ELEMENTWISE), Map.entry("Less", ELEMENTWISE),
            Map.entry("Greater", ELEMENTWISE), Map.entry("Not", ELEMENTWISE), Map.entry("And", ELEMENTWISE),
            Map.entry("Or", ELEMENTWISE), Map.entry("ReduceMean", ELEMENTWISE), Map.entry("ReduceSum", ELEMENTWISE),
            Map.entry("ReduceMax", ELEMENTWISE), Map.entry("Floor", ELEMENTWISE), Map.entry("Ceil", ELEMENTWISE),
            Map.entry("Reshape", SHAPE), Map.entry("Transpose", SHAPE), Map.entry("Concat", SHAPE), Map.entry("Split", SHAPE),
            Map.entry("Slice", SHAPE), Map.entry("Gather", SHAPE), Map.entry("GatherElements", SHAPE),
            Map.entry("GatherND", SHAPE), Map.entry("Squeeze", SHAPE), Map.entry("Unsqueeze", SHAPE),
            Map.entry("Flatten", SHAPE), Map.entry("Shape", SHAPE), Map.entry("Size", SHAPE), Map.entry("Expand", SHAPE),
            Map.entry("Tile", SHAPE), Map.entry("Pad", SHAPE), Map.entry("Resize", SHAPE), Map.entry("Upsample", SHAPE),
            Map.entry("Identity", SHAPE), Map.entry("Cast", SHAPE), Map.entry("CastLike", SHAPE),
            Map.entry("ConstantOfShape", SHAPE), Map.entry("DepthToSpace", SHAPE), Map.entry("SpaceToDepth", SHAPE),
            Map.entry("Range", SHAPE), Map.entry("ScatterND", SHAPE), Map.entry("ScatterElements", SHAPE),
            Map.entry("QuantizeLinear", QUANTIZATION), Map.entry("DequantizeLinear", QUANTIZATION),
            Map.entry("DynamicQuantizeLinear", QUANTIZATION), Map.entry("QLinearAdd", QUANTIZATION),
            Map.entry("QLinearMul", QUANTIZATION), Map.entry("QLinearConcat", QUANTIZATION),
            Map.entry("If", CONTROL_FLOW), Map.entry("Loop", CONTROL_FLOW), Map.entry("Scan", CONTROL_FLOW));

    public static OperatorCategory of(String opType) {
        return BY_OP.getOrDefault(opType, OTHER);
    }
}
