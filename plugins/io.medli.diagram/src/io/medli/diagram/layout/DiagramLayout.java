package io.medli.diagram.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import io.medli.diagram.DiagramEdge;
import io.medli.diagram.ModelDiagram;
import io.medli.onnx.progress.Monitor;

/**
 * Lays a diagram out top to bottom with ELK Layered. A pure function of the diagram and the box
 * sizes; it runs on a thread of its own with a large stack, because some of ELK's graph searches
 * recurse once per node and deep networks have thousands in a chain.
 */
public final class DiagramLayout {
    private static final long STACK_BYTES = 512L * 1024 * 1024;
    private static boolean registered;

    /** Width and height of a box, from the UI's fonts. */
    public interface Sizes {
        double width(int box);
        double height(int box);
    }

    private DiagramLayout() {
    }

    private static synchronized void register() {
        if (!registered) {
            // ELK finds algorithms with ServiceLoader, which does not cross OSGi bundles
            LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            registered = true;
        }
    }

    /**
     * @param monitor told the progress in percent ("Laying out", 0..100); polled for cancellation between ELK's phases
     * @return the layout, or null when cancelled
     */
    public static LayoutResult layout(ModelDiagram diagram, Sizes sizes, Monitor monitor) throws InterruptedException {
        IntConsumer progress = p -> monitor.progress("Laying out", p, 100);
        BooleanSupplier cancelled = monitor::cancelled;
        register();
        AtomicReference<LayoutResult> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(run(diagram, sizes, progress, cancelled));
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "MEDLI diagram layout", STACK_BYTES);
        t.setDaemon(true);
        t.start();
        t.join();
        if (failure.get() instanceof RuntimeException re) throw re;
        if (failure.get() instanceof Error err) throw err;
        return result.get();
    }

    private static LayoutResult run(ModelDiagram d, Sizes sizes, IntConsumer progress, BooleanSupplier cancelled) {
        int n = d.nodes().size();
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(20));
        root.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, false);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 24.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 36.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 12.0);
        if (n > 2000) {
            // big graphs: fewer crossing-minimisation sweeps keeps layout within seconds
            root.setProperty(LayeredOptions.THOROUGHNESS, 1);
        }
        ElkNode[] boxes = new ElkNode[n];
        for (int i = 0; i < n; i++) {
            boxes[i] = ElkGraphUtil.createNode(root);
            boxes[i].setDimensions(sizes.width(i), sizes.height(i));
        }
        List<DiagramEdge> de = d.edges();
        ElkEdge[] edges = new ElkEdge[de.size()];
        for (int i = 0; i < de.size(); i++) {
            edges[i] = ElkGraphUtil.createSimpleEdge(boxes[de.get(i).from()], boxes[de.get(i).to()]);
        }
        progress.accept(10);
        BasicProgressMonitor monitor = new BasicProgressMonitor() {
            private float total = 1;

            @Override
            protected void doBegin(String name, float totalWork, boolean topInstance, int maxLevels) {
                if (topInstance && totalWork > 0) total = totalWork;
            }

            @Override
            protected void doWorked(float work, float completedWork, boolean topInstance) {
                if (topInstance) progress.accept(Math.min(95, 10 + (int) (85 * completedWork / total)));
            }

            @Override
            public boolean isCanceled() {
                return cancelled.getAsBoolean();
            }
        };
        new RecursiveGraphLayoutEngine().layout(root, monitor);
        if (cancelled.getAsBoolean()) return null;
        double[] x = new double[n], y = new double[n], w = new double[n], h = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = boxes[i].getX();
            y[i] = boxes[i].getY();
            w[i] = boxes[i].getWidth();
            h[i] = boxes[i].getHeight();
        }
        List<double[]> routes = new ArrayList<>(edges.length);
        for (ElkEdge e : edges) {
            List<Double> pts = new ArrayList<>();
            for (ElkEdgeSection s : e.getSections()) {
                pts.add(s.getStartX());
                pts.add(s.getStartY());
                for (ElkBendPoint b : s.getBendPoints()) {
                    pts.add(b.getX());
                    pts.add(b.getY());
                }
                pts.add(s.getEndX());
                pts.add(s.getEndY());
            }
            double[] r = new double[pts.size()];
            for (int i = 0; i < r.length; i++) r[i] = pts.get(i);
            routes.add(r);
        }
        progress.accept(100);
        return new LayoutResult(x, y, w, h, routes, root.getWidth(), root.getHeight());
    }
}
