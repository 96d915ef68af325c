package io.medli.recipe.ui.internal;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * A master/details block over one list of a recipe (its steps, data sets or goals): the list with
 * Add (of a chosen kind), Remove, Up and Down, each an EMF command, and the selected element's
 * fields beside it. It follows the command stack: undo brings back a removed element and its place.
 */
public final class ListDetails {
    private final RecipeEditor editor;
    private final EObject owner;
    private final EReference feature;
    private final List<EClass> kinds;
    private final Function<EObject, EObject> initializer;
    private final Set<EAttribute> skip;
    private final FormToolkit kit;
    private final TableViewer viewer;
    private final Combo kind;
    private final Composite details;
    private final SashForm sash;
    private AttributeForm form;
    private EObject shown;

    /**
     * @param kinds what Add can make (the combo lists them when there are several)
     * @param initializer fills a new element (a unique name, defaults), returns it
     */
    ListDetails(Composite parent, FormToolkit kit, RecipeEditor editor, EObject owner, EReference feature, List<EClass> kinds,
            Function<EObject, String> label, Function<EObject, EObject> initializer, Set<EAttribute> skip) {
        this.editor = editor;
        this.owner = owner;
        this.feature = feature;
        this.kinds = kinds;
        this.initializer = initializer;
        this.skip = skip;
        this.kit = kit;
        sash = new SashForm(parent, SWT.HORIZONTAL);
        kit.adapt(sash);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite left = kit.createComposite(sash);
        left.setLayout(new GridLayout(1, false));
        viewer = new TableViewer(left, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return label.apply((EObject) element);
            }
        });
        viewer.addSelectionChangedListener(e -> showDetails());
        Composite buttons = kit.createComposite(left);
        buttons.setLayout(new GridLayout(kinds.size() > 1 ? 5 : 4, false));
        if (kinds.size() > 1) {
            kind = new Combo(buttons, SWT.READ_ONLY);
            for (EClass c : kinds) kind.add(c.getName().replace("Step", ""));
            kind.select(0);
        } else {
            kind = null;
        }
        button(buttons, "Add", this::add);
        button(buttons, "Remove", this::remove);
        button(buttons, "Up", () -> move(-1));
        button(buttons, "Down", () -> move(1));
        details = kit.createComposite(sash);
        details.setLayout(new GridLayout(1, false));
        sash.setWeights(2, 3);
        refresh();
    }

    private void button(Composite parent, String text, Runnable action) {
        Button b = kit.createButton(parent, text, SWT.PUSH);
        b.setData("action", text);
        b.addListener(SWT.Selection, e -> action.run());
    }

    @SuppressWarnings("unchecked")
    private List<EObject> items() {
        return (List<EObject>) owner.eGet(feature);
    }

    /** The list and its details (tests find its buttons here). */
    public Composite control() {
        return sash;
    }

    public TableViewer viewer() {
        return viewer;
    }

    /** The selected element's fields, or null. */
    AttributeForm form() {
        return form;
    }

    /** Chooses what Add makes, by the kind's name ("Quantize", "Prune"...). */
    void chooseKind(String name) {
        if (kind != null) kind.select(kind.indexOf(name));
    }

    void select(EObject o) {
        viewer.setSelection(o == null ? StructuredSelection.EMPTY : new StructuredSelection(o), true);
        showDetails();
    }

    EObject selected() {
        return (EObject) ((IStructuredSelection) viewer.getSelection()).getFirstElement();
    }

    void add() {
        EClass c = kinds.get(kind == null ? 0 : Math.max(0, kind.getSelectionIndex()));
        EObject o = initializer.apply(EcoreUtil.create(c));
        EObject sel = selected();
        int at = sel == null ? items().size() : items().indexOf(sel) + 1;
        execute(AddCommand.create(editor.domain(), owner, feature, o, at));
        select(o);
    }

    void remove() {
        EObject sel = selected();
        if (sel == null) return;
        int at = items().indexOf(sel);
        execute(RemoveCommand.create(editor.domain(), owner, feature, sel));
        select(items().isEmpty() ? null : items().get(Math.min(at, items().size() - 1)));
    }

    void move(int by) {
        EObject sel = selected();
        if (sel == null) return;
        int to = items().indexOf(sel) + by;
        if (to < 0 || to >= items().size()) return;
        execute(MoveCommand.create(editor.domain(), owner, feature, sel, to));
        select(sel);
    }

    /** Runs a command and shows its result at once, so that the selection that follows finds its element. */
    private void execute(Command c) {
        if (!c.canExecute()) return;
        editor.domain().getCommandStack().execute(c);
        viewer.setInput(items().toArray());
    }

    /** Shows the list as the model has it now (after any command, undo included). */
    void refresh() {
        if (viewer.getControl().isDisposed()) return;
        EObject sel = selected();
        viewer.setInput(items().toArray());
        if (sel != null && items().contains(sel)) viewer.setSelection(new StructuredSelection(sel));
        showDetails();
    }

    private void showDetails() {
        EObject sel = selected();
        if (sel != null && sel == shown && form != null) {
            form.refresh();
            return;
        }
        shown = sel;
        if (form != null) form.control().dispose();
        form = sel == null ? null : new AttributeForm(details, kit, editor.domain(), editor.adapterFactory(), sel, skip);
        if (form != null) form.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        details.layout(true, true);
    }
}
