package io.medli.train.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv1d;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.pooling.Pool;
import io.medli.train.arch.Architecture;
import io.medli.train.arch.Layer;
import io.medli.train.arch.OnnxExport;

/** The trainable DJL block of an {@link Architecture}, with each layer's block kept by its path for export. */
public final class DjlNetwork implements OnnxExport.Weights {
    private final Architecture arch;
    private final SequentialBlock block;
    private final Map<String, Block> byPath = new LinkedHashMap<>();

    public DjlNetwork(Architecture arch) {
        this.arch = arch;
        this.block = sequence(arch.layers(), "");
    }

    public Architecture architecture() {
        return arch;
    }

    public Block block() {
        return block;
    }

    private SequentialBlock sequence(List<Layer> layers, String prefix) {
        SequentialBlock seq = new SequentialBlock();
        for (int i = 0; i < layers.size(); i++) {
            String path = prefix + i;
            Block b = block(layers.get(i), path);
            byPath.put(path, b);
            seq.add(b);
        }
        return seq;
    }

    private Block block(Layer layer, String path) {
        return switch (layer) {
            case Layer.Conv c -> Conv2d.builder().setKernelShape(new Shape(c.kernel(), c.kernel())).optStride(new Shape(c.stride(), c.stride()))
                    .optPadding(new Shape(c.padding(), c.padding())).optGroups(c.groups()).optBias(c.bias()).setFilters(c.filters()).build();
            case Layer.Conv1d c -> Conv1d.builder().setKernelShape(new Shape(c.kernel())).optStride(new Shape(c.stride()))
                    .optPadding(new Shape(c.padding())).setFilters(c.filters()).build();
            case Layer.BatchNorm b -> BatchNorm.builder().optEpsilon(1e-5f).optMomentum(0.9f).build();
            case Layer.Relu r -> Activation.reluBlock();
            // DJL's relu6 is minimum(6, relu(x)) through a freed scalar (see Scalars); clamp keeps its bounds by value
            case Layer.Relu6 r -> LambdaBlock.singleton(x -> x.clip(0f, 6f), "Relu6");
            case Layer.MaxPool p -> p.oneDimensional() ? Pool.maxPool1dBlock(new Shape(p.kernel()), new Shape(p.stride()))
                    : Pool.maxPool2dBlock(new Shape(p.kernel(), p.kernel()), new Shape(p.stride(), p.stride()));
            case Layer.GlobalAvgPool g -> LambdaBlock.singleton(DjlNetwork::globalAverage, "GlobalAvgPool");
            case Layer.Flatten f -> Blocks.batchFlattenBlock();
            case Layer.Dense d -> Linear.builder().setUnits(d.units()).build();
            case Layer.Dropout d -> Dropout.builder().optRate(d.rate()).build();
            case Layer.Residual r -> new ParallelBlock(
                    outs -> new NDList(outs.get(0).singletonOrThrow().add(outs.get(1).singletonOrThrow())),
                    List.of(sequence(r.body(), path + "."), Blocks.identityBlock()));
        };
    }

    /** Mean over every axis after the channels: [N, C, ...] to [N, C], for feature maps of any rank. */
    private static ai.djl.ndarray.NDArray globalAverage(ai.djl.ndarray.NDArray x) {
        if (x.getShape().dimension() <= 2) return x;
        return x.reshape(new ai.djl.ndarray.types.Shape(x.getShape().get(0), x.getShape().get(1), -1)).mean(new int[] { 2 });
    }

    @Override
    public float[] get(String layerPath, String param) {
        Block b = byPath.get(layerPath);
        if (b == null) throw new IllegalArgumentException("no layer " + layerPath);
        Parameter p = b.getParameters().get(param);
        if (p == null || p.getArray() == null) throw new IllegalArgumentException("layer " + layerPath + " has no parameter " + param);
        return p.getArray().toFloatArray();
    }

    /** Number of trainable values. */
    public long parameterCount() {
        long n = 0;
        for (var p : block.getParameters()) {
            if (p.getValue().requiresGradient()) n += p.getValue().getArray().getShape().size();
        }
        return n;
    }
}
