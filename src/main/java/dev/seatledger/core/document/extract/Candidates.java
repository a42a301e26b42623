package dev.seatledger.core.document.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The readings of every field, and the choice between them. Readings of the same value support each other; two
 * different values both read with some confidence are a conflict, and the chosen one is then proposed with low
 * confidence (unticked), so the person decides.
 */
final class Candidates {
    /** A rival value this sure (and close to the best) makes the choice a conflict. */
    static final double RIVAL = 0.75;
    static final double CONFLICT = 0.65;

    private final Map<ContractField, List<Candidate>> byField = new EnumMap<>(ContractField.class);

    void add(ContractField field, Object value, double confidence, String snippet, boolean derived, int line) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return;
        }
        Object v = value instanceof BigDecimal b ? b.setScale(Math.max(2, b.stripTrailingZeros().scale()),
            java.math.RoundingMode.UNNECESSARY) : value;
        byField.computeIfAbsent(field, f -> new ArrayList<>()).add(new Candidate(field, v, confidence,
            Snippets.cut(snippet), derived, line));
    }

    List<Candidate> of(ContractField field) {
        return byField.getOrDefault(field, List.of());
    }

    boolean has(ContractField field) {
        return !of(field).isEmpty();
    }

    void remove(ContractField field) {
        byField.remove(field);
    }

    /** Drops every reading of the field but those of this value. */
    void keepOnly(ContractField field, Object value) {
        List<Candidate> kept = of(field).stream().filter(c -> same(c.value(), value)).toList();
        byField.put(field, new ArrayList<>(kept));
    }

    /** The chosen reading: the surest value (supported by more lines when equally sure), lowered on a conflict. */
    Optional<Candidate> best(ContractField field) {
        List<Candidate> all = of(field);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        Map<Object, List<Candidate>> groups = new LinkedHashMap<>();
        for (Candidate c : all) {
            Object key = groups.keySet().stream().filter(k -> same(k, c.value())).findFirst().orElse(c.value());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        mergeShorterNames(groups);
        List<Candidate> tops = new ArrayList<>();
        for (Map.Entry<Object, List<Candidate>> e : groups.entrySet()) {
            List<Candidate> g = e.getValue();
            Candidate best0 = g.stream().max(Comparator.comparingDouble(Candidate::confidence)
                .thenComparing(c -> !c.derived()).thenComparing(c -> -c.line())).orElseThrow();
            Candidate top = new Candidate(field, e.getKey(), best0.confidence(), best0.snippet(), best0.derived(),
                best0.line());
            long lines = g.stream().mapToInt(Candidate::line).distinct().count();
            double conf = Math.min(0.97, top.confidence() + (lines > 1 && !top.derived() ? 0.03 : 0));
            tops.add(new Candidate(field, top.value(), conf, top.snippet(), top.derived(), top.line()));
        }
        tops.sort(Comparator.comparingDouble(Candidate::confidence).reversed().thenComparingInt(Candidate::line));
        Candidate best = tops.get(0);
        if (tops.size() > 1) {
            Candidate rival = tops.get(1);
            if (rival.confidence() >= RIVAL && rival.confidence() >= best.confidence() - 0.05) {
                best = new Candidate(field, best.value(), Math.min(best.confidence(), CONFLICT), best.snippet(),
                    best.derived(), best.line());
            }
        }
        return Optional.of(best);
    }

    /** "Kalio Planning" read in a subject and "Kalio Planning Pro" in the body are one name: the longer one. */
    private static void mergeShorterNames(Map<Object, List<Candidate>> groups) {
        for (Object shorter : new ArrayList<>(groups.keySet())) {
            if (!(shorter instanceof String a)) {
                continue;
            }
            for (Object longer : groups.keySet()) {
                if (longer instanceof String b && b.length() > a.length()
                    && b.toLowerCase(java.util.Locale.ROOT).startsWith(a.toLowerCase(java.util.Locale.ROOT) + " ")) {
                    groups.get(longer).addAll(groups.remove(shorter));
                    break;
                }
            }
        }
    }

    static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof String x && b instanceof String y) {
            return x.equalsIgnoreCase(y);
        }
        return a.equals(b);
    }
}
