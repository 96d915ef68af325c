package io.medli.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.medli.launch.RecipeLaunching;
import io.medli.recipe.BenchmarkStep;
import io.medli.recipe.DataRole;
import io.medli.recipe.DataSet;
import io.medli.recipe.QuantizeMode;
import io.medli.recipe.QuantizeStep;
import io.medli.recipe.Recipe;
import io.medli.recipe.RecipeFactory;
import io.medli.recipe.Step;
import io.medli.recipe.files.RecipeFiles;
import io.medli.recipe.run.RunHistory;
import io.medli.recipe.ui.internal.RecipeEditor;
import io.medli.recipe.ui.internal.ListDetails;
import io.medli.recipe.ui.internal.RecipeMarkers;
import io.medli.recipe.ui.internal.RunRecipeAction;
import io.medli.ui.MedliUi;

/** The recipe editor driven through its widgets: add and reorder steps, edit a field, undo, save with markers, run, see the run. */
@org.junit.jupiter.api.extension.ExtendWith(NoErrorLogged.class)
class RecipeEditorTest {
    private IWorkbenchPage page;
    private IProject project;

    @BeforeEach
    void setUp() throws Exception {
        page = PlatformUI.getWorkbench().showPerspective(MedliUi.PERSPECTIVE_ID, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        project = TinyProject.create("recipe-tests", "cal", 3);
        Path dir = project.getLocation().toFile().toPath();
        Recipe r = RecipeFiles.create("tiny int8");
        r.setSourceModel("tiny.onnx");
        DataSet d = RecipeFactory.eINSTANCE.createDataSet();
        d.setRole(DataRole.CALIBRATION);
        d.setPath("cal");
        d.setScale(1);
        r.getDataSets().add(d);
        QuantizeStep q = RecipeFactory.eINSTANCE.createQuantizeStep();
        q.setName("int8");
        q.setMode(QuantizeMode.STATIC);
        BenchmarkStep b = RecipeFactory.eINSTANCE.createBenchmarkStep();
        b.setName("speed");
        b.setRounds(2);
        b.setWarmup(1);
        r.getSteps().addAll(List.of(q, b));
        RecipeFiles.save(r, dir.resolve("tiny.medlirecipe"));
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
    }

    @AfterEach
    void tearDown() throws Exception {
        page.closeAllEditors(false);
        Job.getJobManager().join(RecipeLaunching.FAMILY, null);
        for (ILaunchConfiguration c : DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurations(RecipeLaunching.type())) c.delete();
        project.delete(true, true, null);
    }

    private static <T extends Control> T find(Composite root, Class<T> type, java.util.function.Predicate<T> p) {
        for (Control c : root.getChildren()) {
            if (type.isInstance(c) && p.test(type.cast(c))) return type.cast(c);
            if (c instanceof Composite k) {
                T t = find(k, type, p);
                if (t != null) return t;
            }
        }
        return null;
    }

    private static void press(Composite root, String action) {
        Button b = find(root, Button.class, x -> action.equals(x.getData("action")) && x.isVisible());
        assertNotNull(b, "a visible " + action + " button");
        b.notifyListeners(SWT.Selection, new Event());
        UiWait.dispatch(50);
    }

    private static IAction global(RecipeEditor e, ActionFactory f) {
        return e.getEditorSite().getActionBars().getGlobalActionHandler(f.getId());
    }

    @Test
    void stepsAreAddedReorderedEditedUndoneSavedAndRun() throws Exception {
        IFile file = project.getFile("tiny.medlirecipe");
        RecipeEditor e = (RecipeEditor) IDE.openEditor(page, file, RecipeEditor.ID, true);
        e.setActivePage("steps");
        UiWait.dispatch(100);
        Composite steps = (Composite) e.stepsPage().getPartControl();
        Table table = find(steps, Table.class, t -> true);
        assertEquals(2, table.getItemCount());
        assertEquals("1. Quantize 'int8' - static", table.getItem(0).getText());

        // add an Optimize step after the selected first step, then move it up to the top
        e.stepsPage().select(e.recipe().getSteps().get(0));
        Combo kind = find(steps, Combo.class, c -> List.of(c.getItems()).contains("Optimize"));
        kind.select(kind.indexOf("Optimize"));
        press(steps, "Add");
        assertEquals(List.of("int8", "optimize", "speed"), names(e.recipe()));
        press(steps, "Up");
        assertEquals(List.of("optimize", "int8", "speed"), names(e.recipe()));
        assertEquals("1. Optimize 'optimize' - basic", table.getItem(0).getText());
        assertTrue(e.isDirty());

        // undo twice: the move, then the add; redo brings the step back where it was added
        global(e, ActionFactory.UNDO).run();
        assertEquals(List.of("int8", "optimize", "speed"), names(e.recipe()));
        global(e, ActionFactory.UNDO).run();
        assertEquals(List.of("int8", "speed"), names(e.recipe()));
        assertFalse(e.isDirty(), "back where the file was");
        global(e, ActionFactory.REDO).run();
        UiWait.dispatch(50);
        assertEquals(List.of("int8", "optimize", "speed"), names(e.recipe()));

        // a field edit through its text box: the benchmark's rounds
        e.stepsPage().select(e.recipe().getSteps().get(2));
        UiWait.dispatch(50);
        Text rounds = find(steps, Text.class, t -> "rounds".equals(t.getData("attribute")) && !t.isDisposed());
        rounds.setText("0");
        rounds.notifyListeners(SWT.FocusOut, new Event());
        UiWait.dispatch(100);
        assertEquals(0, ((BenchmarkStep) e.recipe().getSteps().get(2)).getRounds());

        // save: the file on disk has the change, and the problem is a marker that leads back to its step
        e.doSave(null);
        assertFalse(e.isDirty());
        String xml = Files.readString(file.getLocation().toFile().toPath());
        assertTrue(xml.contains("name=\"optimize\"") && xml.contains("rounds=\"0\""), xml);
        IMarker[] markers = file.findMarkers(RecipeMarkers.TYPE, false, IResource.DEPTH_ZERO);
        assertEquals(1, markers.length);
        assertTrue(markers[0].getAttribute(IMarker.MESSAGE, "").contains("rounds must be at least 1"));
        assertEquals("step 'speed', rounds", markers[0].getAttribute(IMarker.LOCATION, ""));
        e.stepsPage().select(null);
        e.setActivePage("overview");
        e.gotoMarker(markers[0]);
        assertEquals("steps", e.activePage().getId());
        assertEquals("3. Benchmark 'speed' - 0 rounds", table.getSelection()[0].getText());

        // fix it (the marker showed the step afresh: a new form), run: the run's row appears on the Runs page
        rounds = find(steps, Text.class, t -> "rounds".equals(t.getData("attribute")) && !t.isDisposed());
        rounds.setText("2");
        rounds.notifyListeners(SWT.FocusOut, new Event());
        UiWait.dispatch(50);
        assertTrue(RunRecipeAction.start(e), "the run starts");
        assertEquals(0, file.findMarkers(RecipeMarkers.TYPE, false, IResource.DEPTH_ZERO).length, "saved before the run, markers cleared");
        ILaunchConfiguration config = RecipeLaunching.find(file);
        assertNotNull(config, "Run made the recipe's launch configuration");
        UiWait.until(() -> launchOf(config) != null && launchOf(config).isTerminated(), 120_000, "the recipe launch");
        Job.getJobManager().join(RecipeLaunching.FAMILY, null);
        IProcess process = launchOf(config).getProcesses()[0];
        String console = process.getStreamsProxy().getOutputStreamMonitor().getContents();
        assertEquals(0, process.getExitValue(), console + process.getStreamsProxy().getErrorStreamMonitor().getContents());
        assertTrue(console.contains("3 steps (0 reused)") && console.contains("report.html"), console);
        e.setActivePage("runs");
        UiWait.until(() -> e.runsPage().entries().size() == 1, 10_000, "the run on the Runs page");
        RunHistory.Entry run = e.runsPage().entries().get(0);
        assertEquals("finished", run.status());
        assertEquals(3, run.steps());
        assertNotNull(run.report());
        assertTrue(project.getFolder("runs").exists(), "the runs folder is in the workspace");

        // once more, unchanged: the Runs page follows by itself, and the two runs compare side by side
        ILaunch firstLaunch = launchOf(config);
        assertTrue(RunRecipeAction.start(e));
        // (the debug UI removes a terminated launch when a new one starts)
        UiWait.until(() -> launchOf(config) != null && launchOf(config) != firstLaunch && launchOf(config).isTerminated(), 60_000, "the second launch");
        Job.getJobManager().join(RecipeLaunching.FAMILY, null);
        UiWait.until(() -> e.runsPage().entries().size() == 2, 10_000, "the second run on the Runs page");
        assertEquals(3, e.runsPage().entries().get(0).reused());
        UiWait.dispatch(50);
        assertEquals(2, e.runsPage().charted().size(), "both runs on the chart (size against latency: the recipe measures no quality)");
        var view = e.runsPage().compareSelected();
        assertNotNull(view);
        var compared = view.comparison();
        assertEquals(2, compared.runs().size());
        assertTrue(compared.rows().stream().anyMatch(r -> r.label().equals("step 1") && r.differs() && r.values().get(1).endsWith("(reused)")),
                io.medli.recipe.run.RunComparison.format(compared));

        // a goal added after the runs is judged at once on the last run's figures, without a run
        e.setActivePage("overview");
        UiWait.dispatch(50);
        Label verdicts = find((Composite) e.overviewPage().getPartControl(), Label.class, l -> "verdicts".equals(l.getData("field")));
        assertTrue(verdicts.getText().startsWith("No goals"), verdicts.getText());
        var latency = RecipeFactory.eINSTANCE.createGoal();
        latency.setMetric(io.medli.recipe.GoalMetric.MAX_LATENCY);
        latency.setValue(1e-6);
        e.domain().getCommandStack().execute(org.eclipse.emf.edit.command.AddCommand.create(e.domain(), e.recipe(),
                io.medli.recipe.RecipePackage.Literals.RECIPE__GOALS, latency));
        UiWait.until(() -> verdicts.getText().contains("NOT met: max-latency-ms"), 5_000, "the new goal's verdict: " + verdicts.getText());
        assertEquals(2, e.runsPage().entries().size(), "judged without a run");
        // missed on latency, with a student to distill: the next move is offered as a link
        var distill = RecipeFactory.eINSTANCE.createDistillStep();
        distill.setName("student");
        distill.setStudent("cnn");
        e.domain().getCommandStack().execute(org.eclipse.emf.edit.command.AddCommand.create(e.domain(), e.recipe(),
                io.medli.recipe.RecipePackage.Literals.RECIPE__STEPS, distill, 0));
        UiWait.until(() -> find((Composite) e.overviewPage().getPartControl(), org.eclipse.ui.forms.widgets.Hyperlink.class,
                h -> !h.isDisposed() && h.getText().startsWith("Try narrower students (width=12, width=8 for student)")) != null, 5_000, "the remedy link");
        e.domain().getCommandStack().undo();
        UiWait.until(() -> find((Composite) e.overviewPage().getPartControl(), org.eclipse.ui.forms.widgets.Hyperlink.class, h -> !h.isDisposed()) == null,
                5_000, "no link without a student");
    }

    @Test
    void theSourcePageEditsTheRecipeAsOneUndoableChangeAndKeepsBrokenTextToItself() throws Exception {
        IFile file = project.getFile("tiny.medlirecipe");
        RecipeEditor e = (RecipeEditor) IDE.openEditor(page, file, RecipeEditor.ID, true);
        e.setActivePage("source");
        UiWait.dispatch(50);
        var source = e.sourcePage();
        String original = source.text();
        assertTrue(original.contains("rounds=\"2\""), original);
        source.type(original.replace("rounds=\"2\"", "rounds=\"7\"").replace("name=\"int8\"", "name=\"q8\""));
        assertTrue(e.isDirty(), "typed, not yet read back");
        e.setActivePage("steps");
        assertEquals("steps", e.activePage().getId());
        assertEquals(7, ((BenchmarkStep) e.recipe().getSteps().get(1)).getRounds());
        assertEquals(List.of("q8", "speed"), names(e.recipe()));
        Table stepsTable = find((Composite) e.stepsPage().getPartControl(), Table.class, t -> true);
        UiWait.until(() -> "1. Quantize 'q8' - static".equals(stepsTable.getItem(0).getText()), 5_000, "the other pages follow");
        global(e, ActionFactory.UNDO).run();
        UiWait.dispatch(50);
        assertEquals(List.of("int8", "speed"), names(e.recipe()), "one undo takes back the whole source edit");
        assertEquals(2, ((BenchmarkStep) e.recipe().getSteps().get(1)).getRounds());
        assertFalse(e.isDirty());
        UiWait.until(() -> original.equals(source.text()), 5_000, "the text following the undo");

        // text that is not a recipe: the page stays, the recipe is untouched
        e.setActivePage("source");
        source.type(original.substring(0, original.length() / 2));
        e.setActivePage("overview");
        assertEquals("source", e.activePage().getId());
        assertEquals(List.of("int8", "speed"), names(e.recipe()));
        source.type(original.replace("rounds=\"2\"", "rounds=\"3\""));
        e.setActivePage("overview");
        assertEquals("overview", e.activePage().getId());
        e.doSave(null);
        assertTrue(Files.readString(file.getLocation().toFile().toPath()).contains("rounds=\"3\""));
        assertFalse(e.isDirty());
    }

    @Test
    void aQuickFixOnAMarkerFixesTheRecipeInItsEditorWithUndo() throws Exception {
        IFile file = project.getFile("tiny.medlirecipe");
        RecipeEditor e = (RecipeEditor) IDE.openEditor(page, file, RecipeEditor.ID, true);
        e.setActivePage("steps");
        e.stepsPage().select(e.recipe().getSteps().get(1));
        UiWait.dispatch(50);
        Text rounds = find((Composite) e.stepsPage().getPartControl(), Text.class, t -> "rounds".equals(t.getData("attribute")) && !t.isDisposed());
        rounds.setText("0");
        rounds.notifyListeners(SWT.FocusOut, new Event());
        UiWait.dispatch(50);
        e.doSave(null);
        IMarker[] markers = file.findMarkers(RecipeMarkers.TYPE, false, IResource.DEPTH_ZERO);
        assertEquals(1, markers.length);
        assertTrue(markers[0].getAttribute("io.medli.recipe.fixable", false), String.valueOf(markers[0].getAttributes()));
        assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(markers[0]));
        var fixes = IDE.getMarkerHelpRegistry().getResolutions(markers[0]);
        assertEquals(List.of("Set rounds to its default, 20"), java.util.Arrays.stream(fixes).map(org.eclipse.ui.IMarkerResolution::getLabel).toList());
        fixes[0].run(markers[0]);
        assertEquals(20, ((BenchmarkStep) e.recipe().getSteps().get(1)).getRounds());
        assertFalse(e.isDirty(), "the editor held nothing else: saved with the fix");
        assertEquals(0, file.findMarkers(RecipeMarkers.TYPE, false, IResource.DEPTH_ZERO).length);
        assertFalse(Files.readString(file.getLocation().toFile().toPath()).contains("rounds="), "the default, not written");
        global(e, ActionFactory.UNDO).run();
        assertEquals(0, ((BenchmarkStep) e.recipe().getSteps().get(1)).getRounds(), "the fix is one undo");
    }

