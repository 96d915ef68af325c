package io.medli.recipe.run;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CancellationException;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.medli.recipe.Recipe;
import io.medli.recipe.Search;
import io.medli.recipe.SearchStrategy;
import io.medli.recipe.Step;
import io.medli.recipe.Variant;

/**
 * A recipe's variants searched: every combination of their values (exhaustive) or a seeded random
 * sample of them, within a budget of trials and minutes. Each candidate is the recipe with its
 * values set, run as a whole by a {@link CandidateRunner} - separate runs, so a pool of workers or
 * boards can take them later - and candidates that share their first steps share those steps'
 * artefacts through the runner's reuse. Every candidate is kept with its figures; the Pareto front
 * (quality up, latency and size down) is marked, and so is the best candidate that meets the goals,
 * or the one that came closest.
 */
public final class RecipeSearch {
    /** Runs one candidate recipe (saved at {@code file}) under the run folder name given. */
    @FunctionalInterface
    public interface CandidateRunner {
        RunResult run(Recipe candidate, Path file, String runName) throws RecipeRunException;
    }

    /**
     * @param values the variants' values of this candidate, as "step.parameter" -> value
     * @param result its run, or null where it failed ({@code failure} says why)
     */
    public record Candidate(int index, Map<String, String> values, RunResult result, String failure) {
        public Candidate {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        public boolean ran() {
            return result != null;
        }
    }

    /**
     * @param pareto indexes of the candidates on the Pareto front
     * @param best index of the best candidate meeting every goal, or -1
     * @param closest where none meets them, the index of the one that came closest (-1 otherwise)
     * @param verdict the answer in words
     * @param name "search-<time>": the candidates' runs are named after it
     */
    public record Result(String name, List<Candidate> candidates, List<Integer> pareto, int best, int closest, String verdict, long combinations) {
        public Result {
            candidates = List.copyOf(candidates);
            pareto = List.copyOf(pareto);
        }
    }

    /** Trials of an evolutionary search whose recipe sets no budget. */
    static final int DEFAULT_EVOLUTIONARY_TRIALS = 24;

    private RecipeSearch() {
    }

    /** The number of combinations the recipe's variants describe (1 without variants). */
    public static long combinations(Recipe recipe) {
        long n = 1;
        for (Variant v : recipe.getVariants()) n = Math.multiplyExact(n, Math.max(1, v.getValues().size()));
        return n;
    }

    public static Result search(Recipe recipe, Path file, CandidateRunner runner, Consumer log) throws RecipeRunException {
        Search s = recipe.getSearch();
        SearchStrategy strategy = s == null ? SearchStrategy.EXHAUSTIVE : s.getStrategy();
        int maxTrials = s == null || s.getMaxTrials() <= 0 ? Integer.MAX_VALUE : s.getMaxTrials();
        long deadline = s == null || s.getMaxMinutes() <= 0 ? Long.MAX_VALUE : System.nanoTime() + s.getMaxMinutes() * 60_000_000_000L;
        long total = combinations(recipe);
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        List<Candidate> candidates = new ArrayList<>();
        if (strategy == SearchStrategy.EVOLUTIONARY) {
            // without a trial budget, a fixed one: an evolutionary search is for spaces too large to run whole
            int budget = (int) Math.min(total, maxTrials == Integer.MAX_VALUE ? DEFAULT_EVOLUTIONARY_TRIALS : maxTrials);
            int[] sizes = recipe.getVariants().stream().mapToInt(v -> Math.max(1, v.getValues().size())).toArray();
            java.util.function.BooleanSupplier spent = () -> candidates.size() >= budget || System.nanoTime() > deadline;
            EvolutionarySearch.run(sizes, (int) Math.min(8, Math.max(2, total)), 1000, s.getSeed(), combination -> {
                if (spent.getAsBoolean()) return null;
                Candidate c = runOne(recipe, file, runner, combination, candidates.size(), budget, stamp, log);
                candidates.add(c);
                return c.result() == null ? null : objectives(c);
            }, spent);
            if (System.nanoTime() > deadline) log.line("the time budget of " + s.getMaxMinutes() + " min is spent after " + candidates.size() + " candidates");
            return judge("search-" + stamp, candidates, total);
        }
        if (total > 1_000_000) throw new RecipeRunException("the variants describe " + total + " combinations; use the evolutionary strategy with a trial budget");
        List<int[]> order = new ArrayList<>();
        for (long i = 0; i < total; i++) order.add(digits(recipe, i));
        if (strategy == SearchStrategy.RANDOM) Collections.shuffle(order, new Random(s.getSeed()));
        for (int c = 0; c < order.size() && c < maxTrials; c++) {
            if (System.nanoTime() > deadline) {
                log.line("the time budget of " + s.getMaxMinutes() + " min is spent after " + c + " candidates");
                break;
            }
            candidates.add(runOne(recipe, file, runner, order.get(c), c, Math.min(order.size(), maxTrials), stamp, log));
        }
        return judge("search-" + stamp, candidates, total);
    }

    /** Runs combination {@code digits} as candidate {@code index}; a failure is kept as a candidate with its message. */
    private static Candidate runOne(Recipe recipe, Path file, CandidateRunner runner, int[] digits, int index, long of, String stamp, Consumer log)
            throws CancellationException {
        Recipe candidate = EcoreUtil.copy(recipe);
        Map<String, String> values = apply(candidate, digits);
        log.line(String.format(Locale.ROOT, "candidate %d of %d: %s", index + 1, of, values));
        try {
            return new Candidate(index, values, runner.run(candidate, file, String.format(Locale.ROOT, "search-%s-c%02d", stamp, index + 1)), null);
        } catch (RecipeRunException e) {
            log.line("candidate " + (index + 1) + " failed: " + e.getMessage());
            return new Candidate(index, values, null, e.getMessage());
        }
    }

