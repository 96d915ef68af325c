package io.medli.decide.rank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.medli.decide.kb.KnowledgeBase;
import io.medli.decide.roofline.Peaks;
import io.medli.decide.roofline.Roofline;
import io.medli.decide.tree.DecisionTree;

/**
 * The candidates of a tree's outcome, checked against the model and the knowledge base and ranked:
 * those that cannot take the model (operators the compiler lacks, too little memory, a latency
 * target above what the device's peak allows) go down, each with the reason; the rest keep the
 * tree's order. Each comes with its evidence: the roofline floor of the model on the device,
 * published results on the device, and rows measured by this tool.
 */
public final class Ranking {
    private Ranking() {
    }

    /** A row of the model database measured on a device, as evidence. */
    public record Measured(String architecture, String device, String runtime, double p50Ms, Double accuracy, String run) {
    }

    /**
     * What the person asks for; each null when there is no target.
     *
     * @param unitPriceUsd the most one device may cost, at the volume planned
     */
    public record Targets(Double latencyMs, Double unitPriceUsd) {
        public Targets(Double latencyMs) {
            this(latencyMs, null);
        }
    }

    /** Whether a compiler takes the model's operators. */
    public enum Operators {
        ALL("takes all of the model's operators"), CPU_FALLBACK("runs some operators on the CPU"), UNKNOWN("operator support not in the knowledge base"),
        MISSING("lacks some of the model's operators");

        public final String words;

        Operators(String words) {
            this.words = words;
        }
    }

    /**
     * A ranked candidate.
     *
     * @param missing the model's operators the compiler lacks (or leaves to the CPU)
     * @param unsupported those of them the model cannot run with at all
     * @param floorMs the model's roofline floor on the device in ms, null when the base has no peak for it
     * @param floorNote how the floor was reached (which peak, which precision), or why there is none
     * @param fits false when the model needs more memory than the device has; null when unknown
     * @param problems reasons that ranked it down
     */
    public record Ranked(DecisionTree.Candidate candidate, KnowledgeBase.Device device, KnowledgeBase.Compiler compiler, Operators operators,
            Set<String> missing, Set<String> unsupported, Double floorMs, String floorNote, Boolean fits, List<String> problems, List<KnowledgeBase.PublishedResult> published,
            List<Measured> measured) {
        public boolean viable() {
            return problems.isEmpty();
        }
    }

