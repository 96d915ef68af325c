package io.medli.train.worker;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import io.medli.train.Training;
import io.medli.train.TrainingEvent;
import io.medli.train.TrainingSpec;
import io.medli.train.internal.EventCodec;

/**
 * The training worker process. Reads a spec (one JSON line) from stdin, trains, writes one JSON
 * event per line to stdout. A later "cancel" line on stdin, or stdin closing (the IDE is gone),
 * stops it between two steps.
 */
public final class TrainingWorker {
    private TrainingWorker() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err); // library chatter must not mix with events
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = in.readLine();
        if (line == null) {
            System.err.println("no training spec on stdin");
            System.exit(2);
        }
        TrainingSpec spec;
        try {
            spec = EventCodec.decodeSpec(line);
        } catch (RuntimeException e) {
            protocol.println(EventCodec.encode(new TrainingEvent.Failed("the training spec is not readable: " + e.getMessage(), false)));
            System.exit(2);
            return;
        }
        AtomicBoolean cancel = new AtomicBoolean();
        Thread watcher = new Thread(() -> {
            try {
                String l;
                while ((l = in.readLine()) != null) {
                    if (l.trim().equals("cancel")) break;
                }
            } catch (IOException e) {
                // a broken pipe means the same as a cancel
            }
            cancel.set(true);
        }, "medli-worker-stdin");
        watcher.setDaemon(true);
        watcher.start();
        TrainingEvent[] last = new TrainingEvent[1];
        Training.run(spec, e -> {
            last[0] = e;
            synchronized (protocol) {
                protocol.println(EventCodec.encode(e));
            }
        }, new io.medli.onnx.progress.Monitor() {
            @Override
            public void progress(String task, int done, int total) {
                // progress travels as training events
            }

            @Override
            public boolean cancelled() {
                return cancel.get();
            }
        });
        protocol.flush();
        System.exit(last[0] instanceof TrainingEvent.Finished ? 0 : 1);
    }
}