    @Test
    void variantsAddedOnTheOverviewAreSearchedByRun() throws Exception {
        IFile file = project.getFile("tiny.medlirecipe");
        RecipeEditor e = (RecipeEditor) IDE.openEditor(page, file, RecipeEditor.ID, true);
        e.setActivePage("overview");
        UiWait.dispatch(50);
        Composite overview = (Composite) e.overviewPage().getPartControl();
        ListDetails variants = e.overviewPage().variants();
        press(variants.control(), "Add");
        assertEquals(1, e.recipe().getVariants().size());
        assertEquals("int8", e.recipe().getVariants().get(0).getStep().getName(), "the first step to start with");
        Combo step = find(overview, Combo.class, c -> "step".equals(c.getData("attribute")) && !c.isDisposed());
        assertEquals(List.of("int8", "speed"), List.of(step.getItems()));
        Text parameter = find(overview, Text.class, t -> "parameter".equals(t.getData("attribute")) && !t.isDisposed());
        parameter.setText("mode");
        parameter.notifyListeners(SWT.FocusOut, new Event());
        Text values = find(overview, Text.class, t -> "values".equals(t.getData("attribute")) && !t.isDisposed());
        values.setText("static, dynamic");
        values.notifyListeners(SWT.FocusOut, new Event());
        UiWait.dispatch(50);
        assertEquals(List.of("static", "dynamic"), e.recipe().getVariants().get(0).getValues());
        UiWait.until(() -> "int8.mode: static, dynamic".equals(variants.viewer().getTable().getItem(0).getText()), 5_000,
                "the list showing the variant: " + variants.viewer().getTable().getItem(0).getText());
        assertTrue(RunRecipeAction.start(e));
        ILaunchConfiguration config = RecipeLaunching.find(file);
        UiWait.until(() -> launchOf(config) != null && launchOf(config).isTerminated(), 120_000, "the search");
        Job.getJobManager().join(RecipeLaunching.FAMILY, null);
        String console = launchOf(config).getProcesses()[0].getStreamsProxy().getOutputStreamMonitor().getContents();
        assertTrue(console.contains("search-") && console.contains("report: "), console);
        assertTrue(project.getFolder("runs").members().length >= 3, "two candidates and the search's report");
    }