    /** @param model null when there is no model: then operators, memory and the floor are not judged */
    public static List<Ranked> rank(DecisionTree.Outcome outcome, KnowledgeBase kb, ModelFacts model, Targets targets, List<Measured> measured) {
        List<Ranked> out = new ArrayList<>();
        for (DecisionTree.Candidate c : outcome.candidates()) {
            KnowledgeBase.Device d = c.deviceId() == null ? null : kb.device(c.deviceId()).orElse(null);
            KnowledgeBase.Compiler k = c.compilerId() == null ? null : kb.compiler(c.compilerId()).orElse(null);
            List<String> problems = new ArrayList<>();
            Operators ops = Operators.UNKNOWN;
            Set<String> missing = Set.of(), unsupported = Set.of();
            if (model != null && k != null && k.operators() != null) {
                missing = k.operators().missing(model.operators());
                // a CPU fallback runs the standard operators the accelerator lacks, not another domain's
                unsupported = k.operators().fallsBackToCpu() ? new java.util.TreeSet<>(missing.stream().filter(o -> o.contains(":")).toList()) : missing;
                ops = missing.isEmpty() ? Operators.ALL : unsupported.isEmpty() ? Operators.CPU_FALLBACK : Operators.MISSING;
                if (ops == Operators.MISSING) problems.add(k.name() + " does not support " + String.join(", ", unsupported));
            }
            Boolean fits = null;
            if (model != null && d != null && !Double.isNaN(d.memoryBytes())) {
                double flash = d.value("flashKB") * 1024;
                if (Double.isNaN(flash)) {
                    fits = model.memoryBytes() <= d.memoryBytes();
                    if (!fits) problems.add(String.format(Locale.ROOT, "the model needs %s, %s has %s", bytes(model.memoryBytes()), d.name(), bytes(d.memoryBytes())));
                } else {
                    // a microcontroller keeps the weights in flash and only the activations in RAM
                    boolean ram = model.peakActivationBytes() <= d.memoryBytes(), rom = model.weightBytes() <= flash;
                    fits = ram && rom;
                    if (!ram) problems.add(String.format(Locale.ROOT, "its activations need %s of RAM, %s has %s", bytes(model.peakActivationBytes()), d.name(),
                            bytes(d.memoryBytes())));
                    if (!rom) problems.add(String.format(Locale.ROOT, "its weights need %s of flash, %s has %s", bytes(model.weightBytes()), d.name(), bytes(flash)));
                }
            }
            Double floor = null;
            String note;
            if (d == null) note = "no device in the knowledge base";
            else if (model == null) note = "no model";
            else {
                double peak = model.int8() ? d.value("peakInt8Gops") : d.value("peakFp32Gflops");
                String prec = model.int8() ? "int8" : "float32";
                if (Double.isNaN(peak)) note = "no published " + prec + " peak for " + d.name();
                else {
                    double bw = d.value("bandwidthGBs"), cache = d.value("cacheMB");
                    Peaks p = new Peaks(model.int8() ? Double.POSITIVE_INFINITY : peak * 1e9, model.int8() ? peak * 1e9 : Double.POSITIVE_INFINITY,
                            Double.isNaN(bw) ? Double.POSITIVE_INFINITY : bw * 1e9, Double.isNaN(cache) ? 0 : (long) (cache * 1024 * 1024), d.id());
                    floor = model.model() != null ? Roofline.of(model.model(), model.bindings(), p).floorSeconds() * 1e3
                            : 2.0 * model.macs() / (peak * 1e9) * 1e3;
                    note = String.format(Locale.ROOT, "%s at %s %s%s", prec, KnowledgeBase.plain(peak), model.int8() ? "GOP/s" : "GFLOP/s",
                            Double.isNaN(bw) ? " (compute only: no published bandwidth)" : " and " + KnowledgeBase.plain(bw) + " GB/s");
                    if (!Double.isNaN(bw) && model.model() != null) note += Double.isNaN(cache) ? ", every tensor counted as memory traffic (no cache size in the base)"
                            : ", tensors over half of its " + KnowledgeBase.plain(cache) + " MB cache counted as memory traffic";
                    if (targets != null && targets.latencyMs() != null && floor > targets.latencyMs())
                        problems.add("even at its peak the model takes " + sig(floor) + " ms, above the " + sig(targets.latencyMs()) + " ms asked");
                }
            }
            if (d != null && targets != null && targets.unitPriceUsd() != null) {
                KnowledgeBase.Figure price = d.figures().get("priceUsd");
                if (price != null && price.value() != null && price.value() > targets.unitPriceUsd()) // without a published price: not judged
                    problems.add("it costs " + KnowledgeBase.plain(price.value()) + " USD a unit [" + price.source() + "], above the " + sig(targets.unitPriceUsd())
                            + " USD asked");
            }
            List<KnowledgeBase.PublishedResult> pub = d == null ? List.of() : kb.resultsOn(d.id());
            List<Measured> mine = d == null || measured == null ? List.of()
                    : measured.stream().filter(m -> d.isBoard(m.device())).toList();
            out.add(new Ranked(c, d, k, ops, missing, unsupported, floor, note, fits, List.copyOf(problems), pub, mine));
        }
        // viable first, then the operator verdict; the tree's order otherwise (stable sort)
        out.sort(Comparator.comparing((Ranked r) -> !r.viable()).thenComparing(r -> r.operators() == Operators.MISSING ? 3 : r.operators() == Operators.CPU_FALLBACK ? 1 : 0));
        return List.copyOf(out);
    }

    /**
     * The model's operators that no compiler of the ranking takes (not even by leaving them to a
     * CPU); empty when one takes all, or when the base records no compiler's operators.
     */
    public static List<String> takenByNone(List<Ranked> ranked) {
        List<Ranked> known = ranked.stream().filter(r -> r.operators() != Operators.UNKNOWN).toList();
        if (known.isEmpty()) return List.of();
        java.util.Set<String> none = new java.util.TreeSet<>(known.get(0).unsupported());
        for (Ranked r : known) none.retainAll(r.unsupported());
        return List.copyOf(none);
    }

    private static String bytes(double b) {
        if (b < 1024) return String.format(Locale.ROOT, "%.0f bytes", b);
        return b >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MB", b / (1 << 20)) : String.format(Locale.ROOT, "%.1f kB", b / 1024);
    }


    /** Three significant digits, no trailing zeros. */
    public static String sig(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
