package io.medli.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.medli.boards.ui.internal.StorePreferencePage;
import io.medli.launch.WorkspaceStore;
import io.medli.store.Filter;
import io.medli.store.MeasurementStore;
import io.medli.testing.PostgresServer;

/** Preferences > MEDLI Studio > Measurement Store against a real PostgreSQL with a password: test, keep, and what the IDE then uses. */
@ExtendWith(NoErrorLogged.class)
class StorePreferencesTest {
    private static final String ID = "io.medli.boards.ui.storePreferences";

    private static <T extends Control> T field(Composite s, Class<T> type, String key) {
        return Widgets.field(s, type, key);
    }

    private static PreferenceDialog open() {
        PreferenceDialog d = PreferencesUtil.createPreferenceDialogOn(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), ID, new String[] { ID }, null);
        d.setBlockOnOpen(false);
        d.open();
        return d;
    }

    private static void choose(Button radio, Button other) {
        radio.setSelection(true);
        other.setSelection(false);
        radio.notifyListeners(SWT.Selection, new Event());
    }

    @Test
    void aPostgreSqlServerIsTestedKeptWithItsPasswordInSecureStorageAndUsed() throws Exception {
        try (PostgresServer pg = new PostgresServer("ui secret")) {
            PreferenceDialog d = open();
            try {
                StorePreferencePage page = (StorePreferencePage) d.getSelectedPage();
                Composite c = (Composite) page.getControl();
                assertTrue(field(c, Button.class, "embedded").getSelection(), "the workspace's store by default");
                assertFalse(field(c, Text.class, "url").isEnabled());
                choose(field(c, Button.class, "server"), field(c, Button.class, "embedded"));
                field(c, Text.class, "url").setText("postgres://wrong");
                assertFalse(page.isValid(), "not a JDBC URL");
                field(c, Text.class, "url").setText(pg.url());
                field(c, Text.class, "user").setText("medli");
                field(c, Text.class, "password").setText("not it");
                field(c, Button.class, "test").notifyListeners(SWT.Selection, new Event());
                String result = field(c, Label.class, "result").getText();
                assertTrue(result.contains("refused the login"), result);
                field(c, Text.class, "password").setText("ui secret");
                field(c, Button.class, "test").notifyListeners(SWT.Selection, new Event());
                result = field(c, Label.class, "result").getText();
                assertTrue(result.startsWith("Connected: PostgreSQL " + pg.url()) && result.matches(".*schema version [0-9]+\\.$"), result);
                assertTrue(page.performOk());
            } finally {
                d.close();
            }
            try {
                assertEquals(pg.url(), WorkspaceStore.settings().url());
                var prefs = InstanceScope.INSTANCE.getNode("io.medli.launch");
                for (String k : prefs.keys()) assertFalse(prefs.get(k, "").contains("ui secret"), "a password in the preferences: " + k);
                assertEquals("ui secret", new String(WorkspaceStore.password()));
                try (MeasurementStore s = WorkspaceStore.open()) {
                    assertTrue(s.describe().startsWith("PostgreSQL"));
                    assertEquals(0, s.find(Filter.all()).size());
                }
                // opened again: the server chosen, the password not shown
                PreferenceDialog again = open();
                try {
                    StorePreferencePage page = (StorePreferencePage) again.getSelectedPage();
                    Composite c = (Composite) page.getControl();
                    assertTrue(field(c, Button.class, "server").getSelection());
                    assertEquals("********", field(c, Text.class, "password").getText());
                    // Restore Defaults, OK: the workspace's store again; the kept password stays until replaced
                    page.performDefaults();
                    assertTrue(page.performOk());
                } finally {
                    again.close();
                }
                assertTrue(WorkspaceStore.settings().embedded());
            } finally {
                WorkspaceStore.save(new WorkspaceStore.Settings("", WorkspaceStore.DEFAULT_USER), new char[0]);
            }
        }
    }
}
