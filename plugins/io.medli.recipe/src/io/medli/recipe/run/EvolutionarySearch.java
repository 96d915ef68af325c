package io.medli.recipe.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import io.jenetics.Genotype;
import io.jenetics.IntegerChromosome;
import io.jenetics.IntegerGene;
import io.jenetics.Mutator;
import io.jenetics.TournamentSelector;
import io.jenetics.UniformCrossover;
import io.jenetics.engine.Codec;
import io.jenetics.engine.Engine;
import io.jenetics.ext.moea.NSGA2Selector;
import io.jenetics.ext.moea.Vec;
import io.jenetics.util.RandomRegistry;

/**
 * Which combinations of a recipe's variants to run when there are too many to run them all:
 * NSGA-II (Jenetics) over one gene per variant - the index of its value - with the candidates'
 * objectives (quality up, latency and size down) as the fitness. Each combination runs once (the
 * population often holds it again); once the trial budget is spent, combinations not yet run get
 * the worst fitness without running, and the search stops after that generation. Candidates run
 * one at a time, in order, in the caller's thread.
 */
final class EvolutionarySearch {
    /** Runs one combination; null when it failed or the budget is spent (it then ranks last). */
    interface Evaluator {
        double[] run(int[] combination);
    }

    private static final double WORST = -1e12;

    private EvolutionarySearch() {
    }

    /**
     * Drives {@code evaluator} until {@code budget.spent()}; {@code sizes} are the numbers of
     * values per variant, {@code seed} makes the order repeatable.
     */
    static void run(int[] sizes, int population, int generations, long seed, Evaluator evaluator, java.util.function.BooleanSupplier spent) {
        List<IntegerChromosome> genes = new ArrayList<>();
        // a variant with one value still gets a gene; values past the last are clamped below
        for (int n : sizes) genes.add(IntegerChromosome.of(0, Math.max(1, n))); // [0, n): the upper bound is exclusive
        Codec<int[], IntegerGene> codec = Codec.of(Genotype.of(genes), gt -> {
            int[] c = new int[sizes.length];
            for (int i = 0; i < c.length; i++) c[i] = Math.min(sizes[i] - 1, gt.get(i).gene().allele());
            return c;
        });
        Map<String, Vec<double[]>> seen = new HashMap<>();
        Function<int[], Vec<double[]>> fitness = c -> seen.computeIfAbsent(Arrays.toString(c), k -> {
            double[] o = evaluator.run(c);
            if (o == null) return Vec.of(WORST, WORST, WORST);
            // all maximized: quality, minus latency, minus size; an unmeasured figure ranks last
            return Vec.of(finite(o[0]), finite(-o[1]), finite(-o[2]));
        });
        try {
            evolve(codec, fitness, population, generations, seed, spent);
        } catch (RuntimeException e) {
            // a cancel inside a fitness evaluation reaches here wrapped by the engine
            for (Throwable t = e; t != null; t = t.getCause()) if (t instanceof java.util.concurrent.CancellationException c) throw c;
            throw e;
        }
    }

    private static void evolve(Codec<int[], IntegerGene> codec, Function<int[], Vec<double[]>> fitness, int population, int generations, long seed,
            java.util.function.BooleanSupplier spent) {
        RandomRegistry.with(new Random(seed), r -> {
            Engine<IntegerGene, Vec<double[]>> engine = Engine.builder(fitness, codec)
                    .populationSize(population)
                    .offspringSelector(new TournamentSelector<>(2))
                    .survivorsSelector(NSGA2Selector.ofVec())
                    .alterers(new Mutator<>(0.3), new UniformCrossover<>(0.5))
                    .executor(Runnable::run)
                    .build();
            engine.stream().limit(x -> !spent.getAsBoolean()).limit(generations).forEach(x -> {
            });
            return null;
        });
    }

    private static double finite(double v) {
        return Double.isNaN(v) ? WORST : v;
    }
}
