package io.medli.ui.internal.editor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.medli.onnx.proto.ModelProto;

/**
 * The model an editor shows. Edits never change a state in place: each is a new structural copy
 * (sharing weights), so undo and redo just switch between states and "dirty" is "not the state
 * that was saved".
 */
public final class ModelDocument {
    /** Told when the current state changes. */
    public interface Listener {
        void modelChanged(ModelDocument document);
    }

    private volatile ModelProto current;
    private volatile ModelProto saved;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    public ModelDocument(ModelProto loaded) {
        this.current = loaded;
        this.saved = loaded;
    }

    public ModelProto current() {
        return current;
    }

    public void set(ModelProto state) {
        current = state;
        for (Listener l : listeners) l.modelChanged(this);
    }

    public boolean isDirty() {
        return current != saved;
    }

    public void markSaved() {
        markSaved(current);
    }

    /** {@code state} was written (a save that ran while the user went on editing leaves the newer state dirty). */
    public void markSaved(ModelProto state) {
        saved = state;
        for (Listener l : listeners) l.modelChanged(this);
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }
}
