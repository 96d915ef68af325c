package io.medli.decide.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

import io.medli.boards.ui.internal.Columns;
import io.medli.decide.kb.KnowledgeBase;
import io.medli.decide.kb.KnowledgeCheck;
import io.medli.decide.kb.KnowledgeFiles;
import io.medli.decide.rank.ModelFacts;
import io.medli.decide.rank.Ranking;
import io.medli.decide.tree.DecisionTree;
import io.medli.decide.tree.TreeCheck;
import io.medli.decide.tree.TreeFiles;
import io.medli.decide.tree.TreeWalk;
import io.medli.launch.WorkspaceStore;
import io.medli.onnx.OnnxModel;
import io.medli.store.MeasurementStore;
import io.medli.store.ModelDatabase;
import io.medli.store.StoreException;
import io.medli.ui.MedliUi;

/**
 * The Decision Tree view: walks a person through the hardware + compiler tree (each answer a
 * combo or a number; what the model answers is filled in from it), draws the tree with the path
 * taken, and ends in the ranked hardware + compiler combinations, each with its reasons and
 * evidence: the roofline floor of the model on the device, published results with their sources,
 * and rows measured by this tool.
 */
public final class DecisionTreeView extends ViewPart {
    /** F1: the manual's context for this view (io.medli.doc.user's contexts.xml). */
    public static final String HELP = "io.medli.doc.user.decisionTreeView";
    public static final String ID = "io.medli.decide.ui.decisionTreeView";
    private DecisionTree tree;
    private KnowledgeBase kb;
    private ModelFacts facts;
    private Path modelPath;
    private final Map<String, Object> answers = new LinkedHashMap<>();
    private TreeWalk.Result walk;
    private List<Ranking.Ranked> ranked = List.of();
    private Text model, latency, unitPrice, details;
    private Composite questions;
    private ScrolledComposite questionsScroll;
    private TreeCanvas canvas;
    private TableViewer table;
    private Label status;
    private String problems = "";

