package io.medli.remote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

import io.medli.onnx.AtomicFiles;

/**
 * The boards a user has set up, kept in one JSON file ({@code ~/.medli/boards.json}) that the IDE's
 * Boards view and the command line share. No secrets in it: passwords and passphrases live in
 * secure storage (IDE) or are asked for (command line). Written atomically.
 */
public final class BoardFile {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private BoardFile() {
    }

    /** {@code ~/.medli/boards.json}, or the file the system property {@code medli.boards} names. */
    public static Path defaultFile() {
        String p = System.getProperty("medli.boards");
        return p != null ? Path.of(p) : Path.of(System.getProperty("user.home"), ".medli", "boards.json");
    }

    /** The boards in {@code file}; none when it does not exist. */
    public static List<Board> read(Path file) throws IOException {
        if (!Files.exists(file)) return new ArrayList<>();
        try {
            Board[] boards = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), Board[].class);
            List<Board> out = new ArrayList<>();
            if (boards != null) {
                for (Board b : boards) out.add(new Board(b.name(), b.host(), b.port() == 0 ? 22 : b.port(), b.user(), b.keyFile(), b.folder(), b.java()));
            }
            return out;
        } catch (JsonParseException | IllegalArgumentException | NullPointerException e) {
            throw new IOException(file + " is not a list of boards (" + e.getMessage() + "); fix or remove it", e);
        }
    }

    public static void write(Path file, List<Board> boards) throws IOException {
        AtomicFiles.writeString(file, GSON.toJson(boards));
    }

    /** The board called {@code name}; an error that lists the known ones otherwise. */
    public static Board find(List<Board> boards, String name) throws BoardException {
        for (Board b : boards) if (b.name().equals(name)) return b;
        throw new BoardException("no board called '" + name + "'" + (boards.isEmpty() ? "; add one with: medli board add NAME USER@HOST[:PORT]"
                : "; the boards are: " + String.join(", ", boards.stream().map(Board::name).toList())));
    }
}
