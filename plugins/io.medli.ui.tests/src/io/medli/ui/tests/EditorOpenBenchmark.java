package io.medli.ui.tests;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

import io.medli.diagram.tests.GeneratedModels;
import io.medli.onnx.OnnxModel;
import io.medli.ui.MedliUi;
import io.medli.ui.internal.editor.OnnxModelEditor;

/**
 * Not a test: the editor benchmark behind docs/benchmarks.md (tools/bench.sh editor). Time from
 * "open" until the graph is shown and the editor answers, the heap the open editor keeps, and the
 * longest stall of the UI thread meanwhile (a 10 ms heartbeat on the event loop).
 */
class EditorOpenBenchmark {

    private static final class Heartbeat implements Runnable {
        final Display display;
        long last = System.nanoTime(), worst;
        boolean running = true;

        Heartbeat(Display d) {
            display = d;
        }

        @Override
        public void run() {
            long now = System.nanoTime();
            worst = Math.max(worst, now - last);
            last = now;
            if (running) display.timerExec(10, this);
        }
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            UiWait.dispatch(30);
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static String measure(IWorkbenchPage page, IFile file, int runs) throws Exception {
        List<Double> open = new ArrayList<>();
        List<Double> stall = new ArrayList<>();
        double heapMb = 0;
        int boxes = 0;
        for (int i = 0; i < runs; i++) {
            page.closeAllEditors(false);
            long before = usedHeap();
            Heartbeat hb = new Heartbeat(Display.getCurrent());
            Display.getCurrent().timerExec(10, hb);
            long t0 = System.nanoTime();
            OnnxModelEditor e = (OnnxModelEditor) IDE.openEditor(page, file, OnnxModelEditor.ID, true);
            UiWait.until(() -> e.figure().scene() != null || e.error() != null, 120_000, "open");
            long t1 = System.nanoTime();
            UiWait.dispatch(200); // paint and settle, still watched by the heartbeat
            hb.running = false;
            if (e.error() != null) throw new AssertionError(e.error());
            open.add((t1 - t0) / 1e6);
            stall.add(hb.worst / 1e6);
            boxes = e.figure().scene().diagram().nodes().size();
            if (i == runs - 1) heapMb = (usedHeap() - before) / 1048576.0;
        }
        List<Double> warm = open.subList(1, open.size());
        return String.format(Locale.ROOT, "%s (%d boxes): first open %.0f ms, warm median %.0f ms; longest UI stall first %.0f ms,"
                + " warm median %.0f ms; heap kept by the open editor %.1f MB", file.getName(), boxes, open.get(0), median(warm),
                stall.get(0), median(stall.subList(1, stall.size())), heapMb);
    }

    private static double median(List<Double> v) {
        List<Double> s = new ArrayList<>(v);
        s.sort(null);
        return s.size() % 2 == 1 ? s.get(s.size() / 2) : (s.get(s.size() / 2 - 1) + s.get(s.size() / 2)) / 2;
    }

    @Test
    void openMiniLmAndTenThousandNodes() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(MedliUi.PERSPECTIVE_ID,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        page.showView(IPageLayout.ID_OUTLINE);
        IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject("bench");
        if (!p.exists()) p.create(null);
        p.open(null);
        IFile minilm = p.getFile("all-minilm-l6-v2.onnx");
        if (!minilm.exists()) {
            try (InputStream in = Files.newInputStream(Path.of(System.getProperty("medli.models.dir", "build/models"),
                    "all-minilm-l6-v2.onnx"))) {
                minilm.create(in, true, null);
            }
        }
        IFile big = p.getFile("residual-10k.onnx");
        if (!big.exists()) big.create(new java.io.ByteArrayInputStream(OnnxModel.of(GeneratedModels.residual(10_000)).toBytes()), true, null);
        List<String> lines = List.of(measure(page, minilm, 6), measure(page, big, 4));
        Path out = Path.of("target", "benchmarks", "editor.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
        lines.forEach(System.out::println);
    }
}
