package io.medli.launch;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.osgi.service.prefs.BackingStoreException;

import io.medli.store.MeasurementStore;
import io.medli.store.StoreException;

/**
 * The measurement store the IDE uses: the embedded H2 store in the workspace by default, or a
 * PostgreSQL server that a team shares - its JDBC URL and user in the instance preferences, its
 * password only in Equinox secure storage.
 */
public final class WorkspaceStore {
    /** Preferences of io.medli.launch: the PostgreSQL URL (empty: the embedded store) and user. */
    public static final String PREF_URL = "store.url", PREF_USER = "store.user";
    /** Secure storage node of the server's password (key "password"). */
    public static final String SECURE_NODE = "/io.medli/store";
    public static final String DEFAULT_USER = "medli";

    private WorkspaceStore() {
    }

    /** Where the store is: a PostgreSQL URL and user, or an empty URL for the workspace's H2 store. */
    public record Settings(String url, String user) {
        public boolean embedded() {
            return url == null || url.isBlank();
        }
    }

    private static IEclipsePreferences prefs() {
        return InstanceScope.INSTANCE.getNode("io.medli.launch");
    }

    public static Settings settings() {
        return new Settings(prefs().get(PREF_URL, "").trim(), prefs().get(PREF_USER, DEFAULT_USER).trim());
    }

    /** Keeps the settings; the password (null: leave it as it is, empty: none) to secure storage, encrypted. */
    public static void save(Settings s, char[] password) throws CoreException {
        if (!s.embedded() && !s.url().startsWith("jdbc:postgresql:")) throw error("a PostgreSQL store takes a jdbc:postgresql://HOST:PORT/DATABASE URL, not " + s.url());
        try {
            // the password first: a secure storage that fails leaves the preferences as they were
            if (password != null) {
                ISecurePreferences node = SecurePreferencesFactory.getDefault().node(SECURE_NODE);
                if (password.length == 0) node.remove("password");
                else node.put("password", new String(password), true);
                node.flush();
            }
            IEclipsePreferences p = prefs();
            p.put(PREF_URL, s.embedded() ? "" : s.url().trim());
            p.put(PREF_USER, s.user() == null || s.user().isBlank() ? DEFAULT_USER : s.user().trim());
            p.flush();
        } catch (BackingStoreException | StorageException | java.io.IOException e) {
            throw error("cannot keep the store's settings: " + e.getMessage());
        }
    }

    /** The stored password of the PostgreSQL store; null when none is kept. */
    public static char[] password() throws CoreException {
        try {
            String pw = SecurePreferencesFactory.getDefault().node(SECURE_NODE).get("password", null);
            return pw == null ? null : pw.toCharArray();
        } catch (StorageException e) {
            throw error("cannot read the store's password from secure storage: " + e.getMessage());
        }
    }

    /** Opens the configured store (migrated to this version); close it after use. */
    public static MeasurementStore open() throws CoreException {
        Settings s = settings();
        return open(s, s.embedded() ? null : password());
    }

    /** Opens a store with these settings: what the configured one is, and what Test Connection tries before saving. */
    public static MeasurementStore open(Settings s, char[] password) throws CoreException {
        try {
            return s.embedded() ? MeasurementStore.h2(EdgeBenchmarking.storeFolder()) : MeasurementStore.postgres(s.url(), s.user(), password);
        } catch (StoreException e) {
            throw new CoreException(Status.error(e.getMessage() + (s.embedded() ? "" : " (Preferences > MEDLI > Measurement Store)"), e));
        }
    }

    /** For a person: "the workspace's store" or the server's URL. */
    public static String describe() {
        Settings s = settings();
        return s.embedded() ? "the workspace's measurement store" : "the measurement store " + s.url();
    }

    private static CoreException error(String message) {
        return new CoreException(Status.error(message));
    }
}
