package io.medli.remote;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

import io.medli.agent.Agent;
import io.medli.agent.AgentJar;
import io.medli.agent.BenchReport;
import io.medli.agent.DeviceFacts;
import io.medli.agent.SampleSets;
import io.medli.onnx.progress.Monitor;

/**
 * The edge agent on a board: checks the board's Java, puts the agent and ONNX Runtime's jar in
 * {@code FOLDER/agent} (sent only when they changed), models in {@code FOLDER/models}, input samples
 * in {@code FOLDER/samples}, and runs
 * {@code info} and {@code bench} there, the agent's progress streamed to a console.
 */
public final class RemoteAgent {
    /** The oldest Java the agent runs on. */
    public static final int MIN_JAVA = 17;
    private static final Pattern VERSION = Pattern.compile("version \"(\\d+)(?:\\.(\\d+))?");
    private static final String PID = "medli-pid ";

    private final BoardSession s;
    private final Path agentDir;

    /** @param agentDir a local folder with {@link AgentJar#JAR} and {@link AgentJar#ONNX_RUNTIME_JAR} */
    public RemoteAgent(BoardSession session, Path agentDir) {
        this.s = session;
        this.agentDir = agentDir;
    }

    private String folder() {
        return s.board().folder();
    }

    /** The board's Java major version; an error that says how to install one where there is none or it is too old. */
    public int javaVersion() throws BoardException {
        String java = s.board().java();
        BoardSession.Result r = s.exec(Uploads.q(java) + " -version", Duration.ofSeconds(60));
        String text = r.out() + r.err();
        Matcher m = VERSION.matcher(text);
        String install = "install Java " + MIN_JAVA + " or newer (Debian, Raspberry Pi OS, Ubuntu: sudo apt install openjdk-17-jre-headless), "
                + "or set the board's Java command to one";
        if (r.exitCode() != 0 || !m.find()) {
            throw new BoardException("no Java on " + s.board().name() + " ('" + java + " -version' says: " + firstLine(text) + "): " + install);
        }
        int major = Integer.parseInt(m.group(1));
        if (major == 1 && m.group(2) != null) major = Integer.parseInt(m.group(2)); // 1.8 is Java 8
        if (major < MIN_JAVA) throw new BoardException(s.board().name() + " has Java " + major + "; the agent needs " + MIN_JAVA + " or newer: " + install);
        return major;
    }

    /** Sends what changed of the agent; returns the bytes sent (0 when the board has this agent already). */
    public long deploy(Monitor monitor) throws BoardException {
        javaVersion();
        long sent = 0;
        for (String f : List.of(AgentJar.ONNX_RUNTIME_JAR, AgentJar.JAR)) {
            sent += Uploads.upload(s, agentDir.resolve(f), folder() + "/agent", f, monitor).bytes();
        }
        return sent;
    }

    /** Sends a model (unless the board has it already); returns its path on the board. */
    public Uploads.Sent sendModel(Path model, Monitor monitor) throws BoardException {
        return sendModel(model, model.getFileName().toString(), monitor);
    }

    /** Sends a model under {@code name} on the board. */
    public Uploads.Sent sendModel(Path model, String name, Monitor monitor) throws BoardException {
        return Uploads.upload(s, model, folder() + "/models", name, monitor);
    }

    /**
     * Sends a folder of input samples ({@link SampleSets}: only their input files) into
     * {@code FOLDER/samples}, unless the board has it already; its path on the board is what
     * {@code bench --samples} takes.
     */
    public Uploads.Sent sendSamples(Path samples, Monitor monitor) throws BoardException {
        List<Path> files;
        try {
            files = SampleSets.inputFiles(samples);
        } catch (java.io.IOException e) {
            throw new BoardException(e.getMessage(), e);
        }
        return Uploads.uploadFolder(s, samples, files, folder() + "/samples", monitor);
    }

    /** {@code medli-agent info} on the board. */
    public DeviceFacts info() throws BoardException {
        BoardSession.Result r = s.exec(agentCommand(List.of("info")), Duration.ofMinutes(2));
        if (r.exitCode() != 0) throw agentFailed("info", r.exitCode(), r.err());
        try {
            return new Gson().fromJson(r.out(), DeviceFacts.class);
        } catch (JsonParseException e) {
            throw new BoardException("the agent on " + s.board().name() + " printed no facts: " + firstLine(r.out()), e);
        }
    }

    /**
     * {@code medli-agent bench} on the board for a model sent with {@link #sendModel}; the agent's
     * progress lines go to {@code console}. Cancel stops the agent on the board.
     */
    public BenchReport bench(String remoteModel, List<String> options, Duration timeout, Consumer<String> console, Monitor monitor) throws BoardException {
        List<String> args = new ArrayList<>(List.of("bench", remoteModel));
        args.addAll(options);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicLong pid = new AtomicLong(-1);
        ByteArrayOutputStream errText = new ByteArrayOutputStream();
        OutputStream err = BoardSession.lines(line -> {
            if (line.startsWith(PID)) {
                pid.set(Long.parseLong(line.substring(PID.length()).trim()));
                return;
            }
            errText.writeBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
            console.accept(line);
        });
        // the shell prints its process id, then becomes the agent: the id to stop it by
        String command = "sh -c " + Uploads.q("echo " + PID + "$$ >&2; exec " + agentCommand(args));
        int code;
        try {
            code = s.exec(command, out, err, timeout, monitor);
        } catch (CancellationException e) {
            stop(pid.get());
            throw e;
        } catch (BoardException e) {
            if (s.isOpen()) stop(pid.get());
            throw e;
        } finally {
            try {
                err.close();
            } catch (java.io.IOException e) {
                // a line buffer
            }
        }
        if (code != 0) throw agentFailed("bench", code, errText.toString(StandardCharsets.UTF_8));
        try {
            return BenchReport.parse(out.toString(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new BoardException("the agent on " + s.board().name() + ": " + e.getMessage(), e);
        }
    }

    private void stop(long pid) {
        if (pid <= 0) return;
        try {
            s.exec("kill " + pid + " 2>/dev/null; sleep 1; kill -9 " + pid + " 2>/dev/null; true", Duration.ofSeconds(20));
        } catch (BoardException e) {
            // the connection is gone: sshd hangs up on the process
        }
    }

    private String agentCommand(List<String> args) {
        StringBuilder b = new StringBuilder(Uploads.q(s.board().java())).append(" -jar ").append(Uploads.q(folder() + "/agent/" + AgentJar.JAR));
        for (String a : args) b.append(' ').append(Uploads.q(a));
        return b.toString();
    }

    private BoardException agentFailed(String what, int code, String err) {
        String last = err.strip().lines().reduce((a, b) -> b).orElse("");
        String kind = code == Agent.MODEL_FAILED ? "the board's ONNX Runtime cannot load or run the model"
                : code == Agent.IO_FAILED ? "a file on the board cannot be read or written" : code == 2 ? "the agent did not take its options" : "exit code " + code;
        return new BoardException("medli-agent " + what + " failed on " + s.board().name() + " (" + kind + "): " + last);
    }

    private static String firstLine(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}
