package dev.seatledger.core.recognition;

import java.util.List;

/**
 * A pattern with {@code *} wildcards, split once. On identifiers ({@link #matchesText}) a star stands for any
 * characters ("com.apple.*", "lib*-dev"); on normalised names ({@link #matchesWords}) a star on its own stands for any
 * words, and one inside a word for any characters of that word ("microsoft visual c++ * redistributable"); a last word
 * ending in a star takes any words after it.
 */
final class Glob {
    private final String[] parts;

    private Glob(String pattern) {
        this.parts = pattern.split("\\*", -1);
    }

    static Glob of(String pattern) {
        return new Glob(pattern);
    }

    static boolean isGlob(String pattern) {
        return pattern.indexOf('*') >= 0;
    }

    boolean matchesText(String text) {
        if (parts.length == 1) {
            return text.equals(parts[0]);
        }
        if (!text.startsWith(parts[0])) {
            return false;
        }
        int at = parts[0].length();
        for (int i = 1; i < parts.length - 1; i++) {
            int found = text.indexOf(parts[i], at);
            if (found < 0) {
                return false;
            }
            at = found + parts[i].length();
        }
        String last = parts[parts.length - 1];
        return text.length() - last.length() >= at && text.endsWith(last);
    }

    boolean isStar() {
        return parts.length == 2 && parts[0].isEmpty() && parts[1].isEmpty();
    }

    boolean endsWithStar() {
        return parts.length > 1 && parts[parts.length - 1].isEmpty();
    }

    /** A pattern of words, each word a glob. */
    static boolean matchesWords(List<Glob> pattern, List<String> words) {
        return match(pattern, 0, words, 0);
    }

    private static boolean match(List<Glob> p, int i, List<String> w, int j) {
        if (i == p.size()) {
            return j == w.size();
        }
        Glob token = p.get(i);
        if (token.isStar()) {
            for (int k = j; k <= w.size(); k++) {
                if (match(p, i + 1, w, k)) {
                    return true;
                }
            }
            return false;
        }
        if (j == w.size() || !token.matchesText(w.get(j))) {
            return false;
        }
        if (i == p.size() - 1 && token.endsWithStar()) {
            return true;
        }
        return match(p, i + 1, w, j + 1);
    }
}
