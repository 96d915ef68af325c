package io.medli.remote;

/**
 * The secrets of one connection, from secure storage or a prompt: a password (password login) or
 * the passphrase of the board's key file (null for a key without one). Never logged, never stored
 * by this bundle.
 */
public record Credentials(char[] password, char[] passphrase) {
    public static final Credentials NONE = new Credentials(null, null);

    public static Credentials password(char[] p) {
        return new Credentials(p, null);
    }

    public static Credentials passphrase(char[] p) {
        return new Credentials(null, p);
    }

    @Override
    public String toString() {
        return "Credentials[" + (password != null ? "password" : passphrase != null ? "key passphrase" : "none") + "]";
    }
}
