package io.medli.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

/**
 * The agent on an emulated aarch64 board: Debian's arm64 Java 17 under qemu-user, the same jar and
 * ONNX Runtime's aarch64 natives from the same ONNX Runtime jar. Function only - emulation is some
 * 50x slow, so no figure of it means anything. Tagged slow: run by tools/test-slow.sh, which makes
 * the board (tools/arm64-board.sh).
 */
@Tag("slow")
class Arm64AgentTest {
    @TempDir
    static Path board;
    static Path sysroot;

    @BeforeAll
    static void deploy() throws Exception {
        Path root = Path.of(System.getProperty("medli.root", "../.."));
        Process p = new ProcessBuilder("bash", root.resolve("tools/arm64-board.sh").toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), "tools/arm64-board.sh failed");
        sysroot = Path.of(out.lines().reduce((a, b) -> b).orElseThrow());
        AgentJar.write(board, AgentJar.sourcesOnClassPath(), AgentJar.ONNX_RUNTIME_JAR);
        Files.copy(AgentJar.onnxRuntimeOnClassPath(), board.resolve(AgentJar.ONNX_RUNTIME_JAR));
    }

    private static String[] agent(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("qemu-aarch64-static", "-L", sysroot.toString(),
                sysroot.resolve("usr/lib/jvm/java-17-openjdk-arm64/bin/java").toString(), "-XX:TieredStopAtLevel=1", "-jar",
                board.resolve(AgentJar.JAR).toString()));
        cmd.addAll(List.of(args));
        Path out = board.resolve("out.txt"), err = board.resolve("err.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the emulated agent did not finish in 15 minutes");
        }
        return new String[] { Integer.toString(p.exitValue()), Files.readString(out), Files.readString(err) };
    }

    @Test
    void infoAndBenchOnAarch64() throws Exception {
        String[] info = agent("info");
        assertEquals("0", info[0], info[2]);
        var facts = JsonParser.parseString(info[1]).getAsJsonObject();
        assertEquals("aarch64", facts.get("arch").getAsString());
        assertTrue(facts.get("javaVersion").getAsString().startsWith("17"), info[1]);
        assertEquals("1.29.0", facts.get("ortVersion").getAsString());
        assertTrue(facts.getAsJsonArray("simd").toString().contains("asimd"), info[1]);

        Path model = Models.model("mlsd_320x320_tiny.onnx");
        String[] bench = agent("bench", model.toString(), "--warmup", "0", "--iterations", "2", "--threads", "1", "--warm-loads", "0");
        assertEquals("0", bench[0], bench[2]);
        assertEquals(List.of(), SchemaCheck.check(Models.schema(), bench[1]));
        BenchReport r = BenchReport.parse(bench[1]);
        assertEquals("aarch64", r.device.arch);
        assertEquals(2, r.runs.get(0).latency.count);
        assertEquals(2, r.outputs.get(0).tensors.size(), "M-LSD tiny's two outputs, kept for the host's check");
        // the board's ONNX Runtime (aarch64 kernels) against this machine's on the same generated inputs: close, not equal
        for (Fidelity.Output f : Fidelity.check(r, model)) {
            System.out.printf("aarch64 against x86-64: %s max |difference| %.3g, cosine %.7f%n", f.name(), f.maxAbsDiff(), f.cosine());
            assertTrue(f.cosine() > 0.99, f.name() + ": cosine " + f.cosine());
        }
    }
}
