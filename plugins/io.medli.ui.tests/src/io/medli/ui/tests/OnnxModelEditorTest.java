package io.medli.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ai.onnxruntime.OnnxTensor;
import io.medli.diagram.DiagramNode;
import io.medli.onnx.OnnxModel;
import io.medli.onnx.edit.ModelEdits;
import io.medli.onnx.proto.ModelProto;
import io.medli.onnx.proto.NodeProto;
import io.medli.runtime.ModelRunner;
import io.medli.runtime.RunOptions;
import io.medli.ui.MedliUi;
import io.medli.ui.internal.editor.DiagramFigure;
import io.medli.ui.internal.editor.ModelProblemMarkers;
import io.medli.ui.internal.editor.NodeSelection;
import io.medli.ui.internal.editor.OnnxModelEditor;

/** The ONNX graph editor on real models, driven through its widgets. */
@org.junit.jupiter.api.extension.ExtendWith(NoErrorLogged.class)
class OnnxModelEditorTest {
    private IWorkbenchPage page;
    private IProject project;

    @BeforeEach
    void setUp() throws Exception {
        page = PlatformUI.getWorkbench().showPerspective(MedliUi.PERSPECTIVE_ID,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("editor-tests");
        if (!project.exists()) project.create(null);
        project.open(null);
    }

    @AfterEach
    void tearDown() {
        page.closeAllEditors(false);
    }

    private IFile copy(String model, String name) throws Exception {
        IFile f = project.getFile(name);
        Path real = Path.of(System.getProperty("medli.models.dir", "build/models"), model);
        try (InputStream in = Files.newInputStream(real)) {
            if (f.exists()) f.setContents(in, true, false, null); else f.create(in, true, null);
        }
        return f;
    }

    private OnnxModelEditor open(IFile f) throws Exception {
        OnnxModelEditor e = (OnnxModelEditor) IDE.openEditor(page, f, OnnxModelEditor.ID, true);
        UiWait.until(() -> e.figure().scene() != null || e.error() != null, 30_000, "the editor to open " + f.getName());
        return e;
    }

    /** Clicks the middle of a box on the canvas, as a mouse would. */
    private static void click(OnnxModelEditor e, int box) {
        e.revealBox(box);
        UiWait.dispatch(50);
        Rectangle r = e.figure().boxBounds(box);
        org.eclipse.draw2d.geometry.Point view = e.canvas().getViewport().getViewLocation();
        Event down = new Event();
        down.button = 1;
        down.x = r.x + r.width / 2 - view.x;
        down.y = r.y + r.height / 2 - view.y;
        e.canvas().notifyListeners(SWT.MouseDown, down);
        Event up = new Event();
        up.button = 1;
        up.x = down.x;
        up.y = down.y;
        e.canvas().notifyListeners(SWT.MouseUp, up);
        UiWait.dispatch(50);
    }

    private static int firstBox(OnnxModelEditor e, String op) {
        for (DiagramNode n : e.figure().scene().diagram().nodes()) {
            if (n.title().equals(op) && n.kind() == DiagramNode.Kind.OPERATOR) return n.id();
        }
        throw new AssertionError("no " + op + " box");
    }

    private static String property(Tree tree, String name) {
        for (TreeItem category : tree.getItems()) {
            if (category.getText(0).equals(name)) return category.getText(1);
            category.setExpanded(true);
            for (TreeItem item : category.getItems()) {
                if (item.getText(0).equals(name)) return item.getText(1);
            }
        }
        return null;
    }

    /** Waits until the editor shows the current state (re-layout done, events dispatched). */
    private static void settle(OnnxModelEditor e) {
        UiWait.until(() -> e.figure().scene() != null && e.figure().scene().model() == e.document().current(), 30_000,
                "the editor to show the current model");
    }

    /** The Heat Map radio command, as its menu items run it. */
    private static void heatMap(String value) throws Exception {
        var commands = PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class);
        var command = org.eclipse.core.commands.ParameterizedCommand.generateCommand(commands.getCommand("io.medli.ui.graph.heatMap"),
                Map.of(org.eclipse.ui.handlers.RadioState.PARAMETER_ID, value));
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
        UiWait.dispatch(50);
    }

    private static void command(String id) throws Exception {
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(id, null);
        UiWait.dispatch(50);
    }