    /** Line by line, for a console. */
    @FunctionalInterface
    public interface Consumer {
        void line(String s);
    }

    /** Combination {@code n} as one value index per variant (the last variant changing fastest). */
    private static int[] digits(Recipe recipe, long n) {
        List<Variant> vs = recipe.getVariants();
        int[] d = new int[vs.size()];
        for (int i = vs.size() - 1; i >= 0; i--) {
            int k = Math.max(1, vs.get(i).getValues().size());
            d[i] = (int) (n % k);
            n /= k;
        }
        return d;
    }

    /** Sets the candidate's parameters; the variants point into the copy, as EcoreUtil.copy keeps references inside it. */
    private static Map<String, String> apply(Recipe candidate, int[] digits) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < digits.length; i++) {
            Variant v = candidate.getVariants().get(i);
            if (v.getValues().isEmpty()) continue;
            Step step = v.getStep();
            EAttribute a = (EAttribute) step.eClass().getEStructuralFeature(v.getParameter());
            String value = v.getValues().get(digits[i]).trim();
            Object parsed = EcoreUtil.createFromString(a.getEAttributeType(), value);
            step.eSet(a, a.isMany() ? List.of(parsed) : parsed);
            values.put(step.getName() + "." + a.getName(), value);
        }
        return values;
    }

    /** Pareto front, best and closest, and the verdict in words, for candidates already run (the search's last stage, and a Runs view's). */
    public static Result judge(String name, List<Candidate> candidates, long combinations) {
        List<Integer> ran = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) if (candidates.get(i).ran()) ran.add(i);
        List<Integer> pareto = new ArrayList<>();
        for (int i : ran) {
            boolean dominated = false;
            for (int j : ran) if (j != i && dominates(objectives(candidates.get(j)), objectives(candidates.get(i)))) dominated = true;
            if (!dominated) pareto.add(i);
        }
        int best = -1;
        for (int i : ran) {
            if (!candidates.get(i).result().goalsMet()) continue;
            if (best < 0 || better(objectives(candidates.get(i)), objectives(candidates.get(best)))) best = i;
        }
        int closest = -1;
        double shortfall = Double.POSITIVE_INFINITY;
        if (best < 0) {
            for (int i : ran) {
                double sf = shortfall(candidates.get(i).result());
                if (sf < shortfall) {
                    shortfall = sf;
                    closest = i;
                }
            }
        }
        String verdict;
        if (ran.isEmpty()) verdict = "no candidate ran: " + (candidates.isEmpty() ? "the budget allowed none" : candidates.get(0).failure());
        else if (best >= 0) verdict = "candidate " + (best + 1) + " " + candidates.get(best).values() + " meets every goal"
                + (pareto.contains(best) ? " and is on the Pareto front" : "");
        else {
            Candidate c = candidates.get(closest);
            List<String> missed = c.result().goals().stream().filter(g -> !g.met()).map(RunResult.Goal::text).toList();
            verdict = "no candidate meets every goal; closest: candidate " + (closest + 1) + " " + c.values() + ": " + String.join("; ", missed);
        }
        return new Result(name, candidates, pareto, best, closest, verdict, combinations);
    }

    /** Quality (higher is better: accuracy, else SQNR), latency and size (lower is better); NaN where not measured. */
    public static double[] objectives(Candidate c) {
        List<RunResult.Step> steps = c.result().steps();
        double acc = Goals.last(steps, Metrics.ACCURACY), sqnr = Goals.last(steps, Metrics.SQNR_DB);
        double size = Goals.last(steps, Metrics.SIZE_BYTES);
        if (Double.isNaN(size)) size = c.result().baseline().getOrDefault(Metrics.SIZE_BYTES, Double.NaN);
        return new double[] { Double.isNaN(acc) ? sqnr : acc, Goals.last(steps, Metrics.LATENCY_MS), size };
    }

    /** a at least as good as b everywhere both are measured, and better somewhere. */
    static boolean dominates(double[] a, double[] b) {
        boolean better = false;
        for (int k = 0; k < a.length; k++) {
            if (Double.isNaN(a[k]) || Double.isNaN(b[k])) continue;
            double x = k == 0 ? a[k] : -a[k], y = k == 0 ? b[k] : -b[k];
            if (x < y) return false;
            if (x > y) better = true;
        }
        return better;
    }

    /** The better of two goal-meeting candidates: higher quality, then lower latency, then smaller. */
    private static boolean better(double[] a, double[] b) {
        for (int k = 0; k < a.length; k++) {
            if (Double.isNaN(a[k]) || Double.isNaN(b[k]) || a[k] == b[k]) continue;
            return k == 0 ? a[k] > b[k] : a[k] < b[k];
        }
        return false;
    }

    /** The sum of the missed goals' relative shortfalls (an unmeasured goal counts as fully missed). */
    private static double shortfall(RunResult r) {
        double s = 0;
        for (RunResult.Goal g : r.goals()) {
            if (g.met()) continue;
            s += Double.isNaN(g.value()) ? 1 : Math.abs(g.value() - g.limit()) / Math.max(1e-9, Math.abs(g.limit()));
        }
        return s;
    }
}
