package io.medli.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.medli.launch.RecipeLaunching;
import io.medli.recipe.QuantizeMode;
import io.medli.recipe.QuantizeStep;
import io.medli.recipe.Recipe;
import io.medli.recipe.files.RecipeFiles;
import io.medli.recipe.ui.internal.OneStepRun;
import io.medli.recipe.ui.internal.RecipeEditor;
import io.medli.ui.MedliUi;

/** Compress... and Quantize... on an .onnx file, through the commands and their real dialogs. */
@ExtendWith(NoErrorLogged.class)
class OnnxRecipeActionsTest {
    private IWorkbenchPage page;
    private IProject project;

    @BeforeEach
    void setUp() throws Exception {
        page = PlatformUI.getWorkbench().showPerspective(MedliUi.PERSPECTIVE_ID, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        project = TinyProject.create("onnx-actions", "images", 4);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
    }

    @AfterEach
    void tearDown() throws Exception {
        page.closeAllEditors(false);
        Job.getJobManager().join(OneStepRun.FAMILY, null);
        Job.getJobManager().join(RecipeLaunching.FAMILY, null);
        for (ILaunchConfiguration c : DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurations(RecipeLaunching.type())) c.delete();
        project.delete(true, true, null);
    }

    /** Runs the command on {@code file} as a context menu would, while {@code drive} works the dialog titled {@code title}. */
    private static void execute(String command, IFile file, String title, Consumer<Shell> drive) throws Exception {
        Display d = Display.getCurrent();
        boolean[] seen = { false };
        d.timerExec(200, new Runnable() {
            @Override
            public void run() {
                for (Shell s : d.getShells()) {
                    if (title.equals(s.getText()) && s.isVisible()) {
                        seen[0] = true;
                        drive.accept(s);
                        return;
                    }
                }
                d.timerExec(100, this);
            }
        });
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        IEvaluationContext context = handlers.createContextSnapshot(true);
        context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(file));
        handlers.executeCommandInContext(new ParameterizedCommand(commands.getCommand(command), null), null, context);
        assertTrue(seen[0], "the dialog " + title + " opened");
    }

    private static <T extends Control> List<T> all(Composite root, Class<T> type) {
        return Widgets.all(root, type);
    }

    private static Combo field(Shell s, String key) {
        return all(s, Combo.class).stream().filter(c -> key.equals(c.getData("field"))).findFirst().orElseThrow();
    }

    private static void press(Shell s, String text) {
        Button b = all(s, Button.class).stream().filter(x -> text.equals(x.getText())).findFirst().orElseThrow(() -> new AssertionError("no button " + text));
        b.notifyListeners(SWT.Selection, new Event());
    }

    @Test
    void quantizeRunsAOneStepRecipeAndOpensTheInt8Model() throws Exception {
        IFile model = project.getFile("tiny.onnx");
        String[] offered = new String[2];
        execute("io.medli.recipe.ui.quantize", model, "Quantize...", s -> {
            offered[0] = field(s, "mode").getText();
            offered[1] = field(s, "data").getText();
            press(s, "Run");
        });
        assertEquals("static int8 (calibrated)", offered[0], "images in the project: static int8");
        assertEquals("images", offered[1]);
        UiWait.until(() -> Job.getJobManager().find(OneStepRun.FAMILY).length == 0, 120_000, "the one-step run");
        IFile recipe = project.getFile("tiny-int8.medlirecipe");
        assertTrue(recipe.exists(), "the recipe is saved beside the model, to rerun or change");
        Recipe r = RecipeFiles.load(recipe.getLocation().toFile().toPath());
        assertEquals(QuantizeMode.STATIC, ((QuantizeStep) r.getSteps().get(0)).getMode());
        UiWait.until(() -> page.getActiveEditor() != null && page.getActiveEditor().getEditorInput().getName().equals("model.onnx"), 10_000,
                "the int8 model in the graph editor");
        IFile opened = page.getActiveEditor().getEditorInput().getAdapter(IFile.class);
        assertNotNull(opened);
        assertTrue(opened.getFullPath().toString().contains("/runs/") && opened.getFullPath().toString().endsWith("01-int8/model.onnx"),
                opened.getFullPath().toString());
        assertTrue(Files.size(opened.getLocation().toFile().toPath()) < 0.4 * Files.size(model.getLocation().toFile().toPath()));
    }

    @Test
    void compressProposesARecipeForTheModelAndOpensIt() throws Exception {
        IFile model = project.getFile("tiny.onnx");
        String[] kind = new String[1];
        execute("io.medli.recipe.ui.compress", model, "New Compression Recipe", s -> {
            kind[0] = field(s, "kind").getText();
            press(s, "&Finish");
        });
        assertEquals("object detector or recogniser", kind[0]);
        IFile recipe = project.getFile("tiny.medlirecipe");
        assertTrue(recipe.exists());
        IEditorPart e = page.getActiveEditor();
        assertTrue(e instanceof RecipeEditor, String.valueOf(e));
        Recipe r = ((RecipeEditor) e).recipe();
        assertEquals(List.of("OptimizeStep", "QuantizeStep", "EvaluateStep", "BenchmarkStep"),
                r.getSteps().stream().map(x -> x.eClass().getName()).toList());
        assertEquals("images", r.getDataSets().get(0).getPath());
        // Finish also ran it (the wizard's default): its run on the Runs page, its goals judged
        UiWait.until(() -> Job.getJobManager().find(RecipeLaunching.FAMILY).length == 0, 300_000, "the recipe's first run");
        RecipeEditor editor = (RecipeEditor) e;
        editor.setActivePage("runs");
        try {
            UiWait.until(() -> editor.runsPage().entries().size() == 1, 60_000, "the run on the Runs page");
        } catch (AssertionError x) {
            throw new AssertionError(x.getMessage() + "; the page lists " + editor.runsPage().entries().stream().map(en -> en.status()).toList(), x);
        }
        assertEquals("finished", editor.runsPage().entries().get(0).status());
        assertNotNull(editor.runsPage().entries().get(0).goalsMet(), "the proposed goals were judged");
    }
}
