package io.medli.recipe.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * Form fields for an object's attributes, each change an EMF command on the editor's stack (so undo
 * and redo cover it): a check box for a flag, a list for a choice, a text field for text, numbers and
 * lists (comma-separated). Text is committed when the field loses focus or on Enter, not on every
 * key, so one edit is one undo step; a value that does not parse is shown in red and not committed.
 */
final class AttributeForm {
    private final EditingDomain domain;
    private final EObject object;
    private final Map<EStructuralFeature, Control> fields = new LinkedHashMap<>();
    private final Composite body;

    AttributeForm(Composite parent, FormToolkit kit, EditingDomain domain, ComposedAdapterFactory factory, EObject object, Set<EAttribute> skip) {
        this.domain = domain;
        this.object = object;
        body = kit.createComposite(parent);
        body.setLayout(new GridLayout(2, false));
        IItemPropertySource props = (IItemPropertySource) factory.adapt(object, IItemPropertySource.class);
        for (EAttribute a : object.eClass().getEAllAttributes()) {
            if (skip.contains(a) || a.isDerived() || a.isTransient()) continue;
            IItemPropertyDescriptor d = props == null ? null : props.getPropertyDescriptor(object, a);
            Label l = kit.createLabel(body, (d != null ? d.getDisplayName(object) : a.getName()) + ":");
            l.setToolTipText(d != null ? d.getDescription(object) : null);
            Control c;
            if (a.getEAttributeType() instanceof EEnum e) {
                Combo combo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
                for (EEnumLiteral lit : e.getELiterals()) combo.add(lit.getLiteral());
                combo.addListener(SWT.Selection, ev -> commit(a, e.getELiterals().get(combo.getSelectionIndex()).getInstance()));
                c = combo;
            } else if (a.getEAttributeType().getInstanceClass() == boolean.class) {
                Button b = kit.createButton(body, "", SWT.CHECK);
                b.addListener(SWT.Selection, ev -> commit(a, b.getSelection()));
                c = b;
            } else {
                Text t = kit.createText(body, "", SWT.SINGLE | SWT.BORDER);
                t.addListener(SWT.FocusOut, ev -> commitText(a, t));
                t.addListener(SWT.DefaultSelection, ev -> commitText(a, t));
                c = t;
            }
            c.setData("attribute", a.getName());
            c.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            fields.put(a, c);
        }
        // a reference to another element of the recipe (a variant's step): a list of the elements it may name
        for (EReference r : object.eClass().getEAllReferences()) {
            if (r.isContainment() || r.isContainer() || r.isMany() || r.isDerived() || r.isTransient()) continue;
            IItemPropertyDescriptor d = props == null ? null : props.getPropertyDescriptor(object, r);
            kit.createLabel(body, (d != null ? d.getDisplayName(object) : r.getName()) + ":");
            Combo combo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
            combo.setData("attribute", r.getName());
            combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            combo.addListener(SWT.Selection, ev -> {
                List<?> choices = choices(r);
                if (combo.getSelectionIndex() >= 0 && combo.getSelectionIndex() < choices.size()) commit(r, choices.get(combo.getSelectionIndex()));
            });
            fields.put(r, combo);
        }
        refresh();
    }

    /** What a reference may name: the objects of its type in the recipe, in document order. */
    private List<EObject> choices(EReference r) {
        List<EObject> out = new ArrayList<>();
        EObject root = EcoreUtil.getRootContainer(object);
        root.eAllContents().forEachRemaining(o -> {
            if (r.getEReferenceType().isInstance(o)) out.add(o);
        });
        return out;
    }

    private static String name(EObject o) {
        EStructuralFeature n = o.eClass().getEStructuralFeature("name");
        Object v = n == null ? null : o.eGet(n);
        return v == null ? o.eClass().getName() : String.valueOf(v);
    }

    Composite control() {
        return body;
    }

    /** The field of attribute {@code name} (for tests and for selecting the field a problem is about). */
    Control field(String name) {
        for (Map.Entry<EStructuralFeature, Control> e : fields.entrySet()) if (e.getKey().getName().equals(name)) return e.getValue();
        return null;
    }

    /** Shows the model's values (after an undo, say); a field being typed in keeps its text. */
    void refresh() {
        for (Map.Entry<EStructuralFeature, Control> e : fields.entrySet()) {
            Control c = e.getValue();
            if (c.isDisposed()) continue;
            Object v = object.eGet(e.getKey());
            if (e.getKey() instanceof EReference r && c instanceof Combo combo) {
                List<EObject> choices = choices(r);
                combo.setItems(choices.stream().map(AttributeForm::name).toArray(String[]::new));
                combo.select(choices.indexOf(v));
                continue;
            }
            EAttribute a = (EAttribute) e.getKey();
            if (c instanceof Combo combo) {
                String lit = v == null ? "" : ((org.eclipse.emf.common.util.Enumerator) v).getLiteral();
                combo.select(Arrays.asList(combo.getItems()).indexOf(lit));
            } else if (c instanceof Button b) {
                b.setSelection(Boolean.TRUE.equals(v));
            } else if (c instanceof Text t && !t.isFocusControl()) {
                String s = text(a, v);
                if (!s.equals(t.getText())) t.setText(s);
                t.setForeground(null);
            }
        }
    }

    private static String text(EAttribute a, Object v) {
        if (a.isMany()) {
            List<String> parts = new ArrayList<>();
            for (Object o : (List<?>) v) parts.add(EcoreUtil.convertToString(a.getEAttributeType(), o));
            return String.join(", ", parts);
        }
        return v == null ? "" : EcoreUtil.convertToString(a.getEAttributeType(), v);
    }

    private void commitText(EAttribute a, Text t) {
        Object value;
        try {
            if (a.isMany()) {
                List<Object> list = new ArrayList<>();
                for (String p : t.getText().split(",")) if (!p.isBlank()) list.add(EcoreUtil.createFromString(a.getEAttributeType(), p.trim()));
                value = list;
            } else if (t.getText().isBlank() && a.getEAttributeType().getInstanceClass() == String.class) {
                value = null;
            } else {
                value = EcoreUtil.createFromString(a.getEAttributeType(), t.getText().trim());
            }
        } catch (RuntimeException e) {
            t.setForeground(t.getDisplay().getSystemColor(SWT.COLOR_RED));
            t.setToolTipText("not a " + a.getEAttributeType().getName().replace("E", "").toLowerCase() + ": " + t.getText());
            return;
        }
        t.setForeground(null);
        t.setToolTipText(null);
        commit(a, value);
    }

    private void commit(EStructuralFeature a, Object value) {
        Object now = object.eGet(a);
        if (now == null ? value == null : now.equals(value)) return;
        Command c = SetCommand.create(domain, object, a, value);
        if (c.canExecute()) domain.getCommandStack().execute(c);
    }
}
