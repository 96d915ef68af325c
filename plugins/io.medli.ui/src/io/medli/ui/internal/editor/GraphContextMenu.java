package io.medli.ui.internal.editor;

import org.eclipse.osgi.util.NLS;

import java.util.List;

import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ISelectionProvider;

import io.medli.diagram.DiagramNode;
import io.medli.diagram.DiagramScene;
import io.medli.onnx.edit.ModelEdits;

/**
 * The graph editor's context menu: the items that depend on the selection (go to producer or
 * consumer, open a subgraph, edits of the selected node or tensor), then, after "additions", the
 * commands that plugin.xml contributes.
 */
final class GraphContextMenu {
    private final OnnxModelEditor editor;

    GraphContextMenu(OnnxModelEditor editor) {
        this.editor = editor;
    }

    private void fillNavigation(IMenuManager m) {
        DiagramScene s = editor.figure().scene();
        int box = editor.figure().selectedBox();
        java.util.List<String> ins = new java.util.ArrayList<>(), outs = new java.util.ArrayList<>();
        if (editor.figure().selectedEdge() >= 0) {
            String t = s.diagram.edges().get(editor.figure().selectedEdge()).tensor();
            ins.add(t);
            outs.add(t);
        } else if (box >= 0) {
            for (io.medli.diagram.DiagramEdge e : s.diagram.edges()) {
                if (e.to() == box && !ins.contains(e.tensor())) ins.add(e.tensor());
                if (e.from() == box && !outs.contains(e.tensor())) outs.add(e.tensor());
            }
        }
        if (!ins.isEmpty()) {
            MenuManager producers = new MenuManager(Messages.Menu_goToProducer);
            for (String t : ins) producers.add(action(t, () -> editor.goToProducer(t)));
            m.add(producers);
        }
        if (!outs.isEmpty()) {
            MenuManager consumers = new MenuManager(Messages.Menu_goToConsumer);
            for (String t : outs) {
                for (int c : editor.consumers(t)) {
                    DiagramNode n = s.diagram.nodes().get(c);
                    consumers.add(action(t + " \u2192 " + n.title() + (n.name().isEmpty() ? "" : " " + n.name()), () -> editor.select(c, -1)));
                }
            }
            m.add(consumers);
        }
    }

    void install(FigureCanvas canvas, ISelectionProvider selection) {
        MenuManager menu = new MenuManager("#PopupMenu");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fill);
        canvas.setMenu(menu.createContextMenu(canvas));
        editor.getSite().registerContextMenu(menu, selection);
    }

    /**
     * The items that depend on what is selected; the commands that do not (find, heat map, profile,
     * zoom, ...) come from the menu contributions of plugin.xml, after "additions", with their keys.
     */
    private void fill(IMenuManager m) {
        int node = editor.selectedNodeIndex();
        DiagramScene s = editor.figure().scene();
        if (s == null) return;
        String tensor = selectedTensor();
        fillNavigation(m);
        int box = editor.figure().selectedBox();
        if (box >= 0) {
            DiagramNode n = s.diagram.nodes().get(box);
            for (String sub : n.subgraphs()) m.add(action(NLS.bind(Messages.Menu_openSubgraph, sub), () -> editor.openSubgraph(box, sub)));
            if (editor.function(n) != null) m.add(action(NLS.bind(Messages.Menu_openFunction, n.title()), () -> editor.openFunction(box)));
        }
        if (editor.inSubgraph()) m.add(action(Messages.Menu_back, editor::back));
        m.add(new Separator());
        if (!editor.inSubgraph()) {
            if (node >= 0) {
                m.add(action(Messages.Menu_rename, editor.dialogs()::renameSelected));
                m.add(editor.deleteAction());
            }
            if (box >= 0 && s.diagram.nodes().get(box).kind() == DiagramNode.Kind.INPUT) {
                String input = s.diagram.nodes().get(box).title();
                m.add(action(NLS.bind(Messages.Menu_changeShape, input), () -> editor.dialogs().changeInputShape(input)));
            }
            if (tensor != null) {
                m.add(action(NLS.bind(Messages.Menu_renameTensor, tensor), () -> editor.dialogs().renameTensor(tensor)));
                m.add(action(NLS.bind(Messages.Menu_makeOutput, tensor), () -> editor.execute(ModelEdits.addOutput(tensor))));
                m.add(action(Messages.Menu_cut, () -> editor.execute(ModelEdits.cutAt(tensor))));
                m.add(action(Messages.Menu_replaceHead, () -> editor.dialogs().replaceHead(tensor)));
                m.add(action(Messages.Menu_extract, () -> editor.dialogs().extractTo(tensor)));
            }
        }
        m.add(new Separator("additions"));
    }

    /** The tensor of the selected edge, or the first output of the selected operator. */
    private String selectedTensor() {
        DiagramScene s = editor.figure().scene();
        if (s == null) return null;
        if (editor.figure().selectedEdge() >= 0) return s.diagram.edges().get(editor.figure().selectedEdge()).tensor();
        int node = editor.selectedNodeIndex();
        if (node >= 0) {
            List<String> outs = s.graph.nodes().get(node).outputs();
            return outs.isEmpty() ? null : outs.get(0);
        }
        return null;
    }

    static Action action(String label, Runnable r) {
        return new Action(label) {
            @Override
            public void run() {
                r.run();
            }
        };
    }
}
