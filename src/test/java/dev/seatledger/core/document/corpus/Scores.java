package dev.seatledger.core.document.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Precision and recall per field over a corpus batch, counting proposals at confidence 0.8 or more: a proposal equal
 * to the expected value is a hit, any other sure proposal a false one, an expected value without a sure hit a miss.
 */
public final class Scores {
    private final Map<String, int[]> byField = new TreeMap<>();
    private final List<String> misses = new ArrayList<>();

    /** Text compares without case, repeated spaces, commas and full stops ("Inc." = "Inc"). */
    static String normal(Object v) {
        return v == null ? null : v.toString().toLowerCase(Locale.ROOT).replaceAll("[,.]", "")
            .replaceAll("\\s+", " ").strip();
    }

    public void add(String doc, String field, Object expected, Object proposed) {
        int[] c = byField.computeIfAbsent(field, f -> new int[3]);
        boolean hit = proposed != null && expected != null && normal(expected).equals(normal(proposed));
        if (hit) {
            c[0]++;
        } else {
            if (proposed != null) {
                c[1]++;
            }
            if (expected != null) {
                c[2]++;
            }
            misses.add(String.format("  %-34s %-13s expected %-32s proposed %s", doc, field, expected, proposed));
        }
    }

    public double precision() {
        int tp = 0;
        int fp = 0;
        for (int[] c : byField.values()) {
            tp += c[0];
            fp += c[1];
        }
        return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    public double recall() {
        int tp = 0;
        int fn = 0;
        for (int[] c : byField.values()) {
            tp += c[0];
            fn += c[2];
        }
        return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    public String report(String title) {
        StringBuilder sb = new StringBuilder(title).append('\n')
            .append(String.format("  %-14s %9s %9s %5s %5s %5s%n", "field", "precision", "recall", "hit", "false", "miss"));
        byField.forEach((f, c) -> sb.append(String.format(Locale.ROOT, "  %-14s %8.1f%% %8.1f%% %5d %5d %5d%n", f,
            c[0] + c[1] == 0 ? 100.0 : 100.0 * c[0] / (c[0] + c[1]), c[0] + c[2] == 0 ? 100.0 : 100.0 * c[0] / (c[0] + c[2]),
            c[0], c[1], c[2])));
        sb.append(String.format(Locale.ROOT, "  %-14s %8.1f%% %8.1f%%%n", "overall", 100 * precision(), 100 * recall()));
        return sb.toString();
    }

    public List<String> misses() {
        return misses;
    }
}
