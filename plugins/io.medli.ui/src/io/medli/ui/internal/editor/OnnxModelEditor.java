package io.medli.ui.internal.editor;

import org.eclipse.osgi.util.NLS;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.eclipse.ui.operations.UndoRedoActionGroup;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.part.FileEditorInput;

import io.medli.diagram.DiagramScene;
import io.medli.diagram.DiagramNode;
import io.medli.diagram.HeatMap;
import io.medli.onnx.OnnxModel;
import io.medli.onnx.check.ModelChecker;
import io.medli.onnx.cost.CostModel;
import io.medli.onnx.cost.ModelCost;
import io.medli.onnx.edit.ModelEdit;
import io.medli.onnx.edit.ModelEdits;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.shape.InferenceResult;
import io.medli.onnx.shape.ShapeInference;
import io.medli.ui.MedliUi;

/**
 * The ONNX model-graph editor: the network drawn Netron's way, with selection, pan and zoom, the
 * Properties view, edits on the platform's undo history, Save/Save As and problem markers. Opening
 * and re-layout run as cancellable jobs; a file that is not a model shows an error page.
 */
public final class OnnxModelEditor extends EditorPart implements ModelDocument.Listener {
    public static final String ID = "io.medli.ui.onnxEditor";

    private Path path;
    private IFile file;
    private ModelDocument document;
    private volatile ModelCost cost;
    private final IUndoContext undoContext = new ObjectUndoContext(this, "ONNX model");
    private UndoRedoActionGroup undoRedo;

    private Composite pages;
    private StackLayout stack;
    private Composite loadingPage, errorPage;
    private Label loadingLabel;
    private ProgressBar progressBar;
    private Text errorText;
    private Composite graphPage;
    private FindBar findBar;
    private final ModelEditDialogs dialogs = new ModelEditDialogs(this);
    private FigureCanvas canvas;
    private DiagramFigure figure;
    private Font smallFont;
    private DiagramScene.TextMetrics metrics;
    private Job loadJob;
    private volatile Job layoutJob;
    private final ModelFileSync fileSync = new ModelFileSync(this);
    private volatile String error;
    private final SelectionProvider selectionProvider = new SelectionProvider();
    private CanvasNavigation navigation;
    private volatile java.util.Map<String, Double> measuredMicros;
    private volatile java.util.Map<String, Double> floorMicros;
    private final EditorProfiling profiling = new EditorProfiling(this);
    /** The sizes the user gave for the inputs' open dimensions; null until asked. */
    private volatile io.medli.runtime.RunOptions inputSizes;
    private GraphOutlinePage outline;
    private SubgraphNavigator subgraphs;

