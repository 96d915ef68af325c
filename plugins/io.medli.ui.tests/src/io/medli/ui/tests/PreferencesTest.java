package io.medli.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.medli.ui.MedliUi;
import io.medli.ui.internal.prefs.MedliPreferencePage;
import io.medli.ui.internal.prefs.MedliPreferences;
import io.medli.ui.internal.training.TrainingJob;

/** Window > Preferences > MEDLI Studio, driven through its widgets, and what reads it. */
@org.junit.jupiter.api.extension.ExtendWith(NoErrorLogged.class)
class PreferencesTest {
    @AfterEach
    void reset() throws Exception {
        var node = InstanceScope.INSTANCE.getNode(MedliUi.PLUGIN_ID);
        node.clear();
        node.flush();
    }

    /** Types {@code value} into {@code t} as a user would: the field editors validate on key strokes. */
    private static void type(Text t, String value) {
        t.setText(value);
        org.eclipse.swt.widgets.Event e = new org.eclipse.swt.widgets.Event();
        e.character = value.isEmpty() ? 0 : value.charAt(value.length() - 1);
        t.notifyListeners(org.eclipse.swt.SWT.KeyDown, e);
        t.notifyListeners(org.eclipse.swt.SWT.KeyUp, e);
        UiWait.dispatch(50);
    }

    private static List<Text> texts(Control c, List<Text> out) {
        if (c instanceof Text t) out.add(t);
        if (c instanceof Composite p) for (Control child : p.getChildren()) texts(child, out);
        return out;
    }

    @Test
    void thePageValidatesStoresAndTheWorkerUsesTheHeap() throws Exception {
        assertEquals(MedliPreferences.DEFAULT_WORKER_HEAP_MB, MedliPreferences.workerHeapMb(), "the default before anything is set");
        assertTrue(TrainingJob.workerSetup(Path.of("worker.log")).jvmOptions().contains("-Xmx4096m"));

        PreferenceDialog d = PreferencesUtil.createPreferenceDialogOn(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                MedliPreferencePage.ID, new String[] { MedliPreferencePage.ID }, null);
        d.setBlockOnOpen(false);
        d.open();
        try {
            MedliPreferencePage page = (MedliPreferencePage) d.getSelectedPage();
            List<Text> fields = texts(page.getControl(), new ArrayList<>());
            assertEquals(4, fields.size(), "heap, threads, data folder, models folder");
            Text heap = fields.get(0), threads = fields.get(1);
            assertEquals("4096", heap.getText());
            type(heap, "12");
            assertFalse(page.isValid(), "below the smallest heap");
            assertTrue(String.valueOf(page.getErrorMessage()).contains("between 256 and"), page.getErrorMessage());
            type(heap, "1234");
            type(threads, "3");
            assertTrue(page.isValid(), String.valueOf(page.getErrorMessage()));
            assertTrue(page.performOk());
        } finally {
            d.close();
        }
        assertEquals(1234, MedliPreferences.workerHeapMb());
        assertEquals(3, MedliPreferences.ortThreads());
        List<String> jvm = TrainingJob.workerSetup(Path.of("worker.log")).jvmOptions();
        assertTrue(jvm.contains("-Xmx1234m") && jvm.stream().filter(o -> o.startsWith("-Xmx")).count() == 1, jvm.toString());
    }
}
