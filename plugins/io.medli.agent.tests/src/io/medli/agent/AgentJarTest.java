package io.medli.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

/**
 * The agent as a board runs it: the assembled jar, ONNX Runtime's jar beside it, started with
 * {@code java -jar} by a Java 17 (the oldest the agent supports; Debian's openjdk-17, which the test
 * command installs), no Eclipse and no class of this test's process on its class path.
 */
class AgentJarTest {
    @TempDir
    static Path board;
    static Path java17;

    @BeforeAll
    static void deploy() throws Exception {
        java17 = findJava17();
        AgentJar.write(board, AgentJar.sourcesOnClassPath(), "onnxruntime.jar");
        Files.copy(AgentJar.onnxRuntimeOnClassPath(), board.resolve("onnxruntime.jar"));
    }

    static Path findJava17() throws IOException {
        String p = System.getProperty("medli.board.java");
        if (p != null) return Path.of(p);
        try (Stream<Path> jvms = Files.list(Path.of("/usr/lib/jvm"))) {
            return jvms.filter(d -> d.getFileName().toString().matches("java-17-openjdk-.*")).map(d -> d.resolve("bin/java")).filter(Files::isExecutable)
                    .findFirst().orElseThrow(() -> new IllegalStateException("no Java 17 in /usr/lib/jvm: apt-get install openjdk-17-jre-headless (the test command does)"));
        }
    }

    record Result(int code, String out, String err) {
    }

    static Result agent(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(java17.toString(), "-jar", board.resolve(AgentJar.JAR).toString()));
        cmd.addAll(List.of(args));
        Path out = board.resolve("out.txt"), err = board.resolve("err.txt");
        Process p = new ProcessBuilder(cmd).directory(board.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the agent did not finish in 2 minutes: " + cmd);
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void infoOnJava17SaysWhatTheBoardIs() throws Exception {
        Result r = agent("info");
        assertEquals(0, r.code(), r.err());
        var facts = JsonParser.parseString(r.out()).getAsJsonObject();
        assertTrue(facts.get("javaVersion").getAsString().startsWith("17"), r.out());
        assertEquals("1.29.0", facts.get("ortVersion").getAsString());
        assertEquals(System.getProperty("os.arch"), facts.get("arch").getAsString());
        assertTrue(facts.getAsJsonArray("ortProviders").toString().contains("CPU"), r.out());
    }

    @Test
    void benchOnJava17WritesAReportOfTheSchema() throws Exception {
        Path model = Models.model("mlsd_320x320_tiny.onnx");
        Result r = agent("bench", model.toString(), "--warmup", "1", "--iterations", "5", "--threads", "1,2", "--warm-loads", "1");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(), SchemaCheck.check(Models.schema(), r.out()));
        BenchReport report = BenchReport.parse(r.out());
        assertEquals(2, report.runs.size());
        assertEquals(List.of(1, 2), report.runs.stream().map(x -> x.threads).toList());
        assertTrue(report.device.javaVersion.startsWith("17"));
        assertTrue(r.err().contains("[medli-agent] loading mlsd_320x320_tiny.onnx"), r.err());
    }

    @Test
    void badInputGetsAClearMessageAndItsExitCode() throws Exception {
        Path cut = board.resolve("cut.onnx");
        byte[] whole = Files.readAllBytes(Models.model("mlsd_320x320_tiny.onnx"));
        Files.write(cut, java.util.Arrays.copyOf(whole, 4000));
        Result bad = agent("bench", cut.toString(), "--iterations", "1");
        assertEquals(Agent.MODEL_FAILED, bad.code(), bad.err());
        assertTrue(bad.err().contains("medli-agent: ONNX Runtime cannot load cut.onnx"), bad.err());
        assertEquals("", bad.out(), "no report for a failed run");
        Result missing = agent("bench", board.resolve("nowhere.onnx").toString());
        assertEquals(Agent.IO_FAILED, missing.code(), missing.err());
        assertTrue(missing.err().contains("no model file"), missing.err());
        Result usage = agent("bench", cut.toString(), "--iterations", "0");
        assertEquals(2, usage.code(), usage.err());
        assertTrue(usage.err().contains("--iterations must be at least 1"), usage.err());
    }

    @Test
    void theSameClassesMakeTheSameJarByteForByte() throws Exception {
        Path again = Files.createDirectories(board.resolve("again"));
        AgentJar.write(again, AgentJar.sourcesOnClassPath(), "onnxruntime.jar");
        assertArrayEquals(Files.readAllBytes(board.resolve(AgentJar.JAR)), Files.readAllBytes(again.resolve(AgentJar.JAR)));
        assertTrue(Files.size(again.resolve(AgentJar.JAR)) < 5_000_000, "the agent without ONNX Runtime stays small: " + Files.size(again.resolve(AgentJar.JAR)));
    }
}
