package io.medli.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Option;

/** Values for a model's symbolic dimensions. */
final class SizeOptions {
    @Option(names = "--dim", paramLabel = "NAME=VALUE", description = "value of the symbolic dimension NAME (repeatable), e.g. --dim batch=1")
    Map<String, Long> dims = new LinkedHashMap<>();
    @Option(names = "--shape", paramLabel = "INPUT=AxBx...", description = "the whole shape of a generated input (repeatable), e.g. "
            + "--shape x=1x3x48x320; needed where sizes are unnamed")
    Map<String, String> shapes = new LinkedHashMap<>();

    Map<String, Long> dims() throws UsageException {
        for (Map.Entry<String, Long> e : dims.entrySet()) {
            if (e.getKey().isEmpty() || e.getValue() < 0) {
                throw new UsageException("--dim needs NAME=VALUE with a non-negative integer, got '" + e.getKey() + "=" + e.getValue() + "'");
            }
        }
        return dims;
    }

    Map<String, long[]> shapes() throws UsageException {
        Map<String, long[]> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : shapes.entrySet()) {
            String[] parts = e.getValue().split("x");
            long[] s = new long[parts.length];
            try {
                for (int i = 0; i < parts.length; i++) {
                    s[i] = Long.parseLong(parts[i].trim());
                    if (s[i] < 0) throw new NumberFormatException();
                }
            } catch (NumberFormatException ex) {
                throw new UsageException("--shape needs INPUT=AxBx... with non-negative sizes, e.g. x=1x3x224x224, got '" + e.getKey() + "="
                        + e.getValue() + "'");
            }
            out.put(e.getKey(), s);
        }
        return out;
    }

    /** {@code o} with these sizes. */
    io.medli.runtime.RunOptions applyTo(io.medli.runtime.RunOptions o) throws UsageException {
        return o.withDims(dims()).withShapes(shapes());
    }
}
