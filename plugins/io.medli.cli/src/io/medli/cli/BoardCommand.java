package io.medli.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.medli.agent.DeviceFacts;
import io.medli.onnx.progress.Monitor;
import io.medli.remote.Board;
import io.medli.remote.BoardFile;
import io.medli.remote.BoardSession;
import io.medli.remote.Credentials;
import io.medli.remote.HostKeyPolicy;
import io.medli.remote.RemoteAgent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code medli board add|list|remove|test}: the boards of ~/.medli/boards.json, shared with the IDE's Boards view. */
@Command(name = "board", header = "Add, list, remove or test the boards (edge devices reached by SSH).", mixinStandardHelpOptions = true, description = {
        "Boards are kept in ~/.medli/boards.json (no secrets: a key file is named, a password or passphrase is asked for with --ask-pass)." })
final class BoardCommand implements Callable<Integer> {
    private static final Pattern ADDRESS = Pattern.compile("([^@\\s]+)@([^:\\s]+)(?::(\\d+))?");

    static picocli.CommandLine create(Streams io) {
        picocli.CommandLine cl = new picocli.CommandLine(new BoardCommand());
        cl.addSubcommand("add", new Add(io));
        cl.addSubcommand("list", new ListBoards(io));
        cl.addSubcommand("remove", new Remove(io));
        cl.addSubcommand("test", new Test(io));
        return cl;
    }

    @Override
    public Integer call() throws UsageException {
        throw new UsageException("name a subcommand: medli board add NAME USER@HOST[:PORT], list, remove NAME, or test NAME");
    }

    static List<Board> boards() throws IOException {
        return BoardFile.read(BoardFile.defaultFile());
    }

    /** The secrets of a connection: asked for on the terminal with --ask-pass, else none (a key file without passphrase). */
    static Credentials credentials(Board b, boolean ask) throws CommandFailure {
        if (!ask) return Credentials.NONE;
        Console c = System.console();
        if (c == null) throw new CommandFailure("--ask-pass needs a terminal to ask on");
        char[] secret = c.readPassword(b.keyFile() != null ? "passphrase of %s: " : "password of %s: ", b.keyFile() != null ? b.keyFile() : b.address());
        return b.keyFile() != null ? Credentials.passphrase(secret) : Credentials.password(secret);
    }

    /** Known keys only, except on a terminal, where a new key is shown and asked about. */
    static HostKeyPolicy policy(Streams io) {
        Console c = System.console();
        HostKeyPolicy.Prompt prompt = c == null ? null : (host, type, fingerprint) -> {
            io.err().printf("The host key of %s is not known: %s %s%n", host, type, fingerprint);
            String answer = c.readLine("Trust it and remember it in %s? [y/N] ", medliKnownHosts());
            return answer != null && answer.trim().toLowerCase(Locale.ROOT).startsWith("y");
        };
        return new HostKeyPolicy(HostKeyPolicy.userKnownHostsFile(), medliKnownHosts(), prompt);
    }

    static Path medliKnownHosts() {
        return BoardFile.defaultFile().resolveSibling("known_hosts");
    }

    @Command(name = "add", header = "Add a board (or replace the one of that name).", mixinStandardHelpOptions = true)
    static final class Add implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Parameters(index = "1", paramLabel = "USER@HOST[:PORT]")
        String address;
        @Option(names = "--key", paramLabel = "FILE", description = "private key file (else a password, asked for with --ask-pass)")
        String key;
        @Option(names = "--folder", paramLabel = "DIR", description = "MEDLI's folder on the board (default: .medli in the user's home)")
        String folder;
        @Option(names = "--java", paramLabel = "COMMAND", description = "Java on the board (default: java)")
        String java;
        private final Streams io;

        Add(Streams io) {
            this.io = io;
        }

        @Override
        public Integer call() throws Exception {
            Matcher m = ADDRESS.matcher(address);
            if (!m.matches()) throw new UsageException("the address must be USER@HOST or USER@HOST:PORT, was " + address);
            Board b;
            try {
                b = new Board(name, m.group(2), m.group(3) == null ? 22 : Integer.parseInt(m.group(3)), m.group(1), key, folder, java);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            List<Board> all = boards();
            all.removeIf(x -> x.name().equals(name));
            all.add(b);
            BoardFile.write(BoardFile.defaultFile(), all);
            io.out().println("board " + name + ": " + b.address() + (key != null ? " with key " + key : " by password") + "; try it: medli board test " + name);
            return 0;
        }
    }

    @Command(name = "list", header = "The boards.", mixinStandardHelpOptions = true)
    static final class ListBoards implements Callable<Integer> {
        private final Streams io;

        ListBoards(Streams io) {
            this.io = io;
        }

        @Override
        public Integer call() throws Exception {
            for (Board b : boards()) io.out().printf("%-16s %-32s %s%n", b.name(), b.address(), b.keyFile() != null ? "key " + b.keyFile() : "password");
            return 0;
        }
    }

    @Command(name = "remove", header = "Remove a board.", mixinStandardHelpOptions = true)
    static final class Remove implements Callable<Integer> {
        @Parameters(paramLabel = "NAME")
        String name;
        private final Streams io;

        Remove(Streams io) {
            this.io = io;
        }

        @Override
        public Integer call() throws Exception {
            List<Board> all = boards();
            BoardFile.find(all, name);
            all.removeIf(x -> x.name().equals(name));
            BoardFile.write(BoardFile.defaultFile(), all);
            io.out().println("removed " + name);
            return 0;
        }
    }

    @Command(name = "test", header = "Connect, check Java, and show the board's facts (the agent's info).", mixinStandardHelpOptions = true)
    static final class Test implements Callable<Integer> {
        @Parameters(paramLabel = "NAME")
        String name;
        @Option(names = "--ask-pass", description = "ask for the password or the key's passphrase")
        boolean askPass;
        private final Streams io;

        Test(Streams io) {
            this.io = io;
        }

        @Override
        public Integer call() throws Exception {
            Board b = BoardFile.find(boards(), name);
            try (BoardSession s = BoardSession.open(b, credentials(b, askPass), policy(io))) {
                RemoteAgent agent = new RemoteAgent(s, BenchCommand.agentFolder());
                long sent = agent.deploy(Monitor.NONE);
                DeviceFacts f = agent.info();
                io.out().println(b.name() + ": " + f.summary() + (sent > 0 ? String.format(Locale.ROOT, " (agent sent: %.1f MB)", sent / 1e6) : ""));
            }
            return 0;
        }
    }
}
