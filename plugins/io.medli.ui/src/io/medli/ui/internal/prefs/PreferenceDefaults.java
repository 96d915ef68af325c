package io.medli.ui.internal.prefs;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;

/** Registered in plugin.xml: the platform asks for the defaults before the first read. */
public final class PreferenceDefaults extends AbstractPreferenceInitializer {
    @Override
    public void initializeDefaultPreferences() {
        MedliPreferences.initializeDefaults();
    }
}
