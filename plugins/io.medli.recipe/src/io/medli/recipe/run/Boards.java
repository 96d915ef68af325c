package io.medli.recipe.run;

import java.io.IOException;
import java.util.function.Function;

import io.medli.remote.Board;
import io.medli.remote.BoardFile;
import io.medli.remote.BoardSession;
import io.medli.remote.Credentials;
import io.medli.remote.HostKeyPolicy;

/**
 * How a run reaches the board a recipe's target names (Benchmark steps measure there): the boards of
 * ~/.medli/boards.json, with the secrets and host-key policy of whoever runs the recipe - the IDE
 * (secure storage, its host-key dialog) or the command line (key files, known keys only).
 */
@FunctionalInterface
public interface Boards {
    BoardSession open(String name) throws IOException;

    /** The boards of the board file; secrets from {@code credentials}, host keys by {@code policy}. */
    static Boards fromBoardFile(HostKeyPolicy policy, Function<Board, Credentials> credentials) {
        return name -> {
            Board b = BoardFile.find(BoardFile.read(BoardFile.defaultFile()), name);
            return BoardSession.open(b, credentials.apply(b), policy);
        };
    }

    /** Headless: key files without a passphrase, host keys already known (never a new one). */
    static Boards headless() {
        return fromBoardFile(new HostKeyPolicy(HostKeyPolicy.userKnownHostsFile(), BoardFile.defaultFile().resolveSibling("known_hosts"), null),
                b -> Credentials.NONE);
    }
}
