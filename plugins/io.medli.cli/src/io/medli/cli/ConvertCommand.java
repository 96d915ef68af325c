package io.medli.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.medli.onnx.OnnxModel;
import io.medli.onnx.edit.EditException;
import io.medli.onnx.edit.OpsetConversion;
import io.medli.onnx.proto.ModelProto;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code medli convert MODEL --opset N --out FILE}: a model raised to a newer opset. */
@Command(name = "convert", header = "Raise a model to a newer opset.", mixinStandardHelpOptions = true, description = {
        "Raise a model's default-domain opset (7 or newer) to N (11 to 21), rewriting the operators whose form changed on the way: "
                + "attributes that became inputs (Slice, Pad, Clip, TopK, Split, Squeeze/Unsqueeze, Reduce*), Upsample to Resize, "
                + "Scatter to ScatterElements, Softmax's flattened tail. The input is never modified." })
final class ConvertCommand implements Callable<Integer> {
    @Parameters(paramLabel = "MODEL", description = "an .onnx file (never modified)")
    Path model;
    @Option(names = "--opset", paramLabel = "N", required = true, description = "the opset to convert to")
    int opset;
    @Option(names = "--out", paramLabel = "FILE", required = true, description = "the converted model (written atomically)")
    Path out;

    private final Streams io;

    ConvertCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        Path in = Checks.model(model);
        Path target = Checks.target(out, in);
        ModelProto m = OnnxModel.read(in).proto();
        long from = m.defaultOpset();
        ModelProto converted;
        try {
            converted = OpsetConversion.to(m, opset);
        } catch (EditException e) {
            throw new CommandFailure(e.getMessage());
        }
        OnnxModel.of(converted).write(target.toAbsolutePath());
        io.out().printf(Locale.ROOT, "opset %d -> %d; wrote %s (%s)%n", from, converted.defaultOpset(), target, Units.mb(Files.size(target)));
        return 0;
    }
}