    @Test
    void aLaunchOfABrokenOrMissingRecipeSaysWhyAndRunsNothing() throws Exception {
        IFile file = project.getFile("tiny.medlirecipe");
        ILaunchConfiguration config = RecipeLaunching.findOrCreate(file);
        assertEquals(config, RecipeLaunching.findOrCreate(file), "one configuration per recipe");
        Recipe r = RecipeFiles.load(file.getLocation().toFile().toPath());
        r.setSourceModel("gone.onnx");
        RecipeFiles.save(r, file.getLocation().toFile().toPath());
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.eclipse.core.runtime.CoreException.class,
                () -> config.launch(org.eclipse.debug.core.ILaunchManager.RUN_MODE, null));
        assertTrue(e.getStatus().getMessage().contains("gone.onnx"), e.getStatus().getMessage());
        file.delete(true, null);
        e = org.junit.jupiter.api.Assertions.assertThrows(org.eclipse.core.runtime.CoreException.class,
                () -> config.launch(org.eclipse.debug.core.ILaunchManager.RUN_MODE, null));
        assertTrue(e.getStatus().getMessage().contains("does not exist"), e.getStatus().getMessage());
        assertFalse(project.getFolder("runs").exists(), "nothing ran");
        config.delete();
    }

    private static ILaunch launchOf(ILaunchConfiguration c) {
        for (ILaunch l : DebugPlugin.getDefault().getLaunchManager().getLaunches()) if (c.equals(l.getLaunchConfiguration())) return l;
        return null;
    }

    private static List<String> names(Recipe r) {
        return r.getSteps().stream().map(Step::getName).toList();
    }
}
