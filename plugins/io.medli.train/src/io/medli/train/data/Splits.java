package io.medli.train.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded, stratified splits: every class is split in the same proportions, the same seed gives the same split. */
public final class Splits {
    private Splits() {
    }

    /** Two parts of one data set. */
    public record Pair(Dataset first, Dataset second) {
    }

    /**
     * Splits off {@code fraction} of each class (at least one sample of every class that has two
     * or more) as the second part.
     */
    public static Pair split(Dataset data, double fraction, long seed, String firstName, String secondName) throws DataException {
        if (!(fraction > 0 && fraction < 1)) throw new DataException("split fraction must be between 0 and 1, not " + fraction);
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < data.classes().size(); c++) byClass.add(new ArrayList<>());
        for (int i = 0; i < data.size(); i++) byClass.get(data.label(i)).add(i);
        Random rnd = new Random(seed);
        List<Integer> a = new ArrayList<>(), b = new ArrayList<>();
        for (List<Integer> members : byClass) {
            java.util.Collections.shuffle(members, rnd);
            int take = members.size() < 2 ? 0 : Math.max(1, (int) Math.round(members.size() * fraction));
            b.addAll(members.subList(0, take));
            a.addAll(members.subList(take, members.size()));
        }
        if (a.isEmpty() || b.isEmpty()) {
            throw new DataException(data.name() + ": " + data.size() + " samples are too few to split " + fraction + " off");
        }
        // interleave classes so that a prefix of either part is not one class
        java.util.Collections.shuffle(a, rnd);
        java.util.Collections.shuffle(b, rnd);
        return new Pair(data.subset(firstName, a.stream().mapToInt(Integer::intValue).toArray()),
                data.subset(secondName, b.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** At most {@code perClass} samples of each class, chosen with {@code seed}: the few-labels case. */
    public static Dataset perClass(Dataset data, int perClass, long seed) throws DataException {
        if (perClass <= 0) throw new DataException("samples per class must be positive, not " + perClass);
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < data.classes().size(); c++) byClass.add(new ArrayList<>());
        for (int i = 0; i < data.size(); i++) byClass.get(data.label(i)).add(i);
        Random rnd = new Random(seed);
        List<Integer> keep = new ArrayList<>();
        for (List<Integer> members : byClass) {
            java.util.Collections.shuffle(members, rnd);
            keep.addAll(members.subList(0, Math.min(perClass, members.size())));
        }
        java.util.Collections.shuffle(keep, rnd);
        return data.subset(data.name() + " (" + perClass + " per class)", keep.stream().mapToInt(Integer::intValue).toArray());
    }
}