    @Test
    void opensDrawsSelectsAndShowsProperties() throws Exception {
        IFile f = copy("mlsd_320x320_tiny.onnx", "mlsd_tiny.onnx");
        assertEquals(OnnxModelEditor.ID, IDE.getDefaultEditor(f).getId(), ".onnx files open in the graph editor by default");
        OnnxModelEditor e = open(f);
        assertNull(e.error());
        ModelProto m = e.document().current();
        long operators = m.graph().nodes().stream().filter(n -> !n.opType().equals("Constant")).count();
        DiagramFigure fig = e.figure();
        assertEquals(operators + 1 + 2, fig.scene().diagram().nodes().size(), "a box per operator, 1 input and 2 outputs");
        assertEquals(fig.scene().diagram().nodes().size(), fig.scene().layout().x().length, "every box is placed");
        assertTrue(fig.getSize().height > 1000, "the diagram is drawn at its laid-out size");

        IViewPart props = page.showView(IPageLayout.ID_PROP_SHEET);
        page.activate(e);
        int conv = firstBox(e, "Conv");
        click(e, conv);
        assertEquals(conv, fig.selectedBox(), "the click selected the Conv box");
        NodeSelection sel = (NodeSelection) ((org.eclipse.jface.viewers.IStructuredSelection) e.getSite().getSelectionProvider()
                .getSelection()).getFirstElement();
        assertNotNull(sel.getAdapter(IPropertySource.class));
        UiWait.dispatch(300);
        Tree tree = (Tree) ((PropertySheet) props).getCurrentPage().getControl();
        assertEquals("Conv", property(tree, "operator"), "the Properties view shows the selected node");
        assertNotNull(property(tree, "MACs"));
        assertTrue(property(tree, "W statistics").contains("mean"), "weight statistics: " + property(tree, "W statistics"));
        Screenshots.take(e.getSite().getShell(), "graph-editor-mlsd.png");

        // find by operator or name, cycle through matches, jump along tensors
        int convs = (int) fig.scene().diagram().nodes().stream().filter(n -> n.title().equals("Conv")).count();
        e.showFindBar();
        assertTrue(e.find("conv") >= convs, "every Conv matches");
        int firstHit = fig.selectedBox();
        e.findNext(1);
        assertTrue(fig.selectedBox() != firstHit, "next match");
        assertEquals(0, e.find("no such thing anywhere"));
        String out = m.graph().nodes().get(fig.scene().diagram().nodes().get(conv).nodeIndex()).outputs().get(0);
        java.util.List<Integer> consumers = e.consumers(out);
        assertEquals(1, consumers.size());
        e.select(consumers.get(0), -1);
        assertTrue(e.goToProducer(out));
        assertEquals(conv, fig.selectedBox(), "back at the producer");
    }

    @Test
    void twoQuickEditsNeverShowAStaleScene() throws Exception {
        IFile f = copy("mlsd_320x320_tiny.onnx", "mlsd_quick.onnx");
        OnnxModelEditor e = open(f);
        settle(e);
        int conv = e.figure().scene().diagram().nodes().get(firstBox(e, "Conv")).nodeIndex();
        // the second edit comes while the first one's layout still runs: that layout is cancelled, never shown
        e.execute(ModelEdits.renameNode(conv, "first_name"));
        e.execute(ModelEdits.renameNode(conv, "second_name"));
        for (int round = 0; round < 2; round++) {
            settle(e);
            assertTrue(e.figure().scene().model() == e.document().current(), "the scene shows the newest state");
            var names = e.figure().scene().diagram().nodes().stream().map(DiagramNode::name).toList();
            assertTrue(names.contains("second_name") && !names.contains("first_name"), "round " + round);
            UiWait.dispatch(500); // a late stale layout would land here
        }
        Job.getJobManager().join(MedliUi.JOB_FAMILY, null);
        UiWait.dispatch(100);
        assertTrue(e.figure().scene().model() == e.document().current());
    }

