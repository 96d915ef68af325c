package io.medli.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Options and positional arguments of one subcommand. */
final class Args {
    final List<String> positional = new ArrayList<>();
    final Set<String> flags = new java.util.HashSet<>();
    final Map<String, String> values = new LinkedHashMap<>();
    final Map<String, Long> dims = new LinkedHashMap<>();
    /** Options that may be given several times (e.g. --exclude A --exclude B), in order. */
    final Map<String, List<String>> lists = new LinkedHashMap<>();

    static Args parse(String[] argv, int from, Set<String> booleanOptions, Set<String> valueOptions) throws UsageException {
        return parse(argv, from, booleanOptions, valueOptions, Set.of());
    }

    /**
     * @param booleanOptions options without a value (e.g. --json)
     * @param valueOptions options with a value (e.g. --threads 2 or --threads=2)
     * @param repeatedOptions options with a value that may be given several times
     */
    static Args parse(String[] argv, int from, Set<String> booleanOptions, Set<String> valueOptions, Set<String> repeatedOptions)
            throws UsageException {
        Args a = new Args();
        for (int i = from; i < argv.length; i++) {
            String s = argv[i];
            if (!s.startsWith("--") || s.equals("--")) {
                a.positional.add(s);
                continue;
            }
            String name = s, value = null;
            int eq = s.indexOf('=');
            if (eq > 0) {
                name = s.substring(0, eq);
                value = s.substring(eq + 1);
            }
            if (name.equals("--dim")) {
                if (value == null) {
                    if (++i >= argv.length) throw new UsageException("--dim needs NAME=VALUE, e.g. --dim sequence_length=128");
                    value = argv[i];
                }
                int e = value.indexOf('=');
                try {
                    long v = Long.parseLong(value.substring(e + 1));
                    if (e <= 0 || v < 0) throw new NumberFormatException();
                    a.dims.put(value.substring(0, e), v);
                } catch (NumberFormatException | StringIndexOutOfBoundsException ex) {
                    throw new UsageException("--dim needs NAME=VALUE with a non-negative integer, got '" + value + "'");
                }
            } else if (booleanOptions.contains(name)) {
                if (value != null) throw new UsageException(name + " takes no value");
                a.flags.add(name);
            } else if (valueOptions.contains(name) || repeatedOptions.contains(name)) {
                if (value == null) {
                    if (++i >= argv.length) throw new UsageException(name + " needs a value");
                    value = argv[i];
                }
                if (repeatedOptions.contains(name)) a.lists.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                else a.values.put(name, value);
            } else {
                throw new UsageException("unknown option " + name);
            }
        }
        return a;
    }

    /** Every value of a repeated option, in the order given (empty when absent). */
    List<String> all(String name) {
        return lists.getOrDefault(name, List.of());
    }

    boolean has(String flag) {
        return flags.contains(flag);
    }

    int intValue(String name, int dflt, int min) throws UsageException {
        String v = values.get(name);
        if (v == null) return dflt;
        try {
            int i = Integer.parseInt(v);
            if (i < min) throw new NumberFormatException();
            return i;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " needs an integer of at least " + min + ", got '" + v + "'");
        }
    }

    /** The option's value as a number, or {@code dflt} when it is absent. */
    double number(String name, double dflt) throws UsageException {
        String v = values.get(name);
        if (v == null) return dflt;
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new UsageException(name + " needs a number, got '" + v + "'");
        }
    }

    String onlyPositional(String what) throws UsageException {
        if (positional.isEmpty()) throw new UsageException("missing " + what);
        if (positional.size() > 1) throw new UsageException("expected one " + what + ", got " + positional.size() + ": " + positional);
        return positional.get(0);
    }
}
