package io.medli.launch.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.IStreamListener;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IStreamMonitor;
import org.eclipse.debug.core.model.IStreamsProxy;

/**
 * A job (a recipe run, a benchmark) as the debug framework sees a process: the Console shows its
 * lines (one console per job, as for any launch), the Terminate button cancels it, the Debug view
 * lists it.
 */
final class JobProcess implements IProcess {
    private final ILaunch launch;
    private final String label;
    private final Map<String, String> attributes = new HashMap<>();
    private final Stream out = new Stream(), err = new Stream();
    private final Runnable onTerminate;
    private volatile boolean terminated;
    private volatile int exit = -1;

    JobProcess(ILaunch launch, String label, String type, Runnable onTerminate) {
        this.launch = launch;
        this.label = label;
        this.onTerminate = onTerminate;
        attributes.put(ATTR_PROCESS_TYPE, type);
        launch.addProcess(this);
        fire(DebugEvent.CREATE);
    }

    void println(String line) {
        out.append(line + System.lineSeparator());
    }

    void error(String line) {
        err.append(line + System.lineSeparator());
    }

    /** The job has ended with {@code code} (0 done, 1 failed, 130 cancelled). */
    void ended(int code) {
        exit = code;
        terminated = true;
        fire(DebugEvent.TERMINATE);
    }

    private void fire(int kind) {
        DebugPlugin d = DebugPlugin.getDefault();
        if (d != null) d.fireDebugEventSet(new DebugEvent[] { new DebugEvent(this, kind) });
    }

    @Override
    public String getLabel() {
        return label;
    }

    @Override
    public ILaunch getLaunch() {
        return launch;
    }

    @Override
    public IStreamsProxy getStreamsProxy() {
        return new IStreamsProxy() {
            @Override
            public IStreamMonitor getOutputStreamMonitor() {
                return out;
            }

            @Override
            public IStreamMonitor getErrorStreamMonitor() {
                return err;
            }

            @Override
            public void write(String input) {
                // a job reads no input
            }
        };
    }

    @Override
    public synchronized void setAttribute(String key, String value) {
        attributes.put(key, value);
    }

    @Override
    public synchronized String getAttribute(String key) {
        return attributes.get(key);
    }

    @Override
    public int getExitValue() throws DebugException {
        if (!terminated) throw new DebugException(org.eclipse.core.runtime.Status.error("the job has not ended"));
        return exit;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter.isInstance(this)) return adapter.cast(this);
        if (adapter == ILaunch.class) return adapter.cast(launch);
        return null;
    }

    @Override
    public boolean canTerminate() {
        return !terminated;
    }

    @Override
    public boolean isTerminated() {
        return terminated;
    }

    @Override
    public void terminate() {
        onTerminate.run();
    }

    /** One stream's text so far and its listeners; a console that attaches late gets the whole text first. */
    private static final class Stream implements IStreamMonitor {
        private final StringBuilder text = new StringBuilder();
        private final List<IStreamListener> listeners = new CopyOnWriteArrayList<>();

        synchronized void append(String s) {
            text.append(s);
            for (IStreamListener l : listeners) l.streamAppended(s, this);
        }

        @Override
        public synchronized void addListener(IStreamListener listener) {
            listeners.add(listener);
        }

        @Override
        public synchronized String getContents() {
            return text.toString();
        }

        @Override
        public void removeListener(IStreamListener listener) {
            listeners.remove(listener);
        }
    }
}