    @Test
    void followsTheFileOutsideTheEditorAndGoesToProblems() throws Exception {
        IFile f = copy("mlsd_320x320_tiny.onnx", "mlsd_outside.onnx");
        OnnxModelEditor e = open(f);
        settle(e);

        // double-clicking a problem (IDE.gotoMarker) selects its node
        int convIndex = e.figure().scene().diagram().nodes().get(firstBox(e, "Conv")).nodeIndex();
        String conv = e.document().current().graph().nodes().get(convIndex).name();
        IMarker marker = f.createMarker(IMarker.PROBLEM);
        marker.setAttribute(ModelProblemMarkers.NODE, conv);
        IDE.gotoMarker(e, marker);
        assertEquals(convIndex, e.selectedNodeIndex(), "the marker's node is selected");

        // the editor's own save is not a change from outside: same document, undo kept
        io.medli.ui.internal.editor.ModelDocument doc = e.document();
        e.execute(ModelEdits.renameNode(convIndex, "renamed_conv"));
        settle(e);
        e.doSave(null);
        UiWait.dispatch(300);
        assertTrue(doc == e.document(), "no reload after saving");
        assertFalse(e.isDirty());

        // replaced outside: an unchanged editor reads the new content
        ModelProto before = e.document().current();
        Path large = Path.of(System.getProperty("medli.models.dir", "build/models"), "mlsd_320x320_large.onnx");
        int largeNodes = OnnxModel.read(large).proto().graph().nodes().size();
        try (InputStream in = Files.newInputStream(large)) {
            f.setContents(in, true, false, null);
        }
        UiWait.until(() -> e.document() != null && e.document().current() != before && e.figure().scene() != null
                && e.figure().scene().model() == e.document().current(), 30_000, "the editor to reload the file");
        assertEquals(largeNodes, e.document().current().graph().nodes().size());
        assertFalse(e.isDirty());

        // deleted outside: an editor without edits closes
        f.delete(true, null);
        UiWait.until(() -> !java.util.Arrays.asList(page.getEditors()).contains(e), 10_000, "the editor to close");
    }

    @Test
    void editsUndoRedoSaveReloadAndRun() throws Exception {
        IFile f = copy("mlsd_320x320_tiny.onnx", "mlsd_edit.onnx");
        OnnxModelEditor e = open(f);
        int boxes = e.figure().scene().diagram().nodes().size();

        // rename through the model, undo and redo through the workbench commands (Ctrl+Z / Ctrl+Y)
        int first = e.figure().scene().diagram().nodes().get(firstBox(e, "Conv")).nodeIndex();
        String oldName = e.document().current().graph().nodes().get(first).name();
        e.execute(ModelEdits.renameNode(first, "stem_conv"));
        UiWait.until(() -> e.figure().scene().model() == e.document().current(), 20_000, "re-layout");
        assertEquals("stem_conv", e.document().current().graph().nodes().get(first).name());
        assertTrue(e.isDirty());
        command("org.eclipse.ui.edit.undo");
        assertEquals(oldName, e.document().current().graph().nodes().get(first).name(), "undo restores the name");
        assertFalse(e.isDirty(), "undone back to the saved state: not dirty");
        command("org.eclipse.ui.edit.redo");
        assertEquals("stem_conv", e.document().current().graph().nodes().get(first).name(), "redo renames again");

        // delete a pass-through node: one box less
        int relu = e.figure().scene().diagram().nodes().get(firstBox(e, "Relu")).nodeIndex();
        e.execute(ModelEdits.deleteNode(relu));
        UiWait.until(() -> e.figure().scene().model() == e.document().current(), 20_000, "re-layout");
        assertEquals(boxes - 1, e.figure().scene().diagram().nodes().size());

        // edit an attribute through the Properties view's property source
        int convBox = firstBox(e, "Conv");
        click(e, convBox);
        NodeSelection sel = (NodeSelection) ((org.eclipse.jface.viewers.IStructuredSelection) e.getSite().getSelectionProvider()
                .getSelection()).getFirstElement();
        IPropertySource ps = sel.getAdapter(IPropertySource.class);
        ps.setPropertyValue("a.dilations", "[1, 1]");
        UiWait.until(() -> e.figure().scene().model() == e.document().current(), 20_000, "re-layout");

        // a refused edit changes nothing
        ModelProto before = e.document().current();
        String[] shown = new String[1];
        // the refusal is explained in a modal dialog: read and close it from inside its event loop
        org.eclipse.swt.widgets.Display.getCurrent().timerExec(500, () -> shown[0] = closeErrorDialogs());
        e.execute(ModelEdits.renameTensor("no-such-tensor", "x"));
        assertTrue(shown[0] != null && shown[0].contains("there is no tensor 'no-such-tensor'"), String.valueOf(shown[0]));
        assertTrue(before == e.document().current());

        // new head with 6 classes at a feature map, remove unused weights, save, reopen, run
        String feature = e.document().current().graph().nodes().get(e.figure().scene().diagram().nodes()
                .get(firstBox(e, "Add")).nodeIndex()).outputs().get(0);
        e.execute(ModelEdits.replaceHead(feature, 6, ModelEdits.Head.GEMM, 1));
        e.execute(ModelEdits.removeUnusedWeights());
        UiWait.until(() -> e.figure().scene().model() == e.document().current(), 20_000, "re-layout");
        e.doSave(null);
        assertFalse(e.isDirty());
        page.closeEditor(e, false);
        OnnxModelEditor again = open(f);
        assertEquals("logits", again.document().current().graph().outputs().get(0).name());
        assertTrue(again.document().current().graph().nodes().stream().anyMatch(n -> n.name().equals("stem_conv")),
                "the rename was saved");
        try (ModelRunner r = ModelRunner.open(f.getLocation().toFile().toPath(), RunOptions.defaults())) {
            Map<String, OnnxTensor> feed = r.generateInputs();
            try (var res = r.run(feed)) {
                assertArrayEquals(new long[] { 1, 6 }, ((OnnxTensor) res.get("logits").get()).getInfo().getShape());
            } finally {
                feed.values().forEach(OnnxTensor::close);
            }
        }
    }