    @Override
    public void createPartControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        getSite().getWorkbenchWindow().getWorkbench().getHelpSystem().setHelp(c, HELP);
        c.setLayout(new GridLayout(8, false));
        new Label(c, SWT.NONE).setText("Model:");
        model = new Text(c, SWT.BORDER | SWT.READ_ONLY);
        model.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        model.setMessage("no model: the questions a model answers stay open (use Recommend Hardware... on an .onnx file)");
        Button pick = new Button(c, SWT.PUSH);
        pick.setText("Model...");
        pick.addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(getSite().getShell(), SWT.OPEN);
            d.setFilterExtensions(new String[] { "*.onnx" });
            String f = d.open();
            if (f != null) setModel(Path.of(f));
        });
        new Label(c, SWT.NONE).setText("Latency target (ms):");
        latency = new Text(c, SWT.BORDER);
        latency.setData("field", "latency");
        latency.setLayoutData(new GridData(60, SWT.DEFAULT));
        latency.addModifyListener(e -> update());
        new Label(c, SWT.NONE).setText("Unit price up to (USD):");
        unitPrice = new Text(c, SWT.BORDER);
        unitPrice.setData("field", "unitPrice");
        unitPrice.setToolTipText("The most one device may cost at the volume you plan; devices with a higher published price are ranked down");
        unitPrice.setLayoutData(new GridData(50, SWT.DEFAULT));
        unitPrice.addModifyListener(e -> update());
        Button treeButton = new Button(c, SWT.PUSH);
        treeButton.setText("Tree...");
        treeButton.setToolTipText("Walk another decision tree (" + DecisionTree.SCHEMA + " JSON)");
        treeButton.addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(getSite().getShell(), SWT.OPEN);
            d.setFilterExtensions(new String[] { "*.json" });
            String f = d.open();
            if (f != null) loadTree(Path.of(f));
        });
        SashForm vertical = new SashForm(c, SWT.VERTICAL);
        vertical.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 8, 1));
        SashForm top = new SashForm(vertical, SWT.HORIZONTAL);
        questionsScroll = new ScrolledComposite(top, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        questions = new Composite(questionsScroll, SWT.NONE);
        questions.setLayout(new GridLayout(2, false));
        questionsScroll.setContent(questions);
        questionsScroll.setExpandHorizontal(true);
        questionsScroll.setExpandVertical(true);
        ScrolledComposite canvasScroll = new ScrolledComposite(top, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        canvas = new TreeCanvas(canvasScroll);
        canvasScroll.setContent(canvas);
        top.setWeights(40, 60);
        SashForm bottom = new SashForm(vertical, SWT.HORIZONTAL);
        table = new TableViewer(bottom, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.getTable().setHeaderVisible(true);
        column("#", 30, r -> Integer.toString(ranked.indexOf(r) + 1));
        column("Hardware", 190, r -> r.candidate().hardware());
        column("Compiler", 190, r -> r.candidate().compiler());
        column("Verdict", 220, r -> r.viable() ? "fits" : String.join("; ", r.problems()));
        column("Operators", 170, r -> r.operators() == Ranking.Operators.ALL ? "all" : r.operators().words + opsList(r));
        column("Roofline floor", 110, r -> r.floorMs() == null ? "-" : Ranking.sig(r.floorMs()) + " ms");
        column("Evidence", 120, r -> r.published().size() + " published, " + r.measured().size() + " measured");
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.addSelectionChangedListener(e -> showDetails());
        details = new Text(bottom, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        bottom.setWeights(65, 35);
        vertical.setWeights(50, 50);
        status = new Label(c, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 8, 1));
        load();
        update();
    }

    private void column(String title, int width, java.util.function.Function<Ranking.Ranked, String> text) {
        Columns.add(table, Ranking.Ranked.class, title, width, text);
    }

    /** The shipped tree and knowledge base; what is wrong with them is said, and the view still opens. */
    private void load() {
        List<String> p = new ArrayList<>();
        try {
            kb = KnowledgeFiles.shipped();
            p.addAll(KnowledgeCheck.check(kb));
        } catch (IOException e) {
            kb = new KnowledgeBase(KnowledgeBase.SCHEMA, 0, "empty", null, null, null, null);
            p.add(e.getMessage());
        }
        try {
            useTree(TreeFiles.shipped(), p);
        } catch (IOException e) {
            p.add(e.getMessage());
        }
        problems = String.join("; ", p);
    }

    private void useTree(DecisionTree t, List<String> p) {
        List<String> mine = new ArrayList<>(TreeCheck.check(t));
        mine.addAll(KnowledgeCheck.checkTree(t, kb));
        p.addAll(mine);
        tree = mine.isEmpty() || tree == null ? t : tree;
    }

    /** Walks another tree file; a broken one is named with its problems and the current tree stays. */
    public void loadTree(Path file) {
        List<String> p = new ArrayList<>();
        try {
            DecisionTree t = TreeFiles.read(file);
            List<String> mine = new ArrayList<>(TreeCheck.check(t));
            mine.addAll(KnowledgeCheck.checkTree(t, kb));
            if (mine.isEmpty()) {
                tree = t;
                answers.clear();
            } else p.add(file.getFileName() + ": " + String.join("; ", mine) + " (the tree " + tree.id() + " stays)");
        } catch (IOException e) {
            p.add(e.getMessage());
        }
        problems = String.join("; ", p);
        update();
    }

    /** Reads the model's facts in a job; its questions are answered from them. */
    public void setModel(Path file) {
        modelPath = file;
        model.setText(file.getFileName() + ": reading...");
        Job job = new Job("Reading the facts of " + file.getFileName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                SubMonitor sub = SubMonitor.convert(monitor, 2);
                try {
                    ModelFacts f = ModelFacts.of(OnnxModel.read(file).proto(), Map.of());
                    sub.worked(2);
                    asyncUi(() -> {
                        facts = f;
                        model.setText(String.format(Locale.ROOT, "%s: %d parameters, %.3f GMAC (%s), weights %.1f kB, peak activations %.1f kB; %s", file.getFileName(),
                                f.params(), f.macs() / 1e9, f.int8() ? "int8" : "float", f.weightBytes() / 1024.0, f.peakActivationBytes() / 1024.0,
                                String.join(" ", f.operators())));
                        update();
                    });
                } catch (IOException | RuntimeException e) {
                    asyncUi(() -> {
                        facts = null;
                        model.setText(file.getFileName() + ": cannot be read: " + e.getMessage());
                        update();
                    });
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == MedliUi.JOB_FAMILY;
            }
        };
        job.setUser(false);
        job.schedule();
    }

    private void asyncUi(Runnable r) {
        if (model.isDisposed()) return;
        model.getDisplay().asyncExec(() -> {
            if (!model.isDisposed()) r.run();
        });
    }

    /** Answers a question (by its id): a choice's label or a number. */
    public void answer(String questionId, Object value) {
        if (value == null) answers.remove(questionId);
        else answers.put(questionId, value);
        update();
    }

    private Map<String, Object> given() {
        Map<String, Object> g = new LinkedHashMap<>();
        if (facts != null) g.put("memoryKb", facts.memoryBytes() / 1024.0);
        g.putAll(answers);
        return g;
    }

    private void update() {
        if (tree == null) {
            status.setText(problems);
            return;
        }
        List<String> say = new ArrayList<>();
        if (!problems.isEmpty()) say.add(problems);
        try {
            walk = TreeWalk.walk(tree, given());
        } catch (IllegalArgumentException e) {
            say.add(e.getMessage());
            walk = null;
        }
        rebuildQuestions();
        canvas.show(tree, walk);
        Double target = number(latency, "a latency in milliseconds", say), price = number(unitPrice, "a price in USD", say);
        if (walk != null && walk.outcome() != null) {
            if (facts == null) say.add("no model: operators, memory and the roofline floor are not judged");
            ranked = Ranking.rank(walk.outcome(), kb, facts, new Ranking.Targets(target, price), measured(say));
            say.add(0, walk.outcome().title() + ": " + ranked.stream().filter(Ranking.Ranked::viable).count() + " of " + ranked.size() + " fit");
            List<String> none = Ranking.takenByNone(ranked);
            if (!none.isEmpty()) say.add(1, "no compiler here takes " + String.join(", ", none));
        } else {
            ranked = List.of();
            if (walk != null && walk.next() != null) say.add(0, "Answer: " + walk.next().text());
        }
        table.setInput(ranked);
        showDetails();
        status.setText(String.join(" - ", say));
        status.getParent().layout(true, true);
    }

    private List<Ranking.Measured> measured(List<String> say) {
        try (MeasurementStore s = WorkspaceStore.open()) {
            List<Ranking.Measured> out = new ArrayList<>();
            for (ModelDatabase.Row r : s.models().find(ModelDatabase.Query.all()))
                out.add(new Ranking.Measured(r.architecture() + " " + r.model(), r.device(), r.numberFormat(), r.p50Ms(), r.accuracy(), "measurement " + r.measurementId()));
            return out;
        } catch (StoreException | CoreException e) {
            say.add("no measured rows (" + e.getMessage() + ")");
            return List.of();
        }
    }

    private void rebuildQuestions() {
        for (Control k : questions.getChildren()) k.dispose();
        if (walk != null) {
            for (TreeWalk.Step s : walk.path()) input(s.question(), s.answer());
            if (walk.next() != null) input(walk.next(), null);
        } else {
            DecisionTree.Question first = tree.questions().stream().filter(q -> q.id().equals(tree.start())).findFirst().orElse(null);
            if (first != null) input(first, answers.get(first.id()));
        }
        questions.layout(true, true);
        questionsScroll.setMinSize(questions.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    private void input(DecisionTree.Question q, Object answer) {
        Label l = new Label(questions, SWT.WRAP);
        l.setText(q.text() + (q.unit() == null ? "" : " (" + q.unit() + ")"));
        GridData ld = new GridData(SWT.FILL, SWT.CENTER, true, false);
        ld.widthHint = 260;
        l.setLayoutData(ld);
        if (q.help() != null) l.setToolTipText(q.help());
        boolean fromModel = q.fact() != null && !answers.containsKey(q.id()) && !answers.containsKey(q.fact()) && given().containsKey(q.fact());
        if (q.kind() == DecisionTree.Kind.CHOICE) {
            Combo combo = new Combo(questions, SWT.READ_ONLY);
            combo.setData("question", q.id());
            for (DecisionTree.Branch b : q.branches()) combo.add(b.label());
            if (answer != null) combo.setText(answer.toString());
            combo.addListener(SWT.Selection, e -> answer(q.id(), combo.getText()));
        } else {
            Text t = new Text(questions, SWT.BORDER);
            t.setData("question", q.id());
            t.setLayoutData(new GridData(90, SWT.DEFAULT));
            if (answer != null) t.setText(answer instanceof Double d ? Ranking.sig(d) : answer.toString());
            if (fromModel) t.setToolTipText("from the model: weights plus its largest live activations");
            t.addListener(SWT.DefaultSelection, e -> numberAnswer(q, t));
            t.addListener(SWT.FocusOut, e -> numberAnswer(q, t));
        }
    }

    /** The number typed, null when blank or not a number (said in {@code say}). */
    private static Double number(Text t, String what, List<String> say) {
        String s = t.getText().trim();
        if (s.isEmpty()) return null;
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            say.add("'" + s + "' is not " + what);
            return null;
        }
    }

    private void numberAnswer(DecisionTree.Question q, Text t) {
        if (t.isDisposed()) return;
        String s = t.getText().trim();
        Object now = answers.get(q.id());
        try {
            Double v = s.isEmpty() ? null : Double.valueOf(s);
            if (v == null ? now == null : v.equals(now)) return;
            t.getDisplay().asyncExec(() -> answer(q.id(), v)); // not while the text is handling its own event
        } catch (NumberFormatException e) {
            status.setText("'" + s + "' is not a number for: " + q.text());
        }
    }

    private void showDetails() {
        Object o = table.getStructuredSelection().getFirstElement();
        if (!(o instanceof Ranking.Ranked r)) {
            details.setText(walk == null || walk.path().isEmpty() ? "" : String.join("\n", walk.path().stream().map(TreeWalk.Step::text).toList()));
            return;
        }
        StringBuilder b = new StringBuilder();
        b.append(r.candidate().hardware()).append(" with ").append(r.candidate().compiler()).append("\n").append(r.candidate().why()).append("\n");
        for (String p : r.problems()) b.append("- ").append(p).append("\n");
        if (r.compiler() != null)
            b.append("Operators: ").append(r.operators().words).append(opsList(r)).append("\n");
        KnowledgeBase.Figure price = r.device() == null ? null : r.device().figures().get("priceUsd");
        if (price != null && price.value() != null)
            b.append("Price: ").append(KnowledgeBase.plain(price.value())).append(" USD a unit [").append(price.source()).append("]\n");
        b.append("Roofline floor: ").append(r.floorMs() == null ? "none" : Ranking.sig(r.floorMs()) + " ms").append(" (").append(r.floorNote()).append(")\n");
        for (KnowledgeBase.PublishedResult p : r.published())
            b.append("Published: ").append(p.benchmark()).append(", ").append(p.model()).append(" with ").append(p.stack()).append(": ").append(Ranking.sig(p.latencyMs()))
                    .append(" ms").append(p.energyUj() == null ? "" : ", " + Ranking.sig(p.energyUj()) + " uJ")
                    .append(p.ramKB() == null ? "" : ", RAM " + Ranking.sig(p.ramKB()) + " kB").append(" [").append(source(p.source())).append("]\n");
        for (Ranking.Measured m : r.measured())
            b.append("Measured: ").append(m.architecture()).append(", p50 ").append(Ranking.sig(m.p50Ms())).append(" ms [").append(m.run()).append("]\n");
        details.setText(b.toString());
    }

    /** The operators behind an operator verdict: those not supported, or those left to the CPU. */
    private static String opsList(Ranking.Ranked r) {
        var ops = r.operators() == Ranking.Operators.MISSING ? r.unsupported() : r.missing();
        return ops.isEmpty() ? "" : ": " + String.join(", ", ops);
    }

    private String source(String id) {
        return kb.source(id).map(s -> s.title() + ", " + s.where()).orElse(id);
    }

    // for tests and handlers
    public Path modelPath() {
        return modelPath;
    }

    public List<Ranking.Ranked> ranked() {
        return ranked;
    }

    public String status() {
        return status.getText();
    }

    public String details() {
        return details.getText();
    }

    Composite questions() {
        return questions;
    }

    /** The questions and outcome drawn on the path taken. */
    public java.util.Set<String> canvasPath() {
        return canvas.highlighted();
    }

    public TableViewer table() {
        return table;
    }

    @Override
    public void setFocus() {
        questions.setFocus();
    }
}