    private HeatMap.Kind overlay = HeatMap.Kind.NONE;
    /** A marker to go to once the main graph is shown again. */
    private org.eclipse.core.resources.IMarker pendingMarker;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInputWithNotify(input);
        site.setSelectionProvider(selectionProvider);
        fileSync.start();
    }

    @Override
    protected void setInput(IEditorInput input) {
        super.setInput(input);
        resolve(input);
    }

    @Override
    protected void setInputWithNotify(IEditorInput input) {
        super.setInputWithNotify(input);
        resolve(input);
    }

    /** The file behind the input: a workspace file, or any file by URI (File > Open File). */
    private void resolve(IEditorInput input) {
        file = input instanceof IFileEditorInput fi ? fi.getFile() : null;
        if (file != null && file.getLocation() != null) {
            path = file.getLocation().toFile().toPath();
        } else if (input instanceof IURIEditorInput ui) {
            path = Path.of(ui.getURI());
        }
        setPartName(input.getName());
        setTitleToolTip(path == null ? input.getToolTipText() : path.toString());
    }

    /** The model file on this machine (null when the input is not a local file). */
    Path path() {
        return path;
    }

    public ModelDocument document() {
        return document;
    }

    /** Cost of the current model's main graph (symbolic dimensions as 1), or null while loading. */
    public ModelCost cost() {
        return cost;
    }

    public DiagramFigure figure() {
        return figure;
    }

    public FigureCanvas canvas() {
        return canvas;
    }

    /** The problem shown instead of the graph, or null. */
    public String error() {
        return error;
    }

    public IUndoContext undoContext() {
        return undoContext;
    }

    /** Family of this editor's jobs (tests join it). */
    public Object jobFamily() {
        return MedliUi.JOB_FAMILY;
    }

    @Override
    public void createPartControl(Composite parent) {
        pages = new Composite(parent, SWT.NONE);
        stack = new StackLayout();
        pages.setLayout(stack);

        loadingPage = new Composite(pages, SWT.NONE);
        loadingPage.setLayout(new GridLayout(2, false));
        loadingLabel = new Label(loadingPage, SWT.NONE);
        loadingLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        progressBar = new ProgressBar(loadingPage, SWT.HORIZONTAL);
        progressBar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        progressBar.setMaximum(100);
        Button cancel = new Button(loadingPage, SWT.PUSH);
        cancel.setText(Messages.Dialog_cancel);
        cancel.addListener(SWT.Selection, e -> cancelLoading());

        errorPage = new Composite(pages, SWT.NONE);
        errorPage.setLayout(new GridLayout(1, false));
        Label title = new Label(errorPage, SWT.NONE);
        title.setText(Messages.Editor_notAModel);
        title.setFont(JFaceResources.getBannerFont());
        errorText = new Text(errorPage, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
        errorText.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        graphPage = new Composite(pages, SWT.NONE);
        GridLayout gl = new GridLayout(1, false);
        gl.marginWidth = gl.marginHeight = 0;
        gl.verticalSpacing = 0;
        graphPage.setLayout(gl);
        subgraphs = new SubgraphNavigator(graphPage, this::back);
        findBar = new FindBar(graphPage, this);
        canvas = new FigureCanvas(graphPage, SWT.DOUBLE_BUFFERED);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        Font font = JFaceResources.getDefaultFont();
        FontData fd = font.getFontData()[0];
        smallFont = new Font(canvas.getDisplay(), fd.getName(), Math.max(6, fd.getHeight() - 2), SWT.NORMAL);
        Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
        figure = new DiagramFigure(canvas.getDisplay(), font, bold, smallFont);
        canvas.setContents(figure);
        metrics = measure(font, bold);
        navigation = new CanvasNavigation(this, canvas, figure);
        navigation.install();
        new GraphContextMenu(this).install(canvas, selectionProvider);
        canvas.getViewport().getHorizontalRangeModel().addPropertyChangeListener(e -> { if (outline != null) outline.viewMoved(); });
        canvas.getViewport().getVerticalRangeModel().addPropertyChangeListener(e -> { if (outline != null) outline.viewMoved(); });

        getSite().getService(org.eclipse.ui.contexts.IContextService.class).activateContext("io.medli.ui.graphEditorContext");
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.FIND.getId(), GraphContextMenu.action("Find", this::showFindBar));
        undoRedo = new UndoRedoActionGroup(getSite(), undoContext, true);
        undoRedo.fillActionBars(getEditorSite().getActionBars());
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.DELETE.getId(), deleteAction);
        getEditorSite().getActionBars().updateActionBars();
        load();
    }

    private DiagramScene.TextMetrics measure(Font font, Font bold) {
        GC gc = new GC(canvas);
        try {
            gc.setFont(font);
            double cw = gc.getFontMetrics().getAverageCharacterWidth();
            gc.setFont(bold);
            double bw = gc.getFontMetrics().getAverageCharacterWidth();
            // average widths undercount wide glyphs in identifiers; a margin keeps text inside boxes
            return new DiagramScene.TextMetrics(cw * 1.2, bw * 1.2);
        } finally {
            gc.dispose();
        }
    }

    private void showPage(Composite page) {
        stack.topControl = page;
        pages.layout();
    }

    private void load() {
        loadingLabel.setText(NLS.bind(Messages.Editor_opening, path == null ? getEditorInput().getName() : path.getFileName()));
        showPage(loadingPage);
        if (path == null) {
            showError(NLS.bind(Messages.Editor_notLocal, getEditorInput().getName()));
            return;
        }
        Job job = new Job("Opening model " + path.getFileName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                SubMonitor sub = SubMonitor.convert(monitor, "Opening " + path.getFileName(), 100);
                try {
                    ModelProto m = OnnxModel.read(path).proto();
                    sub.worked(10);
                    DiagramScene scene = buildScene(m, sub.split(90));
                    if (scene == null) throw new OperationCanceledException();
                    Display.getDefault().asyncExec(() -> {
                        if (canvas.isDisposed()) return;
                        document = new ModelDocument(m);
                        document.addListener(OnnxModelEditor.this);
                        showScene(scene, true);
                    });
                    updateMarkers(m);
                    return Status.OK_STATUS;
                } catch (OperationCanceledException | InterruptedException e) {
                    Display.getDefault().asyncExec(() -> showError(Messages.Editor_cancelled));
                    return Status.CANCEL_STATUS;
                } catch (IOException | RuntimeException e) {
                    // a file that is not a model is the user's to fix (the error page says how); anything else is a bug to report
                    if (e instanceof RuntimeException) io.medli.ui.internal.UiLog.error("Opening " + path + " failed", e);
                    String msg = e.getMessage() == null ? e.toString() : e.getMessage();
                    Display.getDefault().asyncExec(() -> showError(msg));
                    return Status.OK_STATUS; // the error page says it; no second dialog
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == MedliUi.JOB_FAMILY;
            }
        };
        job.setUser(false);
        job.setPriority(Job.SHORT);
        loadJob = job;
        job.schedule();
    }

    private DiagramScene buildScene(ModelProto m, SubMonitor monitor) throws InterruptedException {
        return buildScene(m, m.graph(), monitor);
    }

    private DiagramScene buildScene(ModelProto m, io.medli.onnx.proto.GraphProto graph, SubMonitor monitor)
            throws InterruptedException {
        io.medli.runtime.RunOptions sizes = inputSizes;
        Map<String, Long> dims = sizes == null ? Map.of() : sizes.dims();
        InferenceResult types = ShapeInference.infer(m, dims, sizes == null ? Map.of() : sizes.shapes());
        cost = CostModel.analyze(m, types, dims);
        monitor.worked(10);
        io.medli.onnx.progress.Monitor job = io.medli.launch.Monitors.of(monitor.split(90));
        int[] last = { 0 };
        // the job's progress, and the bar of the editor's own "Opening..." page
        return DiagramScene.build(m, graph, types, metrics, new io.medli.onnx.progress.Monitor() {
            @Override
            public void progress(String task, int done, int total) {
                job.progress(task, done, total);
                int p = total <= 0 ? 0 : done * 100 / total;
                if (p > last[0]) {
                    last[0] = p;
                    Display.getDefault().asyncExec(() -> { if (!progressBar.isDisposed()) progressBar.setSelection(p); });
                }
            }

            @Override
            public boolean cancelled() {
                return job.cancelled();
            }
        });
    }

    private void showScene(DiagramScene scene, boolean first) {
        String selectedName = null;
        int sel = figure.selectedBox();
        if (!first && sel >= 0 && figure.scene() != null) selectedName = figure.scene().diagram.nodes().get(sel).name();
        figure.setScene(scene);
        error = null;
        if (first) {
            Rectangle area = new Rectangle(canvas.getClientArea().x, 0, canvas.getClientArea().width, canvas.getClientArea().height);
            double fit = area.width > 0 ? (area.width - 20) / (double) Math.max(1, scene.width) : 1;
            figure.setZoom(Math.min(1, Math.max(0.1, fit)));
        }
        if (selectedName != null && !selectedName.isEmpty()) {
            for (DiagramNode n : scene.diagram.nodes()) {
                if (n.name().equals(selectedName)) {
                    select(n.id(), -1);
                    break;
                }
            }
        } else {
            selectionProvider.setSelection(StructuredSelection.EMPTY);
        }
        if (overlay != HeatMap.Kind.NONE) setOverlay(overlay);
        if (outline != null) outline.refresh();
        showPage(graphPage);
        firePropertyChange(PROP_DIRTY);
        if (pendingMarker != null && !inSubgraph()) {
            org.eclipse.core.resources.IMarker marker = pendingMarker;
            pendingMarker = null;
            gotoMarker(marker);
        }
    }

    /** Cancels opening (the Cancel button of the progress page). */
    public void cancelLoading() {
        if (loadJob != null) loadJob.cancel();
    }

    /** Shows the error page with {@code message}. */
    void showError(String message) {
        error = message;
        if (errorText.isDisposed()) return;
        errorText.setText(NLS.bind(Messages.Editor_errorPage, message, path == null ? getEditorInput().getName() : path));
        showPage(errorPage);
    }

    void showError(String title, String message) {
        MessageDialog.openError(getSite().getShell(), title, message);
    }

    // --- document changes ---

    @Override
    public void modelChanged(ModelDocument doc) {
        Display.getDefault().asyncExec(() -> {
            if (canvas.isDisposed()) return;
            firePropertyChange(PROP_DIRTY);
        });
        ModelProto m = doc.current();
        if (figure.scene() != null && figure.scene().model == m) return;
        Display.getDefault().asyncExec(() -> { if (!canvas.isDisposed()) subgraphs.clear(); });
        scheduleLayout(m, m.graph(), "Laying out " + (path == null ? "model" : path.getFileName()), false);
    }

    /**
     * Builds and lays out {@code graph} of {@code m} in a job and shows it, unless the document
     * moved on meanwhile; markers follow the main graph.
     */
    private void scheduleLayout(ModelProto m, io.medli.onnx.proto.GraphProto graph, String title, boolean fit) {
        // a newer edit or navigation makes a running layout obsolete: stop it rather than finish and drop it
        Job previous = layoutJob;
        if (previous != null) previous.cancel();
        Job job = new Job(title) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    DiagramScene scene = buildScene(m, graph, SubMonitor.convert(monitor, 100));
                    if (scene == null) return Status.CANCEL_STATUS;
                    Display.getDefault().asyncExec(() -> {
                        // only the newest layout may show: an older one finishing late must not replace it
                        if (!canvas.isDisposed() && document.current() == m && layoutJob == this) showScene(scene, fit);
                    });
                    if (graph == m.graph()) updateMarkers(m);
                    return Status.OK_STATUS;
                } catch (InterruptedException e) {
                    return Status.CANCEL_STATUS;
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == MedliUi.JOB_FAMILY;
            }
        };
        layoutJob = job;
        job.schedule();
    }

    /** Runs an edit through the undo history; a refused edit is explained in a dialog. */
    public void execute(ModelEdit edit) {
        if (document == null) return;
        IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
        try {
            IStatus s = history.execute(new ModelEditOperation(document, edit, undoContext), null, null);
            if (!s.isOK()) showError(edit.label(), s.getMessage());
        } catch (ExecutionException e) {
            showError(edit.label(), e.getMessage());
        }
    }

    private void updateMarkers(ModelProto m) {
        if (file != null) ModelProblemMarkers.update(file, ModelChecker.check(m));
    }

    // --- selection, mouse, zoom ---

    /** Zooms by {@code factor} keeping the diagram point under (x, y) in place (centre if x < 0). */
    public void zoomAround(double factor, int x, int y) {
        navigation.zoomAround(factor, x, y);
    }

    public void setZoom(double z) {
        navigation.setZoom(z);
    }

    /** Fits the whole graph in the window. */
    public void zoomToFit() {
        navigation.zoomToFit();
    }

    /** Scrolls until the box is visible. */
    public void revealBox(int box) {
        navigation.revealBox(box);
    }

    /** The diagram area the canvas shows: x, y, width, height in diagram coordinates. */
    public int[] visibleDiagramArea() {
        return navigation.visibleDiagramArea();
    }

    /** Scrolls so that the diagram point (x, y) is in the middle of the canvas. */
    public void centerOn(int x, int y) {
        navigation.centerOn(x, y);
    }

    /** Selects a box (or an edge), scrolls it into view and tells the Properties view. */
    public void select(int box, int edge) {
        if (canvas.isDisposed()) return;
        figure.select(box, edge);
        DiagramScene s = figure.scene();
        if (box >= 0) {
            navigation.reveal(figure.boxBounds(box));
            selectionProvider.setSelection(new StructuredSelection(new NodeSelection(this, s, box, null)));
        } else if (edge >= 0) {
            selectionProvider.setSelection(new StructuredSelection(new NodeSelection(this, s, -1, s.diagram.edges().get(edge).tensor())));
        } else {
            selectionProvider.setSelection(StructuredSelection.EMPTY);
        }
        deleteAction.setEnabled(selectedNodeIndex() >= 0);
        if (outline != null) outline.selectionChanged(box);
    }

    /** Index of the selected operator in the main graph, or -1. */
    public int selectedNodeIndex() {
        if (inSubgraph()) return -1;
        int box = figure.selectedBox();
        DiagramScene s = figure.scene();
        return box < 0 || s == null ? -1 : s.diagram.nodes().get(box).nodeIndex();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == org.eclipse.ui.views.contentoutline.IContentOutlinePage.class) {
            if (outline == null || outline.getControl() == null || outline.getControl().isDisposed()) {
                outline = new GraphOutlinePage(this);
            }
            return adapter.cast(outline);
        }
        if (adapter == org.eclipse.ui.ide.IGotoMarker.class) return adapter.cast((org.eclipse.ui.ide.IGotoMarker) this::gotoMarker);
        return super.getAdapter(adapter);
    }

    /** A double-click on a problem: back to the main graph if a subgraph is open, then its node (or its tensor's producer). */
    private void gotoMarker(org.eclipse.core.resources.IMarker marker) {
        String node = marker.getAttribute(ModelProblemMarkers.NODE, null), tensor = marker.getAttribute(ModelProblemMarkers.TENSOR, null);
        if (node == null && tensor == null) return;
        if (inSubgraph()) {
            subgraphs.clear();
            pendingMarker = marker;
            relayoutCurrent();
            return;
        }
        if (node != null && selectNodeNamed(node)) return;
        if (tensor != null) goToProducer(tensor);
    }

    /** The outline page, once the Outline view asked for it. */
    GraphOutlinePage outlinePage() {
        return outline;
    }

    // --- overlays and profiling ---

    public HeatMap.Kind overlay() {
        return overlay;
    }

    /**
     * Paints boxes by MACs, parameters, measured latency or the time above each node's roofline
     * floor ({@link HeatMap}); the roofline one profiles the model and measures this machine's peaks first.
     */
    public void setOverlay(HeatMap.Kind o) {
        overlay = o;
        HeatMapHandler.showState(o);
        if (o == HeatMap.Kind.ROOFLINE && floorMicros == null) profiling.profile(true);
        HeatMap h = HeatMap.of(figure.scene(), o, cost, measuredMicros, floorMicros);
        if (h == null) figure.setHeat(null);
        else figure.setHeat(h.heat(), h.badges());
    }

    /** Selects the box of the node called {@code name} (first match). */
    public boolean selectNodeNamed(String name) {
        DiagramScene s = figure.scene();
        if (s == null) return false;
        for (DiagramNode n : s.diagram.nodes()) {
            if (n.kind() == DiagramNode.Kind.OPERATOR && n.name().equals(name)) {
                select(n.id(), -1);
                return true;
            }
        }
        return false;
    }

    /**
     * Runs the current model (unsaved edits included) in ONNX Runtime with profiling, on generated
     * inputs, and shows the time per node as a heat map and in the Node Profile view. ORT's
     * "basic" optimization keeps the model's node names, so times map onto boxes.
     */
    /** The sizes given for the inputs' open dimensions (null when none were asked). */
    public io.medli.runtime.RunOptions inputSizes() {
        return inputSizes;
    }

    /** Sets the sizes of the inputs' open dimensions and lays the graph out again with them. */
    public void setInputSizes(io.medli.runtime.RunOptions sizes) {
        inputSizes = sizes;
        if (document != null) relayoutCurrent();
    }

    /**
     * Asks for the sizes the model's inputs leave open (prefilled with the last values, else with
     * suggestions from the metadata or the input's role); false when cancelled.
     */
    public boolean editInputSizes() {
        return profiling.editInputSizes();
    }

    /** Runs the current model (unsaved edits included) with profiling and paints the time per node. */
    public void profileOnThisMachine() {
        profiling.profile();
    }

    /**
     * A profile finished: times per node, shown as a heat map and in the Node Profile view; with
     * the nodes' roofline floors (null when not asked for) the roofline heat map.
     */
    void profiled(java.util.List<io.medli.runtime.NodeTiming> timings, java.util.Map<String, Double> floors) {
        java.util.Map<String, Double> micros = new java.util.HashMap<>();
        for (io.medli.runtime.NodeTiming t : timings) micros.put(t.nodeName(), t.meanMicros());
        measuredMicros = micros;
        if (floors != null) floorMicros = floors;
        setOverlay(floors != null ? HeatMap.Kind.ROOFLINE : HeatMap.Kind.LATENCY);
        try {
            NodeProfileView v = (NodeProfileView) getSite().getPage().showView(NodeProfileView.ID);
            v.show(this, timings);
        } catch (PartInitException e) {
            io.medli.ui.internal.UiLog.error("Cannot show the Node Profile view", e);
            showError(Messages.Editor_profileView, e.getMessage());
        }
    }

    /** Each node's roofline floor on this machine in microseconds, after a roofline profile; null before. */
    public java.util.Map<String, Double> floorMicros() {
        return floorMicros;
    }

    /** Measured mean time per node name in microseconds, after a profile; null before. */
    public java.util.Map<String, Double> measuredMicros() {
        return measuredMicros;
    }

    // --- find ---

    /** Shows the find bar (Ctrl+F). */
    public void showFindBar() {
        findBar.show();
    }

    /** Finds boxes and tensors by name ({@link io.medli.diagram.DiagramSearch}), selects the first; the number of matches. */
    public int find(String text) {
        return findBar.find(text);
    }

    /** Moves to the next (+1) or previous (-1) match. */
    public void findNext(int direction) {
        findBar.next(direction);
    }

    // --- navigation ---

    /** Selects the box producing {@code tensor} (an operator or an input terminal). */
    public boolean goToProducer(String tensor) {
        DiagramScene s = figure.scene();
        if (s == null) return false;
        for (io.medli.diagram.DiagramEdge e : s.diagram.edges()) {
            if (e.tensor().equals(tensor)) {
                select(e.from(), -1);
                return true;
            }
        }
        return false;
    }

    /** The boxes reading {@code tensor}. */
    public java.util.List<Integer> consumers(String tensor) {
        DiagramScene s = figure.scene();
        java.util.List<Integer> out = new java.util.ArrayList<>();
        if (s == null) return out;
        for (io.medli.diagram.DiagramEdge e : s.diagram.edges()) if (e.tensor().equals(tensor)) out.add(e.to());
        return out;
    }

    // --- actions ---

    ModelEditDialogs dialogs() {
        return dialogs;
    }

    Action deleteAction() {
        return deleteAction;
    }

    private final Action deleteAction = new Action(Messages.Menu_delete) {
        @Override
        public void run() {
            int i = selectedNodeIndex();
            if (i >= 0) execute(ModelEdits.deleteNode(i));
        }
    };

    /** Asks for a new name of the selected node (F2). */
    public void rename() {
        dialogs.renameSelected();
    }

    // --- subgraphs and functions ---

    public boolean inSubgraph() {
        return subgraphs != null && subgraphs.inSubgraph();
    }

    io.medli.onnx.proto.FunctionProto function(DiagramNode n) {
        if (n.nodeIndex() < 0 || figure.scene() == null) return null;
        io.medli.onnx.proto.NodeProto node = figure.scene().graph.nodes().get(n.nodeIndex());
        for (io.medli.onnx.proto.FunctionProto f : document.current().functions()) {
            if (f.name().equals(node.opType()) && f.domain().equals(node.domain())) return f;
        }
        return null;
    }

    /** Shows the graph held by attribute {@code attribute} of the node in {@code box}. */
    public void openSubgraph(int box, String attribute) {
        DiagramScene s = figure.scene();
        io.medli.onnx.proto.NodeProto node = s.graph.nodes().get(s.diagram.nodes().get(box).nodeIndex());
        io.medli.onnx.proto.AttributeProto a = node.attribute(attribute);
        if (a == null || a.subgraphs().isEmpty()) return;
        push(node.opType() + " " + node.displayName() + " \u203a " + attribute, a.subgraphs().get(0));
    }

    /** Shows the body of the model-local function that the node in {@code box} calls. */
    public void openFunction(int box) {
        io.medli.onnx.proto.FunctionProto f = function(figure.scene().diagram.nodes().get(box));
        if (f == null) return;
        io.medli.onnx.proto.GraphProto g = new io.medli.onnx.proto.GraphProto().name(f.name());
        for (String in : f.inputs()) g.inputs().add(new io.medli.onnx.proto.ValueInfo(in, null));
        for (String out : f.outputs()) g.outputs().add(new io.medli.onnx.proto.ValueInfo(out, null));
        g.nodes().addAll(f.nodes());
        push("function " + (f.domain().isEmpty() ? "" : f.domain() + ".") + f.name(), g);
    }

    /** Back to the graph that contains the one shown. */
    public void back() {
        if (subgraphs.pop()) relayoutCurrent();
    }

    private void push(String title, io.medli.onnx.proto.GraphProto graph) {
        subgraphs.push(title, graph);
        relayoutCurrent();
    }

    private void relayoutCurrent() {
        ModelProto m = document.current();
        scheduleLayout(m, subgraphs.current(m.graph()), "Laying out " + subgraphs.currentTitle(), true);
    }

    /** The breadcrumb text (for tests). */
    public String breadcrumbText() {
        return subgraphs.text();
    }


    // --- changes outside the editor ---

    /** The workspace file shown (null for a file opened by location). */
    IFile file() {
        return file;
    }

    /** True once the editor's controls are gone. */
    boolean isClosed() {
        return canvas == null || canvas.isDisposed();
    }

    /** The file was moved (or renamed) in the workspace: the editor follows it. */
    void moved(IFile to) {
        setInputWithNotify(new FileEditorInput(to));
        firePropertyChange(PROP_TITLE);
    }

    void dirtyChanged() {
        firePropertyChange(PROP_DIRTY);
    }

    /** Reads the file again: a new document, the undo history of the old one dropped. */
    public void reload() {
        if (document != null) document.removeListener(this);
        document = null;
        PlatformUI.getWorkbench().getOperationSupport().getOperationHistory().dispose(undoContext, true, true, true);
        subgraphs.clear();
        load();
    }

    // --- saving ---

    @Override
    public boolean isDirty() {
        return document != null && document.isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return document != null;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (path == null || document == null) return;
        if (!fileSync.save(path, file)) {
            if (monitor != null) monitor.setCanceled(true);
        }
    }

    @Override
    public void doSaveAs() {
        Shell shell = getSite().getShell();
        SaveAsDialog d = new SaveAsDialog(shell);
        if (file != null) d.setOriginalFile(file);
        if (d.open() != Window.OK || d.getResult() == null) return;
        IPath target = d.getResult();
        IFile newFile = ResourcesPlugin.getWorkspace().getRoot().getFile(target);
        if (newFile.getLocation() == null) return;
        if (fileSync.save(newFile.getLocation().toFile().toPath(), newFile)) {
            setInputWithNotify(new FileEditorInput(newFile));
            firePropertyChange(PROP_TITLE);
        }
    }

    @Override
    public void setFocus() {
        HeatMapHandler.showState(overlay);
        if (stack.topControl == graphPage) canvas.setFocus();
        else if (stack.topControl != null) stack.topControl.setFocus();
    }

    @Override
    public void dispose() {
        fileSync.stop();
        if (loadJob != null) loadJob.cancel();
        if (layoutJob != null) layoutJob.cancel();
        if (document != null) document.removeListener(this);
        PlatformUI.getWorkbench().getOperationSupport().getOperationHistory().dispose(undoContext, true, true, true);
        if (undoRedo != null) undoRedo.dispose();
        if (figure != null) figure.dispose();
        if (smallFont != null) smallFont.dispose();
        super.dispose();
    }

    /** The editor's selection: the selected box or tensor. */
    private static final class SelectionProvider implements ISelectionProvider {
        private final List<ISelectionChangedListener> listeners = new CopyOnWriteArrayList<>();
        private ISelection selection = StructuredSelection.EMPTY;

        @Override
        public void addSelectionChangedListener(ISelectionChangedListener l) { listeners.add(l); }

        @Override
        public ISelection getSelection() { return selection; }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener l) { listeners.remove(l); }

        @Override
        public void setSelection(ISelection s) {
            selection = s;
            SelectionChangedEvent e = new SelectionChangedEvent(this, s);
            for (ISelectionChangedListener l : listeners) l.selectionChanged(e);
        }
    }
}
