package io.medli.remote;

/**
 * A board as the user set it up: where to reach it and as whom. Secrets are not part of it (they
 * live in secure storage and come with each connection as {@link Credentials}).
 *
 * @param keyFile a private key file on this machine, or null to log in by password
 * @param folder the folder on the board that MEDLI writes into, relative to the user's home unless
 *        absolute (default {@code .medli}: each user of a board has their own)
 * @param java the command that starts Java on the board (default {@code java})
 */
public record Board(String name, String host, int port, String user, String keyFile, String folder, String java) {
    public Board {
        if (host == null || host.isBlank()) throw new IllegalArgumentException("a board needs a host name or address");
        if (user == null || user.isBlank()) throw new IllegalArgumentException("a board needs a user name");
        if (port < 1 || port > 65535) throw new IllegalArgumentException("port " + port + " is not between 1 and 65535");
        if (name == null || name.isBlank()) name = user + "@" + host;
        if (folder == null || folder.isBlank()) folder = ".medli";
        if (java == null || java.isBlank()) java = "java";
    }

    public static Board of(String name, String host, int port, String user, String keyFile) {
        return new Board(name, host, port, user, keyFile, null, null);
    }

    /** user@host:port, as messages name it. */
    public String address() {
        return user + "@" + host + (port == 22 ? "" : ":" + port);
    }
}
