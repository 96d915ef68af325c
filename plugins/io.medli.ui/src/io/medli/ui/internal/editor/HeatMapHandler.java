package io.medli.ui.internal.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.State;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.handlers.RadioState;

import io.medli.diagram.HeatMap;

/** The heat map of the active graph editor: one radio-state command (None, MACs, Parameters, Measured Latency, Time Above the Roofline Floor). */
public final class HeatMapHandler extends AbstractHandler {
    public static final String COMMAND = "io.medli.ui.graph.heatMap";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (HandlerUtil.matchesRadioState(event)) return null;
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        String value = event.getParameter(RadioState.PARAMETER_ID);
        HeatMap.Kind kind;
        try {
            kind = HeatMap.Kind.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ExecutionException("unknown heat map " + value);
        }
        if (part instanceof OnnxModelEditor editor) editor.setOverlay(kind); // updates the radio state
        return null;
    }

    /** Shows {@code kind} as the checked item of every Heat Map menu (the active editor's heat map). */
    static void showState(HeatMap.Kind kind) {
        if (!PlatformUI.isWorkbenchRunning()) return;
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        Command c = commands == null ? null : commands.getCommand(COMMAND);
        State state = c == null ? null : c.getState(RadioState.STATE_ID);
        if (state != null && !kind.name().equals(state.getValue())) {
            state.setValue(kind.name());
            commands.refreshElements(COMMAND, null);
        }
    }
}
