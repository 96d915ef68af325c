package io.medli.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** Finding widgets in UI tests: all of a type below a composite, or the one a form names with its "field" data. */
final class Widgets {
    private Widgets() {
    }

    static <T extends Control> List<T> all(Composite root, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Control c : root.getChildren()) {
            if (type.isInstance(c)) out.add(type.cast(c));
            if (c instanceof Composite k) out.addAll(all(k, type));
        }
        return out;
    }

    static <T extends Control> T field(Composite root, Class<T> type, String key) {
        return all(root, type).stream().filter(c -> key.equals(c.getData("field"))).findFirst().orElseThrow(() -> new AssertionError("no field " + key));
    }
}
