package io.medli.remote;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Collection;

import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.client.keyverifier.KnownHostsServerKeyVerifier;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;

/**
 * Which host keys a connection trusts: a key recorded for the host in the user's
 * {@code ~/.ssh/known_hosts} or in MEDLI's own known-hosts file is accepted; a key that differs from
 * a recorded one is refused, always; a key of a host recorded nowhere is shown to the user
 * ({@link Prompt}, with its fingerprint) and, once accepted, recorded in MEDLI's file - the user's
 * own file is never written. Without a prompt (headless runs) an unknown key is refused.
 */
public final class HostKeyPolicy {
    /** Asks the user whether to trust a host key seen for the first time. */
    @FunctionalInterface
    public interface Prompt {
        boolean acceptNewKey(String host, String keyType, String fingerprint);
    }

    private final Path userKnownHosts;
    private final Path medliKnownHosts;
    private final Prompt prompt;

    /** @param prompt null for a headless run: unknown keys are refused */
    public HostKeyPolicy(Path userKnownHosts, Path medliKnownHosts, Prompt prompt) {
        this.userKnownHosts = userKnownHosts;
        this.medliKnownHosts = medliKnownHosts;
        this.prompt = prompt;
    }

    public static Path userKnownHostsFile() {
        return Path.of(System.getProperty("user.home"), ".ssh", "known_hosts");
    }

    public Path medliKnownHosts() {
        return medliKnownHosts;
    }

    /** A verifier for one connection; after a refusal, {@link Check#problem()} says why. */
    Check check(String hostLabel) throws IOException {
        Files.createDirectories(medliKnownHosts.toAbsolutePath().getParent());
        return new Check(hostLabel);
    }

    final class Check implements ServerKeyVerifier {
        private final String host;
        private volatile String problem;
        private final ServerKeyVerifier chain;

        Check(String host) {
            this.host = host;
            ServerKeyVerifier unknown = (session, address, key) -> {
                String type = KeyUtils.getKeyType(key), fp = KeyUtils.getFingerPrint(key);
                if (prompt == null) {
                    problem = "the host key of " + host + " (" + type + " " + fp + ") is not known, and a run without the IDE never accepts a new key: "
                            + "connect once from the IDE (Boards view, Test Connection) and accept it, or add it to " + userKnownHosts
                            + " (ssh-keyscan, then check its fingerprint)";
                    return false;
                }
                boolean ok = prompt.acceptNewKey(host, type, fp);
                if (!ok) problem = "the host key of " + host + " (" + type + " " + fp + ") was not accepted";
                return ok;
            };
            KnownHostsServerKeyVerifier medli = new KnownHostsServerKeyVerifier(unknown, medliKnownHosts) {
                @Override
                public boolean acceptModifiedServerKey(ClientSession s, SocketAddress a, KnownHostEntry e, PublicKey expected, PublicKey actual) {
                    changed(medliKnownHosts, expected, actual);
                    return false;
                }
            };
            chain = new KnownHostsServerKeyVerifier(medli, userKnownHosts) {
                @Override
                public boolean acceptModifiedServerKey(ClientSession s, SocketAddress a, KnownHostEntry e, PublicKey expected, PublicKey actual) {
                    changed(userKnownHosts, expected, actual);
                    return false;
                }

                @Override
                protected KnownHostEntry updateKnownHostsFile(ClientSession s, SocketAddress a, PublicKey key, Path file,
                        Collection<HostEntryPair> known) {
                    return null; // the user's own file is theirs: an accepted key goes into MEDLI's
                }
            };
        }

        private void changed(Path file, PublicKey expected, PublicKey actual) {
            problem = "the host key of " + host + " has CHANGED: it is now " + KeyUtils.getKeyType(actual) + " " + KeyUtils.getFingerPrint(actual) + ", "
                    + file + " records " + KeyUtils.getKeyType(expected) + " " + KeyUtils.getFingerPrint(expected)
                    + ". Someone may be intercepting the connection; if the board was reinstalled, remove its line (ssh-keygen -R HOST -f " + file
                    + ") and connect again to accept the new key";
        }

        @Override
        public boolean verifyServerKey(ClientSession session, SocketAddress address, PublicKey key) {
            return chain.verifyServerKey(session, address, key);
        }

        String problem() {
            return problem;
        }
    }
}
