package io.medli.train.internal;

import java.io.IOException;

import io.medli.compress.data.CalibrationDataException;
import io.medli.train.TrainingEvent;
import io.medli.train.TrainingException;
import io.medli.train.TrainingListener;
import io.medli.train.data.DataException;

/** How a training run's failures reach the listener: one place for both training loops. */
final class RunOutcome {
    interface Body {
        void run() throws Exception;
    }

    private RunOutcome() {
    }

    /** Runs {@code body}; a failure becomes one {@link TrainingEvent.Failed} that says what went wrong. */
    static void guarded(TrainingListener listener, Body body) {
        try {
            body.run();
        } catch (Cancelled c) {
            listener.on(new TrainingEvent.Failed(c.getMessage(), true));
        } catch (TrainingException | DataException | IllegalArgumentException e) {
            listener.on(new TrainingEvent.Failed(e.getMessage(), false));
        } catch (CalibrationDataException e) {
            listener.on(new TrainingEvent.Failed("images: " + e.getMessage(), false));
        } catch (IOException e) {
            listener.on(new TrainingEvent.Failed("I/O error: " + e.getMessage(), false));
        } catch (Exception | OutOfMemoryError e) {
            if (Boolean.getBoolean("medli.train.debug")) e.printStackTrace(); // -Dmedli.train.debug=true: the trace of an unexpected failure
            listener.on(new TrainingEvent.Failed("training failed: " + e, false));
        }
    }
}
