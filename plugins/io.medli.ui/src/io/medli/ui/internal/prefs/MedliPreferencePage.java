package io.medli.ui.internal.prefs;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import io.medli.ui.MedliUi;

/** Window > Preferences > MEDLI Studio: worker heap, ONNX Runtime threads, default folders. */
public final class MedliPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {
    public static final String ID = "io.medli.ui.preferences";

    public MedliPreferencePage() {
        super(GRID);
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, MedliUi.PLUGIN_ID));
        setDescription(Messages.PreferencePage_description);
    }

    @Override
    public void init(IWorkbench workbench) {
    }

    @Override
    protected void createFieldEditors() {
        IntegerFieldEditor heap = new IntegerFieldEditor(MedliPreferences.WORKER_HEAP_MB, Messages.PreferencePage_workerHeap,
                getFieldEditorParent());
        heap.setValidRange(MedliPreferences.MIN_WORKER_HEAP_MB, MedliPreferences.MAX_WORKER_HEAP_MB);
        heap.setErrorMessage(NLS.bind(Messages.PreferencePage_heapRange, MedliPreferences.MIN_WORKER_HEAP_MB,
                MedliPreferences.MAX_WORKER_HEAP_MB));
        heap.getTextControl(getFieldEditorParent()).setToolTipText(Messages.PreferencePage_workerHeapTip);
        addField(heap);
        IntegerFieldEditor threads = new IntegerFieldEditor(MedliPreferences.ORT_THREADS, Messages.PreferencePage_ortThreads,
                getFieldEditorParent());
        threads.setValidRange(0, MedliPreferences.MAX_ORT_THREADS);
        threads.setErrorMessage(NLS.bind(Messages.PreferencePage_threadsRange, MedliPreferences.MAX_ORT_THREADS));
        threads.getTextControl(getFieldEditorParent()).setToolTipText(Messages.PreferencePage_ortThreadsTip);
        addField(threads);
        DirectoryFieldEditor data = new DirectoryFieldEditor(MedliPreferences.DATA_FOLDER, Messages.PreferencePage_dataFolder,
                getFieldEditorParent());
        data.setEmptyStringAllowed(true);
        addField(data);
        DirectoryFieldEditor models = new DirectoryFieldEditor(MedliPreferences.MODELS_FOLDER, Messages.PreferencePage_modelsFolder,
                getFieldEditorParent());
        models.setEmptyStringAllowed(true);
        addField(models);
    }
}