    private static String texts(org.eclipse.swt.widgets.Composite c) {
        StringBuilder b = new StringBuilder();
        for (var child : c.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Label l) b.append(l.getText()).append('\n');
            if (child instanceof org.eclipse.swt.widgets.Composite cc) b.append(texts(cc));
        }
        return b.toString();
    }

    private static int hottestOf(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) if (v[i] > v[best]) best = i;
        return best;
    }

    /** Closes open message dialogs; returns the message of the last one, or null. */
    private static String closeErrorDialogs() {
        String message = null;
        for (var s : org.eclipse.swt.widgets.Display.getCurrent().getShells()) {
            if (s.getData() instanceof org.eclipse.jface.dialogs.MessageDialog d) {
                message = texts(s);
                d.close();
            }
        }
        return message;
    }

    @Test
    void outlineListsFiltersAndSelectsNodes() throws Exception {
        IFile f = copy("mlsd_320x320_tiny.onnx", "mlsd_outline.onnx");
        OnnxModelEditor e = open(f);
        page.showView(IPageLayout.ID_OUTLINE);
        page.activate(e);
        UiWait.dispatch(200);
        io.medli.ui.internal.editor.GraphOutlinePageAccess outline = new io.medli.ui.internal.editor.GraphOutlinePageAccess(e);
        long operators = e.figure().scene().diagram().nodes().stream().filter(n -> n.kind() == DiagramNode.Kind.OPERATOR).count();
        assertEquals(operators, outline.listed().size(), "every operator is listed");
        outline.setFilter("clip");
        assertTrue(outline.listed().stream().allMatch(n -> n.title().equals("Clip")), "filtered to Clip");
        assertTrue(outline.listed().size() > 5);
        outline.select(outline.listed().get(2));
        assertEquals(outline.listed().get(2).id(), e.figure().selectedBox(), "selecting in the outline selects in the editor");
        int[] before = e.visibleDiagramArea();
        e.centerOn(before[0] + before[2] / 2, e.figure().scene().diagram().nodes().size() > 0 ? 3000 : 0);
        assertTrue(e.visibleDiagramArea()[1] > before[1], "the overview's navigation moves the view");
    }

    @Test
    void heatMapsAndProfileOnThisMachine() throws Exception {
        IFile f = copy("mlsd_320x320_tiny.onnx", "mlsd_profile.onnx");
        OnnxModelEditor e = open(f);
        DiagramFigure fig = e.figure();
        e.setOverlay(io.medli.diagram.HeatMap.Kind.MACS);
        double[] macs = fig.heat();
        assertNotNull(macs);
        int hottest = 0;
        for (int i = 1; i < macs.length; i++) if (macs[i] > macs[hottest]) hottest = i;
        assertEquals(1.0, macs[hottest], 1e-9);
        assertEquals("Conv", fig.scene().diagram().nodes().get(hottest).title(), "convolutions carry the MACs");
        e.setOverlay(io.medli.diagram.HeatMap.Kind.PARAMETERS);
        assertNotNull(fig.heat());
        // the same through the Model menu's commands
        heatMap("NONE");
        assertNull(fig.heat());
        heatMap("MACS");
        assertEquals(io.medli.diagram.HeatMap.Kind.MACS, e.overlay());
        assertEquals("MACS", PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class)
                .getCommand("io.medli.ui.graph.heatMap").getState(org.eclipse.ui.handlers.RadioState.STATE_ID).getValue(),
                "the menus show the heat map checked");
        // the context menu: the selection's items, then the commands contributed in plugin.xml
        org.eclipse.swt.widgets.Menu menu = e.canvas().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        java.util.List<String> items = java.util.Arrays.stream(menu.getItems()).map(i -> i.getText().replace("&", "")).toList();
        menu.notifyListeners(SWT.Hide, new Event());
        assertTrue(items.stream().anyMatch(t -> t.startsWith("Find Node or Tensor")), items.toString());
        assertTrue(items.contains("Heat Map") && items.stream().anyMatch(t -> t.startsWith("Profile on This Machine")), items.toString());
        double zoom = fig.zoom();
        command("io.medli.ui.graph.zoomIn");
        assertTrue(fig.zoom() > zoom, "Zoom In command");
        command("io.medli.ui.graph.zoomActual");
        assertEquals(1.0, fig.zoom(), 1e-9);

        e.profileOnThisMachine();
        UiWait.until(() -> e.measuredMicros() != null && e.overlay() == io.medli.diagram.HeatMap.Kind.LATENCY, 60_000, "the profile");
        double[] lat = fig.heat();
        assertNotNull(lat);
        long hot = java.util.Arrays.stream(lat).filter(v -> v > 0).count();
        assertTrue(hot > fig.scene().diagram().nodes().size() / 2, hot + " boxes have a measured time");
        String[] written = fig.badges();
        assertTrue(written[hottestOf(lat)].matches("[0-9.]+ (ms|\u00b5s)"), "the time is written on the box: " + written[hottestOf(lat)]);
        io.medli.ui.internal.editor.NodeProfileView view = (io.medli.ui.internal.editor.NodeProfileView) page
                .findView(io.medli.ui.internal.editor.NodeProfileView.ID);
        assertNotNull(view, "the Node Profile view is shown");
        assertTrue(view.rowCount() > 50, "one row per profiled node: " + view.rowCount());
        Screenshots.take(e.getSite().getShell(), "graph-editor-latency.png");

        // the roofline heat map: this machine's peaks measured, each node's floor against its measured time
        heatMap("ROOFLINE");
        UiWait.until(() -> e.floorMicros() != null && e.overlay() == io.medli.diagram.HeatMap.Kind.ROOFLINE && fig.heat() != null, 120_000,
                "the peaks, the profile and the floors");
        String[] roof = fig.badges();
        int hotRoof = hottestOf(fig.heat());
        assertTrue(roof[hotRoof] != null && roof[hotRoof].matches("[0-9]+ % of roof"), "the floor's share is written on the box: " + roof[hotRoof]);
        double floorSum = e.floorMicros().values().stream().mapToDouble(Double::doubleValue).sum();
        double measuredSum = e.measuredMicros().values().stream().mapToDouble(Double::doubleValue).sum();
        assertTrue(floorSum > 0 && floorSum < measuredSum, "no run is faster than its floor: floors " + floorSum + " us, measured " + measuredSum + " us");
        Screenshots.take(e.getSite().getShell(), "graph-editor-roofline.png");
    }

    /** x -> If(cond: then Relu, else Neg) -> Double (a local function: Add(a, a)) -> z. */
    private static ModelProto controlFlowModel() {
        var tensor = io.medli.onnx.proto.TypeProto.tensor(io.medli.onnx.proto.DataType.FLOAT,
                java.util.List.of(io.medli.onnx.proto.Dimension.of(2)));
        var g = new io.medli.onnx.proto.GraphProto().name("main");
        g.inputs().add(new io.medli.onnx.proto.ValueInfo("x", tensor));
        g.inputs().add(new io.medli.onnx.proto.ValueInfo("cond", io.medli.onnx.proto.TypeProto.tensor(io.medli.onnx.proto.DataType.BOOL, java.util.List.of())));
        var then = new io.medli.onnx.proto.GraphProto().name("then");
        then.nodes().add(new NodeProto("Relu", "then_relu", java.util.List.of("x"), java.util.List.of("t")));
        then.outputs().add(new io.medli.onnx.proto.ValueInfo("t", tensor));
        var els = new io.medli.onnx.proto.GraphProto().name("else");
        els.nodes().add(new NodeProto("Neg", "else_neg", java.util.List.of("x"), java.util.List.of("e")));
        els.outputs().add(new io.medli.onnx.proto.ValueInfo("e", tensor));
        NodeProto ifNode = new NodeProto("If", "branch", java.util.List.of("cond"), java.util.List.of("b"));
        ifNode.attributes().add(io.medli.onnx.proto.AttributeProto.ofGraph("then_branch", then));
        ifNode.attributes().add(io.medli.onnx.proto.AttributeProto.ofGraph("else_branch", els));
        g.nodes().add(ifNode);
        g.nodes().add(new NodeProto("Double", "twice", java.util.List.of("b"), java.util.List.of("z")).domain("local"));
        g.outputs().add(new io.medli.onnx.proto.ValueInfo("z", tensor));
        ModelProto m = new ModelProto().irVersion(8L).graph(g);
        m.opsetImports().add(new io.medli.onnx.proto.OperatorSetId("", 17));
        m.opsetImports().add(new io.medli.onnx.proto.OperatorSetId("local", 1));
        var f = new io.medli.onnx.proto.FunctionProto().name("Double").domain("local");
        f.inputs().add("a");
        f.outputs().add("y");
        f.nodes().add(new NodeProto("Add", "add", java.util.List.of("a", "a"), java.util.List.of("y")));
        f.opsetImports().add(new io.medli.onnx.proto.OperatorSetId("", 17));
        m.functions().add(f);
        return m;
    }

    @Test
    void opensSubgraphsAndLocalFunctions() throws Exception {
        IFile f = project.getFile("control.onnx");
        byte[] bytes = OnnxModel.of(controlFlowModel()).toBytes();
        if (f.exists()) f.setContents(new ByteArrayInputStream(bytes), true, false, null); else f.create(new ByteArrayInputStream(bytes), true, null);
        OnnxModelEditor e = open(f);
        int ifBox = firstBox(e, "If");
        assertEquals(java.util.List.of("then_branch", "else_branch"), e.figure().scene().diagram().nodes().get(ifBox).subgraphs());
        e.openSubgraph(ifBox, "else_branch");
        UiWait.until(() -> e.inSubgraph() && e.figure().scene().graph().name().equals("else"), 20_000, "the else branch");
        assertTrue(e.breadcrumbText().contains("If branch \u203a else_branch"), e.breadcrumbText());
        assertEquals("Neg", e.figure().scene().diagram().nodes().stream().filter(n -> n.kind() == DiagramNode.Kind.OPERATOR)
                .findFirst().orElseThrow().title());
        assertTrue(e.figure().scene().diagram().nodes().stream().anyMatch(n -> n.title().equals("x") && n.attributes().equals("outer scope")),
                "the outer-scope input is a terminal");
        e.back();
        UiWait.until(() -> !e.inSubgraph() && e.figure().scene().graph().name().equals("main"), 20_000, "the main graph");
        e.openFunction(firstBox(e, "Double"));
        UiWait.until(() -> e.inSubgraph() && e.figure().scene().graph().name().equals("Double"), 20_000, "the function body");
        assertTrue(e.breadcrumbText().contains("function local.Double"), e.breadcrumbText());
        assertEquals(-1, e.selectedNodeIndex(), "no edits inside a function body");
    }

    /** Every edit of the editor, each undone and redone through the workbench commands. */
    @Test
    void everyEditUndoesAndRedoes() throws Exception {
        IFile f = copy("mlsd_320x320_tiny.onnx", "mlsd_all_edits.onnx");
        OnnxModelEditor e = open(f);
        ModelProto m0 = e.document().current();
        String input = m0.graph().inputs().get(0).name();
        int conv = e.figure().scene().diagram().nodes().get(firstBox(e, "Conv")).nodeIndex();
        String convOut = m0.graph().nodes().get(conv).outputs().get(0);
        int relu = e.figure().scene().diagram().nodes().get(firstBox(e, "Relu")).nodeIndex();
        String reluOut = m0.graph().nodes().get(relu).outputs().get(0);
        java.util.List<io.medli.onnx.edit.ModelEdit> edits = java.util.List.of(
                ModelEdits.renameNode(conv, "renamed_conv"),
                ModelEdits.renameTensor(convOut, "renamed_tensor"),
                ModelEdits.deleteNode(relu),
                ModelEdits.setInputShape(input, java.util.List.of(1L, 320L, 320L, 4L)),
                ModelEdits.addOutput(reluOut),
                ModelEdits.cutAt(reluOut),
                ModelEdits.replaceHead(reluOut, 3, ModelEdits.Head.CONV_1X1, 5),
                ModelEdits.setAttribute(conv, io.medli.onnx.proto.AttributeProto.ofInts("dilations", 1, 1)),
                ModelEdits.removeUnusedWeights());
        for (io.medli.onnx.edit.ModelEdit edit : edits) {
            ModelProto before = e.document().current();
            byte[] beforeBytes = OnnxModel.of(before).toBytes();
            e.execute(edit);
            settle(e);
            ModelProto after = e.document().current();
            assertTrue(after != before, edit.label() + " changed the model");
            command("org.eclipse.ui.edit.undo");
            settle(e);
            assertTrue(e.document().current() == before, edit.label() + " undone");
            assertArrayEquals(beforeBytes, OnnxModel.of(e.document().current()).toBytes(), edit.label() + " undone exactly");
            command("org.eclipse.ui.edit.redo");
            settle(e);
            assertTrue(e.document().current() == after, edit.label() + " redone");
            command("org.eclipse.ui.edit.undo"); // each edit from the original model
            settle(e);
        }
        assertTrue(e.document().current() == m0);
        assertFalse(e.isDirty());
        // extract: a new model between two tensors, saved beside the file
        ModelProto part = ModelEdits.extract(m0, java.util.List.of(convOut), java.util.List.of(reluOut));
        assertTrue(part.graph().nodes().size() < m0.graph().nodes().size());
        UiWait.until(() -> e.figure().scene().model() == e.document().current(), 20_000, "the last layout");
    }

    @Test
    void openingCanBeCancelled() throws Exception {
        IFile f = project.getFile("big-to-cancel.onnx");
        byte[] bytes = OnnxModel.of(io.medli.diagram.tests.GeneratedModels.residual(10_000)).toBytes();
        if (f.exists()) f.setContents(new ByteArrayInputStream(bytes), true, false, null); else f.create(new ByteArrayInputStream(bytes), true, null);
        OnnxModelEditor e = (OnnxModelEditor) IDE.openEditor(page, f, OnnxModelEditor.ID, true);
        e.cancelLoading();
        UiWait.until(() -> e.error() != null || e.figure().scene() != null, 60_000, "the open to stop");
        // the layout may finish before the cancel arrives on a fast machine; if not, the page says so
        if (e.figure().scene() == null) assertTrue(e.error().contains("cancelled"), e.error());
    }

    /** File > Open File: a model outside the workspace opens (no markers: there is no resource). */
    @Test
    void opensAFileOutsideTheWorkspace() throws Exception {
        Path outside = Path.of(System.getProperty("medli.models.dir", "build/models"), "mlsd_320x320_large.onnx").toAbsolutePath();
        var store = org.eclipse.core.filesystem.EFS.getLocalFileSystem().getStore(outside.toUri());
        OnnxModelEditor e = (OnnxModelEditor) IDE.openEditorOnFileStore(page, store);
        UiWait.until(() -> e.figure().scene() != null || e.error() != null, 30_000, "the editor to open a file store");
        assertNull(e.error());
        assertEquals("mlsd_320x320_large.onnx", e.getPartName());
        assertTrue(e.figure().scene().diagram().nodes().size() > 100);
    }

    @Test
    void badFileShowsAnErrorPageNotADialog() throws Exception {
        IFile f = project.getFile("broken.onnx");
        byte[] junk = "this is not an ONNX model, just text".getBytes();
        if (f.exists()) f.setContents(new ByteArrayInputStream(junk), true, false, null); else f.create(new ByteArrayInputStream(junk), true, null);
        OnnxModelEditor e = open(f);
        assertNotNull(e.error());
        assertTrue(e.error().startsWith("Not a valid ONNX model"), e.error());
        for (var shell : PlatformUI.getWorkbench().getDisplay().getShells()) {
            assertFalse(shell.isVisible() && shell.getData() instanceof org.eclipse.jface.dialogs.Dialog,
                    "no error dialog: " + shell.getText());
        }
    }

    @Test
    void validationProblemsBecomeMarkers() throws Exception {
        ModelProto m = OnnxModel.read(Path.of(System.getProperty("medli.models.dir", "build/models"), "mlsd_320x320_tiny.onnx")).proto();
        NodeProto n = m.graph().nodes().get(5);
        n.inputs().set(0, "missing_tensor");
        IFile f = project.getFile("dangling.onnx");
        byte[] bytes = OnnxModel.of(m).toBytes();
        if (f.exists()) f.setContents(new ByteArrayInputStream(bytes), true, false, null); else f.create(new ByteArrayInputStream(bytes), true, null);
        open(f);
        UiWait.until(() -> {
            try {
                return f.findMarkers(ModelProblemMarkers.TYPE, false, IResource.DEPTH_ZERO).length > 0;
            } catch (Exception ex) {
                return false;
            }
        }, 20_000, "markers");
        IMarker[] markers = f.findMarkers(ModelProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
        assertTrue(markers[0].getAttribute(IMarker.MESSAGE, "").contains("missing_tensor"));
        assertEquals(IMarker.SEVERITY_ERROR, markers[0].getAttribute(IMarker.SEVERITY, -1));
    }

    /** x[N,3,H,W] -> Conv 3x3 stride 2 (3 -> 4) -> y: sizes the model leaves open. */
    private IFile openSizesModel() throws Exception {
        var g = new io.medli.onnx.proto.GraphProto().name("open");
        g.inputs().add(new io.medli.onnx.proto.ValueInfo("x", io.medli.onnx.proto.TypeProto.tensor(io.medli.onnx.proto.DataType.FLOAT,
                java.util.List.of(io.medli.onnx.proto.Dimension.of("N"), io.medli.onnx.proto.Dimension.of(3), io.medli.onnx.proto.Dimension.of("H"),
                        io.medli.onnx.proto.Dimension.of("W")))));
        java.nio.ByteBuffer w = java.nio.ByteBuffer.allocate(4 * 27 * 4).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 4 * 27; i++) w.putFloat((i % 5 - 2) * 0.1f);
        g.initializers().add(new io.medli.onnx.proto.TensorProto().name("W").dataType(io.medli.onnx.proto.DataType.FLOAT).dims(4, 3, 3, 3)
                .rawData(w.flip()));
        var conv = new io.medli.onnx.proto.NodeProto("Conv", "conv", java.util.List.of("x", "W"), java.util.List.of("y"));
        conv.attributes().add(io.medli.onnx.proto.AttributeProto.ofInts("strides", 2, 2));
        conv.attributes().add(io.medli.onnx.proto.AttributeProto.ofInts("pads", 1, 1, 1, 1));
        g.nodes().add(conv);
        g.outputs().add(new io.medli.onnx.proto.ValueInfo("y", io.medli.onnx.proto.TypeProto.tensor(io.medli.onnx.proto.DataType.FLOAT, null)));
        var m = new io.medli.onnx.proto.ModelProto().irVersion(8L).graph(g);
        m.opsetImports().add(new io.medli.onnx.proto.OperatorSetId("", 13));
        byte[] bytes = io.medli.onnx.OnnxModel.of(m).toBytes();
        IFile f = project.getFile("open-sizes.onnx");
        if (f.exists()) f.setContents(new ByteArrayInputStream(bytes), true, false, null); else f.create(new ByteArrayInputStream(bytes), true, null);
        return f;
    }

    @Test
    void openInputSizesAreAskedForAndReachCostsAndProfiling() throws Exception {
        OnnxModelEditor e = open(openSizesModel());
        assertTrue(e.cost().macs() <= 0, "H and W unknown: no MACs yet, " + e.cost().macs());
        org.eclipse.swt.widgets.Display d = org.eclipse.swt.widgets.Display.getCurrent();
        String[] seen = new String[1];
        d.timerExec(300, new Runnable() {
            @Override
            public void run() {
                for (var shell : d.getShells()) {
                    if (!"Input Sizes".equals(shell.getText())) continue;
                    java.util.List<org.eclipse.swt.widgets.Text> fields = new java.util.ArrayList<>();
                    collect(shell, fields);
                    StringBuilder b = new StringBuilder();
                    for (var t : fields) {
                        b.append(t.getData("medli.size")).append('=').append(t.getText()).append(' ');
                        if (String.valueOf(t.getData("medli.size")).startsWith("H ")) t.setText("64");
                        if (String.valueOf(t.getData("medli.size")).startsWith("W ")) t.setText("48");
                    }
                    seen[0] = b.toString().trim();
                    shell.getDefaultButton().notifyListeners(SWT.Selection, new Event());
                    return;
                }
                d.timerExec(100, this);
            }
        });
        // the profile asks for the sizes first, as the command does
        e.profileOnThisMachine();
        assertEquals("N (x axis 0)=1 H (x axis 2)=224 W (x axis 3)=224", seen[0], "suggestions: a batch of one, an image's size");
        assertEquals(java.util.Map.of("N", 1L, "H", 64L, "W", 48L), e.inputSizes().dims());
        UiWait.until(() -> e.cost() != null && e.cost().macs() == 4L * 27 * 32 * 24, 30_000, "costs at H=64, W=48: " + e.cost().macs());
        UiWait.until(() -> e.measuredMicros() != null, 60_000, "the profile at the given sizes");
        assertTrue(e.measuredMicros().containsKey("conv"), e.measuredMicros().toString());
    }

    private static void collect(org.eclipse.swt.widgets.Composite c, java.util.List<org.eclipse.swt.widgets.Text> out) {
        for (var child : c.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Text t && t.getData("medli.size") != null) out.add(t);
            if (child instanceof org.eclipse.swt.widgets.Composite cc) collect(cc, out);
        }
    }
}
